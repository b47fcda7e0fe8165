package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodyText;
import org.broadsheet.output.Redirects;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.BodyCheck;
import org.broadsheet.render.Page;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.site.SiteModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The problems that the later stages of a build would have met, for a build that stops early, so that one run
 * reports them all: a writer who fixes a date should not learn of a broken link only by building again.
 */
final class ProblemsAhead {

    private ProblemsAhead() {
    }

    /**
     * For a build stopped before rendering: the articles' bodies' problems (links that lead to no article, missing
     * images), and aliases that clash with each other or with the address of a page the build would make. The bodies of every article
     * when {@code changed} changed the content, else of the articles it names and of those whose bodies linked to
     * one of them as {@code last} kept their links (the others' pages had none); and the bodies of every file whose
     * front matter could not be read into an article (read again by every build). None when {@code site.yml} or the
     * listing of {@code content/} has problems: a language or an article file left unread would make links to its
     * articles look broken. The problems of {@code topics.yml}, {@code authors.yml} and {@code series.yml} change no
     * body's links or images.
     */
    static void beforeRender(SiteModel site, Sources.Read read, ChangeSet changed, Kept last, Markdown bodies,
                             Path contentDir, Problems problems) {
        if (read.settingsProblems().stream().anyMatch(problem -> !registry(problem.path()))) {
            return;
        }
        SiteUrls urls = new SiteUrls(site.config().baseUrl(), site.config().timezone());
        // files that could not be read for problems of their own: a link to one is not reported again
        Set<String> unread = read.files().entrySet().stream()
                .filter(file -> file.getValue().article() == null)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> saved = changed.articles();
        Map<String, Set<String>> linked = last.linkTargets();
        Collection<Article> articles = changed.content() ? site.byFile().values() : site.byFile().entrySet().stream()
                .filter(file -> saved.contains(file.getKey())
                        || !Collections.disjoint(linked.getOrDefault(urls.article(file.getValue()), Set.of()), saved))
                .map(Map.Entry::getValue)
                .toList();
        List<BodyText> unreadBodies = read.files().values().stream()
                .map(ContentLoader.ArticleFile::unreadBody)
                .filter(Objects::nonNull)
                .toList();
        problems.addAll(BodyCheck.problems(site, articles, unreadBodies, urls, bodies, contentDir, unread));
        aliases(site, urls, PageRenderer.pagePaths(site, urls), problems);
    }

    private static boolean registry(String path) {
        return ContentLoader.REGISTRIES.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    /** For a build stopped before rendering: the syntax errors of {@code templates}, named with {@code prefix}. */
    static void templates(Templates templates, String prefix, Problems problems) throws IOException {
        templates.syntaxErrors().forEach(failure -> problems.add(prefix + failure.template(), failure.line(),
                failure.message()));
    }

    /**
     * For a build stopped after rendering because a template failed: aliases that clash with each other or with any
     * page of {@code plan}.
     */
    static void afterRender(Plan plan, Problems problems) {
        aliases(plan.site(), plan.urls(), plan.pages().stream().map(Page::path).toList(), problems);
    }

    private static void aliases(SiteModel site, SiteUrls urls, Collection<String> pagePaths, Problems problems) {
        new Redirects(urls).pages(site.byFile().values(),
                pagePaths.stream().map(SiteUrls::file).collect(Collectors.toSet()), problems);
    }
}
