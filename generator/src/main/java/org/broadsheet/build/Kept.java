package org.broadsheet.build;

import org.broadsheet.persist.BuildState;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the last committed build rendered, which the next one compares its inputs with: one value,
 * replaced whole when a build commits (or when a full build takes up the state a committed build left
 * on disk), so that a build that fails leaves the next one exactly what the last good one left.
 *
 * @param pages       page path → digest of its inputs
 * @param feeds       feed path → digest of its entries
 * @param sitemap     digest of the sitemap's inputs
 * @param search      edition code → digest of the inputs of its search index
 * @param searchFiles the files of the search indexes
 * @param linkTargets page path → the article files its body linked to
 * @param media       page path → the content files it published
 */
record Kept(Map<String, String> pages, Map<String, String> feeds, String sitemap, Map<String, String> search,
            Set<String> searchFiles, Map<String, Set<String>> linkTargets, Map<String, Set<String>> media) {

    /** Before any build committed. */
    static final Kept NOTHING = new Kept(Map.of(), Map.of(), "", Map.of(), Set.of(), Map.of(), Map.of());

    Kept {
        pages = Map.copyOf(pages);
        feeds = Map.copyOf(feeds);
        search = Map.copyOf(search);
        searchFiles = Set.copyOf(searchFiles);
        linkTargets = Map.copyOf(linkTargets);
        media = Map.copyOf(media);
    }

    static Kept of(BuildState state) {
        return new Kept(state.pages(), state.feeds(), state.sitemap(), state.search(), state.searchFiles(),
                state.linkTargets(), state.media());
    }

    /** This value as the state a full build leaves on disk under {@code key}. */
    BuildState state(String key) {
        return new BuildState(key, pages, feeds, sitemap, search, searchFiles, new TreeMap<>(linkTargets),
                new TreeMap<>(media));
    }

    /** The files of {@code content/} that the pages published under {@code media/}. */
    Set<String> usedMedia() {
        Set<String> used = new HashSet<>();
        media.values().forEach(used::addAll);
        return used;
    }
}
