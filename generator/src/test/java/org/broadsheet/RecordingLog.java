package org.broadsheet;

import org.broadsheet.build.BuildLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A log that keeps what it is told, warnings marked {@code WARN }, for tests to read. */
public final class RecordingLog implements BuildLog {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    /** What was logged so far; {@link List#clear} forgets it. */
    public List<String> lines() {
        return lines;
    }
}
