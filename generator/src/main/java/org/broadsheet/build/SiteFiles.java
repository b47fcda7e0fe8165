package org.broadsheet.build;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;
import org.broadsheet.model.Host;
import org.broadsheet.output.Assets;
import org.broadsheet.output.HostFiles;
import org.broadsheet.output.Redirects;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.output.Sitemap;
import org.broadsheet.persist.Digests;
import org.broadsheet.render.Feeds;
import org.broadsheet.render.Page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the site besides its pages and search index: feeds, sitemaps, {@code robots.txt}, media,
 * assets, redirect pages and the host's files, each feed and the sitemap written only when its inputs
 * changed.
 *
 * @param feeds       feed path → digest of its entries
 * @param sitemap     digest of the sitemap's inputs
 * @param feedEntries the HTML of the feeds' entries, for the next build
 * @param files       every file of the site, pages and search index included
 */
record SiteFiles(Map<String, String> feeds, String sitemap, Map<Article, Feeds.Content> feedEntries,
                 Set<String> files) {

    /** The theme's assets; a link among them that leads outside {@code templates/} is a problem. */
    static Assets assets(BuildOptions options, Problems problems) throws IOException {
        Assets assets = new Assets(options.templatesDir().resolve("assets"), options.templatesDir());
        for (String link : assets.linksOutside()) {
            problems.add(options.named(options.templatesDir()) + "assets/" + link, 0, "leads outside templates/ "
                    + "through a symbolic link; Broadsheet reads nothing from outside content/ and templates/: put "
                    + "the file itself in templates/");
        }
        for (String link : assets.folderLinks()) {
            problems.add(options.named(options.templatesDir()) + "assets/" + link, 0, "is a symbolic link to a folder; "
                    + "Broadsheet follows no link to a folder among the assets, so nothing in it is published: put "
                    + "the folder itself here");
        }
        return assets;
    }

    /** Writes the feeds that changed, on both cores (a cold build renders the bodies of their newest entries). */
    static Map<String, String> writeFeeds(Plan plan, List<Feeds.Plan> feedPlans, RenderedPages pages,
                                          SiteWriter writer, Digests digests) {
        Map<String, String> feeds = new ConcurrentHashMap<>();
        feedPlans.parallelStream().forEach(feed -> {
            List<Object> inputs = new ArrayList<>(feed.entries());
            feed.entries().forEach(entry -> inputs.add(plan.last().linkedArticles(plan.site(),
                    plan.urls().article(entry), pages.linkTargets())));
            String signature = digests.of(inputs);
            feeds.put(feed.path(), signature);
            if (plan.rewrite(feed.path()) || !signature.equals(plan.last().feeds().get(feed.path()))) {
                writer.write(feed.path(), feed.xml().get());
            }
        });
        return feeds;
    }

    /**
     * Writes every other file of the site but the pages, the search index ({@code searchFiles}) and the
     * {@code feeds} written from {@code feedPlans}, with the {@code mostRead} lists (site path → JSON); a media or
     * asset file that changed while the build read it is a problem.
     */
    static SiteFiles write(Plan plan, RenderedPages pages, Set<String> searchFiles, List<Feeds.Plan> feedPlans,
                           Map<String, String> feeds, Map<String, String> mostRead, Assets assets, SiteWriter writer,
                           Digests digests, BuildOptions options, BuildLog log, Problems problems) {
        // keyed, like the pages' signatures: the preview compares the list with its last one on each save; digested
        // beside the rest of this stage, which runs on one thread
        List<Page> listed = plan.pages().stream().filter(Page::indexed).toList();
        CompletableFuture<String> sitemapDigest = CompletableFuture.supplyAsync(() -> digests.of(SiteUrls.sitemap(),
                listed.stream().map(page -> (Object) Arrays.asList(page.path(), page.lastModified(), page.versions(),
                        page.xDefault())).toList()));
        // the news sitemaps follow the clock: written (when their bytes changed) by every build
        Map<String, String> newsSitemaps = plan.renderer().newsSitemaps(options.now());
        newsSitemaps.forEach(writer::write);
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n\nSitemap: ")
                .append(plan.urls().absolute(SiteUrls.sitemap())).append('\n');
        // the editions' news sitemaps, not their parts, which each names
        plan.site().config().languages().stream().map(language -> SiteUrls.newsSitemap(language.code()))
                .filter(newsSitemaps::containsKey)
                .forEach(path -> robots.append("Sitemap: ").append(plan.urls().absolute(path)).append('\n'));
        writer.write(SiteUrls.robots(), robots.toString());
        // the most-read lists are written (when their bytes changed) by every build
        mostRead.forEach(writer::write);

        Set<String> files = new TreeSet<>(feeds.keySet());
        files.addAll(searchFiles);
        files.addAll(Sitemap.files(listed.size()));
        files.add(SiteUrls.robots());
        files.addAll(newsSitemaps.keySet());
        files.addAll(mostRead.keySet());
        Set<String> media = new TreeSet<>();
        for (Page page : plan.pages()) {
            files.add(SiteUrls.file(page.path()));
            media.addAll(pages.mediaOf(page, plan.last()));
        }
        Set<String> newMedia = new TreeSet<>();
        pages.media().values().forEach(newMedia::addAll);
        for (String file : media) {
            files.add(SiteUrls.media(file));
            if (plan.redo().everythingRendered() || newMedia.contains(file)) {
                // checked when the page was rendered, and again as it is copied: a file may have become a link, or
                // taken a script, since
                if (ContentPaths.find(options.contentDir(), file) != ContentPaths.Found.FILE
                        || PublishableFiles.refusal(options.contentDir(), file).isPresent()
                        || !writer.copy(options.contentDir(), options.contentDir().resolve(file), SiteUrls.media(file))) {
                    problems.add(options.named(options.contentDir()) + file, 0, "changed while the site was being built;"
                            + " build again (site/ was left as it was)");
                }
            }
        }
        Map<String, String> byFoldedName = new HashMap<>();
        for (String file : media) {
            // a host or file system that folds case holds one of the two: one page would show the other's file
            String other = byFoldedName.putIfAbsent(ContentPaths.folded(file), file);
            if (other != null) {
                problems.add(options.named(options.contentDir()) + file, 0, "published under media/ beside "
                        + options.named(options.contentDir()) + other + ", whose name differs from it only in case: a host "
                        + "or file system that folds case (IIS, Windows, macOS) keeps one of the two, so one page would "
                        + "show the other's file: rename one of them");
            }
        }
        for (String gone : assets.copyTo(writer)) {
            problems.add(options.named(options.templatesDir()) + "assets/" + gone, 0, "changed while the site was being "
                    + "built; build again (site/ was left as it was)");
        }
        files.addAll(writer.files());
        Host host = plan.site().config().host();
        Set<String> generated = new TreeSet<>(files);
        generated.addAll(HostFiles.names(host));
        Map<String, String> redirects = new TreeMap<>();
        new Redirects(plan.urls()).pages(plan.site().byFile().values(), generated, problems).forEach((file, html) -> {
            writer.write(file, html);
            files.add(file);
            Redirects.target(html).ifPresent(target -> redirects.put(file, target));
        });
        HostFiles.Files hostFiles = HostFiles.of(host, redirects, files, plan.urls());
        hostFiles.files().forEach((file, text) -> {
            writer.write(file, text);
            files.add(file);
        });
        hostFiles.warnings().forEach(log::warn);
        String sitemap = sitemapDigest.join();
        if (plan.rewrite(SiteUrls.sitemap()) || !sitemap.equals(plan.last().sitemap())) {
            Sitemap.write(listed, plan.renderer()::sitemap, plan.urls()::absolute, writer::write);
        }
        return new SiteFiles(feeds, sitemap, plan.renderer().feedEntries(feedPlans), files);
    }
}
