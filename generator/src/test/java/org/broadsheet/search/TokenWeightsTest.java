package org.broadsheet.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.LinearTime;
import org.broadsheet.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written markup scanner of the search index against the regular expression it replaces. */
class TokenWeightsTest {

    private static final Pattern MARKUP = Pattern.compile("\\]\\([^)]*\\)|\\[\\^[^]]*]|<[^>]+>|https?://\\S+");

    @Property(tries = 3000, seed = "20261126")
    void removesTheSameMarkupAsTheRegularExpression(@ForAll("markdownish") String markdown) {
        assertEquals(MARKUP.matcher(markdown).replaceAll(" "), TokenWeights.withoutMarkup(markdown, Markdown::entity));
    }

    @Test
    void removesLinkTargetsFootnotesTagsAndBareUrls() {
        assertEquals("See  the [harbor  and  now.   한국어 ",
                TokenWeights.withoutMarkup("See <b>the [harbor](../x.md) and[^1] now. https://x.org/a 한국어 ", Markdown::entity));
    }

    @Test
    void replacesEntitiesByTheTextTheyStandFor() {
        assertEquals("AT&T's café, 한 & <; &bogus; & amp; &#; &#x; &#12345678; &name",
                TokenWeights.withoutMarkup(
                        "AT&amp;T's caf&eacute;, &#xD55C; &#38; &lt;; &bogus; & amp; &#; &#x; &#12345678; &name",
                        Markdown::entity));
    }

    @Test
    void indexesNoTokenOfAnEntitysName() {
        TokenWeights weights = TokenWeights.of(new SearchDocument("x", "/en/x/", "A", "", "", "", () -> "AT&amp;T caf&eacute;"),
                Markdown::entity);
        assertEquals(List.of("a", "at", "café", "t"), Arrays.stream(weights.words()).sorted().toList());
    }

    @Test
    void countsMoreDistinctHangulBigramsThanItFirstMakesRoomFor() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append((char) ('가' + i * 3));
        }
        TokenWeights weights = TokenWeights.of(new SearchDocument("x", "/ko/x/", "", "", "", "", body::toString),
                Markdown::entity);
        assertEquals(2999, weights.hangul().length);
        assertEquals(2999, weights.hangulWeights().length);
        assertEquals(List.of(1), Arrays.stream(weights.hangulWeights()).distinct().boxed().toList());
    }

    @Test
    void markupThatNoneClosesIsScannedOnceUpToTheSizeLimit() {
        for (String unclosed : List.of("a <b ", "a [^b ", "a ](b ")) {
            LinearTime.assertLinear(unclosed, 5_000_000 / 4, length -> {
                String body = unclosed.repeat(length / unclosed.length());
                assertEquals(body, TokenWeights.withoutMarkup(body, Markdown::entity));
            });
        }
    }

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.of("]", "(", ")", "[", "^", "<", ">", "h", "http", "https", "://", ":", "/", "s",
                        " ", "\n", "\t", "a", "서울", "x")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
