package org.broadsheet.build;

import java.io.IOException;

/** Builds a site once: {@code Generator.build(options, log)}. */
public final class Generator {

    private Generator() {
    }

    public static BuildResult build(BuildOptions options, BuildLog log) throws IOException {
        return new SiteBuilder(options, log).build();
    }
}
