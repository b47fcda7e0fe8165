package org.broadsheet.serve;

import java.time.Duration;

/** Waiting until the preview builds nothing: its first build and the practice builds after it are over. */
final class Quiet {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Quiet() {
    }

    /** Waits until no build finished for {@code quiet}, or {@link #PATIENCE} has passed. */
    static void await(Preview preview, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long builds;
        do {
            builds = preview.builds();
            Thread.sleep(quiet.toMillis());
        } while (builds != preview.builds() && System.nanoTime() < deadline);
    }
}
