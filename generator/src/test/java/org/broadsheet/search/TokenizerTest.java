package org.broadsheet.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokenizer's path for plain text (ASCII and Hangul syllables) against its path through NFKC. */
class TokenizerTest {

    @Property(tries = 3000, seed = "20261206")
    void aPlainTextGivesTheTokensOfItsNormalisedForm(@ForAll("plainish") String text) {
        // a no-break space is not plain: with one, the text takes the NFKC path, which makes it a space
        assertEquals(Tokenizer.tokens(text + "\u00A0"), Tokenizer.tokens(text), text);
    }

    @Provide
    Arbitrary<String> plainish() {
        return Arbitraries.of("A", "Z", "a", "z", "s", "S", "'s", "'S", "'", "’s", "Harbour", "FERRIES", "bridge's",
                        "0", "9", "가", "힣", "항구", "서울의", " ", "\n", "\r", "\t", ".", "-", "~", "@", "é")
                .list().ofMaxSize(12).map(fragments -> String.join("", fragments));
    }
}
