package org.broadsheet.search;

import java.util.Arrays;

/** A growing byte array: JSON text as UTF-8 (ASCII characters, numbers, encoded strings), or varints. */
final class Bytes {

    private byte[] bytes;
    private int size;

    Bytes(int capacity) {
        bytes = new byte[capacity];
    }

    void ascii(char c) {
        room(1);
        bytes[size++] = (byte) c;
    }

    /** A number that is not negative, in decimal. */
    void number(int value) {
        room(10);
        if (value < 100) {
            // most numbers of the postings: gaps between near documents, and weights
            if (value >= 10) {
                bytes[size++] = (byte) ('0' + value / 10);
            }
            bytes[size++] = (byte) ('0' + value % 10);
            return;
        }
        int digits = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
    }

    void varint(int value) {
        room(5);
        size = Postings.varint(bytes, size, value);
    }

    void bytes(byte[] encoded) {
        bytes(encoded, encoded.length);
    }

    /** The first {@code length} bytes of {@code from}. */
    void bytes(byte[] from, int length) {
        room(length);
        System.arraycopy(from, 0, bytes, size, length);
        size += length;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
