package org.broadsheet.build;

/** Where the engine reports progress; the Maven mojo and the tests adapt it. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    /** A log that drops everything. */
    BuildLog SILENT = new BuildLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
