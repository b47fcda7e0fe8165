package org.broadsheet.build;

import org.broadsheet.diag.Problem;

import java.util.List;

/**
 * The outcome of a build: the problems found (then {@code site/} was not touched), or the numbers
 * of pages (all, and those rendered by this build) and of files.
 */
public record BuildResult(List<Problem> problems, int pages, int pagesRendered, int filesWritten, int filesUnchanged,
                          int filesRemoved) {

    public boolean succeeded() {
        return problems.isEmpty();
    }

    static BuildResult failed(List<Problem> problems) {
        return new BuildResult(problems, 0, 0, 0, 0, 0);
    }
}
