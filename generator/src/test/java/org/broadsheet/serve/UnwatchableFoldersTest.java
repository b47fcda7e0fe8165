package org.broadsheet.serve;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A system that cannot watch the preview's folders, Linux's limit of inotify watches or instances reached: the preview
 * says so once, with the command that raises the limit, and looks for changes itself, building a save and nothing
 * while nothing changes. The limit is met for real, in a preview of its own JVM run in a user namespace of its own
 * ({@code unshare}), whose limits Linux lets its owner lower for it alone: nothing else on the machine is touched.
 */
class UnwatchableFoldersTest {

    private static final long STARTUP_SECONDS = 60;
    /** Long enough for several looks of the polling, and for many builds of a preview that builds again and again. */
    private static final long IDLE_MILLIS = 3000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // content/ and templates/ themselves are watched, and the watcher fails on a folder below them
            "max_inotify_watches, 4, fs.inotify.max_user_watches",
            // not even content/ can be watched
            "max_inotify_watches, 1, fs.inotify.max_user_watches",
            // no watch service starts
            "max_inotify_instances, 0, fs.inotify.max_user_instances"})
    void aPreviewThatCannotWatchSaysSoOnceAndBuildsEachSaveAndNothingElse(String limit, int value, String setting)
            throws Exception {
        assumeTrue(unshareWorks(), "unshare cannot make a user namespace here");
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01", "Text.")
                .article("content/en/2020/harbor.md", "title: Harbor\ndate: 2020-01-01", "Text.");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process preview = new ProcessBuilder("unshare", "--user", "--map-root-user", "sh", "-c",
                "echo " + value + " > /proc/sys/user/" + limit + " && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"", java,
                System.getProperty("java.class.path"), PreviewProcess.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        List<String> console = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> read(preview, console));
        reader.start();
        try {
            PreviewClient client = new PreviewClient(port(preview, console));
            Thread.sleep(IDLE_MILLIS);
            assertEquals(1, builds(console), "built once, and not again while nothing changed: " + console);

            site.article("content/en/2019/bells.md", "title: Bells ring out\ndate: 2019-03-01", "Text.");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!client.get("/en/2019/03/bells/").body().contains("Bells ring out")) {
                if (System.nanoTime() > deadline) {
                    fail("the save was not built: " + console);
                }
                Thread.sleep(100);
            }
            long built = builds(console);
            Thread.sleep(IDLE_MILLIS);
            assertEquals(built, builds(console), "nothing built while nothing changed: " + console);

            List<String> told = console.stream().filter(line -> line.contains("file watching is unavailable")).toList();
            assertEquals(1, told.size(), console.toString());
            assertTrue(told.get(0).contains("sudo sysctl " + setting + "="), told.get(0));
        } finally {
            preview.getOutputStream().close();
            if (!preview.waitFor(20, TimeUnit.SECONDS)) {
                preview.destroyForcibly();
            }
            reader.join();
        }
    }

    private static boolean unshareWorks() {
        try {
            Process probe = new ProcessBuilder("unshare", "--user", "--map-root-user", "true")
                    .redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException notHere) {
            return false;
        }
    }

    private static void read(Process preview, List<String> console) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(preview.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                console.add(line);
            }
        } catch (IOException ended) {
            // the preview's output ends with it
        }
    }

    /** The preview's port, once it serves. */
    private static int port(Process preview, List<String> console) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        while (System.nanoTime() < deadline) {
            for (String line : console) {
                if (line.startsWith("serving http://127.0.0.1:")) {
                    return Integer.parseInt(line.replaceAll(".*:(\\d+)/$", "$1"));
                }
            }
            if (!preview.isAlive()) {
                fail("the preview ended (exit " + preview.exitValue() + "): " + console);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the preview did not start: " + console);
    }

    /** The builds the console told of. */
    private static long builds(List<String> console) {
        return console.stream().filter(line -> line.startsWith("[INFO] rebuilt ")).count();
    }
}
