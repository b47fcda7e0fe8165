package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Document;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.sanitize.HtmlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sanitising raw HTML holds whichever renderer wrote the HTML, costs nothing to a body without raw
 * HTML, and never takes away what Markdown itself writes.
 */
class SanitizingTest {

    private static final Markdown TRUSTED = new Markdown(false);
    private static final Markdown SANITIZE = TRUSTED.sanitizing(SiteConfig.DEFAULT_EMBEDS);
    private static final HtmlPolicy POLICY = new HtmlPolicy(SiteConfig.DEFAULT_EMBEDS);
    private static final LinkRewriter LINKS = (url, line, image) -> url;

    @Property(tries = 1500, seed = "20261202")
    void theSanitiserKeepsWhatMarkdownWritesAndHoldsForBothRenderers(@ForAll long seed) {
        String markdown = new RandomMarkdown(seed).document();
        Document document;
        String flexmark;
        try {
            document = TRUSTED.parsed(markdown, LINKS);
            flexmark = TRUSTED.flexmarkHtml(document);
        } catch (RuntimeException | AssertionError e) {
            return;
        }
        String fast = TRUSTED.fastHtml(document, LINKS);
        if (fast != null) {
            assertEquals(POLICY.sanitize(flexmark), POLICY.sanitize(fast), markdown);
        }
        if (Markdown.rawHtml(document).isEmpty()) {
            assertEquals(List.of(), POLICY.removed(flexmark), markdown);
            assertEquals(normalized(flexmark), normalized(POLICY.sanitize(flexmark)), markdown);
            assertEquals(TRUSTED.toHtml(markdown, LINKS), SANITIZE.toHtml(markdown, LINKS), markdown);
        }
    }

    @Test
    void safeFormattingSurvivesAndTheRestIsRemovedAndReported() {
        String body = "Text <mark>marked</mark>, <abbr title=\"Seoul\">SEL</abbr> and H<sub>2</sub>O.\n\n"
                + "<div class=\"note\" onclick=\"steal()\">Note <script>alert(1)</script></div>\n\n"
                + "<img src=\"https://example.org/a.png\" alt=\"a\" onerror=\"alert(1)\" style=\"x\">\n";
        List<String> removed = new java.util.ArrayList<>();
        String html = SANITIZE.toHtml(body, new LinkRewriter() {
            @Override
            public String rewrite(String url, int line, boolean image) {
                return url;
            }

            @Override
            public void removed(int line, String what) {
                removed.add(line + ": " + what);
            }
        });
        assertEquals("<p>Text <mark>marked</mark>, <abbr title=\"Seoul\">SEL</abbr> and H<sub>2</sub>O.</p>\n"
                + "<div class=\"note\">Note </div>\n"
                + "<img src=\"https://example.org/a.png\" alt=\"a\" />\n", html);
        assertEquals(List.of("3: from the raw HTML: onclick on <div>, <script>",
                "5: from the raw HTML: onerror on <img>, style on <img>"), removed);
    }

    @Test
    void embedsSurviveOnlyFromTheListedHostsAndAreSandboxed() {
        String allowed = "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/abc\" "
                + "title=\"Ferry\" frameborder=\"0\" allow=\"autoplay; encrypted-media; camera\" allowfullscreen></iframe>";
        assertEquals("<iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/abc\" "
                + "title=\"Ferry\" allow=\"autoplay; encrypted-media\" allowfullscreen=\"allowfullscreen\" "
                + "sandbox=\"allow-scripts allow-same-origin allow-popups allow-presentation\"></iframe>\n",
                SANITIZE.toHtml(allowed, LINKS));
        assertEquals(List.of("frameborder on <iframe>"), POLICY.removed(allowed));
        for (String src : List.of("https://www.youtube.com/embed/abc", "http://www.youtube-nocookie.com/embed/abc",
                "https://www.youtube-nocookie.com.evil.org/embed/", "https://evil.org/www.youtube-nocookie.com/embed/",
                "https://user@www.youtube-nocookie.com/embed/a", "https://www.google.com/search?q=maps/embed",
                "//www.youtube-nocookie.com/embed/abc")) {
            String iframe = "<iframe src=\"" + src + "\"></iframe>";
            assertEquals("", SANITIZE.toHtml(iframe, LINKS).strip(), src);
            assertEquals(List.of("<iframe> (its address is not on the embed list of site.yml)"), POLICY.removed(iframe));
        }
        HtmlPolicy own = new HtmlPolicy(List.of("embed.example.org"));
        assertTrue(own.sanitize("<iframe src=\"https://embed.example.org/chart/1\"></iframe>").contains("<iframe"));
        assertFalse(own.sanitize("<iframe src=\"https://www.youtube-nocookie.com/embed/a\"></iframe>").contains("<iframe"));
    }

    @Test
    void aBodyOfThousandsOfScriptsGivesTwentyWarningsAndOneThatSaysSo() {
        String body = "<script>x()</script>\n\n".repeat(5000) + "[x](javascript:y)\n";
        List<String> removed = new java.util.ArrayList<>();
        String html = SANITIZE.toHtml(body, new LinkRewriter() {
            @Override
            public String rewrite(String url, int line, boolean image) {
                return url;
            }

            @Override
            public void removed(int line, String what) {
                removed.add(line + ": " + what);
            }
        });
        assertEquals(21, removed.size());
        assertTrue(removed.get(0).startsWith("10001: the link to 'javascript:y'"), removed.get(0));
        assertEquals("1: from the raw HTML: <script>", removed.get(1));
        assertEquals("39: more from here on: warnings stop after 20 in one article", removed.get(20));
        assertFalse(html.contains("script") || html.contains("javascript"), html);
    }

    @Test
    void aBodyWithoutRawHtmlIsNotSanitised() {
        String body = "The harbor reopened, **at last**, with [a link](https://example.org/a_(b)).\n";
        assertEquals(TRUSTED.toHtml(body, LINKS), SANITIZE.toHtml(body, LINKS));
    }

    /** The HTML as a browser builds it, with the percent escapes the sanitiser adds to URLs undone. */
    private static String normalized(String html) {
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.getAllElements()) {
            for (String url : List.of("href", "src")) {
                if (element.hasAttr(url)) {
                    element.attr(url, element.attr(url).replace("%28", "(").replace("%29", ")")
                            .replace("%7b", "{").replace("%7d", "}").replace("%20", " "));
                }
            }
        }
        return document.body().html();
    }
}
