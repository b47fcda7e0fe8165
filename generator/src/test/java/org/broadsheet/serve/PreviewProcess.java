package org.broadsheet.serve;

import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;

import java.nio.file.Path;

/**
 * The preview in a JVM of its own, logging as the console does, for the tests that run it under limits of the system
 * that a test's own JVM must not meet. Argument: the project folder. Prints its address once it serves, and stops
 * when its input ends.
 */
public final class PreviewProcess {

    private PreviewProcess() {
    }

    public static void main(String[] args) throws Exception {
        BuildLog console = new BuildLog() {
            @Override
            public void info(String message) {
                System.out.println("[INFO] " + message);
            }

            @Override
            public void warn(String message) {
                System.out.println("[WARNING] " + message);
            }
        };
        try (Preview preview = new Preview(BuildOptions.standard(Path.of(args[0])), 0, console)) {
            System.out.println("serving " + preview.url());
            while (System.in.read() >= 0) {
                // the test ends the preview by closing its input
            }
        }
    }
}
