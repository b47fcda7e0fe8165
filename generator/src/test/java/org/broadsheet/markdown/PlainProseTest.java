package org.broadsheet.markdown;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary's shortcut for paragraphs without Markdown gives the text that Flexmark would. */
class PlainProseTest {

    private static final Markdown MARKDOWN = new Markdown(false);

    @Property(tries = 3000, seed = "20261126")
    void proseThatSkipsTheParserReadsAsTheParserWouldReadIt(@ForAll("paragraphs") String paragraph) {
        if (Markdown.plainProse(paragraph)) {
            assertEquals(MARKDOWN.plainText(paragraph).replaceAll("\\s+", " ").strip(),
                    paragraph.replaceAll("\\s+", " ").strip(), () -> paragraph.chars()
                            .mapToObj(c -> c < 128 && c >= 32 ? Character.toString(c) : "\\u" + Integer.toHexString(c))
                            .reduce("", String::concat));
        }
    }

    @Test
    void proseWithMarkupOrAnUnderlineIsParsed() {
        assertTrue(Markdown.plainProse("The harbor reopened on Monday,\nafter 3 years. 항구가 다시 열렸다."));
        assertFalse(Markdown.plainProse("The *harbor* reopened."));
        assertFalse(Markdown.plainProse("Harbor news\n==="));
        assertFalse(Markdown.plainProse("Harbor news\n- a list"));
    }

    @Provide
    Arbitrary<String> paragraphs() {
        return Arbitraries.of("The", " harbor", " 항구가", "\n", "  \n", "\t", "-", "=", "+", "#", "1.", "2)", ">", " ",
                        ":", "'", "\"", "&", "*", "www.example.org", "https://x.org/a", "(", ")", "—", ".", "é")
                .list().ofMinSize(1).ofMaxSize(25).map(parts -> "Start" + String.join("", parts))
                .filter(paragraph -> !paragraph.matches("(?s).*\\n\\s*\\n.*")); // the summary splits at blank lines
    }
}
