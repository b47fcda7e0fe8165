package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.LinearTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The inline parser that matches in linear time reads every body as Flexmark's own does: tags, entities, code
 * spans, autolinks, reference definitions and links, with Broadsheet's extensions.
 */
class LinearInlineParserTest {

    private static final DataHolder OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, Markdown.extensions()).toImmutable();
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final Parser LINEAR = LinearInlineParser.parser(OPTIONS);
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    @Property(tries = 1000)
    void anyBodyReadsAsFlexmarkReadsIt(@ForAll("bodies") String body) {
        assertEquals(RENDERER.render(FLEXMARK.parse(body)), RENDERER.render(LINEAR.parse(body)), body);
    }

    @Test
    void anAddressHoldsAtMostThirtyTwoUnclosedParenthesesAndATitleFiveHundredCharacters() {
        assertEquals("<p><a href=\"" + "(".repeat(32) + "x" + ")".repeat(32) + "\">a</a></p>\n",
                RENDERER.render(LINEAR.parse("[a](" + "(".repeat(32) + "x" + ")".repeat(32) + ")")));
        assertEquals("<p>[a](" + "(".repeat(33) + "x" + ")".repeat(34) + "</p>\n",
                RENDERER.render(LINEAR.parse("[a](" + "(".repeat(33) + "x" + ")".repeat(34))));
        String title = "t".repeat(LinearInlineParser.MAX_TITLE);
        assertEquals("<p><a href=\"/x\" title=\"" + title + "\">a</a></p>\n", RENDERER.render(LINEAR.parse("[a](/x \"" + title + "\")")));
        assertEquals("<p>[a](/x &quot;" + title + "t&quot;)</p>\n", RENDERER.render(LINEAR.parse("[a](/x \"" + title + "t\")")));
    }

    @Test
    void unclosedAddressesAndTitlesAreReadInLinearTime() {
        for (String unit : List.of("[a](", "![a](", "[a](<", "[a](b (", "[a](b \"")) {
            LinearTime.assertLinear(unit, 50_000, length ->
                    assertNotNull(LINEAR.parse(unit.repeat(length / unit.length())).getChildOfType(Paragraph.class), unit));
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of("x", " ", "\n", "\n\n", "<b>", "</b>", "<a href=\"/f.pdf\">", "</a>", "<!-- c -->", "<",
                        ">", "&amp;", "&#11;", "&nope;", "`", "``", "*", "_", "[a]", "[a][r]", "![p][r]", "[r]: /u\n",
                        "[^1]", "[^1]: note\n", "(", ")", "](/x)", "<http://a.example/b>", "<me@a.example>",
                        "https://a.example/c", "\\", "~~", "| a | b |\n|---|---|\n", "# ", "> ", "- ", "1. ", "$",
                        "[a](", "](b \"t\")", " \"", "'", " (t)", "\\(", "<b", "![p](/i.png", "===\n", "---\n", "-",
                        "=", "  ", "## ", "#x")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
