package org.broadsheet.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.serve.Preview;

import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;

/**
 * The writers' preview: builds the site with drafts, serves it on http://127.0.0.1:8080/ and
 * rebuilds and reloads the browser on every save, until Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public final class ServeMojo extends SiteMojo {
    /** The port on 127.0.0.1. */
    @Parameter(property = "broadsheet.port", defaultValue = "8080")
    private int port;

    @Override
    public void execute() throws MojoExecutionException {
        BuildOptions options = options(null, true);
        CountDownLatch stopped = new CountDownLatch(1);
        Preview preview;
        try {
            preview = new Preview(options, port, new MavenLog(getLog()));
        } catch (BindException e) {
            throw new MojoExecutionException("port " + port + " on 127.0.0.1 is taken; choose another with "
                    + "-Dbroadsheet.port=9000", e);
        } catch (IOException e) {
            throw new MojoExecutionException("the preview could not start: " + e, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException ignored) {
                // the JVM is exiting anyway
            }
            stopped.countDown();
        }, "broadsheet-stop"));
        getLog().info("Broadsheet preview on " + preview.url() + " (drafts shown; Ctrl-C stops it)");
        adviseOnJit(preview.pages());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
