package org.broadsheet.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Which posts a Jekyll site's exclude and include lists keep Jekyll from reading. */
class JekyllExcludesTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '¦', textBlock = """
            /docs       ¦ docs/_posts/2010-10-25-a.md     ¦ /docs
            test        ¦ testing/_posts/2020-01-01-a.md  ¦ test
            docs/       ¦ docs/_posts/2010-10-25-a.md     ¦ docs/
            *-draft.md  ¦ _posts/2020-04-03-bells-draft.md ¦ *-draft.md
            */drafts    ¦ notes/drafts/_posts/2020-01-01-a.md ¦ */drafts
            [Tt]est     ¦ Test/_posts/2020-01-01-a.md     ¦ [Tt]est
            [!a-z]*     ¦ _posts/2020-01-01-a.md          ¦ [!a-z]*
            doc?        ¦ docs/_posts/2020-01-01-a.md     ¦ doc?
            \\*.md      ¦ _posts/2020-01-01-a.md          ¦ -
            docs        ¦ _posts/2020-01-01-docs.md       ¦ -
            """)
    void anExcludeEntryMatchesAsJekyllMatchesIt(String pattern, String path, String expected) {
        assertEquals(expected, new JekyllExcludes(List.of(pattern), List.of()).excluding(path).orElse("-"));
    }

    @Test
    void anIncludeEntryKeepsWhatItNamesByPathOrName() {
        JekyllExcludes excludes = new JekyllExcludes(List.of("notes", "_posts/2020-*"), List.of("notes", "2020-01-01-a.md"));
        assertEquals("-", excludes.excluding("notes/_posts/2019-01-01-b.md").orElse("-"));
        assertEquals("-", excludes.excluding("_posts/2020-01-01-a.md").orElse("-"));
        assertEquals("_posts/2020-*", excludes.excluding("_posts/2020-01-02-c.md").orElse("-"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            _i18n/en/_posts/2020-01-01-a.md     ¦ _i18n
            notes/.old/_posts/2020-01-01-a.md   ¦ notes/.old
            _notes/_posts/2020-01-01-a.md       ¦ -
            _posts/_archive/2020-01-01-a.md     ¦ -
            notes/_drafts/2020-01-01-a.md       ¦ -
            """)
    void aFolderWhoseNameStartsWithAnUnderscoreOrADotIsNotWalkedUnlessIncluded(String path, String expected) {
        assertEquals(expected, new JekyllExcludes(List.of(), List.of("_notes")).skippedFolder(path).orElse("-"));
    }

    @Test
    @Timeout(5)
    void aPatternOfManyStarsIsMatchedWithoutBacktrackingOverEveryOne() {
        assertFalse(JekyllExcludes.fnmatch("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", "a".repeat(20_000)));
    }
}
