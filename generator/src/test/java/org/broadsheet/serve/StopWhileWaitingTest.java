package org.broadsheet.serve;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.persist.BuildLock;
import org.broadsheet.persist.WorkFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C while the preview's rebuild waits for another build of the project ({@code mvn package} in another
 * terminal, here another process holding the build lock): the preview stops at once, not when the other build
 * ends, and the rebuild it gave up does not run after it stopped.
 */
class StopWhileWaitingTest {

    /** How long the other process holds the lock: longer than stopping may take. */
    private static final Duration HELD = Duration.ofSeconds(8);

    private static final String HOLDING = "holding\n";

    @TempDir
    Path dir;

    @Test
    void aPreviewStoppedWhileItsRebuildWaitsForAnotherBuildStopsAtOnceAndBuildsNothingAfter() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\ntopics: [economy]", "Text.");
        BuildOptions options = site.options();
        CountDownLatch waiting = new CountDownLatch(1);
        Preview preview = new Preview(options, 0, new BuildLog() {
            @Override
            public void info(String message) {
                if (message.startsWith("waiting for another build")) {
                    waiting.countDown();
                }
            }

            @Override
            public void warn(String message) {
            }
        });
        // the practice builds after the first are over: the save's rebuild is the one that waits
        Quiet.await(preview, Duration.ofMillis(500));
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StopWhileWaitingTest.class.getName(),
                new WorkFolder(options.workDir()).lock().toString(), Long.toString(HELD.toMillis()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertEquals(HOLDING, new String(other.getInputStream().readNBytes(HOLDING.length()), StandardCharsets.UTF_8));
            site.article("content/en/2019/bells.md", "title: Bells ring twice\ndate: 2019-03-01\ntopics: [economy]",
                    "Text.");
            assertTrue(waiting.await(HELD.toSeconds(), TimeUnit.SECONDS), "the rebuild waits for the other build");
            Map<String, String> served = PreviewClient.tree(options.outputDir());
            long stopping = System.nanoTime();
            preview.close();
            Duration stopped = Duration.ofNanos(System.nanoTime() - stopping);
            assertTrue(stopped.compareTo(Duration.ofSeconds(2)) < 0, "stopped in " + stopped);
            other.destroy();
            assertTrue(other.waitFor(HELD.toSeconds(), TimeUnit.SECONDS));
            Thread.sleep(500);
            assertEquals(served, PreviewClient.tree(options.outputDir()), "site/ after the preview stopped");
        } finally {
            other.destroyForcibly();
            preview.close();
        }
    }

    /** The other process: holds the build lock {@code args[0]} for {@code args[1]} milliseconds. */
    public static void main(String[] args) throws Exception {
        try (BuildLock held = BuildLock.take(Path.of(args[0]), () -> {
        }, () -> false)) {
            System.out.print(HOLDING);
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
