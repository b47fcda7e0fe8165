package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Document;
import org.broadsheet.LinearTime;
import org.broadsheet.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ids of a body, spec style: Markdown → exact HTML. No element of a body takes an id of the theme's page or one
 * that another element of the body has; a link in the body to such an id follows its element.
 */
class BodyIdsTest {

    private static final Markdown TRUSTED = new Markdown(false);
    private static final Markdown ESCAPING = new Markdown(true);
    private static final Markdown SANITIZING = TRUSTED.sanitizing(SiteConfig.DEFAULT_EMBEDS);
    private static final LinkRewriter KEEP = (url, line, image) -> url;

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of("a heading named as the theme's box", "## Most read\n\nSee [the list](#most-read).\n",
                        "<h2 id=\"most-read-1\">Most read</h2>\n<p>See <a href=\"#most-read-1\">the list</a>.</p>\n"),
                Arguments.of("a heading named as the skip link's target", "# Main\n",
                        "<h1 id=\"main-1\">Main</h1>\n"),
                Arguments.of("a link to a theme's id without such a heading stays", "[skip](#main)\n",
                        "<p><a href=\"#main\">skip</a></p>\n"),
                Arguments.of("duplicates are numbered as before", "## Intro\n\n## Intro\n\n## Intro\n",
                        "<h2 id=\"intro\">Intro</h2>\n<h2 id=\"intro-1\">Intro</h2>\n"
                                + "<h2 id=\"intro-2\">Intro</h2>\n"),
                Arguments.of("a numbered duplicate never meets a heading of that name",
                        "## Intro\n\n## Intro 1\n\n## Intro\n",
                        "<h2 id=\"intro\">Intro</h2>\n<h2 id=\"intro-1\">Intro 1</h2>\n"
                                + "<h2 id=\"intro-2\">Intro</h2>\n"),
                Arguments.of("a heading named as a footnote", "## Fn 1\n\nFact.[^a]\n\n[^a]: Source.\n",
                        "<h2 id=\"fn-1-1\">Fn 1</h2>\n"
                                + "<p>Fact.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n"
                                + "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn-1\">\n<p>Source.</p>\n"
                                + "<a href=\"#fnref-1\" class=\"footnote-back\">&#8617;</a>\n</li>\n</ol>\n</div>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void headingIdsAvoidTheThemeFootnotesAndEachOther(String name, String markdown, String html) {
        for (Markdown rendering : List.of(TRUSTED, ESCAPING, SANITIZING)) {
            assertEquals(html, rendering.toHtml(markdown, KEEP));
            Document document = rendering.parsed(markdown, KEEP);
            assertEquals(rendering.flexmarkHtml(document), rendering.fastHtml(document, KEEP));
        }
    }

    static Stream<Arguments> rawHtml() {
        return Stream.of(
                Arguments.of("a raw id of the theme's", "<div id=\"most-read\">x</div>\n\n[list](#most-read)\n",
                        "<div id=\"most-read-1\">x</div>\n<p><a href=\"#most-read-1\">list</a></p>\n"),
                Arguments.of("a raw link to a raw id of the theme's, before it",
                        "<a href=\"#main\">up</a>\n\n<p id=\"main\">x</p>\n",
                        "<p><a href=\"#main-1\">up</a></p>\n<p id=\"main-1\">x</p>\n"),
                Arguments.of("a raw id repeated: the first keeps it",
                        "<p id=\"a\">1</p>\n\n<p id=\"a\">2</p>\n\n<p id=\"a-1\">3</p>\n",
                        "<p id=\"a\">1</p>\n<p id=\"a-2\">2</p>\n<p id=\"a-1\">3</p>\n"),
                Arguments.of("a heading gives way to a raw anchor",
                        "## Intro\n\n<a id=\"intro\"></a>\n\n[go](#intro)\n",
                        "<h2 id=\"intro-1\">Intro</h2>\n<p><a id=\"intro\"></a></p>\n"
                                + "<p><a href=\"#intro\">go</a></p>\n"),
                Arguments.of("a raw id that the theme's and a heading's renaming both want",
                        "## Main\n\n<span id=\"main\">x</span>\n",
                        "<h2 id=\"main-1\">Main</h2>\n<p><span id=\"main-2\">x</span></p>\n"),
                Arguments.of("names are removed", "<img src=\"a.png\" alt=\"a\" name=\"getElementById\">\n",
                        "<img src=\"a.png\" alt=\"a\" />\n"),
                Arguments.of("an old named anchor becomes an id", "[jump](#later)\n\n<a name=\"later\"></a>\n",
                        "<p><a href=\"#later\">jump</a></p>\n<p><a id=\"later\"></a></p>\n"),
                Arguments.of("a named anchor of the theme's is renamed, and its links follow it",
                        "[top](#main)\n\n<a name=\"main\"></a>\n",
                        "<p><a href=\"#main-1\">top</a></p>\n<p><a id=\"main-1\"></a></p>\n"),
                Arguments.of("a named anchor repeated: the first keeps it",
                        "<a name=\"a\"></a>\n\n<a name=\"a\" href=\"#a\">again</a>\n",
                        "<p><a id=\"a\"></a></p>\n<p><a id=\"a-1\" href=\"#a\">again</a></p>\n"),
                Arguments.of("a heading gives way to a named anchor", "## Intro\n\n<a name=\"intro\"></a>\n",
                        "<h2 id=\"intro-1\">Intro</h2>\n<p><a id=\"intro\"></a></p>\n"),
                Arguments.of("an anchor's name that repeats its id goes", "<a id=\"a\" name=\"a\"></a>\n",
                        "<p><a id=\"a\"></a></p>\n"),
                Arguments.of("a note gives way to a raw element before it, and its references follow the note",
                        "<p id=\"fn-1\">raw</p>\n\nFact[^a], again[^a].\n\n[^a]: Source.\n",
                        "<p id=\"fn-1\">raw</p>\n<p>Fact<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1-1\">1</a>"
                                + "</sup>, again<sup id=\"fnref-1-1\"><a class=\"footnote-ref\" href=\"#fn-1-1\">1</a></sup>.</p>\n"
                                + "<div class=\"footnotes\">\n<hr />\n<ol><li id=\"fn-1-1\">\n<p>Source.</p>\n"
                                + "<a href=\"#fnref-1\" class=\"footnote-back\">↩</a>\n"
                                + "<a href=\"#fnref-1-1\" class=\"footnote-back\">↩</a>\n</li></ol>\n</div>\n"),
                Arguments.of("a reference gives way to a raw anchor before it, and the note's way back follows it; "
                                + "a raw link to the id leads to the raw anchor",
                        "<a id=\"fnref-1\"></a>\n\nFact[^a] and [up](#fnref-1).\n\n[^a]: Source.\n",
                        "<p><a id=\"fnref-1\"></a></p>\n<p>Fact<sup id=\"fnref-1-1\"><a class=\"footnote-ref\" "
                                + "href=\"#fn-1\">1</a></sup> and <a href=\"#fnref-1\">up</a>.</p>\n"
                                + "<div class=\"footnotes\">\n<hr />\n<ol><li id=\"fn-1\">\n<p>Source.</p>\n"
                                + "<a href=\"#fnref-1-1\" class=\"footnote-back\">↩</a>\n</li></ol>\n</div>\n"),
                Arguments.of("a raw element after a reference gives way to it",
                        "Fact[^a].\n\n<span id=\"fnref-1\">x</span>\n\n[^a]: Source.\n",
                        "<p>Fact<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>.</p>\n"
                                + "<p><span id=\"fnref-1-1\">x</span></p>\n"
                                + "<div class=\"footnotes\">\n<hr />\n<ol><li id=\"fn-1\">\n<p>Source.</p>\n"
                                + "<a href=\"#fnref-1\" class=\"footnote-back\">↩</a>\n</li></ol>\n</div>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawHtml")
    void rawIdsAreRenamedWhereTheyWouldClash(String name, String markdown, String html) {
        assertEquals(html, SANITIZING.toHtml(markdown, KEEP));
    }

    @Test
    void repeatedHeadingsAndIdsAreNumberedInLinearTime() {
        LinearTime.assertLinear("repeated headings", 5_000, count -> assertTrue(
                TRUSTED.toHtml("## a\n\n".repeat(count), KEEP).contains("id=\"a-" + (count - 1) + "\"")));
        LinearTime.assertLinear("repeated raw ids", 5_000, count -> assertTrue(
                SANITIZING.toHtml("<p id=\"a\">x</p>\n\n".repeat(count), KEEP)
                        .contains("id=\"a-" + (count - 1) + "\"")));
    }
}
