package org.broadsheet.build;

/** Logs the time of each stage of a build. */
final class Stopwatch {

    private final BuildLog log;
    private long start = System.nanoTime();

    Stopwatch(BuildLog log) {
        this.log = log;
    }

    void lap(String stage, String detail) {
        long now = System.nanoTime();
        log.info(String.format("%-9s %5d ms  %s", stage, (now - start) / 1_000_000, detail));
        start = now;
    }
}
