package org.broadsheet.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * For any text written in any pieces, by any of a writer's methods, a page's bytes are the text's UTF-8, as
 * {@link String#getBytes} gives it: a surrogate pair split between two writes is one character, a lone surrogate a
 * {@code ?}; and a page keeps its bytes when the thread's next page reuses the buffer, or grows it.
 */
class Utf8WriterPropertyTest {

    @Property(tries = 2000)
    void aPageIsItsTextInUtf8(@ForAll("pieces") List<String> pieces, @ForAll("pieces") List<String> nextPage) {
        byte[] page = written(pieces);
        byte[] next = written(nextPage);
        assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), page);
        assertArrayEquals(String.join("", nextPage).getBytes(StandardCharsets.UTF_8), next);
    }

    @Test
    void aThreadsFirstPageGrowsItsBufferToTakeAWriteOfAnySize() throws Exception {
        String korean = "항구의 새 다리가 열렸다. ".repeat(20_000);
        byte[][] pages = new byte[2][];
        // a thread of its own, whose first writer has no buffer grown by an earlier page
        Thread thread = new Thread(() -> {
            pages[0] = written(List.of(korean));
            pages[1] = written(List.of("a", korean, korean));
        });
        thread.start();
        thread.join();
        assertArrayEquals(korean.getBytes(StandardCharsets.UTF_8), pages[0]);
        assertArrayEquals(("a" + korean + korean).getBytes(StandardCharsets.UTF_8), pages[1]);
    }

    /** Each piece by another of the writer's methods, in turn. */
    private static byte[] written(List<String> pieces) {
        Utf8Writer out = Utf8Writer.forPage();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            switch (i % 4) {
                case 0 -> out.write(piece);
                case 1 -> out.write(("<" + piece + ">").toCharArray(), 1, piece.length());
                case 2 -> out.write("<" + piece + ">", 1, piece.length());
                default -> piece.chars().forEach(out::write);
            }
        }
        return out.page();
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        // the edges of each length of UTF-8: U+007F/U+0080, U+07FF/U+0800, U+FFFF/U+10000, and U+10FFFF
        Arbitrary<String> piece = Arbitraries.of("", "a", "<p>", "é", "한국", "\u007F", "\u0080", "\u07FF", "\u0800",
                        "\uFFFF", "\uD800\uDC00", "\uD83D", "\uDE00", "\uD83D\uDE00", "\uDBFF\uDFFF", "\u0000")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
        // a piece long enough to make the buffer grow, now and then
        return Arbitraries.frequencyOf(Tuple.of(19, piece), Tuple.of(1, piece.map(p -> p.repeat(5_000))))
                .list().ofMaxSize(12);
    }
}
