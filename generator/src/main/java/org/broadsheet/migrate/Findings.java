package org.broadsheet.migrate;

import java.util.List;
import java.util.TreeSet;

/** Collects the findings of one import, sorted and without duplicates. */
final class Findings {

    private final TreeSet<Finding> findings = new TreeSet<>();

    void add(Category category, String path, int line, String message) {
        findings.add(new Finding(category, path, line, message));
    }

    List<Finding> sorted() {
        return List.copyOf(findings);
    }
}
