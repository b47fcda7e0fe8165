package org.broadsheet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.broadsheet.diag.Problem;

import java.io.IOException;

/** Builds the site from {@code content/} and {@code templates/} into {@code site/}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public final class BuildMojo extends SiteMojo {
    /** Overrides {@code baseUrl} of {@code content/site.yml}. */
    @Parameter(property = "broadsheet.baseUrl")
    private String baseUrl;

    /** Publishes drafts too. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "false")
    private boolean drafts;

    /** Skips the build. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Broadsheet: skipped (broadsheet.skip)");
            return;
        }
        BuildOptions options = options(baseUrl, drafts);
        BuildResult result;
        try {
            result = Generator.buildAlone(options, new MavenLog(getLog()));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Broadsheet crashed while building the site: " + e, e);
        }
        if (!result.succeeded()) {
            for (Problem problem : result.problems()) {
                getLog().error(problem.toString());
            }
            int count = result.problems().size();
            throw new MojoFailureException(count + (count == 1 ? " problem" : " problems")
                    + " in the content or templates (listed above); site/ was left as it was");
        }
        getLog().info("Broadsheet: " + result.pages() + " pages in " + outputDirectory());
        adviseOnJit(result.pages());
    }
}
