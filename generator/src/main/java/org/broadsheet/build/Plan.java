package org.broadsheet.build;

import org.broadsheet.output.SiteUrls;
import org.broadsheet.persist.Digests;
import org.broadsheet.render.Page;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.site.SiteModel;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan stage's outcome: what this build renders, measured against what the last one kept.
 *
 * @param site       the assembled site
 * @param urls       its URLs
 * @param renderer   renders its pages and feeds
 * @param last       what the last committed build (or the state on disk) rendered
 * @param redo       what changed since then that no signature shows: everything, or pages of some kinds
 * @param outputDir  {@code site/}
 * @param pages      every page of the site
 * @param changed    the pages to render
 * @param signatures page path → digest of its inputs, for the pages not rendered
 */
record Plan(SiteModel site, SiteUrls urls, PageRenderer renderer, Kept last, ChangeSet redo, Path outputDir,
            List<Page> pages, List<Page> changed, Map<String, String> signatures) {

    /**
     * Lists the pages and chooses those to render: all of them when {@code redo} says so; else those of the
     * kinds whose template changed, those whose signature changed, and those missing from the output.
     */
    static Plan of(SiteModel site, SiteUrls urls, PageRenderer renderer, Kept last, ChangeSet redo, Path outputDir,
                   Digests digests) {
        List<Page> pages = renderer.pages();
        Map<String, String> signatures = new ConcurrentHashMap<>();
        // a page to render gets its signature after rendering, so a cold build digests each page once
        List<Page> changed = redo.everythingRendered() ? pages : pages.parallelStream().filter(page -> {
            String signature = digests.of(page.path(), List.of(page.signature(),
                    last.linkedArticles(site, page.path(), Map.of())));
            boolean render = redo.kinds().contains(page.kind()) || !signature.equals(last.pages().get(page.path()))
                    || last.missing(outputDir, SiteUrls.file(page.path()));
            if (!render) {
                signatures.put(page.path(), signature);
            }
            return render;
        }).toList();
        return new Plan(site, urls, renderer, last, redo, outputDir, pages, changed,
                Collections.unmodifiableMap(signatures));
    }

    /** Whether the file at {@code sitePath}, whose inputs did not change, must be written all the same. */
    boolean rewrite(String sitePath) {
        return redo.everythingRendered() || last.missing(outputDir, sitePath);
    }
}
