package org.broadsheet.diag;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The edit distance behind "did you mean …?": insertions, deletions and substitutions, one each. */
class SuggestionsTest {

    @ParameterizedTest(name = "''{0}'' to ''{1}'' takes {2}")
    @CsvSource(quoteCharacter = '"', textBlock = """
            "",        abc,      3
            abc,       "",       3
            abc,       abc,      0
            ab,        a,        1
            a,         ab,       1
            kitten,    sitting,  3
            flaw,      lawn,     2
            sumary,    summary,  1
            topcis,    topics,   2
            """)
    void distanceCountsTheFewestSingleCharacterEdits(String from, String to, int edits) {
        assertEquals(edits, Suggestions.distance(from, to));
    }

    @ParameterizedTest(name = "''{0}'' within one edit of en, ko: ''{1}''")
    @CsvSource(quoteCharacter = '"', textBlock = """
            kr,   ko
            eng,  en
            EN,   en
            fr,   ""
            jp,   ""
            """)
    void aBoundOfEditsKeepsOneShortCodeFromBeingTakenForAnother(String word, String closest) {
        assertEquals(closest, Suggestions.closest(word, List.of("en", "ko"), 1).orElse(""));
    }
}
