package org.broadsheet.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build removes the files of {@code site/} that it no longer makes while the preview serves it: a request
 * for one of them, found and then gone before it was read, is answered as not found, never left unanswered.
 */
class VanishingFileTest {

    private static final int READERS = 2;
    private static final int REQUESTS = 400;

    @TempDir
    Path dir;

    @Test
    void aFileRemovedWhileItIsAskedForIsAnsweredAsNotFound() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        PreviewServer server = new PreviewServer(site, 0);
        server.start();
        ExecutorService threads = Executors.newFixedThreadPool(READERS + 1);
        AtomicBoolean reading = new AtomicBoolean(true);
        try {
            CyclicBarrier start = new CyclicBarrier(READERS + 1);
            Future<?> build = threads.submit(() -> {
                start.await();
                Path page = site.resolve("page.html");
                while (reading.get()) {
                    Files.writeString(page, "<html><body>Page</body></html>");
                    Files.deleteIfExists(page);
                }
                return null;
            });
            List<Future<Set<Integer>>> readers = new ArrayList<>();
            for (int reader = 0; reader < READERS; reader++) {
                readers.add(threads.submit(() -> {
                    PreviewClient client = new PreviewClient(server.port());
                    Set<Integer> statuses = new TreeSet<>();
                    start.await();
                    for (int request = 0; request < REQUESTS; request++) {
                        HttpResponse<byte[]> answer;
                        try {
                            answer = client.bytes("/page.html");
                        } catch (IOException unanswered) {
                            throw new AssertionError("request " + request + " was not answered: " + unanswered, unanswered);
                        }
                        statuses.add(answer.statusCode());
                    }
                    return statuses;
                }));
            }
            for (Future<Set<Integer>> reader : readers) {
                Set<Integer> statuses = reader.get(60, TimeUnit.SECONDS);
                assertTrue(Set.of(200, 404).containsAll(statuses), "answered " + statuses);
            }
            reading.set(false);
            build.get(10, TimeUnit.SECONDS);
        } finally {
            reading.set(false);
            threads.shutdownNow();
            server.close();
        }
    }
}
