package org.broadsheet.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Positions written in digits by an old site, however many, as an int: past an int, past every list. */
class DigitIndexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                      | 0
            000                    | 0
            00001                  | 1
            2147483647             | 2147483647
            2147483648             | 2147483647
            99999999999            | 2147483647
            000000000000000000007  | 7
            99999999999999999999   | 2147483647
            """)
    void digitsGiveTheirIntOrTheLargest(String digits, int index) {
        assertEquals(index, DigitIndex.of(digits));
    }

    @Test
    void aShortcodesArgumentAtAPositionPastAnIntIsNone() {
        ShortcodeArguments arguments = ShortcodeArguments.parse("\"a.png\" \"A picture\"");
        assertEquals("A picture", arguments.get("0001"));
        assertNull(arguments.get("99999999999"));
        assertNull(arguments.get("9".repeat(10_000)));
    }
}
