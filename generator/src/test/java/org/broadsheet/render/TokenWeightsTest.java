package org.broadsheet.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written markup scanner and sort of the search index against what they replace. */
class TokenWeightsTest {

    private static final Pattern MARKUP = Pattern.compile("\\]\\([^)]*\\)|\\[\\^[^]]*]|<[^>]+>|https?://\\S+");

    @Property(tries = 3000, seed = "20261126")
    void removesTheSameMarkupAsTheRegularExpression(@ForAll("markdownish") String markdown) {
        assertEquals(MARKUP.matcher(markdown).replaceAll(" "), TokenWeights.withoutMarkup(markdown));
    }

    @Test
    void removesLinkTargetsFootnotesTagsAndBareUrls() {
        assertEquals("See  the [harbor  and  now.   한국어 ",
                TokenWeights.withoutMarkup("See <b>the [harbor](../x.md) and[^1] now. https://x.org/a 한국어 "));
    }

    @Property(tries = 1000, seed = "20261127")
    void ordersCodeAndWeightPairsAsASortDoes(@ForAll("codes") Set<Integer> codes) {
        long[] pairs = codes.stream().mapToLong(code -> (long) code << 32 | (code & 0xFFFF)).toArray();
        long[] sorted = pairs.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, TokenWeights.byCode(pairs));
    }

    @Provide
    Arbitrary<Set<Integer>> codes() {
        // Hangul bigrams (negative as ints), single syllables, and any other int
        return Arbitraries.oneOf(Arbitraries.integers().between(0xAC00AC00, 0xD7A3D7A3),
                        Arbitraries.integers().between(0xAC00, 0xD7A3), Arbitraries.integers())
                .set().ofMaxSize(3000);
    }

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.of("]", "(", ")", "[", "^", "<", ">", "h", "http", "https", "://", ":", "/", "s",
                        " ", "\n", "\t", "a", "서울", "x")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
