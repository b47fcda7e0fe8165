package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line of a node found by binary search is the line Flexmark counts from the top of the document. */
class LineStartsTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final List<String> LINES = List.of("[a](/x) b", "", "- item [c](/y)", "text", "> quote ![i](/i.png)",
            "    code", "[r]: /r", "# heading [d](/z)", "<div>x</div>");
    private static final List<String> ENDINGS = List.of("\n", "\r\n", "\r");

    @Property(seed = "20261207")
    void everyNodeIsOnTheLineFlexmarkCounts(@ForAll @Size(max = 40) List<@IntRange(max = 26) Integer> picks) {
        StringBuilder body = new StringBuilder();
        for (int pick : picks) {
            body.append(LINES.get(pick % LINES.size())).append(ENDINGS.get(pick / LINES.size()));
        }
        Document document = PARSER.parse(body.toString());
        check(document);
    }

    private static void check(Node node) {
        assertEquals(node.getStartLineNumber() + 1, LineStarts.of(node), () -> node + " of " + node.getDocument().getChars());
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            check(child);
        }
    }
}
