package org.broadsheet.migrate;

import java.nio.file.Path;

/**
 * What to import and where.
 *
 * @param kind        the generator of the old site
 * @param sourceDir   the old site's folder (only read, never written)
 * @param projectRoot the Broadsheet project: articles go to its {@code content/}, the report to {@code import-report.md}
 * @param timezone    tz database name for dates without an offset, or null to take the old site's
 * @param force       whether existing files of {@code content/} may be overwritten
 */
public record ImportOptions(SourceKind kind, Path sourceDir, Path projectRoot, String timezone, boolean force) {

    public Path contentDir() {
        return projectRoot.resolve("content");
    }

    public Path reportFile() {
        return projectRoot.resolve("import-report.md");
    }
}
