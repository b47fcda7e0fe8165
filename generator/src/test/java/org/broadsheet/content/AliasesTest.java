package org.broadsheet.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The limits of {@link Aliases#normalized}, at their exact values; the property test covers everything between. */
class AliasesTest {

    private static final String TOO_LONG = "is too long: an old address is at most 1024 bytes in at most 32 parts, "
            + "each part at most 255 bytes";

    @Test
    void thirtyTwoPartsAreAnAliasAndThirtyThreeAreTooMany() {
        assertEquals("/a".repeat(32) + "/", Aliases.normalized("/a".repeat(32) + "/").path());
        assertEquals("alias '" + "/a".repeat(30) + "…' " + TOO_LONG, Aliases.normalized("/a".repeat(33)).problem());
    }

    @Test
    void anAliasOf1024BytesIsKeptAndOneOf1025IsTooLong() {
        String exact = ("/" + "a".repeat(200)).repeat(4) + "/" + "b".repeat(219);
        assertEquals(1024, exact.length());
        assertEquals(exact, Aliases.normalized(exact).path());
        assertNull(Aliases.normalized(exact + "c").path());
    }

    @Test
    void aSpaceInsideAPartIsKeptAsTheHostServesItAndOneAtItsEdgeIsNot() {
        assertEquals("/unity lesson 3/ch12-9/", Aliases.normalized("/unity lesson 3/ch12-9/").path());
        assertEquals("/unity lesson 3/ch12-9/", Aliases.normalized("/unity%20lesson%203/ch12-9/").path());
        for (String refused : List.of("/ unity/a/", "/unity /a/", "/unity%20/a/", "/a/ ", "/unity\u00A0lesson/",
                "/unity\tlesson/", "/unity\u2003lesson/", "/unity%E3%80%80lesson/")) {
            assertNull(Aliases.normalized(refused).path(), refused);
        }
    }

    @Test
    void aBackslashIsNoPartOfAFileName() {
        assertNull(Aliases.normalized("/posts\\bells/").path());
    }

    @Test
    void aProblemQuotesSixtyCharactersWholeAndCutsALongerAliasWithAnEllipsis() {
        String message = "' must be a path of the site starting with '/', e.g. /2019/12/25/bells.html or /posts/bells/";
        assertEquals("alias '" + "x".repeat(60) + message, Aliases.normalized("x".repeat(60)).problem());
        assertEquals("alias '" + "x".repeat(60) + "…" + message, Aliases.normalized("x".repeat(61)).problem());
    }
}
