import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.SiteBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The worst bodies we know, one article at a time, built into a small site by one warm builder: each
 * line is a rebuild after the article changed (read, summary, search tokens, page, feed, link check),
 * with the body's size and whether it gave a page or a problem. Bodies that Broadsheet's own scanners
 * used to take quadratic time on are built at the 5 MB limit; those on which Flexmark's parser is
 * quadratic are built at growing sizes, which show the growth (at 5 MB they would take hours).
 * Run through bench/hostile.sh; arguments: the theme folder, and {@code limit} to build only the bodies at the limit.
 */
public class HostileBench {

    private static final int LIMIT = 5_000_000;

    public static void main(String[] args) throws Exception {
        Path templates = Path.of(args[0]).toAbsolutePath();
        Path project = Files.createTempDirectory("broadsheet-hostile");
        write(project.resolve("content/site.yml"), """
                baseUrl: https://news.example.org/
                timezone: Asia/Seoul
                languages:
                  en: {title: The Hostile Ledger}
                """);
        write(project.resolve("content/topics.yml"), "economy: {en: Economy}\n");
        write(project.resolve("content/en/2019/anchor.md"), "---\ntitle: Anchor\ndate: 2019-03-01\n---\nAnchor.\n");
        copy(templates, project.resolve("templates"));
        SiteBuilder builder = new SiteBuilder(BuildOptions.standard(project), BuildLog.SILENT);
        check(builder.build());
        Path article = project.resolve("content/en/2019/hostile.md");

        Map<String, String> atTheLimit = new LinkedHashMap<>();
        atTheLimit.put("plain prose (reference)", "The harbor reopened on Monday after three years. ");
        atTheLimit.put("'<' never closed", "a <b ");
        atTheLimit.put("'[^' never closed", "[^a ");
        atTheLimit.put("'](' never closed", "a](b ");
        atTheLimit.put("raw HTML, every tag removed", "<script>x</script><b onclick=x>y</b>\n");
        atTheLimit.put("one raw HTML tag of many attributes", "<div" + " a=x".repeat(LIMIT / 4 - 20) + ">");
        atTheLimit.put("emphasis between words, one paragraph", "a *b* ");
        atTheLimit.put("'<' alone", "<");
        atTheLimit.put("one line of '#'", "#");
        atTheLimit.put("empty lines", "\n");
        Map<String, String> growing = new LinkedHashMap<>();
        growing.put("'[a](' never closed (Flexmark)", "[a](");
        growing.put("backtick runs (Flexmark)", "`a``");
        growing.put("entities in one paragraph (Flexmark)", "&#11;");
        growing.put("inline tags in one paragraph (Flexmark)", "x <b>y\n");

        for (Map.Entry<String, String> body : atTheLimit.entrySet()) {
            run(builder, article, body.getKey(), body.getValue(), LIMIT);
        }
        if (args.length > 1 && args[1].equals("limit")) {
            growing.clear();
        }
        for (Map.Entry<String, String> body : growing.entrySet()) {
            for (int size : List.of(25_000, 50_000, 100_000)) {
                run(builder, article, body.getKey(), body.getValue(), size);
            }
        }
        delete(project);
    }

    private static void run(SiteBuilder builder, Path article, String name, String unit, int size) throws Exception {
        String body = unit.repeat(Math.max(1, (size - 40) / unit.length()));
        write(article, "---\ntitle: Hostile\ndate: 2019-03-02\n---\n" + body);
        long start = System.nanoTime();
        BuildResult result = builder.build(List.of(article));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-42s %,10d bytes %8.2f s  %s%n", name, body.length(), seconds,
                result.succeeded() ? "page" : "problem: " + result.problems().get(0).message());
    }

    private static void check(BuildResult result) {
        if (!result.succeeded()) {
            throw new IllegalStateException(result.problems().toString());
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void copy(Path from, Path to) throws Exception {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(sources::add);
        }
        for (Path source : sources) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
            }
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
