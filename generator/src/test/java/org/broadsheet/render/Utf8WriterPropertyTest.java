package org.broadsheet.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * For any text written in any pieces, by any of a writer's methods, a page's bytes are the text's UTF-8, as
 * {@link String#getBytes} gives it: a surrogate pair split between two writes is one character, a lone surrogate a
 * {@code ?}; and a page keeps its bytes when the thread's next page reuses the buffer.
 */
class Utf8WriterPropertyTest {

    @Property(tries = 2000)
    void aPageIsItsTextInUtf8(@ForAll("pieces") List<String> pieces, @ForAll("pieces") List<String> nextPage) {
        byte[] page = written(pieces);
        byte[] next = written(nextPage);
        assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), page);
        assertArrayEquals(String.join("", nextPage).getBytes(StandardCharsets.UTF_8), next);
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
        Arbitrary<String> piece = Arbitraries.of("", "a", "<p>", "é", "한국", "\u0800", "\uFFFF", "\uD83D",
                        "\uDE00", "\uD83D\uDE00", "\u07FF", "\u0000")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
        // a piece long enough to make the buffer grow, now and then
        return Arbitraries.frequencyOf(Tuple.of(19, piece), Tuple.of(1, piece.map(p -> p.repeat(5_000))))
                .list().ofMaxSize(12);
    }
}
