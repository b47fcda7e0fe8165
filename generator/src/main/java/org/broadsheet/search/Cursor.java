package org.broadsheet.search;

import java.nio.charset.StandardCharsets;

/**
 * Reads varints from {@code bytes[position, end)}: postings as document numbers and weights, or the
 * lengths and texts of a {@link KeptIndex}.
 */
final class Cursor {

    private final byte[] bytes;
    private final int start;
    private final int end;
    private int position;
    private int document;
    private int weight;

    Cursor(byte[] bytes, int position, int end) {
        this.bytes = bytes;
        this.start = position;
        this.position = position;
        this.end = end;
    }

    /** Whether {@code postings} are the very bytes this cursor reads, from its first to its last. */
    boolean reads(Postings postings) {
        return postings.sameBytes(bytes, start, end);
    }

    /** Moves to the next posting, if there is one. */
    boolean next() {
        if (!more()) {
            return false;
        }
        document += varint();
        weight = varint();
        return true;
    }

    /** The document of the posting {@link #next} moved to. */
    int document() {
        return document;
    }

    /** The weight of the posting {@link #next} moved to. */
    int weight() {
        return weight;
    }

    boolean more() {
        return position < end;
    }

    int varint() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[position++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** The next {@code length} bytes as UTF-8 text, moving past them. */
    String text(int length) {
        String text = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    /** A cursor over the postings in the next {@code length} bytes, moving past them. */
    Cursor postings(int length) {
        Cursor postings = new Cursor(bytes, position, position + length);
        position += length;
        return postings;
    }
}
