package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The text of a body (what its reading time counts) is, for any Markdown, its text nodes as Flexmark unescapes
 * them, with a space for every line break and block: read straight from the Markdown where nothing needs
 * unescaping, it must not differ from Flexmark's own strings.
 */
class MarkdownTextTest {

    private static final Markdown MARKDOWN = new Markdown(false);
    private static final LinkRewriter KEEP = (url, line, image) -> url;

    @Property(tries = 1500, seed = "20261206")
    void theTextIsTheTextNodesAsFlexmarkUnescapesThem(@ForAll long seed) {
        String markdown = new RandomMarkdown(seed).document();
        Markdown.Body body;
        try {
            body = MARKDOWN.body(markdown, KEEP);
        } catch (Markdown.Failure e) {
            return; // Flexmark fails on a few nestings; no text to compare
        }
        StringBuilder expected = new StringBuilder();
        boolean escaped = false;
        for (Node node : MARKDOWN.parsed(markdown, KEEP).getDescendants()) {
            if ((node instanceof Text || node instanceof HtmlEntity) && !(node.getParent() instanceof Footnote)) {
                String unescaped = node.getChars().unescape();
                escaped |= !unescaped.contentEquals(node.getChars());
                expected.append(unescaped);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof Block) {
                expected.append(' ');
            }
        }
        Statistics.label("a text node unescaped").collect(escaped);
        Statistics.label("a text node unescaped").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
        assertEquals(expected.toString(), body.text(), markdown);
    }
}
