package org.broadsheet.markdown;

import org.broadsheet.LinearTime;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A body of tens of thousands of lines costs what its length does, whatever its lines start with. */
class ManyLinesTest {

    private static final Markdown MARKDOWN = new Markdown(false);

    @Test
    void aParagraphOfLinesThatStartWithPunctuationOrADigitIsReadInLinearTime() {
        for (String line : List.of("1 x\n", "[a](/x) b\n", "*a* b\n", "`c` d\n", "&amp; e\n")) {
            LinearTime.assertLinear(line.strip(), 5_000, lines -> {
                String html = MARKDOWN.toHtml("Text.\n\n" + line.repeat(lines), (url, at, image) -> url);
                assertTrue(html.endsWith("</p>\n"), html.substring(html.length() - 20));
            });
        }
    }

    @Test
    void tensOfThousandsOfReferenceDefinitionsAreReadInLinearTimeEachAtItsLine() {
        LinearTime.assertLinear("reference definitions", 20_000, references -> {
            StringBuilder body = new StringBuilder("Text.\n\n");
            for (int i = 0; i < references; i++) {
                body.append("[a").append(i).append("]: /x").append(i).append('\n');
            }
            List<Integer> lines = new ArrayList<>();
            MARKDOWN.toHtml(body.append("\n[the last][a").append(references - 1).append("]\n").toString(),
                    (url, line, image) -> {
                        lines.add(line);
                        return url;
                    });
            assertEquals(references, lines.size());
            assertEquals(List.of(3, references + 2), List.of(lines.get(0), lines.get(references - 1)));
        });
    }
}
