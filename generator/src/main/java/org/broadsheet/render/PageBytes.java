package org.broadsheet.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects a page as UTF-8 while FreeMarker writes it: the same bytes as the page's whole text encoded at
 * once, with no text made. Every page of the English edition holds one Korean word, the language switch,
 * and collected as text a page turned to UTF-16 there: the text so far was copied to twice its size, the
 * whole copied again into a String, which was then encoded char by char. FreeMarker's thousands of small
 * writes a page take no lock either, as a {@link java.io.StringWriter}'s would.
 */
final class PageBytes extends Writer {

    private static final byte LONE_SURROGATE = '?';

    private byte[] bytes = new byte[16 * 1024];
    private int count;
    /**
     * The high surrogate that ended the last write, or 0: a pair split between two writes is one code point,
     * four bytes, as in the whole text; a lone half is {@code ?}, as {@link String#getBytes} writes it.
     */
    private char high;

    @Override
    public void write(String text) {
        if (text.isEmpty()) {
            return;
        }
        int from = 0;
        if (high != 0) {
            from = pair(text.charAt(0));
        }
        int to = text.length();
        if (Character.isHighSurrogate(text.charAt(to - 1)) && to - 1 >= from) {
            to--;
        }
        if (from < to) {
            String piece = from == 0 && to == text.length() ? text : text.substring(from, to);
            append(piece.getBytes(StandardCharsets.UTF_8));
        }
        if (to < text.length() && to >= from) {
            high = text.charAt(to);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        write(text.substring(offset, offset + length));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page's bytes. */
    byte[] bytes() {
        if (high != 0) {
            ensure(1);
            bytes[count++] = LONE_SURROGATE;
            high = 0;
        }
        return Arrays.copyOf(bytes, count);
    }

    /**
     * Writes the waiting high surrogate with {@code next}, the first char of this write, when it is the low
     * half; else alone, as {@code ?}. The index where the rest of this write starts.
     */
    private int pair(char next) {
        char waiting = high;
        high = 0;
        if (Character.isLowSurrogate(next)) {
            append(new String(new char[] {waiting, next}).getBytes(StandardCharsets.UTF_8));
            return 1;
        }
        ensure(1);
        bytes[count++] = LONE_SURROGATE;
        return 0;
    }

    private void append(byte[] piece) {
        ensure(piece.length);
        System.arraycopy(piece, 0, bytes, count, piece.length);
        count += piece.length;
    }

    private void ensure(int more) {
        if (count + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }
}
