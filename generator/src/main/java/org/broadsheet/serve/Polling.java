package org.broadsheet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The watch of the preview's folders when the system cannot watch them (Linux's limit of inotify watches reached): a
 * {@link Snapshot} of the files, taken every second or so and compared with the last, tells of each file created,
 * changed or deleted since. Nothing changed, nothing is told, and nothing is built.
 */
final class Polling implements FolderWatch {

    /** The least time between two looks: a save shows about a second later. */
    private static final long INTERVAL_MILLIS = 1000;

    /**
     * How many times the last look's time passes before the next: a snapshot of 20,000 files took 0.35 to 3 s on a
     * busy machine of two cores, and polling is to take a tenth of a core at most.
     */
    private static final int IDLE_PER_LOOK = 10;

    private final List<Path> roots;
    private final DirectoryChangeListener listener;
    private final ScheduledExecutorService thread;
    /** The files as the last look found them; touched only on {@link #thread}. */
    private Snapshot last;
    /** Whether a look failed, and looking stopped. */
    private volatile boolean failed;

    private Polling(List<Path> roots, DirectoryChangeListener listener) {
        this.roots = roots;
        this.listener = listener;
        this.last = Snapshot.of(roots);
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread looker = new Thread(runnable, "broadsheet-polling");
            looker.setDaemon(true);
            return looker;
        });
        thread.schedule(this::look, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts looking at the files below {@code roots}, telling {@code listener} of changes. */
    static Polling start(List<Path> roots, DirectoryChangeListener listener) {
        return new Polling(List.copyOf(roots), listener);
    }

    private void look() {
        long start = System.nanoTime();
        try {
            Snapshot now = Snapshot.of(roots);
            for (Path file : now.changedSince(last)) {
                Path root = roots.stream().filter(file::startsWith).findFirst().orElseThrow();
                listener.onEvent(new DirectoryChangeEvent(DirectoryChangeEvent.EventType.MODIFY, false, file, null, 1,
                        root));
            }
            last = now;
        } catch (IOException | RuntimeException | Error failure) {
            // the preview then starts watching again, with a new look
            failed = true;
            return;
        }
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        thread.schedule(this::look, Math.max(INTERVAL_MILLIS, IDLE_PER_LOOK * took), TimeUnit.MILLISECONDS);
    }

    /** True only when a look failed, and looking stopped. */
    @Override
    public boolean replaced() {
        return failed;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
