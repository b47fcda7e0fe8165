package org.broadsheet.markdown;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The summary's shortcut for paragraphs without Markdown gives the text that Flexmark would. */
class PlainProseTest {

    private static final Markdown MARKDOWN = new Markdown(false);

    @Property(tries = 3000, seed = "20261126")
    void proseThatSkipsTheParserReadsAsTheParserWouldReadIt(@ForAll("paragraphs") String paragraph) {
        boolean plain = Markdown.plainProse(paragraph);
        // a shortcut that never (or always) skipped the parser would test nothing
        Statistics.label("shortcut").collect(plain ? "skips the parser" : "parses");
        Statistics.label("shortcut").coverage(coverage -> {
            coverage.check("skips the parser").percentage(p -> p >= 20);
            coverage.check("parses").percentage(p -> p >= 20);
        });
        if (plain) {
            assertEquals(MARKDOWN.plainText(paragraph).replaceAll("\\s+", " ").strip(),
                    paragraph.replaceAll("\\s+", " ").strip(), () -> paragraph.chars()
                            .mapToObj(c -> c < 128 && c >= 32 ? Character.toString(c) : "\\u" + Integer.toHexString(c))
                            .reduce("", String::concat));
        }
    }

    @Property(tries = 2000, seed = "20261201")
    void footnoteReferencesAreRemovedAsTheRegularExpressionRemovesThem(@ForAll("bracketed") String block) {
        assertEquals(block.replaceAll("\\[\\^[^]]*]", ""), Markdown.withoutFootnoteReferences(block));
    }

    @Test
    @Timeout(10)
    void footnoteReferencesThatNoneClosesAreScannedOnce() {
        String block = "[^a ".repeat(1_250_000);
        assertEquals(block, Markdown.withoutFootnoteReferences(block));
    }

    @Provide
    Arbitrary<String> bracketed() {
        return Arbitraries.of("[", "^", "]", "[^", "a", " ", "\n", "서울").list().ofMaxSize(20)
                .map(parts -> String.join("", parts));
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
