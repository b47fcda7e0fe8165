package org.broadsheet.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For any text in every field that reaches a page — headline, kicker, standfirst, summary, the lead image's alt text,
 * caption and credit, a correction, a one-off byline, and the names, roles, bios and descriptions of
 * {@code topics.yml}, {@code authors.yml} and {@code series.yml} — no page, feed or sitemap holds markup of it:
 * every page has only the elements and attributes that the theme writes, no script but the theme's and the
 * schema.org data, which the text cannot close, and the feeds and sitemap parse as XML. Or the build fails with
 * problems that name a file. Fixed seed; checked with fresh ones.
 */
class HostileTextPropertyTest {

    private static final String ARTICLE = "content/en/2019/hostile.md";
    private static final List<String> OUTPUT_XML = List.of("en/feed.xml", "en/topics/economy/feed.xml", "sitemap.xml");

    private static Path dir;
    private static TestSite site;
    private static SiteBuilder builder;
    private static Set<String> themeMarkup;

    @BeforeContainer
    static void startSite() throws IOException {
        dir = Files.createTempDirectory("broadsheet-hostile-text");
        site = TestSite.create(dir).bytes("content/en/2019/lead.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        builder = new SiteBuilder(site.options(), BuildLog.SILENT);
        write("\"Plain\"");
        assertTrue(builder.build().succeeded());
        themeMarkup = markup();
    }

    @AfterContainer
    static void removeSite() {
        TestSite.removeTree(dir);
    }

    @Property(tries = 40, seed = "20261207")
    void noTextOfAnyFieldBecomesMarkup(@ForAll("text") String text) throws IOException {
        write(HostileInputPropertyTest.quoted(text));
        BuildResult result = builder.build();
        if (!result.succeeded()) {
            assertTrue(result.problems().stream().allMatch(p -> p.path().startsWith("content/")
                    && !p.message().isEmpty() && p.toString().lines().count() == 1), result.problems().toString());
            return;
        }
        Set<String> found = markup();
        found.removeAll(themeMarkup);
        assertEquals(Set.of(), found, text);
        for (String xml : OUTPUT_XML) {
            TestSite.xml(site.read(xml));
        }
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("</script>", "<script>alert(1)</script>", "<!--", "-->", "<![CDATA[", "]]>", "\"", "'",
                        "`", "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)",
                        "javascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)>", "&",
                        "&amp;", "&lt;script&gt;", "&#60;", "\u2028", "\u2029", "\\", "\\u003c", "${x}", "<#if x>", "{{x}}",
                        "</style>", "<style>", "</title>", "<meta http-equiv=refresh content=0;url=//evil>", ">", "<",
                        "\u202E", "\u0000", "\u000B", "\uFEFF", "\uD800", "Σ", "한글"),
                Arbitraries.strings().all().ofMaxLength(8));
        return piece.list().ofMinSize(1).ofMaxSize(8).map(parts -> "x" + String.join("", parts));
    }

    /** Puts {@code value}, a YAML scalar, in every field of the article and the registries that reaches a page. */
    private static void write(String value) {
        site.file("content/topics.yml", "economy: {en: " + value + ", ko: " + value
                        + ", description: {en: " + value + ", ko: " + value + "}}\n")
                .file("content/authors.yml", "kim:\n  en: {name: " + value + ", role: " + value + ", bio: " + value
                        + "}\n  ko: {name: " + value + ", role: " + value + ", bio: " + value + "}\n")
                .file("content/series.yml", "harbor:\n  en: " + value + "\n  ko: " + value + "\n  description: {en: "
                        + value + ", ko: " + value + "}\n")
                .article(ARTICLE, "title: " + value + "\ndate: 2019-03-01\nkicker: " + value + "\nsubtitle: " + value
                        + "\nsummary: " + value + "\ntopics: [economy]\nseries: harbor\nauthors: [kim, {name: " + value
                        + ", role: " + value + "}]\ncorrections: [{date: 2019-03-02, text: " + value + "}]\nimage: {src: "
                        + "lead.png, alt: " + value + ", caption: " + value + ", credit: " + value + "}", "Body.")
                .article("content/ko/2019/hostile.md", "title: " + value + "\ndate: 2019-03-01\ntopics: [economy]\n"
                        + "series: harbor\nauthors: [kim]", "본문.");
    }

    /**
     * The markup of every page of the site: each element's name with its attributes' names, a script's kind, and
     * whether schema.org data could be closed early; the text of neither.
     */
    private static Set<String> markup() throws IOException {
        Set<String> markup = new TreeSet<>();
        Path out = dir.resolve("site");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(file -> file.toString().endsWith(".html")).forEach(pages::add);
        }
        for (Path page : pages) {
            for (Element element : Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).getAllElements()) {
                StringBuilder shape = new StringBuilder(element.normalName());
                for (Attribute attribute : element.attributes()) {
                    shape.append(' ').append(attribute.getKey());
                }
                if (element.normalName().equals("script")) {
                    shape.append(" type=").append(element.attr("type"));
                    if (element.data().contains("</") || element.data().contains("<!--")) {
                        shape.append(" closable");
                    }
                }
                markup.add(shape.toString());
            }
        }
        return markup;
    }
}
