package org.broadsheet.render;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadingTimeTest {

    @ParameterizedTest(name = "{0} words of English: {1} min")
    @CsvSource({"0, 1", "1, 1", "238, 1", "239, 2", "476, 2", "477, 3", "2380, 10"})
    void englishCountsWords(int words, int minutes) {
        assertEquals(minutes, ReadingTime.minutes("harbour ".repeat(words), "en"));
    }

    @ParameterizedTest(name = "{0} syllables of Korean: {1} min")
    @CsvSource({"0, 1", "4, 1", "640, 1", "644, 2", "1280, 2", "1284, 3"})
    void koreanCountsCharactersNotSpaces(int syllables, int minutes) {
        assertEquals(minutes, ReadingTime.minutes("항구에서 ".repeat(syllables / 4), "ko"));
    }

    @ParameterizedTest(name = "{0}: {1} words, {2} characters")
    @CsvSource(delimiter = '|', value = {
            "The harbour  reopened,\tat last.|5|26",
            "부두가 다시 열렸다.|3|9",
            "''|0|0",
            "2026년 3월, 항구 100주년.|4|16"})
    void countsOfOneText(String text, long words, long characters) {
        assertEquals(words, ReadingTime.words(text));
        assertEquals(characters, ReadingTime.characters(text));
    }

    @Property(tries = 2000, seed = "20261206")
    void countsAsTheJdkSeesWhiteSpaceAndCodePoints(@ForAll @CharRange(from = '\u0000', to = '\u00FF')
                                                   @CharRange(from = '\u2000', to = '\u3001')
                                                   @CharRange(from = '\uAC00', to = '\uAC05')
                                                   @CharRange(from = '\uD7A0', to = '\uDFFF') String text) {
        long words = Arrays.stream(text.split("\\p{javaWhitespace}+")).filter(word -> !word.isEmpty()).count();
        assertEquals(text.codePoints().filter(c -> !Character.isWhitespace(c)).count(), ReadingTime.characters(text));
        assertEquals(words, ReadingTime.words(text));
    }
}
