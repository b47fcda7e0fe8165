package org.broadsheet.migrate;

import java.util.List;

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

    static ImportResult refused(List<String> refusals) {
        return new ImportResult(List.copyOf(refusals), List.of(), "", List.of());
    }
}
