package org.broadsheet.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A watch started while folders come and go below it (a {@code git checkout} of another branch, a sync tool, the
 * theme copied back while the content changes): the watcher goes through the folders to watch each one, and a
 * folder gone between the two once left it watching nothing. Such a watch says it must be started again.
 */
class WatchTest {

    /** Watches started: the folder goes at the moment that matters in most, not in every one. */
    private static final int ROUNDS = 3;
    /** Folders put in place one after the other, until one goes at the moment that matters. */
    private static final int BATCHES = 20;
    /** Folders in each: enough for the watcher to be still going through them as some go. */
    private static final int FOLDERS = 300;

    @TempDir
    Path dir;

    @Test
    void aWatchStartedWhileFoldersComeAndGoReportsLaterSavesOrSaysItMustStartAgain() throws Exception {
        Path root = dir.resolve("content");
        Path folder = root.resolve("en");
        for (int i = 0; i < 300; i++) {
            Files.createDirectories(folder.resolve(Integer.toString(i)));
        }
        for (int round = 0; round < ROUNDS; round++) {
            AtomicBoolean moving = new AtomicBoolean(true);
            Thread mover = new Thread(() -> moveToAndFro(folder, root.resolve("away"), moving));
            CountDownLatch saved = new CountDownLatch(1);
            String name = "saved-" + round + ".md";
            mover.start();
            try (Watch watch = Watch.start(List.of(root), event -> {
                if (event.path() != null && event.path().endsWith(name)) {
                    saved.countDown();
                }
            })) {
                moving.set(false);
                mover.join();
                Files.writeString(folder.resolve(name), "Text.");
                assertTrue(saved.await(1, TimeUnit.SECONDS) || watch.replaced(),
                        "round " + round + ": the save was reported, or the watch says it must start again");
            }
        }
    }

    /**
     * A folder of folders put in place at once (an unzip or a sync that moves what it made into place), and half of
     * them removed at once by the program that made them: the watcher, going through them to watch each, failed on
     * one that went meanwhile, and stopped there, reporting nothing of the new folder and watching none of the
     * folders after it. The folder goes at the moment that matters in about one round of ten.
     */
    @Test
    void savesInAFolderPutInPlaceWhileItsFoldersGoAreReportedOrTheWatchSaysItMustStartAgain() throws Exception {
        Path root = Files.createDirectories(dir.resolve("content"));
        Set<Path> reported = ConcurrentHashMap.newKeySet();
        try (Watch watch = Watch.start(List.of(root), event -> reported.add(event.path()))) {
            for (int round = 0; round < BATCHES && !watch.replaced(); round++) {
                Path made = dir.resolve("unzipped-" + round);
                for (int i = 0; i < FOLDERS; i++) {
                    Files.createDirectories(made.resolve(Integer.toString(i)));
                }
                Path folder = Files.move(made, root.resolve("batch-" + round));
                for (int i = 1; i < FOLDERS; i += 2) {
                    Files.delete(folder.resolve(Integer.toString(i)));
                }
                Thread.sleep(100);
                List<Path> saved = new ArrayList<>();
                for (int i = 0; i < FOLDERS; i += 2) {
                    saved.add(Files.writeString(folder.resolve(i + "/saved.md"), "Text."));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                while (!reported.containsAll(saved) && !watch.replaced() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                saved.removeAll(reported);
                assertTrue(saved.isEmpty() || watch.replaced(), "round " + round + ": " + saved.size()
                        + " saves were not reported, and the watch does not say it must start again");
            }
        }
    }

    /** Moves {@code folder} to {@code away} and back until told to stop, leaving it where it was. */
    private static void moveToAndFro(Path folder, Path away, AtomicBoolean moving) {
        try {
            while (moving.get()) {
                Files.move(folder, away);
                Files.move(away, folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
