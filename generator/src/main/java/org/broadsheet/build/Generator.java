package org.broadsheet.build;

import org.broadsheet.content.Content;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.UiStringsReader;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.output.Assets;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.Sitemap;
import org.broadsheet.render.Page;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.site.SiteAssembler;
import org.broadsheet.site.SiteModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
            Assets assets = new Assets(options.templatesDir().resolve("assets"));
            PageRenderer renderer = new PageRenderer(new Templates(options.templatesDir()),
                    relative(options, options.templatesDir()), site, urls, uiStrings, markdown,
                    options.contentDir(), assets, problems);
            List<Page> pages = renderer.pages();
            pages.parallelStream().forEach(page -> renderer.render(page)
                    .ifPresent(html -> writer.write(SiteUrls.file(page.path()), html)));
            renderer.reportTemplateFailures();
            renderer.feeds().forEach(writer::write);
            writer.write(SiteUrls.sitemap(), Sitemap.write(renderer.sitemap(pages)));
            writer.write(SiteUrls.robots(), "User-agent: *\nAllow: /\n\nSitemap: "
                    + urls.absolute(SiteUrls.sitemap()) + "\n");
            watch.lap("render", pages.size() + " pages");
            if (!problems.isEmpty()) {
                writer.abort();
                return BuildResult.failed(problems.sorted());
            }
            for (String file : renderer.mediaFiles()) {
                writer.copy(options.contentDir().resolve(file), SiteUrls.media(file));
            }
            assets.copyTo(writer);
            checkLinks(writer, urls, config, options, problems, log);
            watch.lap("check", writer.files().size() + " files");
            if (!problems.isEmpty()) {
                writer.abort();
                return BuildResult.failed(problems.sorted());
            }
            SiteWriter.Changes changes = writer.commit();
            watch.lap("write", changes.written() + " written, " + changes.unchanged() + " unchanged, "
                    + changes.removed() + " removed");
            return new BuildResult(List.of(), pages.size(), changes.written(), changes.unchanged(), changes.removed());
        } catch (RuntimeException | IOException e) {
            writer.abort();
            throw e;
        }
    }

    /**
     * A broken link into what Broadsheet generates fails the build; one to another path of the host
     * is a warning.
     */
    private static void checkLinks(SiteWriter writer, SiteUrls urls, SiteConfig config, BuildOptions options,
                                   Problems problems, BuildLog log) {
        Set<String> generated = new TreeSet<>(Set.of("media", "assets", SiteUrls.sitemap(), SiteUrls.robots(),
                SiteUrls.notFound()));
        config.languages().forEach(l -> generated.add(l.code()));
        String site = relative(options, options.outputDir());
        for (LinkCheck.Broken broken : new LinkCheck(urls, generated).check(writer.stagingDir(), writer.files())) {
            if (broken.error()) {
                problems.add(site + broken.page(), 0, "broken link to " + broken.link()
                        + ": no such page or file in the site");
            } else {
                log.warn(site + broken.page() + ": link to " + broken.link()
                        + " leads to no page Broadsheet generates (fine if the host serves it)");
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
