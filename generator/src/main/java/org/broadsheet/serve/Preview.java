package org.broadsheet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
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
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The writers' preview: builds the site with drafts and scheduled articles, serves it on
 * 127.0.0.1, and on every save under {@code content/} or {@code templates/} rebuilds what the change
 * affects and reloads the open pages — or shows them the problems, keeping the last good build.
 */
public final class Preview implements AutoCloseable {

    /** How long the watcher waits for more changes before rebuilding, so that a save of many files is one build. */
    private static final long QUIET_MILLIS = 10;

    private static final Path EVERYTHING = Path.of("");

    private final SiteBuilder builder;
    private final BuildLog log;
    private final PreviewServer server;
    private final DirectoryWatcher watcher;
    private final LinkedBlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final Thread rebuilds;
    private volatile long builds;

    /**
     * Builds the site and starts serving and watching.
     *
     * @param options what to build; the preview publishes drafts and links pages from its own address
     * @param port    the port on 127.0.0.1, or 0 for any free one
     */
    public Preview(BuildOptions options, int port, BuildLog log) throws IOException {
        this.log = log;
        this.server = new PreviewServer(options.outputDir(), port);
        this.builder = new SiteBuilder(options.withDrafts(true).withBaseUrl("http://127.0.0.1:" + server.port() + "/"),
                log);
        report(builder.build());
        List<Path> watched = new ArrayList<>();
        for (Path dir : List.of(options.contentDir(), options.templatesDir())) {
            Files.createDirectories(dir);
            watched.add(dir.toAbsolutePath().normalize());
        }
        this.watcher = DirectoryWatcher.builder().paths(watched).fileHashing(false)
                .listener(this::changed).build();
        watcher.watchAsync();
        this.rebuilds = new Thread(this::rebuildOnChange, "broadsheet-rebuild");
        rebuilds.setDaemon(true);
        rebuilds.start();
    }

    public int port() {
        return server.port();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** How many builds have finished, the first included; for tests and benchmarks that wait for a rebuild. */
    public long builds() {
        return builds;
    }

    /** Queues a changed file; a folder created or deleted, or lost events, queue a full rebuild. */
    private void changed(DirectoryChangeEvent event) {
        boolean file = event.eventType() != DirectoryChangeEvent.EventType.OVERFLOW && event.path() != null
                && !event.isDirectory();
        changes.add(file ? event.path() : EVERYTHING);
    }

    private void rebuildOnChange() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> batch = new LinkedHashSet<>();
                batch.add(changes.take());
                Path next;
                while ((next = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    batch.add(next);
                }
                rebuild(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild(Collection<Path> batch) {
        try {
            report(builder.build(batch.contains(EVERYTHING) ? null : batch));
        } catch (IOException | RuntimeException e) {
            log.warn("the rebuild failed: " + e);
            server.showProblems(List.of("Broadsheet could not rebuild: " + e));
            builds++;
        }
    }

    private void report(BuildResult result) {
        if (result.succeeded()) {
            log.info("rebuilt " + result.pagesRendered() + " of " + result.pages() + " pages; " + url());
            server.reload();
        } else {
            List<String> problems = result.problems().stream().map(Problem::toString).toList();
            problems.forEach(log::warn);
            log.warn(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; the preview keeps the last good build until they are fixed");
            server.showProblems(problems);
        }
        builds++;
    }

    @Override
    public void close() throws IOException {
        rebuilds.interrupt();
        watcher.close();
        server.close();
    }
}
