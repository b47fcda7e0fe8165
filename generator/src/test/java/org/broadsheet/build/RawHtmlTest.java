package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Raw HTML in articles is sanitised by default ({@code rawHtml: sanitize}): formatting and listed embeds
 * stay, scripts and handlers go, each removal a warning at its line; {@code trusted} and {@code escape}
 * (and the old {@code true} and {@code false}) keep their meaning.
 */
class RawHtmlTest {

    private static final String BODY = "Text <mark>marked</mark>.\n\n<script>alert(1)</script>\n\n"
            + "<img src=\"https://example.org/a.png\" alt=\"a\" onerror=\"alert(1)\">\n\n"
            + "<a href=\"javascript:alert(1)\">x</a> and [y](JavaScript:alert(2))\n\n"
            + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Ferry\"></iframe>\n";

    @TempDir
    Path dir;

    @Test
    void byDefaultScriptsAreRemovedWithAWarningAtTheirLineAndFormattingAndEmbedsStay() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", BODY);
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        assertEquals(List.of(
                "content/en/2019/a.md:11: removed from the raw HTML: <a> (without an allowed address)",
                "content/en/2019/a.md:11: removed the link to 'JavaScript:alert(2)': Broadsheet publishes no address "
                        + "with the scheme 'javascript:' (only http, https, mailto, tel and the others listed in "
                        + "docs/security.md)",
                "content/en/2019/a.md:7: removed from the raw HTML: <script>",
                "content/en/2019/a.md:9: removed from the raw HTML: onerror on <img>"), built.warnings().stream().sorted().toList());
        String page = site.read("en/2019/03/a/index.html");
        assertTrue(page.contains("<mark>marked</mark>"), page);
        assertTrue(page.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Ferry\" sandbox="), page);
        for (String output : List.of(page, site.read("en/feed.xml"))) {
            assertFalse(output.contains("alert(1)") || output.contains("onerror")
                    || output.toLowerCase().contains("javascript:"), output);
        }
        TestSite.xml(site.read("en/feed.xml"));
    }

    @Test
    void linksToAChatChannelOrAMirrorStayAndAnUnknownSchemeIsNamedInItsWarning() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "Join [the channel](irc://irc.example.org/news), fetch [the mirror](rsync://mirror.example.org/news/)\n"
                        + "or <a href=\"xmpp:desk@example.org\">write</a>; see [ruby-talk:124413](ruby-talk:124413).\n");
        TestSite.Logged built = site.buildLogged();
        assertEquals(List.of("content/en/2019/a.md:6: removed the link to 'ruby-talk:124413': Broadsheet publishes no "
                + "address with the scheme 'ruby-talk:' (only http, https, mailto, tel and the others listed in "
                + "docs/security.md)"), built.warnings());
        String page = site.read("en/2019/03/a/index.html");
        assertTrue(page.contains("<a href=\"irc://irc.example.org/news\">the channel</a>"), page);
        assertTrue(page.contains("<a href=\"rsync://mirror.example.org/news/\">the mirror</a>"), page);
        assertTrue(page.contains("<a href=\"xmpp:desk@example.org\">write</a>"), page);
        assertFalse(page.contains("href=\"ruby-talk"), page);
    }

    @Test
    void trustedAndTheOldTruePassHtmlAsWrittenAndEscapeAndFalseShowItAsText() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", BODY);
        for (String trusted : List.of("trusted", "true")) {
            site.file("content/site.yml", TestSite.SITE_YML + "rawHtml: " + trusted + "\n");
            assertTrue(site.build().succeeded());
            String page = site.read("en/2019/03/a/index.html");
            assertTrue(page.contains("<script>alert(1)</script>") && page.contains("onerror=\"alert(1)\""), page);
            assertFalse(page.contains("JavaScript:alert(2)"), "Markdown links are checked in every mode");
        }
        for (String escape : List.of("escape", "false")) {
            site.file("content/site.yml", TestSite.SITE_YML + "rawHtml: " + escape + "\n");
            assertTrue(site.build().succeeded());
            String page = site.read("en/2019/03/a/index.html");
            assertTrue(page.contains("&lt;mark&gt;marked&lt;/mark&gt;") && !page.contains("<script>alert"), page);
        }
    }

    @Test
    void anOldNamedAnchorIsTheOneTargetOfItsLinksWithoutAWarningAndOtherNamesGoWithOne() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "Jump [later](#later) or [to the box](#main).\n\n"
                        + "<a id=\"top\" name=\"top\"></a><a name=\"later\"></a>Later, <a name=\"main\">the box</a>.\n\n"
                        + "<img src=\"https://example.org/a.png\" alt=\"a\" name=\"logo\">\n");
        TestSite.Logged built = site.buildLogged();
        assertEquals(List.of("content/en/2019/a.md:7: renamed the id 'main' in the raw HTML to 'main-1': the theme's pages "
                        + "have an element of the id 'main'; links to #main in this article follow the rename, links from "
                        + "elsewhere need #main-1, or give the element another id",
                "content/en/2019/a.md:9: removed from the raw HTML: name on <img>"), built.warnings());
        Document page = Jsoup.parse(site.read("en/2019/03/a/index.html"));
        Element story = page.selectFirst(".story-body");
        assertEquals("#main-1", story.selectFirst("a:contains(to the box)").attr("href"));
        for (String target : List.of("later", "main-1")) {
            assertEquals(1, page.select("[id=" + target + "]").size(), target);
            assertEquals(1, story.select("a[id=" + target + "]").size(), target);
        }
        assertEquals(1, page.select("[id=main]").size());
        assertTrue(story.select("[id=main], [name]").isEmpty(), story.html());

        site.file("content/site.yml", TestSite.SITE_YML + "rawHtml: trusted\n");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/a/index.html").contains("<a name=\"later\"></a>"), "trusted HTML is as written");
    }

    @Test
    void aRenamedIdIsAWarningAtItsLineSayingWhyAndARepeatedHeadingIsNot() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "<div id=\"main\">The box</div>\n\n<p id=\"note\">1</p>\n\n<p>Two <span id=\"note\">2</span></p>\n\n"
                        + "## Most read\n\n## Intro\n\n## Intro\n\n<a id=\"fine\"></a>\n");
        TestSite.Logged built = site.buildLogged();
        assertEquals(List.of(
                "content/en/2019/a.md:11: renamed the id of the heading 'Most read' to 'most-read-1': the theme's "
                        + "pages have an element of the id 'most-read'; links to #most-read in this article follow the "
                        + "rename, links from elsewhere need #most-read-1, or reword the heading",
                "content/en/2019/a.md:5: renamed the id 'main' in the raw HTML to 'main-1': the theme's pages have an "
                        + "element of the id 'main'; links to #main in this article follow the rename, links from "
                        + "elsewhere need #main-1, or give the element another id",
                "content/en/2019/a.md:9: renamed the id 'note' in the raw HTML to 'note-1': an element before it has "
                        + "that id; give each element an id of its own"),
                built.warnings().stream().sorted().toList());
        Element story = Jsoup.parse(site.read("en/2019/03/a/index.html")).selectFirst(".story-body");
        assertEquals(List.of("main-1", "note", "note-1", "most-read-1", "intro", "intro-1", "fine"),
                story.select("[id]").eachAttr("id"));
    }

    @Test
    void aFootnoteWhoseIdARawElementTookIsAWarningAtThatElementAndARawElementAfterAReferenceAtItsOwn() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "Fact.[^a]\n\n<p id=\"fn-1\">Raw</p>\n\n<span id=\"fnref-1\">x</span>\n\n[^a]: Source.\n");
        assertEquals(List.of("content/en/2019/a.md:7: renamed the id 'fn-1' of a footnote to 'fn-1-1': an element of "
                        + "the raw HTML here has it, which links to #fn-1 from elsewhere lead to; the footnote's own links "
                        + "follow the rename; give that element another id",
                "content/en/2019/a.md:9: renamed the id 'fnref-1' in the raw HTML to 'fnref-1-1': an element before it "
                        + "has that id; give each element an id of its own"),
                site.buildLogged().warnings());
    }

    @Test
    void theEmbedListOfTheSiteReplacesTheDefaultOne() {
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "embeds: [charts.example.org/embed/]\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "<iframe src=\"https://charts.example.org/embed/7\"></iframe>\n\n"
                                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>\n");
        TestSite.Logged built = site.buildLogged();
        assertEquals(List.of("content/en/2019/a.md:7: removed from the raw HTML: <iframe> (its address is not on the "
                + "embed list of site.yml)"), built.warnings());
        String page = site.read("en/2019/03/a/index.html");
        assertTrue(page.contains("https://charts.example.org/embed/7") && !page.contains("youtube"), page);
    }

    @Test
    void anEmptyEmbedListKeepsNoFrame() {
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "embeds: []\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>\n\n<b>Bold</b>\n");
        TestSite.Logged built = site.buildLogged();
        assertEquals(List.of("content/en/2019/a.md:5: removed from the raw HTML: <iframe> (its address is not on the "
                + "embed list of site.yml)"), built.warnings());
        String page = site.read("en/2019/03/a/index.html");
        assertTrue(page.contains("<b>Bold</b>") && !page.contains("youtube"), page);
    }

    @Test
    void anUnknownModeOrAMalformedEmbedIsAProblemOfTheSettings() {
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "rawHtml: clean\nembeds: [\"javascript:alert(1)\"]\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        assertEquals(List.of("content/site.yml:7: 'rawHtml' must be 'sanitize' (formatting and embeds from the hosts "
                        + "of 'embeds' are kept, scripts removed), 'trusted' (HTML passes as written) or 'escape' (HTML "
                        + "is shown as text)",
                "content/site.yml:8: embed 'javascript:alert(1)' must be a host, or a host and the start of a path, "
                        + "e.g. www.youtube-nocookie.com/embed/ (embeds are loaded over https)"), site.problems());
    }
}
