package org.broadsheet.build;

import org.broadsheet.content.Content;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.UiStringsReader;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.site.SiteAssembler;
import org.broadsheet.site.SiteModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Builds the site: load → assemble → render → write, each stage logged with its time. */
public final class Generator {

    private Generator() {
    }

    public static BuildResult build(BuildOptions options, BuildLog log) throws IOException {
        Problems problems = new Problems();
        Stopwatch watch = new Stopwatch(log);
        Markdown markdown = new Markdown(false);

        Content content = new ContentLoader(options.contentDir(), relative(options, options.contentDir()), markdown)
                .load(problems);
        SiteConfig config = options.baseUrl() == null ? content.config() : content.config().withBaseUrl(options.baseUrl());
        Map<String, Map<String, String>> uiStrings = UiStringsReader.read(options.templatesDir().resolve("i18n"),
                relative(options, options.templatesDir()) + "i18n/", config.languages(), problems);
        watch.lap("load", content.articles().size() + " articles");

        SiteUrls urls = new SiteUrls(config.baseUrl(), config.timezone());
        SiteModel site = SiteAssembler.assemble(config, content.topics(), content.articles(), options.drafts(),
                urls::article, problems);
        watch.lap("assemble", site.editions().size() + " editions");
        if (!problems.isEmpty()) {
            return BuildResult.failed(problems.sorted());
        }

        SiteWriter writer = new SiteWriter(options.outputDir(), options.workDir().resolve("staging"));
        try {
            PageRenderer renderer = new PageRenderer(new Templates(options.templatesDir()),
                    relative(options, options.templatesDir()), site, urls, uiStrings, markdown,
                    options.contentDir(), problems);
            List<PageRenderer.Page> pages = renderer.pages();
            pages.parallelStream().forEach(page -> renderer.render(page)
                    .ifPresent(html -> writer.write(SiteUrls.file(page.path()), html)));
            renderer.reportTemplateFailures();
            watch.lap("render", pages.size() + " pages");
            if (!problems.isEmpty()) {
                writer.abort();
                return BuildResult.failed(problems.sorted());
            }
            for (String file : renderer.mediaFiles()) {
                writer.copy(options.contentDir().resolve(file), SiteUrls.media(file));
            }
            copyAssets(options.templatesDir().resolve("assets"), writer);
            SiteWriter.Changes changes = writer.commit();
            watch.lap("write", changes.written() + " written, " + changes.unchanged() + " unchanged, "
                    + changes.removed() + " removed");
            return new BuildResult(List.of(), pages.size(), changes.written(), changes.unchanged(), changes.removed());
        } catch (RuntimeException | IOException e) {
            writer.abort();
            throw e;
        }
    }

    private static void copyAssets(Path assetsDir, SiteWriter writer) throws IOException {
        if (!Files.isDirectory(assetsDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assetsDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                writer.copy(file, SiteUrls.asset(assetsDir.relativize(file).toString().replace('\\', '/')));
            }
        }
    }

    /** How {@code dir} is named in problems: relative to the project root, with a trailing {@code /}. */
    private static String relative(BuildOptions options, Path dir) {
        Path root = options.projectRoot().toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        String name = target.startsWith(root) ? root.relativize(target).toString() : target.toString();
        return name.replace('\\', '/') + "/";
    }
}
