package org.broadsheet.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.migrate.Finding;
import org.broadsheet.migrate.ImportOptions;
import org.broadsheet.migrate.ImportResult;
import org.broadsheet.migrate.Importer;
import org.broadsheet.migrate.SourceKind;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports a Jekyll or Hugo site into {@code content/}, writing {@code import-report.md} (counts, routine
 * decisions, what needs a human) and {@code import-report-full.md}; the old site is only read.
 */
@Mojo(name = "import", requiresProject = true, threadSafe = true)
public final class ImportMojo extends AbstractMojo {

    /** The decisions to check that the console shows; the report has them all. */
    private static final int SHOWN = 20;

    /** The old site's generator: {@code jekyll} or {@code hugo}. */
    @Parameter(property = "broadsheet.from")
    private String from;

    /** The old site's folder, absolute or relative to the project. */
    @Parameter(property = "broadsheet.source")
    private File source;

    /** Overwrite files of {@code content/} that exist already. */
    @Parameter(property = "broadsheet.force", defaultValue = "false")
    private boolean force;

    /** The timezone of dates written without an offset (default: the old site's, else UTC). */
    @Parameter(property = "broadsheet.timezone")
    private String timezone;

    /**
     * Where the old site's pages that Broadsheet does not make stay, for the links to them (default: the
     * old site's address, when it is not the new site's).
     */
    @Parameter(property = "broadsheet.oldHost")
    private String oldHost;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File projectDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        SourceKind kind = SourceKind.named(from).orElseThrow(() -> new MojoFailureException(
                "say which generator the old site uses: -Dbroadsheet.from=jekyll or -Dbroadsheet.from=hugo"
                        + (from == null ? "" : " (not '" + from + "')")));
        if (source == null) {
            throw new MojoFailureException("give the old site's folder: -Dbroadsheet.source=../old-site");
        }
        Path project = projectDirectory.toPath();
        Path sourceDir = source.isAbsolute() ? source.toPath() : project.resolve(source.getPath());
        ImportResult result;
        try {
            result = Importer.run(new ImportOptions(kind, sourceDir.normalize(), project, timezone, force, oldHost),
                    new MavenLog(getLog()));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Broadsheet crashed while importing " + sourceDir + ": " + e, e);
        }
        if (!result.succeeded()) {
            result.refusals().forEach(getLog()::error);
            throw new MojoFailureException("nothing was imported: " + result.refusals().get(0));
        }
        List<Finding> toCheck = result.findings().stream().filter(f -> !f.category().routine()).toList();
        List<String> lines = result.toCheck();
        lines.stream().limit(SHOWN).forEach(getLog()::warn);
        if (lines.size() > SHOWN) {
            getLog().warn("… and " + (lines.size() - SHOWN) + " more lines to check in import-report.md");
        }
        getLog().info("Broadsheet: " + result.summary() + " " + (result.findings().size() - toCheck.size())
                + " routine decisions and " + toCheck.size() + " to check in import-report.md.");
    }
}
