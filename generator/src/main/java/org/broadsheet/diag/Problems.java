package org.broadsheet.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects problems from every stage of a build, from any thread, so they are reported at once; and
 * warnings, about what the build changed or left out on its own (such as removed characters), which do
 * not stop it.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public synchronized void add(String path, int line, String message) {
        problems.add(new Problem(path, line, message));
    }

    public synchronized void addAll(Collection<Problem> more) {
        problems.addAll(more);
    }

    public synchronized void warn(String path, int line, String message) {
        warnings.add(new Problem(path, line, message));
    }

    /** Whether there is no problem; warnings do not count. */
    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem, sorted by file and line, without duplicates. */
    public synchronized List<Problem> sorted() {
        return problems.stream().distinct().sorted().toList();
    }

    /** Every warning, sorted by file and line, without duplicates. */
    public synchronized List<Problem> warnings() {
        return warnings.stream().distinct().sorted().toList();
    }
}
