package org.broadsheet.content;

import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Content files decoded strictly: UTF-8 only, byte order mark dropped, line ends made {@code \n}. */
class SourceTextTest {

    @Test
    void windowsFileLosesItsByteOrderMarkAndCarriageReturns() {
        byte[] bytes = "\uFEFFtitle: 종소리\r\nbody\rend\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("title: 종소리\nbody\nend\n"), SourceText.decode(bytes));
    }

    @Test
    void replacementCharacterWrittenInTheTextIsKept() {
        byte[] bytes = "a \uFFFD b".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("a \uFFFD b"), SourceText.decode(bytes));
    }

    @Test
    void bytesThatAreNotUtf8GiveNoText() {
        byte[] latin1 = "café \uFFFD".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), SourceText.decode(latin1));
        assertEquals(Optional.empty(), SourceText.decode(new byte[]{'a', (byte) 0xC3}));
        // the lenient decoding's replacement character is then at the very start
        assertEquals(Optional.empty(), SourceText.decode(new byte[]{(byte) 0xFF, 'a'}));
    }

    @Test
    void aFileFullOfCharactersXmlForbidsGivesAFewWarningsAndOneThatCountsTheRest() {
        Problems problems = new Problems();
        String text = "a\u000Bb\u0008\n".repeat(10_000);
        assertEquals(Optional.of("ab\n".repeat(10_000)), SourceText.decode(text.getBytes(StandardCharsets.UTF_8),
                "content/en/x.md", problems));
        String removed = "removed characters that XML forbids (U+000B, U+0008): they would make the feeds unreadable; "
                + "text pasted from word processors often holds them";
        assertEquals(List.of(
                "content/en/x.md:1: " + removed,
                "content/en/x.md:2: " + removed,
                "content/en/x.md:3: " + removed,
                "content/en/x.md:4: " + removed,
                "content/en/x.md:5: " + removed,
                "content/en/x.md:6: removed 19990 more characters that XML forbids, on 9995 lines from here on "
                        + "(warnings name 5 lines of a file)"),
                problems.warnings().stream().map(Problem::toString).toList());
    }
}
