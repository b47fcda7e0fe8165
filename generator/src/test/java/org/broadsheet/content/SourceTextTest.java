package org.broadsheet.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
    }
}
