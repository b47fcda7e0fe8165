package org.broadsheet.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean …?" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code word}, if it is close enough to be a plausible typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return closest(word, candidates, c -> Math.max(2, c.length() / 3));
    }

    /**
     * The candidate closest to {@code word} within {@code edits} edits: a looser bound would take one short code
     * for another ('fr' is two edits from 'en').
     */
    public static Optional<String> closest(String word, Collection<String> candidates, int edits) {
        return closest(word, candidates, c -> edits);
    }

    private static Optional<String> closest(String word, Collection<String> candidates,
                                            java.util.function.ToIntFunction<String> bound) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(c -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)) <= bound.applyAsInt(c));
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
