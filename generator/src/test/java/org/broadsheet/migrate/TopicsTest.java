package org.broadsheet.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tags and categories become topic keys: normalised, romanized, case duplicates merged. */
class TopicsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            openSUSE          | opensuse
            opensuse          | opensuse
            Machine Learning  | machine-learning
            north_korea       | north-korea
            북한              | bukhan
            경제 정책         | gyeongje-jeongchaek
            Café              | cafe
            C                 | c
            C++               | cpp
            C#                | csharp
            Google+           | google-plus
            #hashtag          | hashtag
            """)
    void keysAreLowerCaseAsciiUrlSegments(String name, String key) {
        assertEquals(key, Topics.key(name));
    }

    @ParameterizedTest(name = "{0} (Jekyll: {1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            harbor              | true  | harbor
            harbor ferries      | true  | harbor,ferries
            harbor, ferries     | true  | harbor,ferries
            harbor ferries      | false | harbor ferries
            ''                  | true  | -
            -                   | true  | -
            """)
    void aStringIsOneTagOrJekyllsSpaceSeparatedWords(String value, boolean jekyll, String expected) {
        assertEquals(expected == null ? List.of() : Arrays.asList(expected.split(",")), Topics.names(value, jekyll));
    }

    @Test
    void listsKeepTheirItemsWhole() {
        assertEquals(List.of("North Korea", "economy"), Topics.names(List.of("North Korea", "economy", ""), true));
        assertEquals(List.of(), Topics.names(List.of(), true));
    }

    @Test
    void aListInTheListIsFlattenedAsJekyllFlattensIt() {
        assertEquals(List.of("Game Engine", "Unity", "C#"),
                Topics.names(List.of(List.of("Game Engine", "Unity"), "C#"), true));
    }

    @Test
    void caseDuplicatesMergeUnderTheSpellingMostPostsUsed() {
        Topics topics = new Topics();
        topics.add("openSUSE", "_posts/a.md", 3);
        topics.add("opensuse", "_posts/b.md", 4);
        topics.add("opensuse", "_posts/c.md", 4);
        topics.add("경제", "_posts/c.md", 5);
        assertEquals(Map.of("opensuse", "opensuse", "gyeongje", "경제"), topics.names());
        Findings findings = new Findings();
        topics.report(findings);
        assertEquals(List.of("_posts/a.md:3: topic 'opensuse' (opensuse) merges 'openSUSE' (1 post), 'opensuse' (2 posts)"),
                findings.sorted().stream().map(Finding::toString).toList());
    }
}
