package org.broadsheet.build;

import org.broadsheet.diag.Problems;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.persist.Digests;
import org.broadsheet.render.Page;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What rendering the plan's pages gave, as values: each rendered page's signature, links, media and
 * link targets.
 *
 * @param signatures  page path → digest of its inputs, for every page of the site
 * @param links       site file → the links of a page rendered now
 * @param media       page path → the files of {@code content/} a page rendered now shows
 * @param linkTargets page path → the files of {@code content/} the body of a page rendered now links to
 * @param complete    whether every page to render gave its HTML: no template failed on any
 */
record RenderedPages(Map<String, String> signatures, Map<String, List<String>> links, Map<String, Set<String>> media,
                     Map<String, Set<String>> linkTargets, boolean complete) {

    /**
     * Renders the pages of {@code plan} to render, on every core, into {@code writer}; the theme's problems (a
     * template failure once, naming the pages that met it) go to {@code problems}, those of the content to
     * {@code contentProblems}, their warnings to {@code warnings}.
     */
    static RenderedPages render(Plan plan, SiteWriter writer, LinkCheck linkCheck, Digests digests,
                                Problems problems, Problems contentProblems, Problems warnings) {
        PageRenderer renderer = plan.renderer();
        Map<String, String> signatures = new ConcurrentHashMap<>(plan.signatures());
        Map<String, List<String>> links = new ConcurrentHashMap<>();
        Map<String, Set<String>> media = new ConcurrentHashMap<>();
        Map<String, Set<String>> linkTargets = new ConcurrentHashMap<>();
        Map<Templates.Failure, Set<String>> failures = new ConcurrentHashMap<>();
        AtomicBoolean incomplete = new AtomicBoolean();
        plan.changed().parallelStream().forEach(page -> {
            PageRenderer.Result result = renderer.render(page);
            contentProblems.addAll(result.problems());
            problems.addAll(result.themeProblems());
            result.warnings().forEach(w -> warnings.warn(w.path(), w.line(), w.message()));
            collectFailure(result, page, failures);
            if (result.html() != null) {
                writer.write(SiteUrls.file(page.path()), result.html());
                links.put(SiteUrls.file(page.path()), linkCheck.links(result.html()));
            } else {
                incomplete.set(true);
            }
            media.put(page.path(), result.media());
            linkTargets.put(page.path(), result.linkTargets());
            // an article page also depends on the articles its body links to, as this rendering found them
            signatures.put(page.path(), digests.of(page.path(), List.of(page.signature(),
                    plan.last().linkedArticles(plan.site(), page.path(), linkTargets))));
        });
        report(failures, renderer, problems);
        return new RenderedPages(signatures, links, media, linkTargets, !incomplete.get());
    }

    /**
     * Renders the pages of {@code plan} to render, on every core, for the theme's problems alone, which go to
     * {@code problems}, writing nothing: for a build stopped by the content's problems, whose pages are not kept.
     */
    static void themeProblems(Plan plan, Problems problems) {
        Map<Templates.Failure, Set<String>> failures = new ConcurrentHashMap<>();
        plan.changed().parallelStream().forEach(page -> {
            PageRenderer.Result result = plan.renderer().render(page);
            problems.addAll(result.themeProblems());
            collectFailure(result, page, failures);
        });
        report(failures, plan.renderer(), problems);
    }

    private static void collectFailure(PageRenderer.Result result, Page page,
                                       Map<Templates.Failure, Set<String>> failures) {
        if (result.failure() != null) {
            failures.computeIfAbsent(result.failure(), f -> new ConcurrentSkipListSet<>()).add(page.path());
        }
    }

    /** Each template failure once, naming the pages that met it. */
    private static void report(Map<Templates.Failure, Set<String>> failures, PageRenderer renderer, Problems problems) {
        failures.forEach((failure, paths) -> problems.add(renderer.templatesPrefix() + failure.template(),
                failure.line(), renderer.describe(failure, paths)));
    }

    /** The files of {@code content/} that {@code page} shows, as rendered now or else as {@code last} kept them. */
    Set<String> mediaOf(Page page, Kept last) {
        return media.getOrDefault(page.path(), last.media().getOrDefault(page.path(), Set.of()));
    }
}
