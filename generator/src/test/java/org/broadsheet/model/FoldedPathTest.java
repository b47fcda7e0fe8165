package org.broadsheet.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A path as a host that folds case, or Windows, names it: the rule, and its shortcut for plain ASCII paths. */
class FoldedPathTest {

    private static final Pattern PART_END = Pattern.compile("[. ]+(?=/|$)");

    /** The rule as documented: upper case then lower, without the dots and spaces that end a part. */
    private static String rule(String path) {
        return PART_END.matcher(path.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    @Test
    void plainAsciiPathsAreLowerCasedAndPartsLoseTheirEndingDotsAndSpaces() {
        assertEquals("en/2019/03/harbor/index.html", ContentPaths.folded("en/2019/03/Harbor/INDEX.html"));
        assertEquals("en/a/b", ContentPaths.folded("en/a. /b.."));
    }

    @Property(tries = 3000)
    void anyPathIsFoldedAsTheRuleSays(@ForAll("paths") String path) {
        assertEquals(rule(path), ContentPaths.folded(path), path);
    }

    /** Paths of ASCII letters of both cases, dots, spaces and slashes, with some Hangul, Greek and Turkish letters. */
    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("a", "Z", "i", "I", ".", " ", "/", "-", "index.html", "한", "Σ", "ς", "İ", "ß", "\u212A")
                .list().ofMaxSize(10).map(parts -> String.join("", parts));
    }
}
