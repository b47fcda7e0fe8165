package org.broadsheet.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.broadsheet.diag.Problem;

import java.io.File;
import java.io.IOException;
import java.time.Instant;

/** Builds the site from {@code content/} and {@code templates/} into {@code site/}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public final class BuildMojo extends AbstractMojo {

    /** The newsroom's articles, {@code site.yml} and {@code topics.yml}. */
    @Parameter(property = "broadsheet.content", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    /** The theme: templates, {@code i18n/} UI strings, {@code assets/}. */
    @Parameter(property = "broadsheet.templates", defaultValue = "${project.basedir}/templates")
    private File templatesDirectory;

    /** Where the site is written. */
    @Parameter(property = "broadsheet.output", defaultValue = "${project.basedir}/site")
    private File outputDirectory;

    /** The build's own working folder. */
    @Parameter(defaultValue = "${project.build.directory}/broadsheet", readonly = true)
    private File workDirectory;

    /** Overrides {@code baseUrl} of {@code content/site.yml}. */
    @Parameter(property = "broadsheet.baseUrl")
    private String baseUrl;

    /** Publishes drafts too. */
    @Parameter(property = "broadsheet.drafts", defaultValue = "false")
    private boolean drafts;

    /** Skips the build. */
    @Parameter(property = "broadsheet.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File projectDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Broadsheet: skipped (broadsheet.skip)");
            return;
        }
        BuildOptions options = new BuildOptions(projectDirectory.toPath(), contentDirectory.toPath(),
                templatesDirectory.toPath(), outputDirectory.toPath(), workDirectory.toPath(), baseUrl, drafts,
                Instant.now());
        BuildResult result;
        try {
            result = Generator.build(options, new MavenLog(getLog()));
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
        getLog().info("Broadsheet: " + result.pages() + " pages in " + outputDirectory);
    }
}
