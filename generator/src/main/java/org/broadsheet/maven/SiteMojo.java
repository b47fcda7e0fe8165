package org.broadsheet.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.build.BuildOptions;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** The folders of a site project, shared by the goals that read or build it. */
abstract class SiteMojo extends AbstractMojo {

    /** Pages above which a cold build is faster with both JIT compilers than with C1 alone (bench/README.md). */
    static final int C2_PAYS_OFF = 20_000;

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

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File projectDirectory;

    /** The engine's options for these folders. */
    BuildOptions options(String baseUrl, boolean drafts) {
        return new BuildOptions(projectDirectory.toPath(), contentDirectory.toPath(), templatesDirectory.toPath(),
                outputDirectory.toPath(), workDirectory.toPath(), baseUrl, drafts, Instant.now());
    }

    /** Logs {@link #jitAdvice} for a site of {@code pages} pages, if there is any. */
    void adviseOnJit(int pages) {
        String advice = jitAdvice(pages, () -> ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (advice != null) {
            getLog().info(advice);
        }
    }

    /**
     * What to change in {@code .mvn/jvm.config} for a site of {@code pages} pages, or null: the file's C1-only
     * line makes small and medium sites build faster, and large ones slower. The JVM's arguments are asked
     * for only for a large site, as the management classes cost a small build's start-up.
     */
    static String jitAdvice(int pages, Supplier<List<String>> jvmArguments) {
        return pages > C2_PAYS_OFF && jvmArguments.get().contains("-XX:TieredStopAtLevel=1")
                ? "Broadsheet: a site of more than " + C2_PAYS_OFF + " pages builds faster with the JVM's second "
                  + "compiler: remove the line with -XX:TieredStopAtLevel=1 from .mvn/jvm.config "
                  + "(docs/architecture.md#jvm-settings-and-memory)"
                : null;
    }

    File outputDirectory() {
        return outputDirectory;
    }

    Path projectDirectory() {
        return projectDirectory.toPath();
    }

    Path contentDirectory() {
        return contentDirectory.toPath();
    }
}
