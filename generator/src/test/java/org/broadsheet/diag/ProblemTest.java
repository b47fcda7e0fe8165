package org.broadsheet.diag;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A problem prints as one line of {@code path:line: message}, whatever the names and values it quotes. */
class ProblemTest {

    @TempDir
    Path dir;

    @Test
    void controlAndFormatCharactersOfAPathOrMessageAreShownAsCodePoints() {
        assertEquals("content/en/aU+0009U+000A::error::x.md:3: title 'U+001B[31mredU+202Eevil U+2028'",
                new Problem("content/en/a\t\n::error::x.md", 3, "title '\u001b[31mred\u202eevil \u2028'").toString());
        assertEquals("content/en/a.md: 북한 and 😀 stay", new Problem("content/en/a.md", 0, "북한 and 😀 stay").toString());
    }

    @Test
    void aFileNameWithALineBreakCannotStartALineOfTheBuildLog() {
        List<String> problems = TestSite.create(dir)
                .file("content/en/2019/x\n::error file=pom.xml::y.md", "---\ntitle: x\ndate: [\n---\nBody.\n")
                .problems();
        assertEquals(List.of("content/en/2019/xU+000A::error file=pom.xml::y.md:3: YAML syntax error: while parsing a "
                + "flow node (a value containing ': ' or starting with a quote, '[' or '{' needs quotes around it)"), problems);
    }
}
