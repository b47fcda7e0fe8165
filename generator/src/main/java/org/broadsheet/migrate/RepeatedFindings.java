package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines that list decisions to check in {@code import-report.md}: a run of decisions of one kind in one file (a
 * post's 37 formulas) is one line that counts them and names their first lines, so that a report of thousands of
 * formulas stays readable; {@code import-report-full.md} still lists each one.
 */
final class RepeatedFindings {

    /** More decisions of one kind than this in one file are counted on one line. */
    private static final int LISTED_ALONE = 3;
    /** How many of their lines that line names (several formulas may share one). */
    private static final int LINES_NAMED = 5;

    private RepeatedFindings() {
    }

    /**
     * {@code listed} (of one category, sorted), each as {@code file:line: message}, but those whose kind is named (their
     * {@link Finding#detail()}) and that number more than a few in their file, which are counted on one line in place
     * of the first: {@code file: 37 formulas kept as … (lines 12, 40, 77, 90, 101, …)}.
     */
    static List<String> lines(List<Finding> listed) {
        Map<List<String>, List<Finding>> runs = listed.stream().filter(f -> f.detail() != null)
                .collect(Collectors.groupingBy(f -> List.of(f.path(), f.detail()), LinkedHashMap::new, Collectors.toList()));
        List<String> lines = new ArrayList<>();
        for (Finding finding : listed) {
            List<Finding> run = finding.detail() == null ? List.of() : runs.get(List.of(finding.path(), finding.detail()));
            if (run.size() <= LISTED_ALONE) {
                lines.add(finding.toString());
            } else if (run.get(0) == finding) {
                List<Integer> onLines = run.stream().map(Finding::line).distinct().toList();
                lines.add(finding.path() + ": " + run.size() + " " + finding.detail() + " (" + (onLines.size() == 1
                        ? "line " : "lines ") + onLines.stream().limit(LINES_NAMED).map(String::valueOf)
                        .collect(Collectors.joining(", ")) + (onLines.size() > LINES_NAMED ? ", …" : "") + "; each in "
                        + ImportReport.FULL_FILE + ")");
            }
        }
        return lines;
    }
}
