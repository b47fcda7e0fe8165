package org.broadsheet.search;

import java.util.Arrays;

/**
 * The postings of one token: document and weight pairs, in document order, each number as a varint
 * (documents as the gap from the one before), so that an archive of a hundred thousand Korean
 * articles, a hundred million postings, fits in a few hundred megabytes.
 */
final class Postings {

    private byte[] bytes = new byte[0];
    private int size;
    private int lastDocument;

    void add(int document, int weight) {
        if (size + 10 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + 10, bytes.length * 3 / 2));
        }
        int gap = document - lastDocument;
        if ((gap | weight) < 0x80) {
            // the usual posting, a near document in the body: two one-byte varints, without a call
            bytes[size] = (byte) gap;
            bytes[size + 1] = (byte) weight;
            size += 2;
        } else {
            size = varint(bytes, size, gap);
            size = varint(bytes, size, weight);
        }
        lastDocument = document;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Whether these postings are {@code other[from, to)}. */
    boolean sameBytes(byte[] other, int from, int to) {
        return Arrays.equals(bytes, 0, size, other, from, to);
    }

    /** Reads the postings from the first. */
    Cursor cursor() {
        return new Cursor(bytes, 0, size);
    }

    /**
     * The postings as the index writes them: for each document its gap from the one before (the first
     * from 0) when the token weighs 1 there, else {@code -(gap + 1)} followed by the weight.
     */
    void appendJson(Bytes json) {
        json.ascii('[');
        Cursor postings = cursor();
        boolean first = true;
        for (int previous = 0; postings.next(); previous = postings.document()) {
            if (!first) {
                json.ascii(',');
            }
            first = false;
            int gap = postings.document() - previous;
            if (postings.weight() == 1) {
                json.number(gap);
            } else {
                json.ascii('-');
                json.number(gap + 1);
                json.ascii(',');
                json.number(postings.weight());
            }
        }
        json.ascii(']');
    }

    /** The postings as a {@link PostingsStore} keeps them: their length in bytes, then the bytes. */
    void appendTo(Bytes kept) {
        kept.varint(size);
        kept.bytes(bytes, size);
    }

    /** Writes {@code value} (not negative) as a varint at {@code bytes[at]}, and returns where it ends. */
    static int varint(byte[] bytes, int at, int value) {
        while ((value & ~0x7F) != 0) {
            bytes[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
    }
}
