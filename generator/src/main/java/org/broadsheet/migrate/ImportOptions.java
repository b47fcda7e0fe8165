package org.broadsheet.migrate;

import java.nio.file.Path;

/**
 * What to import and where.
 *
 * @param kind        the generator of the old site
 * @param sourceDir   the old site's folder (only read, never written)
 * @param projectRoot the Broadsheet project: articles go to its {@code content/}, the reports to
 *                    {@code import-report.md} and {@code import-report-full.md}
 * @param timezone    tz database name for dates without an offset, or null to take the old site's
 * @param force       whether existing files of {@code content/} may be overwritten
 * @param oldHost     where the old site's pages that Broadsheet does not make stay ({@code https://old.example.org}),
 *                    or null for the old site's own address
 */
public record ImportOptions(SourceKind kind, Path sourceDir, Path projectRoot, String timezone, boolean force,
                            String oldHost) {

    public Path contentDir() {
        return projectRoot.resolve("content");
    }

}
