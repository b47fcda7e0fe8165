package org.broadsheet.migrate;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Collects the findings of one import, sorted and without duplicates; posts are converted on several
 * threads at once.
 */
final class Findings {

    private final ConcurrentSkipListSet<Finding> findings = new ConcurrentSkipListSet<>();
    private final Set<String> notImported = ConcurrentHashMap.newKeySet();

    void add(Category category, String path, int line, String message) {
        add(category, path, line, message, null);
    }

    void add(Category category, String path, int line, String message, String detail) {
        findings.add(new Finding(category, path, line, message, detail));
    }

    /**
     * Forgets what was found about a file that is then not imported, but why it is not: the report counts
     * only what was imported.
     */
    void notImported(String path) {
        notImported.add(path);
    }

    List<Finding> sorted() {
        return findings.stream().filter(f -> !notImported.contains(f.path()) || f.category() == Category.SKIPPED
                || f.category() == Category.NOT_PUBLISHED || f.category() == Category.NOT_ARTICLES
                || f.category() == Category.OTHER_LANGUAGE).toList();
    }
}
