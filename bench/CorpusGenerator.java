import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Writes a deterministic bilingual benchmark corpus: N article pairs (about 700 English words and
 * 1,500 Hangul syllables each, with headings, lists, links and images), 1–3 of 40 topics, dates over
 * 25 years, and some articles in one language only — once as a Broadsheet site project and once as
 * an equivalent Hugo site.
 *
 * <p>Run: {@code java bench/CorpusGenerator.java N OUT_DIR TEMPLATES_DIR PLUGIN_VERSION}
 */
public class CorpusGenerator {

    static final int TOPICS = 40;
    static final int IMAGES = 24;
    static final String[] EN = ("harbor city council budget ferry bridge school teacher hospital clinic port "
            + "container crane market festival museum railway station island village fisher tide weather storm "
            + "wind solar energy power plant factory worker union wage price rent housing tenant landlord road "
            + "traffic bus commuter student exam university research report survey data number figure million "
            + "billion percent year month week morning evening official minister mayor resident neighbor family "
            + "child parent elder history record archive letter photograph exhibition visitor ticket season "
            + "harvest rice farm field coast shore beach forest river mountain valley plan project proposal vote "
            + "decision meeting hearing court ruling law rule permit license fee tax revenue spending debt loan").split(" ");
    static final String[] VERBS = ("said reported announced opened closed approved rejected raised cut built "
            + "planned expected warned found showed reached began ended moved joined left").split(" ");
    static final String[] SYLLABLES = ("가 나 다 라 마 바 사 아 자 차 카 타 파 하 강 경 공 관 교 국 군 기 남 내 대 도 동 "
            + "로 리 만 면 명 문 민 방 법 보 부 북 산 상 서 선 성 세 소 수 시 신 안 양 역 연 영 오 외 운 원 위 유 의 "
            + "이 인 일 장 전 정 제 조 주 중 지 진 천 청 출 통 평 표 학 한 항 해 행 현 협 화 회").split(" ");
    static final String[] PARTICLES = "은 는 이 가 을 를 의 에 에서 과 와 으로 도".split(" ");
    static final String[] ENDINGS = "했다 밝혔다 전했다 나타났다 예정이다 보인다 설명했다 말했다".split(" ");

    public static void main(String[] args) throws IOException {
        int pairs = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path templates = Path.of(args[2]);
        String version = args.length > 3 ? args[3] : "0.1.0-SNAPSHOT";
        deleteTree(out);
        Path site = out.resolve("broadsheet");
        Path hugo = out.resolve("hugo");
        copyTree(templates, site.resolve("templates"));
        Files.createDirectories(site.resolve(".mvn"));
        write(site.resolve("pom.xml"), pom(version));
        // the JVM settings a newsroom's site project ships, without the C1-only line above 7,000 pairs (about
        // 20,000 pages), as the build advises a site that large (docs/architecture.md, "JVM settings and memory")
        List<String> jvm = Files.readAllLines(templates.toAbsolutePath().getParent().resolve(".mvn/jvm.config"));
        List<String> shipped = pairs <= 7000 ? jvm
                : jvm.stream().filter(line -> !line.strip().startsWith("-XX:TieredStopAtLevel=1")).toList();
        Files.write(site.resolve(".mvn/jvm.config"), shipped);
        write(site.resolve("content/site.yml"), """
                baseUrl: https://bench.example.org/
                timezone: Asia/Seoul
                pageSize: 10
                languages:
                  en: {title: Bench Ledger, description: Benchmark corpus}
                  ko: {title: 벤치일보, description: 벤치마크 기사}
                """);
        StringBuilder topics = new StringBuilder();
        for (int t = 1; t <= TOPICS; t++) {
            topics.append(String.format(Locale.ROOT, "topic-%02d: {en: \"Topic %d\", ko: \"주제 %d\"}%n", t, t, t));
        }
        write(site.resolve("content/topics.yml"), topics.toString());
        for (int i = 0; i < IMAGES; i++) {
            image(site.resolve("content/images/img-" + i + ".png"), i);
            Files.createDirectories(hugo.resolve("static/images"));
            Files.copy(site.resolve("content/images/img-" + i + ".png"), hugo.resolve("static/images/img-" + i + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        hugoSite(hugo);

        int singles = Math.max(1, pairs / 20);
        for (int i = 0; i < pairs + 2 * singles; i++) {
            boolean english = i < pairs + singles;
            boolean korean = i < pairs || i >= pairs + singles;
            Random random = new Random(i * 7919L + 17);
            LocalDateTime date = LocalDateTime.of(2001, 1, 1, 6, 0)
                    .plusMinutes((long) ((double) i / (pairs + 2 * singles) * 25 * 365.25 * 24 * 60));
            String year = String.valueOf(date.getYear());
            String slug = "story-" + i;
            int topicCount = 1 + random.nextInt(3);
            StringBuilder topicList = new StringBuilder();
            StringBuilder hugoTopics = new StringBuilder();
            for (int t = 0; t < topicCount; t++) {
                int topic = 1 + (i * 13 + t * 7) % TOPICS;
                topicList.append(t == 0 ? "" : ", ").append(String.format(Locale.ROOT, "topic-%02d", topic));
                hugoTopics.append(t == 0 ? "" : ", ").append(String.format(Locale.ROOT, "\"topic-%02d\"", topic));
            }
            String image = i % 5 == 0 ? "image: {src: /images/img-" + (i % IMAGES) + ".png, alt: \"Chart " + i
                    + "\", caption: \"Figure " + i + "\", credit: Bench desk}\n" : "";
            String link = i > 0 ? linkTo(i - 1, pairs, singles, date) : "";
            if (english) {
                String title = sentence(random, 8).replace(".", "");
                String body = englishBody(random, link, i);
                write(site.resolve("content/en/" + year + "/" + slug + ".md"), "---\ntitle: \"" + title + "\"\ndate: "
                        + date + ":00+09:00\ntopics: [" + topicList + "]\nauthors: [{name: Reporter " + (i % 50)
                        + ", role: Correspondent}]\n" + image + "---\n" + body);
                write(hugo.resolve("content/en/posts/" + year + "/" + slug + ".md"), "---\ntitle: \"" + title
                        + "\"\ndate: " + date + ":00+09:00\ntopics: [" + hugoTopics + "]\nyears: [\"" + year + "\"]\n---\n"
                        + body.replace(".md)", "/)"));
            }
            if (korean) {
                String title = hangulSentence(random, 6).replace(".", "");
                String body = koreanBody(random, link, i);
                write(site.resolve("content/ko/" + year + "/" + slug + ".md"), "---\ntitle: \"" + title + "\"\ndate: "
                        + date + ":00+09:00\ntopics: [" + topicList + "]\nauthors: [{name: 기자 " + (i % 50)
                        + ", role: 특파원}]\n" + image + "---\n" + body);
                write(hugo.resolve("content/ko/posts/" + year + "/" + slug + ".md"), "---\ntitle: \"" + title
                        + "\"\ndate: " + date + ":00+09:00\ntopics: [" + hugoTopics + "]\nyears: [\"" + year + "\"]\n---\n"
                        + body.replace(".md)", "/)"));
            }
        }
        System.out.println("wrote " + pairs + " pairs and " + 2 * singles + " one-language articles to " + out);
    }

    /** A relative link to the previous article, which exists in both languages only when it is a pair. */
    static String linkTo(int previous, int pairs, int singles, LocalDateTime date) {
        if (previous >= pairs) {
            return "";
        }
        LocalDateTime before = LocalDateTime.of(2001, 1, 1, 6, 0)
                .plusMinutes((long) ((double) previous / (pairs + 2 * singles) * 25 * 365.25 * 24 * 60));
        return "../" + before.getYear() + "/story-" + previous + ".md";
    }

    static String englishBody(Random random, String link, int i) {
        StringBuilder body = new StringBuilder();
        body.append(paragraph(random, 60)).append("\n\n");
        for (int section = 1; section <= 3; section++) {
            body.append("## ").append(sentence(random, 4).replace(".", "")).append("\n\n");
            for (int p = 0; p < 3; p++) {
                body.append(paragraph(random, 58)).append("\n\n");
            }
            if (section == 2) {
                for (int item = 0; item < 4; item++) {
                    body.append("- ").append(sentence(random, 7)).append("\n");
                }
                body.append("\n");
            }
        }
        if (!link.isEmpty()) {
            body.append("An [earlier report](").append(link).append(") covered the background.\n\n");
        }
        if (i % 7 == 0) {
            body.append("![Figure](/images/img-").append(i % IMAGES).append(".png)\n\n");
        }
        return body.toString();
    }

    static String koreanBody(Random random, String link, int i) {
        StringBuilder body = new StringBuilder();
        body.append(hangulParagraph(random, 5)).append("\n\n");
        for (int section = 1; section <= 3; section++) {
            body.append("## ").append(hangulSentence(random, 3).replace(".", "")).append("\n\n");
            for (int p = 0; p < 3; p++) {
                body.append(hangulParagraph(random, 5)).append("\n\n");
            }
            if (section == 2) {
                for (int item = 0; item < 4; item++) {
                    body.append("- ").append(hangulSentence(random, 5)).append("\n");
                }
                body.append("\n");
            }
        }
        if (!link.isEmpty()) {
            body.append("[앞선 기사](").append(link).append(")에서 배경을 다뤘다.\n\n");
        }
        if (i % 7 == 0) {
            body.append("![그림](/images/img-").append(i % IMAGES).append(".png)\n\n");
        }
        return body.toString();
    }

    static String paragraph(Random random, int words) {
        StringBuilder text = new StringBuilder();
        while (words > 0) {
            int length = Math.min(words, 8 + random.nextInt(10));
            text.append(text.length() == 0 ? "" : " ").append(sentence(random, length));
            words -= length;
        }
        return text.toString();
    }

    static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = w == words / 2 ? VERBS[random.nextInt(VERBS.length)] : EN[random.nextInt(EN.length)];
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            } else if (random.nextInt(6) == 0) {
                word = word + "s";
            }
            text.append(w == 0 ? "" : " ").append(word);
        }
        return text.append('.').toString();
    }

    /** About 80 syllables per sentence × sentences. */
    static String hangulParagraph(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(s == 0 ? "" : " ").append(hangulSentence(random, 11));
        }
        return text.toString();
    }

    static String hangulSentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            text.append(w == words - 1 ? " " + ENDINGS[random.nextInt(ENDINGS.length)] : PARTICLES[random.nextInt(PARTICLES.length)])
                    .append(w == words - 1 ? "." : " ");
        }
        return text.toString();
    }

    static void image(Path file, int seed) throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(240, 238, 230));
        g.fillRect(0, 0, 640, 360);
        Random random = new Random(seed);
        for (int bar = 0; bar < 8; bar++) {
            g.setColor(new Color(140, 28 + bar * 10, 19 + seed * 5 % 200));
            int height = 40 + random.nextInt(260);
            g.fillRect(40 + bar * 72, 340 - height, 50, height);
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    static String pom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.broadsheet.bench</groupId>
                  <artifactId>bench-site</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.broadsheet</groupId>
                        <artifactId>broadsheet-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions><execution><goals><goal>build</goal></goals></execution></executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }

    /** A minimal Hugo site doing the same work: articles, topic pages, year pages, homes, both languages. */
    static void hugoSite(Path hugo) throws IOException {
        write(hugo.resolve("config.yaml"), """
                baseURL: https://bench.example.org/
                defaultContentLanguage: en
                defaultContentLanguageInSubdir: true
                timeZone: Asia/Seoul
                paginate: 10
                taxonomies: {topic: topics, year: years}
                languages:
                  en: {contentDir: content/en, languageName: English, weight: 1, title: Bench Ledger}
                  ko: {contentDir: content/ko, languageName: 한국어, weight: 2, title: 벤치일보}
                """);
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="{{ .Site.Language.Lang }}">
                <head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}">
                {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
                </head>
                <body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "January 2, 2006" }}</time></p>
                {{ .Content }}
                {{ range .Translations }}<p><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></p>{{ end }}
                <ul>{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
                </article>{{ end }}
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p>{{ .Summary }}</p><time>{{ .Date.Format "January 2, 2006" }}</time></article>{{ end }}
                {{ with .Paginator.Next }}<a rel="next" href="{{ .URL }}">Older</a>{{ end }}{{ end }}
                """);
        write(hugo.resolve("layouts/_default/terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}
                <li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                """);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
