package org.broadsheet.robust;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.broadsheet.RecordingLog;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.SiteBuilder;
import org.broadsheet.model.ElementIds;
import org.broadsheet.render.ThemeIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For any body — headings, footnotes, links to fragments, and raw HTML with ids and names on anchors, images,
 * forms and their fields — under {@code rawHtml} {@code sanitize} (the default) or {@code escape}, a built
 * article page has no two elements of one id, no element of the body has an id
 * that the theme's templates write or its scripts look up (the site's own additions to the theme included: an
 * element of the article template, an id that a script of its own looks up), and none has a name (an anchor's, {@code <a name>}
 * without an id, becomes its id and meets the same rules, so that its name is the id of one element). The theme's names ({@code q} of
 * the search field) are found only by {@code [name=…]} within its own form, which no id of the body can meet. And a
 * link from another article to a fragment of the page ({@code clash.md#intro}) leads to exactly one element of it, or
 * is a warning, unless it names one of the theme's ids, which the article template may not write. A footnote's own
 * links lead to the footnote's own elements, whatever ids the raw HTML took: a reference to its note, a note back to
 * its reference. Fixed seed; checked with fresh ones.
 */
class BodyIdsPropertyTest {

    private static final String PAGE = "en/2019/03/clash/index.html";
    private static final String OTHER = "en/2019/03/other/index.html";
    /** An anchor named as old archives name them, without an id. */
    private static final Pattern NAMED_ANCHOR = Pattern.compile("(?i)<a name=\"([^\"]+)\"(?! id=)");
    private static final List<String> IDS = Stream.concat(ElementIds.THEME.stream().sorted(), Stream.of("",
            "newsletter", "ticker", "newsletter-1", "getElementById", "fetch", "module", "q", "intro", "intro-1",
            "main-1", "main-2", "most-read-1", "fn-1", "fnref-1", "fnref-1-1", "MAIN", "x", "x-1")).toList();
    private static final List<String> HEADINGS = List.of("Main", "Main 1", "Most read", "Most-read heading",
            "Search results", "Site search", "Related heading", "Newsletter", "Ticker", "Intro", "Intro 1", "Fn 1", "Fnref 1", "Fnref 1 1",
            "X", "!!!");

    private static Path dir;
    private static TestSite site;
    private static SiteBuilder builder;
    private static final RecordingLog LOG = new RecordingLog();
    /** Makes each try's body a new one, so that the page that links to it is rendered again and warns again. */
    private static int tries;
    /** The ids of the theme's pages: the default theme's and those the site's own templates and script add. */
    private static Set<String> reserved;

    @BeforeContainer
    static void startSite() throws IOException {
        dir = Files.createTempDirectory("broadsheet-body-ids");
        site = TestSite.create(dir)
                .file("content/series.yml", "harbor: {en: Harbor, ko: 항구}\n")
                .article("content/en/2019/other.md", "title: Other\ndate: 2019-03-02\ntopics: [economy]\n"
                        + "series: harbor", IDS.stream().filter(id -> !id.isEmpty())
                        .map(id -> "[" + id + "](clash.md#" + id + ")").collect(Collectors.joining(", ")) + ".\n")
                .edit("templates/article.ftlh", "<div class=\"story-body\"",
                        "<aside id=\"newsletter\">Subscribe</aside>\n  <div class=\"story-body\"")
                .file("templates/assets/ticker.js", "document.querySelector('#ticker').textContent = 'live';\n");
        reserved = ElementIds.reserved(ThemeIds.of(dir.resolve("templates")).ids());
        builder = new SiteBuilder(site.options(), LOG);
    }

    @AfterContainer
    static void removeSite() {
        TestSite.removeTree(dir);
    }

    @Property(tries = 40, seed = "20261207")
    void noBodyElementTakesTheThemesIdsAnotherElementsIdOrAName(@ForAll("bodies") String body,
                                                                 @ForAll boolean escaped) throws IOException {
        // under escape raw HTML is text, and the ids are the headings' and the footnotes'
        site.file("content/site.yml", TestSite.SITE_YML + (escaped ? "rawHtml: escape\n" : ""));
        site.article("content/en/2019/clash.md", "title: Clash\ndate: 2019-03-01\ntopics: [economy]\nseries: harbor\n"
                + "corrections: [{date: 2019-03-02, text: Fixed.}]", body + "\nTry " + ++tries + ".\n");
        LOG.lines().clear();
        BuildResult result = builder.build();
        assertTrue(result.succeeded(), () -> result.problems() + "\n" + body);
        Document page = Jsoup.parse(site.read(PAGE));
        Element story = page.selectFirst(".story-body");
        Set<String> themeIds = new TreeSet<>(reserved);
        for (Element element : page.getAllElements()) {
            if (element != story && !element.parents().contains(story)) {
                themeIds.add(element.id());
            }
        }
        themeIds.remove("");
        List<String> repeated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (!element.id().isEmpty() && !seen.add(element.id())) {
                repeated.add(element.id());
            }
        }
        for (Element element : story.getAllElements()) {
            if (themeIds.contains(element.id())) {
                clashes.add(element.tagName() + " " + element.id());
            }
        }
        assertEquals(List.of(), repeated, () -> "repeated ids for the body:\n" + body);
        assertEquals(List.of(), clashes, () -> "the theme's ids in the body:\n" + body);
        // a name is what document and window properties and form fields are found by: the body keeps none
        assertTrue(story.select("[name]").isEmpty(), () -> "a name in the body:\n" + body);
        // the target of an old anchor stays one: its own id, or the element that had it first (a theme's id that
        // this page lacks is followed to the anchor's new id instead, as BodyIdsTest shows)
        Matcher named = NAMED_ANCHOR.matcher(escaped ? "" : body);
        while (named.find()) {
            String target = named.group(1);
            assertTrue(reserved.contains(target)
                            || page.getAllElements().stream().filter(e -> e.id().equals(target)).count() == 1,
                    () -> "no element for the anchor " + target + ":\n" + body);
        }
        assertFragmentLinksLeadToOneElementOrWarn(page, body);
        assertFootnoteLinksLeadToTheirFootnote(story, body);
    }

    private static void assertFootnoteLinksLeadToTheirFootnote(Element story, String body) {
        for (Element reference : story.select("a.footnote-ref")) {
            Element note = story.getElementById(reference.attr("href").substring(1));
            assertTrue(note != null && note.is(".footnotes li"), () -> "a reference leads elsewhere: " + reference
                    + "\n" + body);
        }
        for (Element back : story.select("a.footnote-back")) {
            Element reference = story.getElementById(back.attr("href").substring(1));
            assertTrue(reference != null && reference.is("sup:has(> a.footnote-ref)"), () -> "a note leads back "
                    + "elsewhere: " + back + "\n" + body);
        }
    }

    /**
     * Each link of the other article to a fragment of this page leads to one element of it, or was warned of, unless
     * it names a theme's id.
     */
    private static void assertFragmentLinksLeadToOneElementOrWarn(Document page, String body) {
        Element links = Jsoup.parse(site.read(OTHER)).selectFirst(".story-body");
        for (Element link : links.select("a")) {
            String written = link.text();
            String fragment = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
            long elements = page.getAllElements().stream().filter(e -> e.id().equals(fragment)).count();
            boolean warned = LOG.lines().stream().anyMatch(line -> line.startsWith("WARN content/en/2019/other.md:")
                    && line.contains("link to 'clash.md#" + written + "' leads to no element"));
            assertTrue(reserved.contains(fragment) || elements == 1 && !warned || elements == 0 && warned,
                    () -> "the link to #" + written + " leads to #" + fragment + ", " + elements + " elements, "
                            + (warned ? "" : "not ") + "warned:\n" + body);
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> id = Arbitraries.of(IDS);
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(HEADINGS).map(text -> "## " + text),
                Arbitraries.of("a", "b").map(label -> "Noted.[^" + label + "] Again.[^" + label + "]"),
                Arbitraries.of("a", "b").map(label -> "[^" + label + "]: The note " + label + "."),
                id.map(target -> "[a link](#" + target + ")"),
                Combinators.combine(id, id).as((one, two) -> "<div id=\"" + one + "\"><a href=\"#" + two
                        + "\">up</a></div>"),
                Combinators.combine(id, id).as((one, two) -> "<p><img src=\"https://example.org/a.png\" alt=\"a\" "
                        + "name=\"" + one + "\" id=\"" + two + "\"></p>"),
                Combinators.combine(id, id).as((one, two) -> "<form name=\"" + one + "\" id=\"" + two
                        + "\"><input name=\"" + two + "\" id=\"" + one + "\"></form>"),
                Combinators.combine(id, id).as((one, two) -> "<a name=\"" + one + "\" id=\"" + two + "\" href=\"#"
                        + one + "\">anchor</a>"),
                id.map(one -> "<a name=\"" + one + "\"></a>"),
                Combinators.combine(id, id).as((one, two) -> "See <a name=\"" + one + "\" href=\"#" + two
                        + "\">there</a> and <A NAME=\"" + two + "\">here</A>."),
                Combinators.combine(id, id).as((one, two) -> "Some <span id=\"" + one + "\">inline</span> and <q id=\""
                        + two + "\">quoted</q> text."),
                id.map(one -> "<h2 id=\"" + one + "\">Raw heading</h2>"),
                id.map(one -> "<details id=\"" + one + "\"><summary>More</summary>Text</details>"));
        return piece.list().ofMinSize(1).ofMaxSize(10).map(pieces -> String.join("\n\n", pieces) + "\n");
    }
}
