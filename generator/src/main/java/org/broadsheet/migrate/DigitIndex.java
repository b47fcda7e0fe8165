package org.broadsheet.migrate;

/**
 * A position written in digits in an old site's templates or settings ({@code .Get 2}, {@code :sections[1:]},
 * {@code xs[3]}), as an int however many digits it has: one past an int's range is past every list, so it counts as
 * the largest int, where parsing it would have stopped the import.
 */
final class DigitIndex {

    private DigitIndex() {
    }

    /** The int {@code digits} (ASCII digits only, at least one) stands for, or {@link Integer#MAX_VALUE} past it. */
    static int of(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        String significant = digits.substring(first);
        return significant.length() > 10 ? Integer.MAX_VALUE
                : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(significant));
    }
}
