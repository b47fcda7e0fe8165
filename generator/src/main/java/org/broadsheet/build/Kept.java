package org.broadsheet.build;

import org.broadsheet.model.Article;
import org.broadsheet.persist.BuildState;
import org.broadsheet.render.Feeds;
import org.broadsheet.site.SiteModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the last committed build rendered, which the next one compares its inputs with: one value,
 * replaced whole when a build commits, so that a build that fails leaves the next one exactly what
 * the last good one left.
 *
 * @param pages       page path → digest of its inputs
 * @param feeds       feed path → digest of its entries
 * @param sitemap     digest of the sitemap's inputs
 * @param search      edition code → digest of the inputs of its search index
 * @param searchFiles the files of the search indexes
 * @param linkTargets page path → the article files its body linked to
 * @param media       page path → the files of {@code content/} it published
 * @param feedEntries the HTML of the feeds' entries, which a later build renders only for new or changed articles
 * @param onDisk      whether this came from the state a full build left on disk, whose files must then
 *                    still be found in the output to be taken as up to date
 */
record Kept(Map<String, String> pages, Map<String, String> feeds, String sitemap, Map<String, String> search,
            Set<String> searchFiles, Map<String, Set<String>> linkTargets, Map<String, Set<String>> media,
            Map<Article, Feeds.Content> feedEntries, boolean onDisk) {

    /** Before any build committed. */
    static final Kept NOTHING = new Kept(Map.of(), Map.of(), "", Map.of(), Set.of(), Map.of(), Map.of(), Map.of(),
            false);

    Kept {
        pages = Map.copyOf(pages);
        feeds = Map.copyOf(feeds);
        search = Map.copyOf(search);
        searchFiles = Set.copyOf(searchFiles);
        linkTargets = Map.copyOf(linkTargets);
        media = Map.copyOf(media);
        feedEntries = Map.copyOf(feedEntries);
    }

    /** What the full build that left {@code state} on disk rendered. */
    static Kept of(BuildState state) {
        return new Kept(state.pages(), state.feeds(), state.sitemap(), state.search(), state.searchFiles(),
                state.linkTargets(), state.media(), Map.of(), true);
    }

    /**
     * What a build leaves the next when it committed {@code pages}, {@code files} and {@code search},
     * rendered after {@code last}.
     */
    static Kept after(Kept last, RenderedPages pages, SiteFiles files, SearchStage.Written search) {
        Set<String> paths = pages.signatures().keySet();
        return new Kept(pages.signatures(), files.feeds(), files.sitemap(), search.signatures(), search.files(),
                updated(last.linkTargets, pages.linkTargets(), paths), updated(last.media, pages.media(), paths),
                files.feedEntries(), false);
    }

    /** {@code last} with what the pages rendered now found, for the pages the site still has. */
    private static Map<String, Set<String>> updated(Map<String, Set<String>> last, Map<String, Set<String>> rendered,
                                                    Set<String> pages) {
        Map<String, Set<String>> updated = new HashMap<>(last);
        updated.putAll(rendered);
        updated.keySet().retainAll(pages);
        return updated;
    }

    /** This value as the state a full build leaves on disk under {@code key}. */
    BuildState state(String key) {
        return new BuildState(key, pages, feeds, sitemap, search, searchFiles, new TreeMap<>(linkTargets),
                new TreeMap<>(media));
    }

    /** This value without the feeds' entries, whose HTML settings may have changed. */
    Kept withoutFeedEntries() {
        return new Kept(pages, feeds, sitemap, search, searchFiles, linkTargets, media, Map.of(), onDisk);
    }

    /** The files of {@code content/} that the pages published under {@code media/}. */
    Set<String> usedMedia() {
        Set<String> used = new HashSet<>();
        media.values().forEach(used::addAll);
        return used;
    }

    /**
     * The articles (or their absence) that the body of the page at {@code pagePath} links to, as this
     * build rendered it ({@code rendered}) or else as it was last rendered.
     */
    List<Optional<Article>> linkedArticles(SiteModel site, String pagePath, Map<String, Set<String>> rendered) {
        Set<String> targets = rendered.getOrDefault(pagePath, linkTargets.getOrDefault(pagePath, Set.of()));
        return targets.stream().map(file -> Optional.ofNullable(site.byFile().get(file))).toList();
    }

    /** Whether {@code sitePath} must be written although its inputs did not change: it is gone from {@code outputDir}. */
    boolean missing(Path outputDir, String sitePath) {
        return onDisk && !Files.isRegularFile(outputDir.resolve(sitePath));
    }
}
