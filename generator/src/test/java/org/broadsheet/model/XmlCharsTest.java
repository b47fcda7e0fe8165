package org.broadsheet.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The characters XML forbids are removed from a text, wherever they are; the others stay. */
class XmlCharsTest {

    @Test
    void aForbiddenCharacterIsRemovedWhereverItIs() {
        assertEquals("abc", XmlChars.cleaned("\u0001abc"));
        assertEquals("abc", XmlChars.cleaned("ab\uFFFEc\u0000"));
        assertEquals("a\uD83D\uDE00b", XmlChars.cleaned("a\uD83D\uDE00b\uD800"));
        assertEquals("tab\tline\nreturn\r", XmlChars.cleaned("tab\tline\nreturn\r"));
    }
}
