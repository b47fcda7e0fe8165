package org.broadsheet.diag;

import java.util.Comparator;

/**
 * A problem in the content or templates that a writer can fix.
 *
 * @param path    the file, relative to the project root with {@code /} separators
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do
 */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line).thenComparing(Problem::message);

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
