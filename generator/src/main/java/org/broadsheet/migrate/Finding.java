package org.broadsheet.migrate;

import java.util.Comparator;

/**
 * A decision of the importer, as the report lists it.
 *
 * @param path    the file, relative to the old site's folder ({@code /} separated), or a setting's name
 * @param line    1-based line in that file, or 0 for the whole file
 * @param message what was done and what to check
 * @param detail  what the report's count of a routine decision is broken down by (a field, a language);
 *                of a decision to check, what import-report.md calls a run of such decisions in one file
 *                ("formulas kept as their LaTeX source, in code"); or null
 */
public record Finding(Category category, String path, int line, String message, String detail)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::category)
            .thenComparing(Finding::path).thenComparingInt(Finding::line).thenComparing(Finding::message);

    @Override
    public String toString() {
        return (line > 0 ? path + ":" + line : path) + ": " + message;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
