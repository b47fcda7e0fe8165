package org.broadsheet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.SiteBuilder;
import org.broadsheet.diag.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The writers' preview: builds the site with drafts and scheduled articles, serves it on 127.0.0.1, and
 * whenever files under {@code content/} or {@code templates/} change, rebuilds what the change affects and
 * reloads the open pages — or shows them the problems, keeping the last good build.
 *
 * <p>It converges whatever the timing of the saves: the watcher's events only wake it, and what to build is
 * what they name plus what a {@link Snapshot} of the folders, taken after each build, finds changed since the
 * build read them. A save during a build, an event the file system lost, a file caught half-written, a whole
 * {@code content/} or {@code templates/} copied in place of the one watched: each simply means one more build.
 * Problems are shown only when no change is waiting to be built.
 */
public final class Preview implements AutoCloseable {

    /** How long the watcher waits for more changes before building, so that a save of many files is one build. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /**
     * How often, while nothing changes, the preview looks whether {@code content/} or {@code templates/} itself
     * was replaced, or the watcher stopped, which no event reports.
     */
    private static final long ROOTS_CHECK_MILLIS = 250;

    /**
     * Practice builds after the first, while the writer has not saved yet: a fresh JVM runs the code of a
     * rebuild slowly until the JIT compiler has seen it, and the first save would wait for that.
     */
    private static final int PRACTICE_ROUNDS = 10;

    private final SiteBuilder builder;
    private final BuildLog log;
    /** Whether a practice build runs, whose stages are not logged. */
    private volatile boolean practising;
    private final PreviewServer server;
    private final List<Path> roots = new ArrayList<>();
    private final Thread rebuilds;
    /** Identifies this preview's versions of the site, so that a page of an earlier run reloads. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    /** Guards the changes waiting to be built, and the count of builds. */
    private final Object monitor = new Object();
    private final Set<Path> pending = new LinkedHashSet<>();
    /** Whether the next build reads everything again: the first one, and after lost events or a crash. */
    private boolean pendingEverything = true;
    /** The watch of the roots; another replaces it when a root is replaced. */
    private FolderWatch watch;
    /** Whether the writer was told that the system cannot watch the roots, which is told once. */
    private boolean toldUnwatched;
    private long lastChange = System.nanoTime();
    private long builds;
    /** The pages of the last build that succeeded. */
    private volatile int pages;
    private long versions;
    /** Whether a build crashed since the last new version was told: it may have changed site/ before it did. */
    private boolean siteMayHaveChanged;
    /** The practice build, and how many times it is still to run before the first change. */
    private Batch practice;
    private int practiceRounds;
    /** What the last build read, null after a crash; touched only on the rebuild thread. */
    private Snapshot seen;
    private boolean closed;

    /**
     * Builds the site and starts serving and watching; returns when the first build is done.
     *
     * @param options what to build; the preview publishes drafts and links pages from its own address
     * @param port    the port on 127.0.0.1, or 0 for any free one
     */
    public Preview(BuildOptions options, int port, BuildLog log) throws IOException {
        this.log = log;
        this.server = new PreviewServer(options.outputDir(), port);
        this.builder = new SiteBuilder(options.withDrafts(true).withBaseUrl(url(server.port())), new BuildLog() {
            @Override
            public void info(String message) {
                if (!practising) {
                    log.info(message);
                }
            }

            @Override
            public void warn(String message) {
                if (!practising) {
                    log.warn(message);
                }
            }
        });
        for (Path dir : List.of(options.contentDir(), options.templatesDir())) {
            Files.createDirectories(dir);
            roots.add(dir.toAbsolutePath().normalize());
        }
        // watching starts before the first build, so that a save during it is built next
        watchAgain();
        this.rebuilds = new Thread(this::rebuildOnChange, "broadsheet-rebuild");
        rebuilds.setDaemon(true);
        rebuilds.start();
        try {
            awaitBuilds(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("the preview was stopped during its first build", e);
        }
        server.start();
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port + "/";
    }

    public int port() {
        return server.port();
    }

    public String url() {
        return url(port());
    }

    /** The pages of the site as the last good build made it. */
    public int pages() {
        return pages;
    }

    /** How many builds have finished, the first included; for tests and benchmarks that wait for a rebuild. */
    public long builds() {
        synchronized (monitor) {
            return builds;
        }
    }

    private void awaitBuilds(long count) throws InterruptedException {
        synchronized (monitor) {
            while (builds < count && !closed) {
                monitor.wait();
            }
        }
    }

    /**
     * Watches the roots as they are now, and no longer as they were; polls them when the system cannot watch them, which
     * a writer is told once, with what to do.
     */
    private void watchAgain() throws IOException {
        FolderWatch started;
        try {
            started = Watch.start(roots, this::changed);
        } catch (Watch.Unavailable unavailable) {
            started = Polling.start(roots, this::changed);
            boolean told;
            synchronized (monitor) {
                told = toldUnwatched;
                toldUnwatched = true;
            }
            if (!told) {
                log.warn(Unwatched.advice(unavailable));
            }
        }
        FolderWatch stopped;
        synchronized (monitor) {
            stopped = closed ? started : watch;
            if (!closed) {
                watch = started;
            }
        }
        if (stopped != null) {
            stopped.close();
        }
    }

    /** Whether {@code content/} or {@code templates/} is not the folder watched, or the watcher stopped. */
    private boolean rootsReplaced() {
        synchronized (monitor) {
            return watch != null && watch.replaced();
        }
    }

    /** Notes a changed file; a folder created or deleted, or lost events, mean everything is read again. */
    private void changed(DirectoryChangeEvent event) {
        synchronized (monitor) {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null
                    || event.isDirectory()) {
                pendingEverything = true;
            } else {
                pending.add(event.path().toAbsolutePath().normalize());
            }
            practiceRounds = 0;
            lastChange = System.nanoTime();
            monitor.notifyAll();
        }
    }

    /**
     * The changes to build next.
     *
     * @param everything whether everything must be read again
     * @param practice   whether nothing changed, and the build only practises: it renders pages as they are
     */
    private record Batch(Set<Path> files, boolean everything, boolean practice) {
    }

    /** Waits for changes, then until none has come for a moment; takes them. Null once the preview is closed. */
    private Batch nextBatch() throws InterruptedException {
        synchronized (monitor) {
            while (pending.isEmpty() && !pendingEverything && !closed) {
                if (practiceRounds > 0) {
                    practiceRounds--;
                    return practice;
                }
                monitor.wait(ROOTS_CHECK_MILLIS);
                if (pending.isEmpty() && !pendingEverything && rootsReplaced()) {
                    pendingEverything = true;
                }
            }
            long wait;
            while ((wait = lastChange + QUIET_NANOS - System.nanoTime()) > 0 && !closed) {
                TimeUnit.NANOSECONDS.timedWait(monitor, wait);
            }
            if (closed) {
                return null;
            }
            Batch batch = new Batch(Set.copyOf(pending), pendingEverything, false);
            pending.clear();
            pendingEverything = false;
            return batch;
        }
    }

    private boolean stopping() {
        synchronized (monitor) {
            return closed;
        }
    }

    private boolean changesWaiting() {
        synchronized (monitor) {
            return !pending.isEmpty() || pendingEverything;
        }
    }

    private void requeue(Collection<Path> files) {
        synchronized (monitor) {
            pending.addAll(files);
            monitor.notifyAll();
        }
    }

    private void rebuildOnChange() {
        while (true) {
            Batch batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            if (batch == null) {
                return;
            }
            try {
                if (!rebuild(batch)) {
                    return;
                }
            } catch (RuntimeException | Error failure) {
                // a bug outside the build itself: the next save is built as after a crash of the build
                seen = null;
                Crash crash = Crash.of(failure);
                log.warn(crash.console());
                server.show(nextVersion(), List.of(crash.problem()));
                countBuild();
            }
        }
    }

    /**
     * Builds {@code batch} and tells the open pages; false when the build failed because the preview is being closed,
     * and nothing is to be told.
     */
    private boolean rebuild(Batch batch) {
        // after a crash the builder's memory of the site is not trusted: everything is read again
        boolean everything = batch.everything() || seen == null;
        if (everything && rootsReplaced()) {
            try {
                watchAgain();
            } catch (IOException e) {
                log.warn("could not watch " + roots + " again: " + e);
            }
        }
        // what the build is about to read: the files it is told of, as they are now
        Snapshot before = everything ? Snapshot.of(roots) : seen.restamped(batch.files());
        BuildResult result;
        Crash crash = null;
        practising = batch.practice();
        try {
            Optional<BuildResult> built = batch.practice()
                    ? builder.buildUnlessOvertaken(everything ? null : batch.files())
                    : Optional.of(builder.build(everything ? null : batch.files()));
            if (built.isEmpty()) {
                // mvn package has built site/ since: practising would put the preview's site back, drafts and all
                endPractice();
                return true;
            }
            result = built.get();
        } catch (Throwable failure) {
            // anything at all: an error no one foresaw must not end the rebuilds while the server serves stale pages
            if (stopping()) {
                return false;
            }
            result = null;
            crash = Crash.of(failure);
        } finally {
            practising = false;
        }
        // a new version of the site is told at once; problems only once it is known that no change waits
        boolean succeeded = result != null && result.succeeded();
        long finished = succeeded ? report(result, null, false, batch.practice()) : 0;
        Snapshot after = Snapshot.of(roots);
        requeue(after.changedSince(before));
        if (!succeeded) {
            report(result, crash, changesWaiting(), batch.practice());
        } else if (finished == 1) {
            schedulePractice(after);
        }
        seen = result == null ? null : after;
        return true;
    }

    /**
     * Sets the practice builds going: each reads an article file again and goes through every stage of a
     * rebuild, finding nothing to render. They render no page: the first build has rendered every one, and a
     * practice build that did would make a writer's first save wait for it.
     */
    private void schedulePractice(Snapshot files) {
        Path content = roots.get(0);
        Optional<Path> article = files.first(file -> file.startsWith(content)
                && content.relativize(file).getNameCount() > 1 && file.toString().endsWith(".md"));
        synchronized (monitor) {
            if (article.isPresent() && pending.isEmpty() && !pendingEverything) {
                practice = new Batch(Set.of(article.get()), false, true);
                practiceRounds = PRACTICE_ROUNDS;
                monitor.notifyAll();
            }
        }
    }

    private void endPractice() {
        synchronized (monitor) {
            practiceRounds = 0;
        }
    }

    /**
     * Tells the open pages what the build gave: a new version of the site when it changed files (or may have, having
     * crashed), else its problems or its {@code crash} — unless more changes wait ({@code superseded}), whose build will
     * tell. Returns the count of builds finished, this one included.
     */
    private long report(BuildResult result, Crash crash, boolean superseded, boolean practice) {
        siteMayHaveChanged |= result == null;
        if (crash != null) {
            log.warn(crash.console());
        }
        if (result != null && result.succeeded()) {
            pages = result.pages();
            boolean changed = builds() == 0 || result.filesWritten() + result.filesRemoved() > 0 || siteMayHaveChanged;
            if (!practice || changed) {
                log.info("rebuilt " + result.pagesRendered() + " of " + result.pages() + " pages; " + url());
            }
            server.show(changed ? nextVersion() : currentVersion(), List.of());
        } else if (!superseded) {
            List<String> problems = crash != null ? List.of(crash.problem())
                    : result.problems().stream().map(Problem::toString).toList();
            if (crash == null) {
                problems.forEach(log::warn);
            }
            log.warn(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; the preview keeps the last good build until they are fixed");
            server.show(siteMayHaveChanged ? nextVersion() : currentVersion(), problems);
        }
        return countBuild();
    }

    /**
     * Counts a build as finished, last: whoever waits for this build (the first, before the server starts) finds what
     * it told. Returns the count, this build included.
     */
    private long countBuild() {
        synchronized (monitor) {
            monitor.notifyAll();
            return ++builds;
        }
    }

    private String nextVersion() {
        versions++;
        siteMayHaveChanged = false;
        return currentVersion();
    }

    private String currentVersion() {
        return run + "-" + versions;
    }

    /**
     * Stops watching and serving, after the build under way, if any, has finished; a rebuild still waiting for
     * another build of the project ({@code mvn package} in another terminal) is given up.
     */
    @Override
    public void close() throws IOException {
        FolderWatch last;
        synchronized (monitor) {
            closed = true;
            last = watch;
            monitor.notifyAll();
        }
        builder.stop();
        if (last != null) {
            last.close();
        }
        try {
            rebuilds.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
    }
}
