package org.broadsheet.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The date forms that writers coming from Jekyll and Hugo use, in a site whose timezone is Asia/Seoul. */
class DatesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-02-20T17:00:00+09:00   | 2019-02-20T17:00+09:00
            2019-02-20 17:00:00 +0900   | 2019-02-20T17:00+09:00
            2019-02-20 4:00:00 +0000    | 2019-02-20T04:00Z
            2019-02-20 17:00            | 2019-02-20T17:00+09:00
            2019-02-20                  | 2019-02-20T00:00+09:00
            2019-02-20T08:00:00Z        | 2019-02-20T08:00Z
            2019-02-20T08:00:00.5-05:00 | 2019-02-20T08:00:00.500-05:00
            2020-02-29                  | 2020-02-29T00:00+09:00
            2019-02-20T17:00:00+18:00   | 2019-02-20T17:00+18:00
            0000-01-01T00:00:00-18:00   | 0000-01-01T00:00-18:00
            2019-12-31 23:59:59         | 2019-12-31T23:59:59+09:00
            2019-02-20T17:00:00+05:45   | 2019-02-20T17:00+05:45
            2019-02-20T17:00:00-0559    | 2019-02-20T17:00-05:59
            """)
    void acceptsTheFormsWritersUse(String written, String expected) throws Exception {
        assertEquals(OffsetDateTime.parse(expected), Dates.parse(written, SEOUL));
    }

    @ParameterizedTest(name = "{0}")
    // the messages hold single quotes, which JUnit would take for its default quote character
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-02-30       | '2019-02-30' is not a real date: 2019-02 has 28 days
            2019-00-10       | '2019-00-10' is not a real date: there is no month 0
            2019-02-20 25:00 | '2019-02-20 25:00' has an impossible time of day
            2019-02-20 24:00 | '2019-02-20 24:00' has an impossible time of day
            2019-02-20 12:60 | '2019-02-20 12:60' has an impossible time of day
            2019-02-20 12:00:60 | '2019-02-20 12:00:60' has an impossible time of day
            2020-08-06 20:30:00+18:30 | '2020-08-06 20:30:00+18:30' has an impossible time zone offset '+18:30'
            2020-08-06 20:30:00+20:30 | '2020-08-06 20:30:00+20:30' has an impossible time zone offset '+20:30'
            yesterday        | 'yesterday' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00
            02/03/2019       | '02/03/2019' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00
            Febr 20 2019     | 'Febr 20 2019' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00
            2019/02/31       | '2019/02/31' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00
            20 Feb 2019      | '20 Feb 2019' is not a date; write it as 2019-02-20 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            February 20th, 2019 9:30 | 'February 20th, 2019 9:30' is not a date; write it as 2019-02-20 09:30 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            Sept. 3 2019     | 'Sept. 3 2019' is not a date; write it as 2019-09-03 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            2019/2/20        | '2019/2/20' is not a date; write it as 2019-02-20 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            2019. 2. 20. 17:05 | '2019. 2. 20. 17:05' is not a date; write it as 2019-02-20 17:05 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            2019년 2월 20일    | '2019년 2월 20일' is not a date; write it as 2019-02-20 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            2019-02-20T17:00:00 KST | '2019-02-20T17:00:00 KST' is not a date; write it as 2019-02-20T17:00:00+09:00 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            2019/02/20 KST   | '2019/02/20 KST' is not a date; write it as 2019-02-20T00:00+09:00 (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)
            2019-02-20T17:00:00+18:30 | '2019-02-20T17:00:00+18:30' has an impossible time zone offset '+18:30'
            2019-02-20T17:00:00-1801  | '2019-02-20T17:00:00-1801' has an impossible time zone offset '-1801'
            2019-02-20T17:00:00+19    | '2019-02-20T17:00:00+19' has an impossible time zone offset '+19'
            """)
    void rejectsImpossibleDates(String written, String message) {
        assertEquals(message, assertThrows(Dates.InvalidDate.class, () -> Dates.parse(written, SEOUL)).getMessage());
    }

    @org.junit.jupiter.api.Test
    // the bound against a loaded machine is generous: without the guard this takes hours
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aLongValueIsNotSearchedForAnotherSpellingOfADate() {
        String spaces = "a" + " ".repeat(1_000_000) + "b KST";
        assertEquals("'" + spaces + "' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00",
                assertThrows(Dates.InvalidDate.class, () -> Dates.parse(spaces, SEOUL)).getMessage());
    }

    @org.junit.jupiter.api.Test
    void dateWithoutOffsetTakesTheSiteOffsetOfThatDay() throws Exception {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals(OffsetDateTime.parse("2019-01-15T12:00-05:00"), Dates.parse("2019-01-15 12:00", newYork));
        assertEquals(OffsetDateTime.parse("2019-07-15T12:00-04:00"), Dates.parse("2019-07-15 12:00", newYork));
    }
}
