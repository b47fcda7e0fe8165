package org.broadsheet.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Markdown dialect, spec style: input → exact HTML. */
class MarkdownTest {

    private static final Markdown MARKDOWN = new Markdown(false);
    private static final LinkRewriter KEEP = (url, line, image) -> url;

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("paragraph", "Hello *world*", "<p>Hello <em>world</em></p>\n"),
                Arguments.of("heading anchors", "## Road closures", "<h2 id=\"road-closures\">Road closures</h2>\n"),
                Arguments.of("Korean heading anchors", "## 도로 통제", "<h2 id=\"도로-통제\">도로 통제</h2>\n"),
                Arguments.of("strikethrough", "~~Nov. 9~~ Nov. 10", "<p><del>Nov. 9</del> Nov. 10</p>\n"),
                Arguments.of("autolink", "See https://example.org now",
                        "<p>See <a href=\"https://example.org\">https://example.org</a> now</p>\n"),
                Arguments.of("table", "| a | b |\n|---|---|\n| 1 | 2 |\n",
                        "<table class=\"table\">\n<thead>\n<tr><th>a</th><th>b</th></tr>\n</thead>\n"
                                + "<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>\n"),
                Arguments.of("footnote", "Fact.[^1]\n\n[^1]: Source.\n",
                        "<p>Fact.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n"
                                + "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn-1\">\n<p>Source.</p>\n"
                                + "<a href=\"#fnref-1\" class=\"footnote-back\">&#8617;</a>\n"
                                + "</li>\n</ol>\n</div>\n"),
                Arguments.of("raw HTML is allowed", "<mark>x</mark>", "<p><mark>x</mark></p>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rendersTheDialect(String name, String markdown, String html) {
        assertEquals(html, MARKDOWN.toHtml(markdown, KEEP));
    }

    @Test
    void passesEveryLinkAndImageWithItsLineThroughTheRewriter() {
        List<String> seen = new ArrayList<>();
        String html = MARKDOWN.toHtml("First [a](a.md)\n\n![pic](p.jpg)\n\n[ref][r]\n\n[r]: r.md\n",
                (url, line, image) -> {
                    seen.add(url + "@" + line + (image ? " image" : ""));
                    return "/x/" + url;
                });
        assertEquals(List.of("a.md@1", "p.jpg@3 image", "r.md@7"), seen);
        assertEquals("<p>First <a href=\"/x/a.md\">a</a></p>\n<p><img src=\"/x/p.jpg\" alt=\"pic\" /></p>\n"
                + "<p><a href=\"/x/r.md\">ref</a></p>\n", html);
    }

    @Test
    void textIsTheWholeBodyWithoutMarkupOrFootnoteMarkers() {
        assertEquals(" Heading The harbor reopened on Monday. More . Use mvn here.  The note.",
                MARKDOWN.body("## Heading\n\nThe *harbor* [reopened](a.md)[^1] on Monday.\n\nMore <b>."
                        + "\n\nUse `mvn` here.\n\n[^1]: The note.\n", KEEP).text());
    }

    @Test
    void summaryIsTheFirstParagraphAsPlainText() {
        assertEquals("The harbor reopened on Monday.",
                MARKDOWN.summary("## Heading\n\n![x](y.jpg)\n\nThe *harbor* [reopened](a.md) on Monday.\n\nMore."));
        assertEquals("Run mvn package once.", MARKDOWN.summary("Run `mvn package` once."));
        // a backslash escape is Markdown, not prose: the summary shows what it escapes
        assertEquals("Route 1. North is closed.", MARKDOWN.summary("Route 1\\. North is closed."));
        assertEquals("AT&T buys 5 © cranes.", MARKDOWN.summary("AT&amp;T buys 5 &copy; cranes."));
    }

    @Test
    void longSummaryIsCutAtAWord() {
        String summary = MARKDOWN.summary("word ".repeat(100));
        // cut at the last word that ends within 240 characters
        assertEquals("word ".repeat(47) + "word…", summary);
        // a paragraph of exactly 240 characters is the whole summary, without an ellipsis
        String exact = "word ".repeat(47) + "word!";
        assertEquals(240, exact.length());
        assertEquals(exact, MARKDOWN.summary(exact));
    }

    @Test
    void escapingModeEscapesRawHtml() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
                new Markdown(true).toHtml("<script>alert(1)</script>", KEEP));
    }
}
