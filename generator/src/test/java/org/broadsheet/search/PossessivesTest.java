package org.broadsheet.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokenizer drops possessives exactly as the regular expression of search.js does. */
class PossessivesTest {

    private static final Pattern SEARCH_JS = Pattern.compile("(\\p{L})['’]s(?![\\p{L}\\p{Nd}])");

    @Property(tries = 3000, seed = "20261127")
    void sameAsTheRegularExpression(@ForAll("englishish") String text) {
        assertEquals(SEARCH_JS.matcher(text).replaceAll("$1"), Tokenizer.withoutPossessives(text));
    }

    @Provide
    Arbitrary<String> englishish() {
        return Arbitraries.of("'", "’", "s", "s", "a", "7", " ", "-", "서", "\uD835\uDC9C", "\u0301", "city", "'s")
                .list().ofMaxSize(20).map(parts -> String.join("", parts));
    }
}
