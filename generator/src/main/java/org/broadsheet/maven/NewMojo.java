package org.broadsheet.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.content.Scaffold;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** Creates a new article (a draft), and on request its stubs in the other languages. */
@Mojo(name = "new", requiresProject = true, threadSafe = true)
public final class NewMojo extends AbstractMojo {

    /** The headline; the file name comes from it. */
    @Parameter(property = "broadsheet.title")
    private String title;

    /** The language of the article (default: the first of site.yml). */
    @Parameter(property = "broadsheet.lang")
    private String language;

    /** Also create a stub at the same path in every other language. */
    @Parameter(property = "broadsheet.translation", defaultValue = "false")
    private boolean translation;

    @Parameter(property = "broadsheet.content", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            for (Path file : Scaffold.create(contentDirectory.toPath(), title, language, translation, Instant.now())) {
                getLog().info("created " + file);
            }
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("could not write the article: " + e, e);
        }
    }
}
