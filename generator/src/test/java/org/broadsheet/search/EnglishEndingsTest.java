package org.broadsheet.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tokenizer's hand-written scans of English endings against what they replace: possessives as the
 * regular expression of search.js drops them, plurals as {@code endsWith} rules (which search.js has) stem them.
 */
class EnglishEndingsTest {

    private static final Pattern SEARCH_JS = Pattern.compile("(\\p{L})['’]s(?![\\p{L}\\p{Nd}])");

    @Property(tries = 3000, seed = "20261127")
    void sameAsTheRegularExpression(@ForAll("englishish") String text) {
        assertEquals(SEARCH_JS.matcher(text).replaceAll("$1"), Tokenizer.withoutPossessives(text));
    }

    @Property(tries = 3000, seed = "20261127")
    void stemsAsTheEndsWithRules(@ForAll("words") String word) {
        assertEquals(stemmedByEndsWith(word), Tokenizer.stem(word));
    }

    /** The stemming rules as search.js writes them. */
    private static String stemmedByEndsWith(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("s", "e", "i", "h", "c", "x", "u", "y", "a", "ss", "es", "ies", "hes", "xes", "7")
                .list().ofMaxSize(7).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> englishish() {
        return Arbitraries.of("'", "’", "s", "s", "a", "7", " ", "-", "서", "\uD835\uDC9C", "\u0301", "city", "'s")
                .list().ofMaxSize(20).map(parts -> String.join("", parts));
    }
}
