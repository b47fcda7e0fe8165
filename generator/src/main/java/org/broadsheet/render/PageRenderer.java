package org.broadsheet.render;

import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.Language;
import org.broadsheet.model.MostRead;
import org.broadsheet.output.Assets;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.NewsSitemap;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.Sitemap;
import org.broadsheet.search.SearchDocument;
import org.broadsheet.site.Edition;
import org.broadsheet.site.SiteModel;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders the site: lists every page and feed, renders each page with its template, and produces
 * the sitemap entries. Safe to use from several threads.
 */
public final class PageRenderer {

    /** How far back a news sitemap reaches: Google News takes the articles of the last two days. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);

    /**
     * What rendering a page gave, as a value: its HTML (null when a template failed or a UI string is
     * missing), the files of {@code content/} it shows (to be published under {@code media/}), the files of
     * {@code content/} its body links to, found or not, the problems and warnings of its content, the problems
     * that only the theme meets (a UI string it lacks, an article's {@code extra} it cannot show), and the
     * template failure, or null.
     */
    public record Result(byte[] html, Set<String> media, Set<String> linkTargets, List<Problem> problems,
                         List<Problem> warnings, List<Problem> themeProblems, Templates.Failure failure) {

        private static Result of(byte[] html, PageContext context, Problem themeProblem, Templates.Failure failure) {
            return new Result(html, Collections.unmodifiableSet(context.media()),
                    Collections.unmodifiableSet(context.linkTargets()), context.problems().sorted(),
                    context.problems().warnings(), themeProblem == null ? List.of() : List.of(themeProblem), failure);
        }
    }

    private final Templates templates;
    private final String templatesPrefix;
    private final SiteUrls urls;
    private final SitePages pages;
    private final Feeds feeds;
    private final SiteModel site;
    private final Map<String, DateTexts> dates = new LinkedHashMap<>();

    /**
     * @param templatesPrefix how the templates folder is named in problems, e.g. {@code templates/}
     * @param uiStrings       language → key → text
     * @param now             the time of the build: later articles are marked as scheduled
     * @param feedEntries     the HTML of feed entries that the last build rendered ({@link #feedEntries})
     */
    public PageRenderer(Templates templates, String templatesPrefix, SiteModel site, SiteUrls urls,
                        Map<String, Map<String, String>> uiStrings, Markdown markdown, Path contentDir,
                        Assets assets, Instant now, Map<Article, Feeds.Content> feedEntries) {
        this.templates = templates;
        this.templatesPrefix = templatesPrefix;
        this.urls = urls;
        this.site = site;
        Map<String, UiStrings> strings = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            UiStrings texts = new UiStrings(language.code(), uiStrings.getOrDefault(language.code(), Map.of()));
            strings.put(language.code(), texts);
            dates.put(language.code(), new DateTexts(texts, site.config().timezone()));
        }
        MediaFiles mediaFiles = new MediaFiles(contentDir);
        ArticleAnchors anchors = new ArticleAnchors(markdown);
        this.feeds = new Feeds(site, urls, markdown, mediaFiles, anchors, feedEntries);
        PageModels models = new PageModels(site, urls, strings, dates, markdown, mediaFiles, anchors, assets, now,
                feeds);
        this.pages = new SitePages(site, urls, models);
    }

    /** Every page of the site, in a stable order. */
    public List<Page> pages() {
        return pages.all();
    }

    /**
     * The path of every page of {@code site}, as {@link #pages} lists them, for a build that stops before it has
     * a theme to render with: no page's model is asked for, so none is made.
     */
    public static List<String> pagePaths(SiteModel site, SiteUrls urls) {
        return new SitePages(site, urls, null).all().stream().map(Page::path).toList();
    }

    /** The path of every feed of {@code site}, as {@link #feeds} lists them, for a build that stops before rendering. */
    public static List<String> feedPaths(SiteModel site, SiteUrls urls) {
        return new Feeds(site, urls, null, null, null, Map.of()).all().stream().map(Feeds.Plan::path).toList();
    }

    /** Renders one page. A missing UI string is reported as a problem of the theme. */
    public Result render(Page page) {
        PageContext context = new PageContext();
        PageModel model;
        try {
            model = page.model().apply(page, context);
        } catch (UiStrings.MissingString e) {
            return Result.of(null, context, new Problem(templatesPrefix + "i18n/", 0, e.getMessage()), null);
        }
        Templates.Rendered rendered = templates.render(page.kind().template(), model);
        Templates.Failure failure = rendered.failure();
        Article extra = context.extraShown();
        if (failure != null && failure.readsExtra() && extra != null && !extra.extra().isEmpty()) {
            // the theme may be right to expect what it does: the article's file is where the writer can act
            return Result.of(null, context, new Problem(extra.source(), extra.extraLine(), "the theme cannot show this "
                    + "article's 'extra' (" + templatesPrefix + failure.template() + ":" + failure.line() + "): "
                    + failure.message() + "; give the field the kind of value the theme expects"), null);
        }
        return Result.of(rendered.html(), context, null, failure);
    }

    /** How a template failure reads in the problem report, naming the first page that met it. */
    public String describe(Templates.Failure failure, Set<String> pagePaths) {
        String others = pagePaths.size() > 1 ? " and " + (pagePaths.size() - 1) + " other pages" : "";
        return failure.message() + " (while rendering /" + pagePaths.iterator().next() + others + ")";
    }

    public String templatesPrefix() {
        return templatesPrefix;
    }

    /**
     * What each article of {@code edition} contributes to its search index, newest first: its link, and its
     * date as the edition's pages write it.
     *
     * @param keys what identifies an article's content from one build to the next, such as its digest
     */
    public List<SearchDocument> searchDocuments(Edition edition, Function<Article, String> keys) {
        DateTexts texts = dates.get(edition.code());
        return edition.articles().parallelStream()
                .map(article -> new SearchDocument(keys.apply(article), urls.href(urls.article(article)),
                        article.title(), article.kicker() == null ? "" : article.kicker(),
                        texts.date(article.date()).text(), article.summary(), article.body()))
                .toList();
    }

    /** The most-read list of every edition, site path → JSON; an entry that names no article is a warning. */
    public Map<String, String> mostRead(MostRead mostRead, Problems problems) {
        return new MostReadLists(site, urls).files(mostRead, problems);
    }

    /** Every feed of the site. */
    public List<Feeds.Plan> feeds() {
        return feeds.all();
    }

    /**
     * The HTML of the entries of {@code plans}, rendered by the feeds written or taken from the last build,
     * for the next build's renderer.
     */
    public Map<Article, Feeds.Content> feedEntries(List<Feeds.Plan> plans) {
        return feeds.contents(plans);
    }

    /**
     * The Google News sitemap of each edition that published articles in the two days before {@code now}
     * (drafts left out), with its parts when it has too many for one file, site path → XML; an edition without recent
     * articles has none.
     */
    public Map<String, String> newsSitemaps(Instant now) {
        Instant since = now.minus(NEWS_WINDOW);
        Map<String, String> sitemaps = new LinkedHashMap<>();
        for (Edition edition : site.editions()) {
            List<NewsSitemap.Entry> entries = edition.articles().stream()
                    .filter(a -> !a.draft() && !a.date().toInstant().isAfter(now) && a.date().toInstant().isAfter(since))
                    .map(a -> new NewsSitemap.Entry(urls.absolute(urls.article(a)),
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.date()), a.title()))
                    .toList();
            if (!entries.isEmpty()) {
                sitemaps.putAll(NewsSitemap.files(edition.language().title(), edition.code(), entries, urls::absolute));
            }
        }
        return sitemaps;
    }

    /** The sitemap entries of {@code pages}: every page but the 404, with alternates where translated. */
    public List<Sitemap.Entry> sitemap(List<Page> pages) {
        return pages.stream().filter(Page::indexed).map(page -> {
            Map<String, String> alternates = new LinkedHashMap<>();
            if (page.versions().size() > 1) {
                page.versions().forEach((lang, path) -> alternates.put(lang, urls.absolute(path)));
                alternates.put("x-default", urls.absolute(page.xDefault()));
            }
            return new Sitemap.Entry(urls.absolute(page.path()), page.lastModified() == null ? null
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.lastModified()), alternates);
        }).toList();
    }
}
