package org.broadsheet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The watch of the preview's folders when the system cannot watch them (Linux's limit of inotify watches reached):
 * every {@link #INTERVAL_MILLIS} a {@link Snapshot} of the files, compared with the last, tells of each file created,
 * changed or deleted since. Nothing changed, nothing is told, and nothing is built.
 */
final class Polling implements FolderWatch {

    /** Often enough that a save shows within about a second; a snapshot of a large archive takes a few tens of ms. */
    static final long INTERVAL_MILLIS = 1000;

    private final ScheduledExecutorService thread;
    private final ScheduledFuture<?> looking;
    /** The files as the last look found them; touched only on {@link #thread}. */
    private Snapshot last;

    private Polling(List<Path> roots, DirectoryChangeListener listener) {
        this.last = Snapshot.of(roots);
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread looker = new Thread(runnable, "broadsheet-polling");
            looker.setDaemon(true);
            return looker;
        });
        this.looking = thread.scheduleWithFixedDelay(() -> look(roots, listener), INTERVAL_MILLIS, INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Starts looking at the files below {@code roots}, telling {@code listener} of changes. */
    static Polling start(List<Path> roots, DirectoryChangeListener listener) {
        return new Polling(List.copyOf(roots), listener);
    }

    private void look(List<Path> roots, DirectoryChangeListener listener) {
        Snapshot now = Snapshot.of(roots);
        for (Path file : now.changedSince(last)) {
            Path root = roots.stream().filter(file::startsWith).findFirst().orElseThrow();
            try {
                listener.onEvent(new DirectoryChangeEvent(DirectoryChangeEvent.EventType.MODIFY, false, file, null, 1,
                        root));
            } catch (IOException notTold) {
                // ends the looking, which then says it must be started again
                throw new UncheckedIOException(notTold);
            }
        }
        last = now;
    }

    /** True only when looking failed and stopped (the scheduler runs a failed task no more). */
    @Override
    public boolean replaced() {
        return looking.isDone();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
