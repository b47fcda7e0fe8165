package org.broadsheet.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
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
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For any front matter values and body — random Unicode, control characters, huge numbers, odd dates
 * and offsets, deep YAML, unusual aliases, raw HTML — and for any name of an article file, the build either
 * succeeds with well-formed feeds and sitemap, or fails with problems that name the file; never an exception. Fixed seed; the examples
 * are what fresh seeds found.
 */
class HostileInputPropertyTest {

    private static final String PATH = "content/en/2019/hostile.md";

    private static Path dir;
    private static TestSite site;
    private static SiteBuilder builder;

    @BeforeContainer
    static void startSite() throws IOException {
        dir = Files.createTempDirectory("broadsheet-hostile");
        site = TestSite.create(dir)
                .article("content/en/2019/anchor.md", "title: Anchor\ndate: 2019-03-01\ntopics: [economy]", "Anchor.");
        builder = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(builder.build().succeeded());
    }

    @AfterContainer
    static void removeSite() {
        TestSite.removeTree(dir);
    }

    @Property(tries = 250, seed = "20261203")
    void anyFrontMatterAndBodyGiveWellFormedOutputOrProblemsNamingTheFile(
            @ForAll("field") String title, @ForAll("date") String date, @ForAll("field") String summary,
            @ForAll("aliases") String aliases, @ForAll("field") String extra, @ForAll("body") String body) throws IOException {
        check("title: " + title + "\ndate: " + date + "\nsummary: " + summary + "\naliases: " + aliases
                + "\nextra: {note: " + extra + "}\ntopics: [economy]\nauthors: [" + title + "]", body);
    }

    /**
     * For any name of an article file, the build succeeds with well-formed feeds and sitemap, or fails with
     * problems that name a file of the folder, each on one line of the log whatever the name holds.
     */
    @Property(tries = 80, seed = "20261206")
    void anyArticleFileNameGivesASiteOrOneLineProblemsNamingIt(@ForAll("fileName") String name) throws IOException {
        Path file;
        try {
            file = dir.resolve("content/en/2019").resolve(name + ".md");
            Files.writeString(file, "---\ntitle: Named\ndate: 2019-03-02\n---\nBody.\n");
        } catch (InvalidPathException | IOException e) {
            return;
        }
        BuildResult result = builder.build(List.of(file));
        if (result.succeeded()) {
            TestSite.xml(site.read("en/feed.xml"));
            TestSite.xml(site.read("sitemap.xml"));
        } else {
            assertTrue(result.problems().stream().map(Object::toString).noneMatch(p -> p.lines().count() > 1),
                    "one line each: " + result.problems());
            assertTrue(result.problems().stream().allMatch(p -> p.path().startsWith("content/en/2019/")),
                    "each names a file: " + result.problems());
        }
        Files.delete(file);
        assertTrue(builder.build(List.of(file)).succeeded());
    }

    @Provide
    Arbitrary<String> fileName() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(16),
                Arbitraries.strings().withCharRange('\u0001', '\u001F').withChars("a-.\u0085\u2028\u202E\u1100\u1161\uAC00")
                        .ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("con", "NUL.txt", "lpt1", "x.", "Anchor", "ANCHOR", "a\nb", "a\r::error::b", "\u1100\u1161",
                        "e\u001b[31m", "-", " x", "x ", "\u202Eevil", "a\u0000b", "가".repeat(90)))
                .filter(name -> !name.contains("/") && !name.equals(".") && !name.equals(".."));
    }

    @Example
    void anOffsetBeyondEighteenHours() throws IOException {
        check("title: T\ndate: 2019-02-20T17:00:00+18:30", "Body.");
    }

    @Example
    void anAliasWithANulAndAnEscapedControlCharacter() throws IOException {
        check("title: T\ndate: 2019-02-20\naliases: [\"/a\\0b\", \"/%00\", \"/x\\u0085/\"]", "Body.");
    }

    @Example
    void aTitleOfEscapesThatXmlForbids() throws IOException {
        check("title: \"\\v\\b\\uFFFE\\uD800 \\x0C\"\ndate: 2019-02-20", "&#11;&#xFFFE;&#0;");
    }

    @Example
    void anAliasOrSlugLongerThanAFileName() throws IOException {
        check("title: T\ndate: 2019-02-20\naliases: [/" + "a".repeat(300) + ".html]", "Body.");
        check("title: T\ndate: 2019-02-20\nslug: " + "가".repeat(100), "Body.");
    }

    @Example
    void aPercentEscapedNulInAnImage() throws IOException {
        check("title: T\ndate: 2019-02-20", "![x](a%00.png) [y](%00.pdf)");
    }

    private static void check(String frontMatter, String body) throws IOException {
        site.bytes(PATH, ("---\n" + frontMatter + "\n---\n" + body).getBytes(StandardCharsets.UTF_8));
        BuildResult result = builder.build(List.of(dir.resolve(PATH)));
        if (result.succeeded()) {
            TestSite.xml(site.read("en/feed.xml"));
            TestSite.xml(site.read("en/topics/economy/feed.xml"));
            TestSite.xml(site.read("sitemap.xml"));
        } else {
            assertTrue(result.problems().stream().allMatch(p -> !p.path().isEmpty() && !p.message().isEmpty()),
                    result.problems().toString());
            assertTrue(result.problems().stream().anyMatch(p -> p.path().equals(PATH) || p.path().startsWith("site/")),
                    "a problem names the file: " + result.problems());
        }
        site.delete(PATH);
        assertTrue(builder.build(List.of(dir.resolve(PATH))).succeeded());
    }

    @Provide
    Arbitrary<String> field() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40).map(HostileInputPropertyTest::quoted),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').withChars("\uFFFE\uFFFF\uD800\uDC00\u0085\u202E")
                        .ofMaxLength(10).map(HostileInputPropertyTest::quoted),
                Arbitraries.of("1e400", "-0", "99999999999999999999999999", "0x1F", ".nan", "-.inf", "~", "null",
                        "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "{a: {b: {c: {d: [1, [2, [3]]]}}}}", "&a x", "*a", "!!binary aGk=",
                        "\"<script>alert(1)</script>\"", "'", "|\n  block\n  text", ">-\n  folded", "'\u000B'"));
    }

    @Provide
    Arbitrary<String> date() {
        Arbitrary<String> offsets = Arbitraries.of("", "Z", "+09:00", "+18:00", "+18:30", "-18:01", "+99:99", "+0900",
                " +0000", "-00:00", "+14", "+1", "z");
        Arbitrary<String> dates = Arbitraries.of("2019-02-20", "0000-01-01", "9999-12-31", "2019-02-29", "2020-02-29",
                "2019-13-01", "2019-1-1", "1969-12-31", "2038-01-19", "99999-01-01");
        Arbitrary<String> times = Arbitraries.of("", "T17:00:00", " 17:00", "T23:59:59.999999999", "T24:00", " 4:00:00",
                "T00:00:00,5");
        return Arbitraries.oneOf(dates.flatMap(d -> times.flatMap(t -> offsets.map(o -> d + t + o))),
                field());
    }

    @Provide
    Arbitrary<String> aliases() {
        Arbitrary<String> alias = Arbitraries.oneOf(
                Arbitraries.of("/en/2019/03/hostile/", "/en/./2019/03/hostile/", "/EN/2019/03/HOSTILE/", "/en//2019",
                        "/", "//evil.org/", "/%2e%2e/x", "/..", "/a/../../b", "/sitemap.xml", "/sitemap.xml/",
                        "/en/feed.xml/x", "/media", "/%", "/%zz", "/%C3", "/%00", "/a%2Fb", "/a b", "/a?b", "/a#b",
                        "/con/aux.html", "/a:b", "/옛/기사.html", "/%EC%98%9B/", "/" + "a".repeat(300) + ".html",
                        "/" + "a/".repeat(3000), "/.htaccess", "/_worker.js/x", "/Web.Config", "/a./b", "/x.html/",
                        "/en/2019/03/hostile/default.htm", "/%E1%84%80%E1%85%A1.html"),
                Arbitraries.strings().all().ofMaxLength(20).map(s -> "/" + s));
        return alias.list().ofMaxSize(4).map(list -> "[" + String.join(", ", list.stream()
                .map(HostileInputPropertyTest::quoted).toList()) + "]");
    }

    @Provide
    Arbitrary<String> body() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](JavaScript:alert(1))",
                        "<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>", "<div>", "</div>",
                        "<mark>", "</mark>", "&#11;", "&#xFFFE;", "&#0;", "\u000B", "\uFEFF", "\u0000", "![i](a%00.png)",
                        "[^1]", "[^1]: n\n", "> ", "- ", "\n\n", "`", "```\n", "<!--", "|a|\n|-|\n", "[a](", "<", "\\"),
                Arbitraries.strings().all().ofMaxLength(12));
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    /** A YAML double-quoted scalar of {@code text}, which holds any character through its escapes. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || c >= 0x7F && c < 0xA0 || Character.isSurrogate((char) c) || c >= 0xFFFE) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }
}
