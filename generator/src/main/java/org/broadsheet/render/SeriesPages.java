package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.model.Series;
import org.broadsheet.output.Json;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.PageModel.SeriesIndexPage;
import org.broadsheet.render.PageModel.SeriesPage;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.render.Views.PartView;
import org.broadsheet.render.Views.SeriesNav;
import org.broadsheet.render.Views.SeriesView;
import org.broadsheet.site.Edition;
import org.broadsheet.site.SiteModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the series index and the series pages of an edition, and what an article page shows of its series:
 * "Part 2 of 4" with the previous and next parts, and its place in the JSON-LD. Safe to use from several threads.
 */
final class SeriesPages {

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, UiStrings> strings;
    private final Map<String, DateTexts> dates;
    private final PageHeads heads;
    private final Cards cards;

    SeriesPages(SiteModel site, SiteUrls urls, Map<String, UiStrings> strings, Map<String, DateTexts> dates,
                PageHeads heads, Cards cards) {
        this.site = site;
        this.urls = urls;
        this.strings = strings;
        this.dates = dates;
        this.heads = heads;
        this.cards = cards;
    }

    /** The series with parts in {@code edition}, in the order of {@code series.yml}. */
    static List<Series> of(SiteModel site, Edition edition) {
        return site.series().values().stream().filter(s -> !edition.bySeries().get(s.key()).isEmpty()).toList();
    }

    SeriesIndexPage index(Page page, Edition edition) {
        UiStrings t = strings.get(edition.code());
        PageView head = heads.of(page, t.text("series") + " — " + edition.language().title(),
                t.text("seriesIndexDescription"));
        return new SeriesIndexPage(head, t, of(site, edition).stream().map(s -> view(edition, s)).toList());
    }

    SeriesPage series(Page page, Edition edition, Series series, PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        SeriesView view = view(edition, series);
        String description = view.description() != null ? view.description()
                : t.text("seriesDescription", view.name());
        List<Article> parts = edition.bySeries().get(series.key());
        List<PartView> partViews = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            partViews.add(new PartView(i + 1, cards.card(parts.get(i), lang, context)));
        }
        PageView head = heads.of(page, view.name() + " — " + edition.language().title(), description, null,
                schema(edition, series, parts));
        return new SeriesPage(head, t, view, urls.href(SiteUrls.seriesIndex(lang)), List.copyOf(partViews));
    }

    /** Where {@code article} stands in its series in {@code edition}; null when it is part of none. */
    SeriesNav nav(Article article, Edition edition) {
        List<Article> parts = edition.parts(article);
        int index = parts.indexOf(article);
        if (index < 0) {
            return null;
        }
        return new SeriesNav(view(edition, site.series().get(article.series())), index + 1,
                index > 0 ? link(parts.get(index - 1)) : null,
                index < parts.size() - 1 ? link(parts.get(index + 1)) : null);
    }

    /**
     * The articles an article page shows: itself, or the parts of its series in the edition (itself among
     * them), whose headlines, addresses and count its series navigation prints.
     */
    static List<Article> withParts(Edition edition, Article article) {
        List<Article> parts = edition.parts(article);
        return parts.isEmpty() ? List.of(article) : parts;
    }

    /** The series {@code article} is part of, as a list of none or one. */
    static List<Series> ofArticle(SiteModel site, Article article) {
        return article.series() == null ? List.of() : List.of(site.series().get(article.series()));
    }

    /** The schema.org {@code CreativeWorkSeries} that {@code article} is part of, for its {@code isPartOf}; or null. */
    Map<String, Object> partOf(Article article) {
        if (article.series() == null) {
            return null;
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("@type", "CreativeWorkSeries");
        series.put("@id", urls.absolute(SiteUrls.series(article.language(), article.series())));
        series.put("name", site.series().get(article.series()).name(article.language()));
        series.put("url", urls.absolute(SiteUrls.series(article.language(), article.series())));
        return series;
    }

    private Link link(Article part) {
        return new Link(urls.href(urls.article(part)), part.title(), null);
    }

    private SeriesView view(Edition edition, Series series) {
        String lang = edition.code();
        List<Article> parts = edition.bySeries().get(series.key());
        return new SeriesView(series.key(), series.name(lang), series.description(lang),
                urls.href(SiteUrls.series(lang, series.key())), parts.size(),
                parts.isEmpty() ? null : dates.get(lang).date(parts.get(parts.size() - 1).date()));
    }

    /** The series page's schema.org {@code CreativeWorkSeries}, with its parts in order. */
    private String schema(Edition edition, Series series, List<Article> parts) {
        String lang = edition.code();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "CreativeWorkSeries");
        json.put("@id", urls.absolute(SiteUrls.series(lang, series.key())));
        json.put("name", series.name(lang));
        json.put("description", series.description(lang));
        json.put("url", urls.absolute(SiteUrls.series(lang, series.key())));
        json.put("inLanguage", lang);
        List<Map<String, Object>> hasPart = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("@type", "NewsArticle");
            part.put("@id", urls.absolute(urls.article(parts.get(i))));
            part.put("headline", parts.get(i).title());
            part.put("position", i + 1);
            hasPart.add(part);
        }
        json.put("hasPart", hasPart);
        return Json.write(json);
    }
}
