package org.broadsheet.maven;

import org.apache.maven.plugin.logging.Log;
import org.broadsheet.build.BuildLog;

/** The Maven log as the engine's log. */
final class MavenLog implements BuildLog {

    private final Log log;

    MavenLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }
}
