package org.broadsheet.build;

import java.io.IOException;

/** Builds a site once: {@code Generator.build(options, log)}. */
public final class Generator {

    private Generator() {
    }

    public static BuildResult build(BuildOptions options, BuildLog log) throws IOException {
        return new SiteBuilder(options, log).build();
    }

    /**
     * Builds a site once, as the last work of this JVM ({@code mvn package}): a repeated build then turns the JIT's
     * C2 compiler off for the rest of the JVM ({@link OptimizingCompiler}), where the preview, which builds again
     * and again, keeps it.
     */
    public static BuildResult buildAlone(BuildOptions options, BuildLog log) throws IOException {
        try {
            return new SiteBuilder(options, log, true).build();
        } finally {
            OptimizingCompiler.settled();
        }
    }
}
