package org.broadsheet.migrate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a page whose theme read single dollars as math, a text of prices ({@code $5}, {@code $1,200.50},
 * {@code US$6}) with words and punctuation around them keeps every dollar sign as it was.
 */
class PricesAreNotMathPropertyTest {

    private static final TexMath STACK = TexMath.hugo(Map.of("params", Map.of("article", Map.of("math", true))));

    @Property(tries = 1000)
    void pricesAreNeverMath(@ForAll("textsOfPrices") String text) {
        SourcePost post = Posts.withBody(text);
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        Findings findings = new Findings();
        STACK.forPage(post).keep(post, post.body(), MarkdownSpans.of(post.body()), edits, findings);
        assertEquals(text, edits.apply());
        assertEquals(List.of(), findings.sorted());
    }

    @Provide
    Arbitrary<String> textsOfPrices() {
        Arbitrary<String> price = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 999_999).map(n -> String.format("$%,d", n)),
                Arbitraries.integers().between(0, 99_999).map(n -> String.format("$%d.%02d", n / 100, n % 100)),
                Arbitraries.integers().between(1, 99).map(n -> "US$" + n),
                Arbitraries.integers().between(1, 9).map(n -> "$" + n + "m"));
        Arbitrary<String> word = Arbitraries.of("costs", "and", "or", "from", "to", "the", "fare", "was", "(", ")", "/",
                "-", "–", ",", ".", "?", "per", "ticket", "세금", "x_i", "**", "_", "\n", "\n\n");
        Arbitrary<String> separator = Arbitraries.of(" ", "", "  ");
        return Arbitraries.oneOf(price, word).list().ofMinSize(1).ofMaxSize(12)
                .flatMap(parts -> separator.list().ofSize(parts.size()).map(spaces -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(spaces.get(i));
                    }
                    return text.toString();
                }));
    }
}
