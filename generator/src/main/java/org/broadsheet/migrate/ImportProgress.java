package org.broadsheet.migrate;

import org.broadsheet.build.BuildLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs a stage of the import over many files on every core, and tells the console how far it got: a
 * line every {@value #EVERY} files, then the stage's count and time.
 */
final class ImportProgress {

    static final int EVERY = 500;

    private final BuildLog log;

    ImportProgress(BuildLog log) {
        this.log = log;
    }

    /** {@code work} applied to each item, in the items' order, nulls left out. */
    <T, R> List<R> each(String stage, List<T> items, Function<T, R> work) {
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        List<R> results = new ArrayList<>(IntStream.range(0, items.size()).parallel().mapToObj(i -> {
            R result = work.apply(items.get(i));
            int count = done.incrementAndGet();
            if (count % EVERY == 0 && count < items.size()) {
                log.info(String.format(Locale.ROOT, "import: %s %,d of %,d", stage, count, items.size()));
            }
            return result;
        }).filter(Objects::nonNull).toList());
        stage(stage, start, String.format(Locale.ROOT, "%,d files", items.size()));
        return results;
    }

    /** Logs a stage's time, from {@code start} ({@link System#nanoTime()}), with what it did. */
    void stage(String stage, long start, String what) {
        log.info(String.format(Locale.ROOT, "import: %-8s %6d ms  %s", stage, (System.nanoTime() - start) / 1_000_000,
                what));
    }
}
