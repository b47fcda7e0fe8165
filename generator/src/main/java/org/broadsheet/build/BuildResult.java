package org.broadsheet.build;

import org.broadsheet.diag.Problem;

import java.util.List;

/**
 * The outcome of a build: the problems found (then {@code site/} was not touched), or the numbers
 * of pages and files.
 */
public record BuildResult(List<Problem> problems, int pages, int filesWritten, int filesUnchanged, int filesRemoved) {

    public boolean succeeded() {
        return problems.isEmpty();
    }

    static BuildResult failed(List<Problem> problems) {
        return new BuildResult(problems, 0, 0, 0, 0);
    }
}
