package org.broadsheet.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Collects a page as UTF-8, encoding each of FreeMarker's thousands of small writes as it comes: the page is not
 * held as chars (as UTF-16, for a Korean page), copied into a string and then encoded and copied again. A string
 * written is first copied into a char array, which the JDK does in bulk, and encoded from there in one tight loop.
 * Each thread keeps its buffers from page to page. A lone surrogate is written as {@code ?}, as
 * {@link String#getBytes} writes it.
 */
final class Utf8Writer extends Writer {
    private static final int KEPT_BUFFER = 1 << 20;
    private static final ThreadLocal<Utf8Writer> KEPT = new ThreadLocal<>();

    private byte[] bytes = new byte[64 * 1024];
    private char[] chars = new char[4 * 1024];
    private int length;
    /** A high surrogate written last, which the next char completes; 0 when none. */
    private char high;

    private Utf8Writer() {
    }

    /** A writer for a page, with the buffers of the thread's last page if it has them. */
    static Utf8Writer forPage() {
        Utf8Writer kept = KEPT.get();
        // taken, not shared: a page rendered while another is would have a writer of its own
        KEPT.remove();
        return kept != null ? kept : new Utf8Writer();
    }

    @Override
    public void write(char[] text, int offset, int count) {
        encode(text, offset, offset + count);
    }

    @Override
    public void write(String text, int offset, int count) {
        if (chars.length < count) {
            chars = new char[Math.max(count, 2 * chars.length)];
        }
        text.getChars(offset, offset + count, chars, 0);
        encode(chars, 0, count);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void encode(char[] text, int from, int to) {
        // at most 3 bytes a char (a surrogate pair is 4 for two), and a pending high surrogate's ?
        if (bytes.length - length < 3L * (to - from) + 1) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max(2L * bytes.length, length + 3L * (to - from) + 1)));
        }
        byte[] out = bytes;
        int n = length;
        int i = from;
        if (high != 0 && i < to) {
            if (Character.isLowSurrogate(text[i])) {
                n = fourBytes(out, n, Character.toCodePoint(high, text[i]));
                i++;
            } else {
                out[n++] = '?';
            }
            high = 0;
        }
        for (; i < to; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text[i + 1])) {
                n = fourBytes(out, n, Character.toCodePoint(c, text[++i]));
            } else if (Character.isHighSurrogate(c) && i + 1 == to) {
                high = c;
            } else {
                out[n++] = '?';
            }
        }
        length = n;
    }

    private static int fourBytes(byte[] out, int n, int code) {
        out[n] = (byte) (0xF0 | code >> 18);
        out[n + 1] = (byte) (0x80 | code >> 12 & 0x3F);
        out[n + 2] = (byte) (0x80 | code >> 6 & 0x3F);
        out[n + 3] = (byte) (0x80 | code & 0x3F);
        return n + 4;
    }

    /** The page's bytes; the writer's buffers go back to the thread for its next page. */
    byte[] page() {
        if (high != 0) {
            high = 0;
            bytes[length++] = '?';
        }
        byte[] page = Arrays.copyOf(bytes, length);
        length = 0;
        if (bytes.length <= KEPT_BUFFER && chars.length <= KEPT_BUFFER) {
            KEPT.set(this);
        }
        return page;
    }
}
