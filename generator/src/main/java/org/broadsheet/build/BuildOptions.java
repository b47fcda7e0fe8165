package org.broadsheet.build;

import org.broadsheet.model.SiteConfig;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build and where.
 *
 * @param projectRoot  the folder that problems' paths are relative to
 * @param contentDir   the newsroom's articles and settings
 * @param templatesDir the theme: FreeMarker templates, {@code i18n/}, {@code assets/}
 * @param outputDir    the generated site
 * @param workDir      a folder of the build's own (staging), e.g. {@code target/broadsheet}
 * @param baseUrl      overrides {@code baseUrl} of {@code site.yml} when not null
 * @param drafts       whether drafts and scheduled articles (dated after {@code now}) are published
 * @param now          the time of the build, which decides what is scheduled
 */
public record BuildOptions(Path projectRoot, Path contentDir, Path templatesDir, Path outputDir, Path workDir,
                           String baseUrl, boolean drafts, Instant now) {

    /** The usual layout of a site project: {@code content/}, {@code templates/}, {@code site/}, {@code target/}. */
    public static BuildOptions standard(Path projectRoot) {
        return new BuildOptions(projectRoot, projectRoot.resolve("content"), projectRoot.resolve("templates"),
                projectRoot.resolve("site"), projectRoot.resolve("target/broadsheet"), null, false, Instant.now());
    }

    public BuildOptions withBaseUrl(String newBaseUrl) {
        return new BuildOptions(projectRoot, contentDir, templatesDir, outputDir, workDir, newBaseUrl, drafts, now);
    }

    public BuildOptions withDrafts(boolean newDrafts) {
        return new BuildOptions(projectRoot, contentDir, templatesDir, outputDir, workDir, baseUrl, newDrafts, now);
    }

    public BuildOptions withNow(Instant newNow) {
        return new BuildOptions(projectRoot, contentDir, templatesDir, outputDir, workDir, baseUrl, drafts, newNow);
    }

    /** {@code config} with {@link #baseUrl} in place of its own, when given. */
    SiteConfig config(SiteConfig config) {
        return baseUrl == null ? config : config.withBaseUrl(baseUrl);
    }

    /** How {@code dir} is named in problems: relative to the project root, with a trailing {@code /}. */
    String named(Path dir) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        String name = target.startsWith(root) ? root.relativize(target).toString() : target.toString();
        return name.replace('\\', '/') + "/";
    }

    public BuildOptions withOutput(Path newOutputDir, Path newWorkDir) {
        return new BuildOptions(projectRoot, contentDir, templatesDir, newOutputDir, newWorkDir, baseUrl, drafts, now);
    }
}
