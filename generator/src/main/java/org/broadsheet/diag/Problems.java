package org.broadsheet.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects problems from every stage of a build, from any thread, so they are reported at once. */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(String path, int line, String message) {
        problems.add(new Problem(path, line, message));
    }

    public synchronized void addAll(Collection<Problem> more) {
        problems.addAll(more);
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Every problem, sorted by file and line, without duplicates. */
    public synchronized List<Problem> sorted() {
        return problems.stream().distinct().sorted().toList();
    }
}
