package org.broadsheet.search;

import java.util.Arrays;

/**
 * Numbers the Hangul token codes it meets 0, 1, 2… in the order first met, in an open-addressing
 * table: the search index looks up ten million codes in an archive of ten thousand Korean articles,
 * which a map would box one by one. Whoever holds a value per code keeps it in an array by number.
 */
final class CodeNumbers {

    /** Per slot, the number of its code plus one; 0 for an empty slot. */
    private int[] slots;
    private int[] codes;
    private int size;

    CodeNumbers(int expected) {
        slots = new int[Integer.highestOneBit(Math.max(expected, 16) * 2 - 1) * 2];
        codes = new int[slots.length / 2];
    }

    /** The number of {@code code}, numbering it now if it is new. */
    int numberOf(int code) {
        int mask = slots.length - 1;
        for (int slot = slot(code, mask); ; slot = (slot + 1) & mask) {
            int number = slots[slot] - 1;
            if (number < 0) {
                if (size == codes.length) {
                    grow();
                    return numberOf(code);
                }
                codes[size] = code;
                slots[slot] = ++size;
                return size - 1;
            }
            if (codes[number] == code) {
                return number;
            }
        }
    }

    int size() {
        return size;
    }

    /** The code numbered {@code number}. */
    int code(int number) {
        return codes[number];
    }

    private static int slot(int code, int mask) {
        int hash = code * 0x9E3779B9;
        return (hash ^ hash >>> 15) & mask;
    }

    /** Twice the room; the table is at most half full. */
    private void grow() {
        codes = Arrays.copyOf(codes, codes.length * 2);
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int number = 0; number < size; number++) {
            int slot = slot(codes[number], mask);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = number + 1;
        }
    }
}
