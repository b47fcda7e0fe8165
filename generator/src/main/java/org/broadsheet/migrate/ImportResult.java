package org.broadsheet.migrate;

import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of an import.
 *
 * @param refusals why nothing was written (an empty list when the import happened)
 * @param findings the decisions, as import-report.md lists them (a draft's to check counted on one line)
 * @param summary  one line for the console
 * @param written  the files written, relative to the project root, sorted
 */
public record ImportResult(List<String> refusals, List<Finding> findings, String summary, List<String> written) {

    public boolean succeeded() {
        return refusals.isEmpty();
    }

    /**
     * The decisions to check as import-report.md lists them, each after its kind's heading: a run of decisions of one
     * kind in one file on one line.
     */
    public List<String> toCheck() {
        return findings.stream().filter(f -> !f.category().routine())
                .collect(Collectors.groupingBy(Finding::category, () -> new EnumMap<>(Category.class), Collectors.toList()))
                .entrySet().stream().flatMap(kind -> RepeatedFindings.lines(kind.getValue()).stream()
                        .map(line -> kind.getKey().heading() + ": " + line)).toList();
    }

    static ImportResult refused(List<String> refusals) {
        return new ImportResult(List.copyOf(refusals), List.of(), "", List.of());
    }
}
