package org.broadsheet.deploy;

import org.broadsheet.build.BuildLog;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Tells how a long deploy is going, every few seconds: files and bytes done and the time left, estimated
 * from the pace so far (half by files, since each costs a request, half by bytes). Safe to use from
 * several threads.
 */
final class Progress {

    static final long INTERVAL_NANOS = 5_000_000_000L;

    private final int files;
    private final long bytes;
    private final BuildLog log;
    private final LongSupplier clock;
    private final long start;
    private int filesDone;
    private long bytesDone;
    private long lastReport;

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    Progress(int files, long bytes, BuildLog log, LongSupplier clock) {
        this.files = files;
        this.bytes = bytes;
        this.log = log;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastReport = start;
    }

    /** Counts one file uploaded, and reports when the last report is a while ago. */
    synchronized void uploaded(long size) {
        filesDone++;
        bytesDone += size;
        long now = clock.getAsLong();
        if (now - lastReport >= INTERVAL_NANOS && filesDone < files) {
            lastReport = now;
            log.info(line(now));
        }
    }

    synchronized String line(long now) {
        double done = files == 0 ? 1 : bytes == 0 ? (double) filesDone / files
                : 0.5 * filesDone / files + 0.5 * bytesDone / bytes;
        String left = done <= 0 ? "" : ", about " + duration((long) ((now - start) * (1 - done) / done)) + " left";
        return String.format(Locale.ROOT, "deploy: %,d of %,d files, %s of %s uploaded%s",
                filesDone, files, size(bytesDone), size(bytes), left);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static String duration(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
