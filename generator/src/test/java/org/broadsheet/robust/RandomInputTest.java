package org.broadsheet.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.SiteBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and mutated front matter, Markdown and authors.yml, fed to the real loader and renderer through
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
    static void removeSite() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
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
        site.file(path, text);
        BuildResult result = builder.build(List.of(dir.resolve(path)));
        if (result.succeeded()) {
            assertTrue(Files.isRegularFile(dir.resolve("site/en/authors/index.html")), "the authors index");
        } else {
            assertEquals(List.of(), result.problems().stream().filter(p -> !p.path().equals(path)
                    || p.message().isEmpty()).toList(), "every problem names authors.yml");
        }
        site.delete(path);
        BuildResult recovered = builder.build(List.of(dir.resolve(path)));
        assertTrue(recovered.succeeded(), "removing authors.yml restores the site: " + recovered.problems());
    }

    /**
     * Builds with the file at {@code path} holding {@code bytes}. On success, the file's article is published:
     * exactly one article page more than the anchor's, holding {@code shown} (when the article may be a draft or
     * its text is unknown, {@code shown} is null and the page may be absent). On failure, every problem names
     * that file and no other. Then the file is removed and the site must build again.
     */
    private static void check(String path, byte[] bytes, String shown) throws IOException {
        site.bytes(path, bytes);
        BuildResult result = builder.build(List.of(dir.resolve(path)));
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
        site.delete(path);
        BuildResult recovered = builder.build(List.of(dir.resolve(path)));
        assertTrue(recovered.succeeded(), "removing the file restores the site: " + recovered.problems());
        assertEquals(1, articlePages().size(), "only the anchor is left");
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
