package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodyText;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.Assets;
import org.broadsheet.output.HostFiles;
import org.broadsheet.output.Redirects;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.BodyCheck;
import org.broadsheet.render.Page;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.site.SiteModel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The problems that the later stages of a build would have met, for a build that stops early, so that one run
 * reports them all: a writer who fixes a date should not learn of a broken link only by building again.
 */
final class ProblemsAhead {

    /** A {@code slug:} line of front matter, its value quoted or not. */
    private static final Pattern SLUG = Pattern.compile("(?m)^slug:[ \\t]*[\"']?([^\"'\\s#]+)");
    /** How much of the start of an unread article file is searched for its slug: far more than any front matter. */
    private static final int FRONT_MATTER_BYTES = 64 * 1024;

    private ProblemsAhead() {
    }

    /**
     * For a build stopped before rendering: the articles' bodies' problems (links that lead to no article, missing
     * images, links that lead to no page the build would make), and aliases that clash with each other or with the
     * address of a page the build would make. The bodies of every article when {@code changed} changed the content,
     * else of the articles it names and of those whose bodies linked to one of them as {@code last} kept their links
     * (the others' pages had none); and the bodies of every file whose front matter could not be read into an article
     * (read again by every build). None when {@code site.yml} or a folder of {@code content/} has problems: a language
     * or a folder left unread would make links to its articles look broken. The problems of {@code topics.yml},
     * {@code authors.yml} and {@code series.yml} change no body's links or images, and a file that the listing
     * refuses is left unread like one whose front matter has a problem.
     */
    static void beforeRender(SiteModel site, Sources.Read read, ChangeSet changed, Kept last, Markdown bodies,
                             BuildOptions options, Assets assets, BuildLog log, Problems problems) {
        String contentPrefix = options.named(options.contentDir());
        List<String> listed = read.settingsProblems().stream()
                .map(problem -> problem.path().startsWith(contentPrefix) ? problem.path().substring(contentPrefix.length()) : "")
                .toList();
        if (listed.stream().anyMatch(ProblemsAhead::hidesArticles)) {
            return;
        }
        SiteUrls urls = new SiteUrls(site.config().baseUrl(), site.config().timezone());
        // files that could not be read for problems of their own: a link to one is not reported again
        Set<String> unread = read.files().entrySet().stream()
                .filter(file -> file.getValue().article() == null)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
        listed.stream().filter(file -> !ContentLoader.REGISTRIES.contains(file)).forEach(unread::add);
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
                unread, linkCheck);
        problems.addAll(checked.problems());
        Set<String> unreadNames = new HashSet<>();
        unread.forEach(file -> {
            unreadNames.add(fileName(file));
            slug(options.contentDir().resolve(file)).ifPresent(unreadNames::add);
        });
        Map<String, List<String>> linksByPage = new HashMap<>();
        checked.links().forEach((article, links) -> linksByPage.putIfAbsent(SiteUrls.file(urls.article(article)), links));
        aliasesAndPageLinks(site, urls, PageRenderer.pagePaths(site, urls), assets, linksByPage, unreadNames, linkCheck,
                options, log, problems);
    }

    /**
     * Reports the aliases that clash with each other, with the pages at {@code pagePaths} or with the files the build
     * makes besides them, and the links of {@code linksByPage} (site file → links) that lead to no page or alias.
     */
    private static void aliasesAndPageLinks(SiteModel site, SiteUrls urls, Collection<String> pagePaths, Assets assets,
                                            Map<String, List<String>> linksByPage, Set<String> unreadNames,
                                            LinkCheck linkCheck, BuildOptions options, BuildLog log, Problems problems) {
        Set<String> pages = pagePaths.stream().map(SiteUrls::file).collect(Collectors.toSet());
        Set<String> files = new HashSet<>(pages);
        files.addAll(aliases(site, urls, pages, assets, problems));
        Map<String, List<String>> pageLinks = new HashMap<>();
        linksByPage.forEach((page, links) -> pageLinks.put(page, pageLinks(links, page, urls, unreadNames)));
        BrokenLinks.check(linkCheck, pageLinks, files, site, urls, options, log, problems);
    }

    /**
     * Of the links of the page {@code page} (a site file), those that lead to a page, which a build stopped before its
     * check stage knows (its other files, such as feeds and media, it does not), and not to an article of a file that
     * could not be read, whose address is not known either: taken to be one whose last segment is one of
     * {@code unreadNames}.
     */
    private static List<String> pageLinks(List<String> links, String page, SiteUrls urls, Set<String> unreadNames) {
        return links.stream().filter(link -> {
            Optional<String> path = LinkCheck.relative(link) ? LinkCheck.resolved(page, link) : urls.sitePath(link);
            if (path.isEmpty() || path.get().startsWith("media/") || path.get().startsWith("assets/")) {
                return false;
            }
            String name = fileName(path.get().endsWith("/") ? path.get().substring(0, path.get().length() - 1) : path.get());
            return (!name.contains(".") || name.endsWith(".html")) && !unreadNames.contains(name);
        }).toList();
    }

    /**
     * The {@code slug} that the front matter of an article file that could not be read seems to give, if any, read
     * from the file's start. A symbolic link is not followed, wherever it leads.
     */
    private static Optional<String> slug(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Matcher slug = SLUG.matcher(new String(in.readNBytes(FRONT_MATTER_BYTES), StandardCharsets.UTF_8));
            return slug.find() ? Optional.of(slug.group(1)) : Optional.empty();
        } catch (IOException e) {
            // gone since: links to it are judged without its slug
            return Optional.empty();
        }
    }

    /** The last segment of {@code path}, without {@code .md} in any case. */
    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * Whether a problem of the settings or of the listing of {@code content/}, at {@code contentPath}, leaves unknown
     * which articles there are or at which addresses: {@code site.yml}'s, a whole folder's (a language unknown, a link
     * leading outside, a folder whose name is not UTF-8, named with its {@code /}). A registry's does not, nor one
     * file's, such as an article's file misnamed {@code .MD}: that file is left unread like one whose front matter has
     * a problem.
     */
    private static boolean hidesArticles(String contentPath) {
        return contentPath.endsWith("/") || !contentPath.contains("/") && !ContentLoader.REGISTRIES.contains(contentPath)
                && !contentPath.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** For a build stopped before rendering: the syntax errors of {@code templates}, named with {@code prefix}. */
    static void templates(Templates templates, String prefix, Problems problems) throws IOException {
        templates.syntaxErrors().forEach(failure -> problems.add(prefix + failure.template(), failure.line(),
                failure.message()));
    }

    /**
     * For a build stopped after rendering because a template failed: aliases that clash with each other, with any
     * page of {@code plan} or with the files the build makes besides its pages; and the links of the pages rendered
     * ({@code linksByPage}) that lead to no page of it.
     */
    static void afterRender(Plan plan, Assets assets, Map<String, List<String>> linksByPage, LinkCheck linkCheck,
                            BuildOptions options, BuildLog log, Problems problems) {
        aliasesAndPageLinks(plan.site(), plan.urls(), plan.pages().stream().map(Page::path).toList(), assets, linksByPage,
                Set.of(), linkCheck, options, log, problems);
    }

    /**
     * The files of the aliases of {@code site}'s articles, those that clash with each other, with {@code pageFiles}
     * or with the files that follow from the content alone reported: sitemap, robots.txt, the host's files, feeds,
     * search indexes and the theme's assets. Not the news sitemaps and most-read lists, which depend on the hour and
     * on an analytics export, nor media, known once the bodies are rendered: the build that writes the site finds
     * those.
     */
    private static Set<String> aliases(SiteModel site, SiteUrls urls, Set<String> pageFiles, Assets assets,
                                       Problems problems) {
        Set<String> files = new HashSet<>(pageFiles);
        files.add(SiteUrls.sitemap());
        files.add(SiteUrls.robots());
        files.addAll(HostFiles.names(site.config().host()));
        files.addAll(PageRenderer.feedPaths(site, urls));
        site.editions().forEach(edition -> files.addAll(SearchIndex.files(edition.code(), edition.articles().size())));
        files.addAll(assets.paths());
        return new Redirects(urls).pages(site.byFile().values(), files, problems).keySet();
    }
}
