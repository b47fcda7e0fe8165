package org.broadsheet.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
