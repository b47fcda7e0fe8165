package org.broadsheet.persist;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.broadsheet.diag.Problem;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Two values get the same digest exactly when they are equal: a page whose inputs changed must never
 * keep its old page because two of its inputs ran together, as "ab", "c" and "a", "bc" would without
 * each text's length, or a list and a record of the same parts would without their tags.
 */
class DigestsTest {

    /** A record of two parts, as the pages' signatures are records of lists, maps and texts. */
    record Pair(Object left, Object right) {
    }

    @Property(tries = 2000)
    void valuesShareADigestExactlyWhenTheyAreEqual(@ForAll("values") Object one, @ForAll("values") Object other) {
        Digests digests = new Digests();
        boolean equal = Objects.equals(one, other);
        Statistics.collect(equal ? "equal" : "different");
        assertEquals(equal, digests.of(one).equals(digests.of(other)), one + " and " + other);
        assertEquals(digests.of(one), new Digests().of("key", one), "the keyed digest is the same");
    }

    /** Without each text's length, the next part's tag would be all that parts these two lists. */
    @Test
    void textsThatHoldATagBetweenNulsDoNotRunTogether() {
        Digests digests = new Digests();
        assertNotEquals(digests.of(List.of("aString\0\0b", "")), digests.of(List.of("a", "bString\0\0")));
    }

    /**
     * A digest is the same in every JVM and every version that reads the same state: the next build, in a new JVM,
     * compares its pages' digests with those on disk, and a change here renders every page again.
     */
    @Test
    void aDigestIsTheSameBytesInEveryJvm() {
        Object value = Arrays.asList(new Problem("content/en/a.md", 3, "한글 text"), Map.of("k", Optional.empty()),
                Optional.of(7L), "x", null, List.of());
        assertEquals("91cacf892a2a45d7b7cda0264fbdaeb3020521d7bd4b640e2b6c78d5449062ea", new Digests().of(value));
    }

    /** Texts of two letters, NULs and a tag's name, so that they run together often when nothing keeps them apart. */
    private static Arbitrary<String> texts() {
        return Arbitraries.of("a", "b", "\0", "String", "1").list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    /** Lists, maps, optionals, records, numbers, texts and nulls, nested. */
    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.lazyOf(
                () -> texts().map(Object.class::cast),
                () -> Arbitraries.integers().between(0, 2).map(Object.class::cast),
                () -> Arbitraries.of("null", null),
                () -> values().list().ofMaxSize(3).map(Object.class::cast),
                () -> Arbitraries.maps(Arbitraries.strings().withChars("ab").ofMaxLength(2), values()).ofMaxSize(2)
                        .map(map -> (Object) new TreeMap<>(map)),
                () -> values().optional().map(Object.class::cast),
                () -> Arbitraries.just(Optional.empty()).map(Object.class::cast),
                () -> values().tuple2().map(pair -> (Object) new Pair(pair.get1(), pair.get2())));
    }
}
