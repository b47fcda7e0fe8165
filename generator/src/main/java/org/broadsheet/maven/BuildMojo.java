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
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;

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
        getLog().info("Broadsheet: " + result.pages() + " pages in " + outputDirectory());
        String advice = jitAdvice(result.pages(), () -> ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (advice != null) {
            getLog().info(advice);
        }
    }

    /** Pages above which a cold build is faster with both JIT compilers than with C1 alone (bench/README.md). */
    static final int C2_PAYS_OFF = 20_000;

    /**
     * What to change in {@code .mvn/jvm.config} for a site of {@code pages} pages, or null: the file's C1-only
     * line makes small and medium sites build faster, and large ones slower. The JVM's arguments are asked
     * for only for a large site, as the management classes cost a small build's start-up.
     */
    static String jitAdvice(int pages, Supplier<List<String>> jvmArguments) {
        return pages > C2_PAYS_OFF && jvmArguments.get().contains("-XX:TieredStopAtLevel=1")
                ? "Broadsheet: a site of more than " + C2_PAYS_OFF + " pages builds faster with the JVM's second "
                  + "compiler: remove the line -XX:TieredStopAtLevel=1 from .mvn/jvm.config "
                  + "(docs/architecture.md#jvm-settings-and-memory)"
                : null;
    }
}
