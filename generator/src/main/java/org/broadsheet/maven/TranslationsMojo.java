package org.broadsheet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.TranslationReport;

import java.io.IOException;
import java.util.List;

/** The translation desk's report: every article that has no translation yet, or a stale one. */
@Mojo(name = "translations", requiresProject = true, threadSafe = true)
public final class TranslationsMojo extends SiteMojo {
    /** Counts drafts and scheduled articles too. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "false")
    private boolean drafts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildOptions options = options(null, drafts);
        List<String> report;
        try {
            report = TranslationReport.of(options, new MavenLog(getLog()))
                    .orElseThrow(() -> new MojoFailureException("fix the problems above first"));
        } catch (IOException e) {
            throw new MojoExecutionException("could not read the content: " + e, e);
        }
        report.forEach(getLog()::info);
    }
}
