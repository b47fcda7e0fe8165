package org.broadsheet.deploy;

import org.broadsheet.RecordingLog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A long deploy says every few seconds how far it is and how long is left. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void reportsFilesBytesAndTimeLeftEveryFiveSeconds() {
        RecordingLog log = new RecordingLog();
        List<String> lines = log.lines();
        AtomicLong clock = new AtomicLong(0);
        Progress progress = new Progress(4, 4 * 1024 * 1024, log, clock::get);
        clock.set(2 * SECOND);
        progress.uploaded(1024 * 1024);
        assertEquals(List.of(), lines, "not before five seconds");
        clock.set(10 * SECOND);
        progress.uploaded(1024 * 1024);
        // half the files and half the bytes in ten seconds: about ten seconds left
        assertEquals(List.of("deploy: 2 of 4 files, 2.0 MB of 4.0 MB uploaded, about 0:10 left"), lines);
        clock.set(12 * SECOND);
        progress.uploaded(1024 * 1024);
        assertEquals(1, lines.size(), "again only five seconds after the last report");
    }
}
