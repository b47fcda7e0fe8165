package org.broadsheet.build;

import org.broadsheet.SampleNewsroom;
import org.broadsheet.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the sample newsroom of the repository and checks the whole site as a reader and a crawler would. */
class SampleNewsroomTest {

    private static final String BASE_URL = "https://ledger.example.org/";

    private static Path site;
    private static final Map<String, Document> PAGES = new TreeMap<>();

    @BeforeAll
    static void readTheSampleNewsroom() throws IOException {
        site = SampleNewsroom.site();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                PAGES.put(site.relativize(file).toString().replace('\\', '/'), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void bothEditionsHaveEveryPageKind() {
        for (String lang : List.of("en", "ko")) {
            for (String kind : List.of("home", "article", "topics", "topic", "timeline", "year", "month")) {
                assertTrue(PAGES.values().stream().anyMatch(d -> d.body().hasClass("page-" + kind)
                        && d.selectFirst("html").attr("lang").equals(lang)), lang + " has no " + kind + " page");
            }
        }
        assertTrue(PAGES.containsKey("index.html") && PAGES.containsKey("404.html"));
    }

    @Test
    void everyInternalLinkImageAndAlternateLeadsToAFileThatExists() {
        List<String> broken = new ArrayList<>();
        PAGES.forEach((page, doc) -> {
            for (Element element : doc.select("a[href], link[href], img[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String path = url.startsWith(BASE_URL) ? url.substring(BASE_URL.length())
                        : url.startsWith("/") ? url.substring(1) : null;
                if (path == null) {
                    continue;
                }
                path = URLDecoder.decode(path.split("#")[0], StandardCharsets.UTF_8);
                Path target = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                if (!Files.isRegularFile(target)) {
                    broken.add(page + " -> " + url);
                }
            }
        });
        assertEquals(List.of(), broken);
    }

    @Test
    void alternatesAreReciprocal() {
        List<String> oneWay = new ArrayList<>();
        PAGES.forEach((page, doc) -> {
            String self = doc.select("link[rel=canonical]").attr("href");
            for (Element alternate : doc.select("link[rel=alternate][hreflang]:not([hreflang=x-default])")) {
                String other = alternate.attr("href").substring(BASE_URL.length());
                Document target = PAGES.get(URLDecoder.decode(other, StandardCharsets.UTF_8) + "index.html");
                if (target == null || target.select("link[rel=alternate][href=" + self + "]").isEmpty()) {
                    oneWay.add(page + " -> " + other);
                }
            }
        });
        assertEquals(List.of(), oneWay);
    }

    @Test
    void koreanPagesShowNoEnglishUiStringAndEnglishPagesNoKorean() throws IOException {
        Map<String, String> english = uiStrings("en");
        List<String> leaks = new ArrayList<>();
        PAGES.forEach((page, doc) -> {
            if (!page.startsWith("ko/")) {
                return;
            }
            Document copy = doc.clone();
            copy.select("[lang]:not(html)").remove();
            String text = copy.body().text() + " " + copy.title();
            english.forEach((key, value) -> {
                if (text.contains(value)) {
                    leaks.add(page + ": " + key + " = " + value);
                }
            });
        });
        assertEquals(List.of(), leaks);
        PAGES.forEach((page, doc) -> {
            if (page.startsWith("en/")) {
                Document copy = doc.clone();
                copy.select("[lang]:not(html)").remove();
                assertTrue(copy.select("nav, .dateline, .count").text().codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL), page);
            }
        });
    }

    @Test
    void koreanArticlesUseKoreanDatesAndTopicNames() {
        Document article = PAGES.get("ko/2019/03/march-first-bells/index.html");
        assertTrue(article.select(".dateline time").first().text().startsWith("2019년 3월 1일"));
        assertTrue(article.select(".story-topics a").eachText().stream().allMatch(name -> name.matches("[가-힣·]+")));
    }

    /** The English UI strings that are whole words or phrases a Korean reader would notice. */
    private static Map<String, String> uiStrings(String lang) throws IOException {
        Map<String, String> strings = new TreeMap<>();
        for (String line : Files.readAllLines(TestSite.repositoryRoot().resolve("templates/i18n/" + lang + ".yml"))) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 0 || line.startsWith("format.") || line.startsWith("languageName")
                    || line.startsWith("authorSeparator")) {
                continue;
            }
            String value = line.substring(colon + 1).strip().replaceAll("^\"|\"$", "").replaceAll("\\{\\d}", "").strip();
            if (value.length() > 3 && !value.contains("Broadsheet")) {
                strings.put(line.substring(0, colon), value);
            }
        }
        return strings;
    }
}
