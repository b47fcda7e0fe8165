package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.Series;
import org.broadsheet.model.Topic;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.Related;
import org.broadsheet.site.SiteAssembler;
import org.broadsheet.site.SiteModel;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Lists every page of the site with its language versions, so that hreflang alternates, the
 * language switch and the sitemap all come from one description and never promise a page that
 * does not exist.
 */
final class SitePages {

    private final SiteModel site;
    private final SiteUrls urls;
    private final PageModels models;
    private final String defaultLanguage;
    private final int pageSize;

    /** @param models makes each page's model when it is rendered; null when the pages are only listed */
    SitePages(SiteModel site, SiteUrls urls, PageModels models) {
        this.site = site;
        this.urls = urls;
        this.models = models;
        this.defaultLanguage = site.config().defaultLanguage().code();
        this.pageSize = site.config().pageSize();
    }

    List<Page> all() {
        List<Page> pages = new ArrayList<>();
        Map<String, String> homes = versions(e -> SiteUrls.home(e.code()));
        pages.add(new Page(PageKind.CHOOSER, defaultLanguage, SiteUrls.chooser(), homes, SiteUrls.chooser(),
                newest(site.editions().stream().flatMap(e -> e.articles().stream()).toList()), Page.Inputs.NONE,
                (p, context) -> models.chooser(p)));
        pages.add(new Page(PageKind.NOT_FOUND, defaultLanguage, SiteUrls.notFound(), Map.of(), null, null, Page.Inputs.NONE,
                (p, context) -> models.notFound(p)));
        // the editions' pages are listed side by side: listing them was a third of a one-edit rebuild's render stage
        site.editions().parallelStream().map(edition -> {
            List<Page> editionPages = new ArrayList<>();
            addEdition(edition, editionPages);
            return editionPages;
        }).toList().forEach(pages::addAll);
        return pages;
    }

    private void addEdition(Edition edition, List<Page> pages) {
        String lang = edition.code();
        Related relatedArticles = new Related(edition);
        List<Integer> topicCounts = site.topics().keySet().stream().map(k -> edition.byTopic().get(k).size()).toList();
        for (Pagination<Article> page : Pagination.split(edition.articles(), pageSize)) {
            Map<String, String> versions = versions(e -> pageCount(e.articles()) >= page.number()
                    ? SiteUrls.home(e.code(), page.number()) : null);
            pages.add(new Page(PageKind.HOME, lang, SiteUrls.home(lang, page.number()), versions,
                    page.number() == 1 ? SiteUrls.chooser() : xDefault(versions, lang), newest(page.items()),
                    Page.Inputs.listing(page.items(), counts(page.count(), topicCounts)), (p, context) -> models.home(p, edition, page, context)));
        }
        for (Article article : edition.articles()) {
            Map<String, String> versions = new LinkedHashMap<>();
            for (Edition other : site.editions()) {
                if (other == edition) {
                    versions.put(lang, urls.article(article));
                } else {
                    site.translation(article, other.code()).ifPresent(t -> versions.put(other.code(), urls.article(t)));
                }
            }
            List<Article> related = relatedArticles.of(article, ArticlePages.RELATED);
            pages.add(new Page(PageKind.ARTICLE, lang, urls.article(article), versions,
                    urls.article(originalOrDefault(article)), article.lastModified(),
                    new Page.Inputs(SeriesPages.withParts(edition, article), site.translationsOf(article), related,
                            List.of(), List.of(), Map.of(), SeriesPages.ofArticle(site, article)),
                    (p, context) -> models.article(p, edition, article, related, context)));
        }
        Map<String, String> topicIndexes = versions(e -> SiteUrls.topics(e.code()));
        pages.add(new Page(PageKind.TOPICS, lang, SiteUrls.topics(lang), topicIndexes, xDefault(topicIndexes, lang),
                newest(edition.articles()), Page.Inputs.listing(List.of(), topicCounts), (p, context) -> models.topics(p, edition)));
        for (Topic topic : site.topics().values()) {
            for (Pagination<Article> page : Pagination.split(edition.byTopic().get(topic.key()), pageSize)) {
                if (page.items().isEmpty()) {
                    continue;
                }
                Map<String, String> versions = versions(e -> pageCount(e.byTopic().get(topic.key())) >= page.number()
                        && !e.byTopic().get(topic.key()).isEmpty()
                        ? SiteUrls.topic(e.code(), topic.key(), page.number()) : null);
                pages.add(new Page(PageKind.TOPIC, lang, SiteUrls.topic(lang, topic.key(), page.number()), versions,
                        xDefault(versions, lang), newest(page.items()), Page.Inputs.listing(page.items(), List.of(page.count(),
                        edition.byTopic().get(topic.key()).size())), (p, context) -> models.topic(p, edition, topic, page, context)));
            }
        }
        addAuthors(edition, pages);
        addSeries(edition, pages);
        List<Article> corrected = corrected(edition);
        if (!corrected.isEmpty()) {
            Map<String, String> versions = versions(e -> corrected(e).isEmpty() ? null : SiteUrls.corrections(e.code()));
            pages.add(new Page(PageKind.CORRECTIONS, lang, SiteUrls.corrections(lang), versions, xDefault(versions, lang),
                    newest(corrected), Page.Inputs.listing(corrected, List.of()),
                    (p, context) -> models.corrections(p, edition)));
        }
        Map<String, String> timelines = versions(e -> SiteUrls.timeline(e.code()));
        Map<String, String> searches = versions(e -> SiteUrls.search(e.code()));
        pages.add(new Page(PageKind.SEARCH, lang, SiteUrls.search(lang), searches, xDefault(searches, lang), null,
                Page.Inputs.NONE, (p, context) -> models.search(p, edition)));
        Map<YearMonth, Integer> monthCounts = new TreeMap<>();
        edition.byMonth().forEach((month, articles) -> monthCounts.put(month, articles.size()));
        pages.add(new Page(PageKind.TIMELINE, lang, SiteUrls.timeline(lang), timelines, xDefault(timelines, lang),
                newest(edition.articles()), new Page.Inputs(List.of(), List.of(), List.of(), List.of(), List.of(), monthCounts), (p, context) -> models.timeline(p, edition)));
        for (int year : edition.years()) {
            Map<String, String> versions = versions(e -> e.years().contains(year) ? SiteUrls.year(e.code(), year) : null);
            List<Article> ofYear = edition.months(year).values().stream().flatMap(Collection::stream).toList();
            pages.add(new Page(PageKind.YEAR, lang, SiteUrls.year(lang, year), versions, xDefault(versions, lang),
                    newest(ofYear), Page.Inputs.listing(ofYear, List.of()), (p, context) -> models.year(p, edition, year, context)));
        }
        for (Map.Entry<YearMonth, List<Article>> month : edition.byMonth().entrySet()) {
            YearMonth key = month.getKey();
            Map<String, String> versions = versions(e -> e.byMonth().containsKey(key) ? SiteUrls.month(e.code(), key) : null);
            pages.add(new Page(PageKind.MONTH, lang, SiteUrls.month(lang, key), versions, xDefault(versions, lang),
                    newest(month.getValue()), Page.Inputs.listing(month.getValue(), List.of()), (p, context) -> models.month(p, edition, key, context)));
        }
    }

    /**
     * The authors index, and the pages of each author with articles in the edition (like a topic's: newest
     * first, paginated).
     */
    private void addAuthors(Edition edition, List<Page> pages) {
        String lang = edition.code();
        Map<String, String> indexes = versions(e -> SiteUrls.authors(e.code()));
        List<Integer> counts = site.authors().keySet().stream().map(k -> edition.byAuthor().get(k).size()).toList();
        pages.add(new Page(PageKind.AUTHORS, lang, SiteUrls.authors(lang), indexes, xDefault(indexes, lang),
                newest(edition.articles()), new Page.Inputs(List.of(), List.of(), List.of(),
                        List.copyOf(site.authors().values()), counts, Map.of()),
                (p, context) -> models.authors(p, edition, context)));
        for (AuthorProfile author : site.authors().values()) {
            List<Article> articles = edition.byAuthor().get(author.key());
            for (Pagination<Article> page : Pagination.split(articles, pageSize)) {
                if (page.items().isEmpty()) {
                    continue;
                }
                Map<String, String> versions = versions(e -> pageCount(e.byAuthor().get(author.key())) >= page.number()
                        ? SiteUrls.author(e.code(), author.key(), page.number()) : null);
                pages.add(new Page(PageKind.AUTHOR, lang, SiteUrls.author(lang, author.key(), page.number()), versions,
                        xDefault(versions, lang), newest(page.items()), new Page.Inputs(page.items(), List.of(), List.of(),
                        List.of(author), List.of(page.count(), articles.size()), Map.of()),
                        (p, context) -> models.author(p, edition, author, page, context)));
            }
        }
    }

    /**
     * The series index and the page of each series, in the editions where the series has parts; a series
     * page lists all its parts, unpaginated, as a series is read from its first part to its last.
     */
    private void addSeries(Edition edition, List<Page> pages) {
        String lang = edition.code();
        List<Series> running = SeriesPages.of(site, edition);
        if (running.isEmpty()) {
            return;
        }
        Map<String, String> indexes = versions(e -> SeriesPages.of(site, e).isEmpty() ? null : SiteUrls.seriesIndex(e.code()));
        List<Article> allParts = running.stream().flatMap(s -> edition.bySeries().get(s.key()).stream()).toList();
        pages.add(new Page(PageKind.SERIES_INDEX, lang, SiteUrls.seriesIndex(lang), indexes, xDefault(indexes, lang),
                newest(allParts), new Page.Inputs(allParts, List.of(), List.of(), List.of(), List.of(), Map.of(), running),
                (p, context) -> models.seriesIndex(p, edition)));
        for (Series series : running) {
            List<Article> parts = edition.bySeries().get(series.key());
            Map<String, String> versions = versions(e -> e.bySeries().get(series.key()).isEmpty() ? null
                    : SiteUrls.series(e.code(), series.key()));
            pages.add(new Page(PageKind.SERIES, lang, SiteUrls.series(lang, series.key()), versions,
                    xDefault(versions, lang), newest(parts), new Page.Inputs(parts, List.of(), List.of(), List.of(), List.of(),
                    Map.of(), List.of(series)),
                    (p, context) -> models.series(p, edition, series, context)));
        }
    }

    /** The articles of {@code edition} that carry corrections. */
    private static List<Article> corrected(Edition edition) {
        return edition.articles().stream().filter(a -> !a.corrections().isEmpty()).toList();
    }

    /** A listing's number of pages, then its edition's count of articles by topic. */
    private static List<Integer> counts(int pageCount, List<Integer> topicCounts) {
        List<Integer> counts = new ArrayList<>(List.of(pageCount));
        counts.addAll(topicCounts);
        return counts;
    }

    /** Language → path, in edition order, for the editions where {@code path} gives one. */
    private Map<String, String> versions(Function<Edition, String> path) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Edition edition : site.editions()) {
            String value = path.apply(edition);
            if (value != null) {
                versions.put(edition.code(), value);
            }
        }
        return versions;
    }

    private String xDefault(Map<String, String> versions, String lang) {
        return versions.getOrDefault(defaultLanguage, versions.get(lang));
    }

    /** The version for readers whose language has none: the original, else the default language's, else this. */
    private Article originalOrDefault(Article article) {
        List<Article> all = new ArrayList<>(site.translationsOf(article));
        all.add(0, article);
        return all.stream().filter(Article::original).findFirst()
                .or(() -> all.stream().filter(a -> a.language().equals(defaultLanguage)).findFirst())
                .orElse(article);
    }

    private int pageCount(List<Article> articles) {
        return (articles.size() + pageSize - 1) / pageSize;
    }

    private static OffsetDateTime newest(List<Article> articles) {
        return SiteAssembler.latestChange(articles).orElse(null);
    }
}
