package org.broadsheet.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.build.BuildOptions;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;

/** The folders of a site project, shared by the goals that read or build it. */
abstract class SiteMojo extends AbstractMojo {

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
