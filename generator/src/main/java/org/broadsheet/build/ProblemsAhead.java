package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Alias;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodyText;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.Assets;
import org.broadsheet.output.HostFiles;
import org.broadsheet.output.Redirects;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.Sitemap;
import org.broadsheet.render.BodyCheck;
import org.broadsheet.render.Page;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.site.SiteModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The problems that the later stages of a build would have met, for a build that stops early, so that one run
 * reports them all: a writer who fixes a date should not learn of a broken link only by building again.
 */
final class ProblemsAhead {

    /** The folder of the site that holds the files of {@code content/} that pages use. */
    private static final String MEDIA = SiteUrls.media("");

    private ProblemsAhead() {
    }

    /**
     * For a build stopped before rendering: the articles' bodies' problems (links that lead to no article, missing
     * images, links that lead to no file the build would make), and aliases that clash with each other or with the
     * address of a page the build would make, or that of a file whose front matter could not be read into an article
     * but gave all its address depends on ({@link UnreadPage#address}). The bodies of every article when
     * {@code changed} changed the content, else of the articles it names and of those whose bodies linked to one of
     * them as {@code last} kept their links (the others' pages had none); and the bodies of every file whose front matter could not be read into an article
     * (read again by every build), their links relative to the page as far as its address is known ({@link
     * UnreadPage}). None when a setting of {@code site.yml} that addresses or links depend on, or a folder of
     * {@code content/}, has problems, or {@code content/} holds a symbolic link to a folder: a default
     * standing for the setting, or a folder left unread, would make links look broken that are not. The other
     * settings' problems, those of {@code topics.yml}, {@code authors.yml} and {@code series.yml} change no body's
     * links or images, a file that the listing refuses is left unread like one whose front matter has a problem, and
     * so are the files of a language folder that the site does not have.
     */
    static void beforeRender(SiteModel site, Sources.Read read, ChangeSet changed, Kept last, Markdown bodies,
                             BuildOptions options, Assets assets, BuildLog log, Problems problems) {
        String contentPrefix = options.named(options.contentDir());
        List<String> listed = read.settingsProblems().stream()
                .map(problem -> problem.path().startsWith(contentPrefix) ? problem.path().substring(contentPrefix.length()) : "")
                .toList();
        Set<String> otherLanguages = listed.stream()
                .filter(path -> otherLanguage(path, site.config(), options.contentDir()))
                .collect(Collectors.toSet());
        if (!read.settings().linksKnown() || !read.settings().folderLinks().isEmpty()
                || listed.stream().filter(path -> !otherLanguages.contains(path)).anyMatch(ProblemsAhead::hidesArticles)) {
            return;
        }
        SiteUrls urls = new SiteUrls(site.config().baseUrl(), site.config().timezone());
        // files that could not be read for problems of their own: a link to one is not reported again
        Set<String> unreadFiles = read.files().entrySet().stream()
                .filter(file -> file.getValue().article() == null)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
        listed.stream().filter(file -> !ContentLoader.REGISTRIES.contains(file)
                        && !file.equals(ContentLoader.SITE_SETTINGS)
                        && !otherLanguages.contains(file))
                .forEach(unreadFiles::add);
        UnreadArticles unread = UnreadArticles.of(unreadFiles, otherLanguages, options.contentDir());
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
        LinkCheck linkCheck = BrokenLinks.checker(urls, site.config());
        BodyCheck.Checked checked = BodyCheck.check(site, articles, unreadBodies, urls, bodies, options.contentDir(),
                unread::file, linkCheck);
        problems.addAll(checked.problems());
        Map<String, List<String>> linksByPage = new HashMap<>();
        checked.links().forEach((article, links) -> linksByPage.putIfAbsent(SiteUrls.file(urls.article(article)), links));
        // an unread file's body, under a name that no file of the site has: its links that lead to one place whatever
        // the part of its page's address that is not known
        Map<String, BodyText> unreadBodiesByName = new HashMap<>();
        checked.unreadLinks().forEach((body, links) -> {
            UnreadPage page = UnreadPage.of(body, urls);
            unreadBodiesByName.put(page.key(), body);
            linksByPage.put(page.key(), links.stream().filter(page::resolves).toList());
        });
        List<String> pagePaths = new ArrayList<>(PageRenderer.pagePaths(site, urls));
        unreadBodies.forEach(body -> UnreadPage.address(body, urls, options.drafts(), options.now())
                .ifPresent(pagePaths::add));
        Map<String, List<Alias>> unreadAliases = unreadBodies.stream()
                .filter(body -> !body.aliases().isEmpty() && UnreadPage.mayBePublished(body, options.drafts(), options.now()))
                .collect(Collectors.toMap(BodyText::source, BodyText::aliases));
        aliasesAndPageLinks(site, urls, pagePaths, unreadAliases, assets, linksByPage, unreadBodiesByName, unread,
                linkCheck, options, log, problems);
    }

    /**
     * Whether the problem of {@code contentPath} (relative to {@code content/}) is that of a folder directly in
     * {@code content/} that is no language of {@code config}: its files are left unread, and the others' addresses
     * do not depend on them.
     */
    private static boolean otherLanguage(String contentPath, SiteConfig config, Path contentDir) {
        return !contentPath.isEmpty() && !contentPath.contains("/") && config.language(contentPath).isEmpty()
                && Files.isDirectory(contentDir.resolve(contentPath), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Reports the aliases, of the articles and {@code unreadAliases} (file → aliases of a file not read into an
     * article), that clash with each other, with the pages at {@code pagePaths} or with the files the build makes
     * besides them, and the links of {@code linksByPage} (site file → links, or the name of one of
     * {@code unreadBodies} → its links) that lead to no file of the site.
     */
    private static void aliasesAndPageLinks(SiteModel site, SiteUrls urls, Collection<String> pagePaths,
                                            Map<String, List<Alias>> unreadAliases, Assets assets,
                                            Map<String, List<String>> linksByPage, Map<String, BodyText> unreadBodies,
                                            UnreadArticles unread, LinkCheck linkCheck, BuildOptions options,
                                            BuildLog log, Problems problems) {
        Set<String> files = files(site, urls, pagePaths.stream().map(SiteUrls::file).collect(Collectors.toSet()),
                unreadAliases, assets, problems);
        files.addAll(unread.aliasFiles());
        // each file of content/ that a link names is looked at once, however many pages link it
        Map<String, Boolean> publishable = new HashMap<>();
        Predicate<String> media = file -> publishable.computeIfAbsent(file, f ->
                ContentPaths.find(options.contentDir(), f) == ContentPaths.Found.FILE
                        && PublishableFiles.refusal(options.contentDir(), f).isEmpty());
        Map<String, List<String>> checked = new HashMap<>();
        linksByPage.forEach((page, links) -> checked.put(page, links.stream()
                .filter(link -> checkedLink(link, page, urls, unread, site, media))
                .toList()));
        BrokenLinks.check(linkCheck, checked, unreadBodies, files, site, urls, options, log, problems);
    }

    /**
     * Whether the link {@code link} of the page {@code page} (a site file) is checked against the files a build
     * stopped before its check stage knows: not when it may lead to an article that could not be read, whose address
     * is not known; nor to a file the build makes that is known only once the pages are rendered: the media, which
     * are the files of {@code content/} that pages use and which it takes to be any that could be published
     * ({@code publishable}), and the news sitemaps and most-read lists, which depend on the hour and on an analytics
     * export.
     */
    private static boolean checkedLink(String link, String page, SiteUrls urls, UnreadArticles unread, SiteModel site,
                                       Predicate<String> publishable) {
        Optional<String> path = LinkCheck.relative(link) ? LinkCheck.resolved(page, link) : urls.sitePath(link);
        if (path.isEmpty() || unread.mayBePage(path.get())) {
            return false;
        }
        if (path.get().startsWith(MEDIA)) {
            return ContentPaths.strictlyPercentDecoded(path.get().substring(MEDIA.length())).filter(publishable).isEmpty();
        }
        return site.config().languages().stream().noneMatch(language -> path.get().equals(
                SiteUrls.newsSitemap(language.code())) || path.get().equals(SiteUrls.mostRead(language.code())));
    }

    /**
     * Whether a problem of the listing of {@code content/}, at {@code contentPath}, leaves unknown which articles there
     * are: a whole folder's (a link leading outside, a folder whose name is not UTF-8, named with its {@code /}), or
     * that of {@code content/} itself. Not one of the settings files, whose problems that matter {@link
     * ContentLoader.Settings#linksKnown} tells, nor one file's, such as an article's file misnamed {@code .MD}: that
     * file is left unread like one whose front matter has a problem.
     */
    private static boolean hidesArticles(String contentPath) {
        return contentPath.endsWith("/") || !contentPath.contains("/") && !ContentLoader.REGISTRIES.contains(contentPath)
                && !contentPath.equals(ContentLoader.SITE_SETTINGS) && !contentPath.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /**
     * For a build stopped before rendering: the syntax errors of {@code templates}, named with {@code prefix}, but
     * those at a line where {@code problems} has one already: rendering met it, and named the pages as a full build does.
     */
    static void templates(Templates templates, String prefix, Problems problems) throws IOException {
        Set<String> reported = problems.sorted().stream().map(problem -> problem.path() + ":" + problem.line())
                .collect(Collectors.toSet());
        templates.syntaxErrors().stream()
                .filter(failure -> !reported.contains(prefix + failure.template() + ":" + failure.line()))
                .forEach(failure -> problems.add(prefix + failure.template(), failure.line(), failure.message()));
    }

    /**
     * For a build stopped after rendering because a template failed: aliases that clash with each other, with any
     * page of {@code plan} or with the files the build makes besides its pages; and the links of the pages rendered
     * ({@code linksByPage}) that lead to no page of it.
     */
    static void afterRender(Plan plan, Assets assets, Map<String, List<String>> linksByPage, LinkCheck linkCheck,
                            BuildOptions options, BuildLog log, Problems problems) {
        aliasesAndPageLinks(plan.site(), plan.urls(), plan.pages().stream().map(Page::path).toList(), Map.of(), assets,
                linksByPage, Map.of(), UnreadArticles.NONE, linkCheck, options, log, problems);
    }

    /**
     * The files of the site that follow from the content alone: {@code pageFiles}, sitemap, robots.txt, the host's
     * files, feeds, search indexes, the theme's assets and the aliases' redirects, those aliases that clash with each
     * other, with those of {@code unreadAliases} or with one of those files reported, as are those of
     * {@code unreadAliases}. Not the news sitemaps and most-read lists, which depend on the hour and on an analytics
     * export, nor media, known once the bodies are rendered: the build that writes the site finds those.
     */
    private static Set<String> files(SiteModel site, SiteUrls urls, Set<String> pageFiles,
                                     Map<String, List<Alias>> unreadAliases, Assets assets, Problems problems) {
        Set<String> files = new HashSet<>(pageFiles);
        // as many parts as the pages take, the 404 and search pages counted too: at most one part more than the build
        files.addAll(Sitemap.files(pageFiles.size()));
        files.add(SiteUrls.robots());
        files.addAll(HostFiles.names(site.config().host()));
        files.addAll(PageRenderer.feedPaths(site, urls));
        site.editions().forEach(edition -> files.addAll(SearchIndex.files(edition.code(), edition.articles().size())));
        files.addAll(assets.paths());
        files.addAll(new Redirects(urls).pages(site.byFile().values(), unreadAliases, files, problems).keySet());
        return files;
    }
}
