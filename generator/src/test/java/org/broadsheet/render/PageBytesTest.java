package org.broadsheet.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A page collected as UTF-8 bytes, write by write, is the page's whole text encoded at once. */
class PageBytesTest {

    /** A piece of a page, and the way FreeMarker hands it over. */
    record Write(String text, int way) {
    }

    @Property(tries = 2000)
    void anySequenceOfWritesGivesTheBytesOfTheWholeText(@ForAll("writes") List<Write> writes) {
        PageBytes page = new PageBytes();
        StringBuilder whole = new StringBuilder();
        for (Write write : writes) {
            whole.append(write.text());
            String text = write.text();
            switch (write.way()) {
                case 0 -> page.write(text);
                case 1 -> page.write("<" + text + ">", 1, text.length());
                case 2 -> page.write(("<" + text + ">").toCharArray(), 1, text.length());
                default -> text.chars().forEach(page::write);
            }
        }
        assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), page.bytes(), whole.toString());
    }

    @Test
    void anEmojiSplitBetweenTwoWritesIsOneCodePointAndALoneHalfIsAQuestionMark() {
        PageBytes page = new PageBytes();
        page.write("a\uD83D");
        page.write("\uDE00b\uD83D");
        page.write("c\uDE00");
        page.write("\uD83D");
        assertArrayEquals("a\uD83D\uDE00b?c??".getBytes(StandardCharsets.UTF_8), page.bytes());
    }

    /** Pieces of ASCII, Hangul, emoji and their halves, written each in one of the four ways. */
    @Provide
    Arbitrary<List<Write>> writes() {
        Arbitrary<String> text = Arbitraries.of("", "<p>", "a", "한국어", "é", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDBFF",
                "\uDC00", "&amp;", "\u0000").list().ofMaxSize(4).map(parts -> String.join("", parts));
        return Combinators.combine(text, Arbitraries.integers().between(0, 3)).as(Write::new)
                .list().ofMaxSize(12);
    }
}
