package org.broadsheet.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.SiteBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and mutated front matter, Markdown, authors.yml and the other settings files, fed to the real loader and renderer through
 * incremental builds of one small site: the only outcomes are a page or reported problems with a
 * file name — never an exception, a hang or an out-of-memory error — and removing the file brings
 * the site back. Bounded in tries.
 */
class RandomInputTest {

    private static final Path ANCHOR = Path.of("en/2019/03/anchor/index.html");
    private static Path dir;
    private static TestSite site;
    private static SiteBuilder builder;

    @BeforeContainer
    static void startSite() throws IOException {
        dir = Files.createTempDirectory("broadsheet-properties");
        site = TestSite.create(dir)
                .article("content/en/2019/anchor.md", "title: Anchor\ndate: 2019-03-01\ntopics: [economy]", "Anchor.");
        builder = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(builder.build().succeeded());
    }

    @AfterContainer
    static void removeSite() {
        TestSite.removeTree(dir);
    }

    @Property(tries = 300, seed = "20261126")
    void anyFrontMatterGivesAnArticleOrProblemsNamingTheFile(@ForAll("frontMatter") String frontMatter) throws IOException {
        String body = "Random body.";
        check("content/en/2019/random.md", ("---\n" + frontMatter + "\n---\n" + body + "\n").getBytes(StandardCharsets.UTF_8),
                frontMatter.lines().anyMatch(line -> line.startsWith("draft:")) ? null : "<p>" + body + "</p>");
    }

    @Property(tries = 300, seed = "20261127")
    void anyMarkdownGivesAPageOrProblemsNamingTheFile(@ForAll("markdown") String body) throws IOException {
        check("content/ko/2019/random.md", ("---\ntitle: 무작위\ndate: 2019-03-02\n---\n" + body)
                .getBytes(StandardCharsets.UTF_8), "<h1 class=\"headline\">무작위</h1>");
    }

    @Property(tries = 200, seed = "20261128")
    void anyBytesGiveAnArticleOrProblemsNamingTheFile(@ForAll byte[] bytes) throws IOException {
        check("content/en/2019/bytes.md", bytes, null);
    }

    @Property(tries = 150, seed = "20261205")
    void anyAuthorsFileGivesTheAuthorsPagesOrProblemsNamingIt(@ForAll("authorsFile") String text) throws IOException {
        String path = "content/authors.yml";
        tryFile(path, null, () -> site.file(path, text), result -> {
            if (result.succeeded()) {
                assertTrue(Files.isRegularFile(dir.resolve("site/en/authors/index.html")), "the authors index");
            } else {
                assertEquals(List.of(), result.problems().stream().filter(p -> !p.path().equals(path)
                        || p.message().isEmpty()).toList(), "every problem names authors.yml");
            }
        });
    }

    @Property(tries = 120, seed = "20261206")
    void anySettingsFileGivesTheSiteOrProblemsNamingIt(@ForAll("settingsFile") List<String> pathAndText) throws IOException {
        String path = pathAndText.get(0);
        Path file = dir.resolve(path);
        String before = Files.exists(file) ? Files.readString(file) : null;
        tryFile(path, before, () -> site.file(path, pathAndText.get(1)), result -> {
            // a generator whose texts every file accepted would test nothing; the most-read list, rewritten by
            // analytics exports, never fails the build (its problems are warnings)
            Statistics.label("outcome").collect(path, result.succeeded());
            Statistics.label("outcome").coverage(coverage -> {
                for (String settings : List.of("content/site.yml", "content/topics.yml", "content/series.yml")) {
                    coverage.check(settings, false).percentage(p -> p >= 1);
                }
                coverage.check("content/most-read.yml", true).percentage(p -> p >= 5);
            });
            if (result.succeeded()) {
                assertTrue(Files.isRegularFile(dir.resolve("site").resolve(ANCHOR)), "the anchor is published");
            } else {
                // site.yml's languages decide which folders and fields of content/ are valid; a topic list without
                // the anchor's topic is the anchor's problem
                Predicate<String> named = path.equals("content/site.yml") ? p -> p.startsWith("content/")
                        : p -> p.equals(path) || p.equals("content/en/2019/anchor.md");
                assertEquals(List.of(), result.problems().stream().filter(p -> !named.test(p.path())
                        || p.message().isEmpty()).toList(), "every problem names " + path + " or what it governs");
            }
        });
    }

    /**
     * Builds with the file at {@code path} holding {@code bytes}. On success, the file's article is published:
     * exactly one article page more than the anchor's, holding {@code shown} (when the article may be a draft or
     * its text is unknown, {@code shown} is null and the page may be absent). On failure, every problem names
     * that file and no other. Then the file is removed and the site must build again.
     */
    private static void check(String path, byte[] bytes, String shown) throws IOException {
        tryFile(path, null, () -> site.bytes(path, bytes), result -> {
            if (result.succeeded()) {
                List<Path> pages = articlePages();
                List<Path> others = pages.stream().filter(page -> !page.equals(ANCHOR)).toList();
                assertEquals(pages.size() - 1, others.size(), "the anchor is still published: " + pages);
                if (shown == null) {
                    assertTrue(others.size() <= 1, "one page for the file: " + others);
                } else {
                    assertEquals(1, others.size(), "one page for the file: " + others);
                    assertTrue(Files.readString(dir.resolve("site").resolve(others.get(0))).contains(shown), others.get(0) + " shows " + shown);
                }
            } else {
                assertEquals(List.of(), result.problems().stream().filter(p -> !p.path().equals(path)
                        || p.message().isEmpty()).toList(), "every problem names the file");
            }
        });
        assertEquals(1, articlePages().size(), "only the anchor is left");
    }

    /** What a property asserts of the build with its file in place. */
    private interface Outcome {
        void check(BuildResult result) throws IOException;
    }

    /**
     * Writes the file at {@code path} by {@code write}, builds, and asserts {@code outcome}; then, even when that
     * failed, puts the file back as it was ({@code before}, or no file when null) and asserts that the site builds
     * again. A failed try must not leave its file to the next, nor to the shrinking that follows it.
     */
    private static void tryFile(String path, String before, Runnable write, Outcome outcome) throws IOException {
        write.run();
        BuildResult recovered;
        try {
            outcome.check(builder.build(List.of(dir.resolve(path))));
        } finally {
            if (before == null) {
                site.delete(path);
            } else {
                site.file(path, before);
            }
            recovered = builder.build(List.of(dir.resolve(path)));
        }
        assertTrue(recovered.succeeded(), "restoring " + path + " restores the site: " + recovered.problems());
    }

    /** The article pages of the site: {@code lang/yyyy/mm/slug/index.html}. */
    private static List<Path> articlePages() throws IOException {
        Path output = dir.resolve("site");
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.map(output::relativize).filter(file -> file.toString()
                    .matches("(en|ko)/\\d{4}/\\d{2}/[^/]+/index\\.html")).sorted().toList();
        }
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of("title", "date", "updated", "kicker", "subtitle", "summary", "topics", "authors",
                        "image", "slug", "translationKey", "original", "draft", "extra", "corrections", "contact"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("2019-02-30", "2019-02-20 17:00:00 +0900", "2019-02-20", "yes", "true", "null", "~",
                        "[economy, north-korea]", "{src: x.jpg}", "{name: Kim, role: Reporter}", "*alias", "&a [1, 2]",
                        "'unclosed", "\"x\\q\"", "[[[[[[", "a: b: c", "|\n  block", "- x", "0x1F", "1e400", ":"),
                Arbitraries.strings().ofMaxLength(30));
        return Combinators.combine(key, value).as((k, v) -> k + ": " + v).list().ofMaxSize(8)
                .map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<String> authorsFile() {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("oh-yejin", "Oh Ye-jin", "../x", "a/b", "-", "가나",
                "a".repeat(300)), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> field = Arbitraries.of("en", "ko", "email", "photo", "bio", "name");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("Oh Ye-jin", "{name: 오예진, role: 기자, bio: \"<b>x</b>\"}", "{role: only}", "a@b.c",
                        "not mail", "/images/none.jpg", "../../etc/passwd", "[1, 2]", "~", "*alias", "'unclosed",
                        "{name: [x]}", "|\n    block"),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> entry = Combinators.combine(field, value).as((f, v) -> "  " + f + ": " + v).list()
                .ofMaxSize(5).map(lines -> String.join("\n", lines));
        return Combinators.combine(key, entry).as((k, e) -> k + ":\n" + e).list().ofMaxSize(4)
                .map(authors -> String.join("\n", authors));
    }

    /**
     * A settings file of {@code content/} and a text for it: YAML-like lines from the file's own fields and hostile
     * values, alone or as up to two edits (a line replaced or inserted) of a valid file.
     */
    @Provide
    Arbitrary<List<String>> settingsFile() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("Economy", "경제", "https://news.example.org/", "/sub/", "Asia/Seoul", "Mars/Olympus", "0",
                        "-3", "99999999999", "true", "~", "[]", "{}", "[en, ko]", "{en: A, ko: 가}", "{title: T}",
                        "{en: {title: T}}", "/en/2019/03/anchor/", "en/2019/anchor.md", "../../etc/passwd", "*alias",
                        "&a x", "'unclosed", "|\n    block", "- x", "{bucket: b, prefix: ../x}", "javascript:alert(1)"),
                Arbitraries.strings().ofMaxLength(16));
        Arbitrary<String> field = Arbitraries.of("en", "ko", "title", "description", "name", "baseUrl", "timezone",
                "languages", "pageSize", "missingTranslation", "rawHtml", "embeds", "host", "websub", "deploy",
                "economy", "north-korea", "harbor-at-100", "x");
        Arbitrary<String> line = Arbitraries.oneOf(
                Combinators.combine(field, value).as((f, v) -> f + ": " + v),
                Combinators.combine(field, field, value).as((f, g, v) -> f + ":\n  " + g + ": " + v),
                Combinators.combine(field, value).as((f, v) -> "  " + f + ": " + v),
                value.map(v -> "- " + v));
        Map<String, String> valid = Map.of("content/site.yml", TestSite.SITE_YML, "content/topics.yml", TestSite.TOPICS_YML,
                "content/series.yml", "harbor-at-100:\n  en: Harbor at 100\n  ko: 개항 100년\n",
                "content/most-read.yml", "en:\n  - /en/2019/03/anchor/\nko: []\n");
        Arbitrary<List<Edit>> edits = Combinators.combine(Arbitraries.integers().between(0, 7), line,
                Arbitraries.of(true, false)).as(Edit::new).list().ofMaxSize(2);
        return Arbitraries.of(valid.keySet().stream().sorted().toList()).flatMap(path -> Arbitraries.oneOf(
                line.list().ofMaxSize(6).map(lines -> String.join("\n", lines)),
                edits.map(list -> edited(valid.get(path), list))).map(text -> List.of(path, text)));
    }

    /** A change to one line of a file: the line at {@code at} replaced by {@code text}, or {@code text} inserted before it. */
    private record Edit(int at, String text, boolean replace) {
    }

    private static String edited(String text, List<Edit> edits) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (Edit edit : edits) {
            int at = Math.min(edit.at(), lines.size());
            if (edit.replace() && at < lines.size()) {
                lines.set(at, edit.text());
            } else {
                lines.add(at, edit.text());
            }
        }
        return String.join("\n", lines) + "\n";
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("# ", "## 제목\n", "* ", "1. ", "> ", "```\n", "~~~", "|a|b|\n|-|-|\n", "[^1]", "[^1]: note\n",
                        "[x](../2019/anchor.md)", "[x](missing.md)", "![i](/images/none.png)", "<script>x</script>",
                        "<div>", "&amp;", "https://example.org", "**", "_", "\n\n", "\t", "\\", "[ref]: /x\n", "[ref]",
                        "<!--", "-->", "    code\n", "서울은 ", "북한의 "),
                Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
