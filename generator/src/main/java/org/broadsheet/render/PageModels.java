package org.broadsheet.render;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.Correction;
import org.broadsheet.model.Language;
import org.broadsheet.model.Series;
import org.broadsheet.model.Topic;
import org.broadsheet.output.Assets;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.PageModel.ArticlePage;
import org.broadsheet.render.PageModel.AuthorPage;
import org.broadsheet.render.PageModel.AuthorsPage;
import org.broadsheet.render.PageModel.ChooserPage;
import org.broadsheet.render.PageModel.CorrectionsPage;
import org.broadsheet.render.PageModel.HomePage;
import org.broadsheet.render.PageModel.MonthPage;
import org.broadsheet.render.PageModel.NotFoundPage;
import org.broadsheet.render.PageModel.SearchPage;
import org.broadsheet.render.PageModel.SeriesIndexPage;
import org.broadsheet.render.PageModel.SeriesPage;
import org.broadsheet.render.PageModel.TimelinePage;
import org.broadsheet.render.PageModel.TopicPage;
import org.broadsheet.render.PageModel.TopicsPage;
import org.broadsheet.render.PageModel.YearPage;
import org.broadsheet.render.Views.CorrectedView;
import org.broadsheet.render.Views.EditionView;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.SiteModel;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link PageModel} of each kind of page: one method per kind, the larger kinds in a class
 * of their own ({@link ArticlePages}, {@link AuthorPages}, {@link SeriesPages}, {@link TimelinePages}). Safe to use from several threads.
 */
final class PageModels {

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, UiStrings> strings;
    private final Map<String, DateTexts> dates;
    private final Assets assets;
    private final PageHeads heads;
    private final Cards cards;
    private final AuthorPages authors;
    private final SeriesPages series;
    private final ArticlePages articles;
    private final TimelinePages timeline;

    PageModels(SiteModel site, SiteUrls urls, Map<String, UiStrings> strings, Map<String, DateTexts> dates,
               Markdown markdown, MediaFiles mediaFiles, ArticleAnchors anchors, Assets assets, Instant now,
               Feeds feeds) {
        this.site = site;
        this.urls = urls;
        this.strings = strings;
        this.dates = dates;
        this.assets = assets;
        this.heads = new PageHeads(site, urls, strings, assets);
        this.cards = new Cards(site, urls, dates, mediaFiles, now);
        this.authors = new AuthorPages(site, urls, strings, heads, cards);
        this.series = new SeriesPages(site, urls, strings, dates, heads, cards);
        this.articles = new ArticlePages(site, urls, strings, dates, markdown, mediaFiles, heads, cards, authors, series,
                assets.path("most-read.js").map(urls::href).orElse(null), feeds, anchors);
        this.timeline = new TimelinePages(urls, strings, dates, heads, cards);
    }

    ChooserPage chooser(Page page) {
        Language language = site.config().defaultLanguage();
        return new ChooserPage(heads.of(page, language.title(), language.description()), strings.get(page.language()),
                editions());
    }

    NotFoundPage notFound(Page page) {
        UiStrings t = strings.get(page.language());
        return new NotFoundPage(heads.of(page, t.text("notFoundTitle"), ""), t, editions());
    }

    HomePage home(Page page, Edition edition, Pagination<Article> list, PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        String title = edition.language().title() + (list.number() > 1 ? " — " + t.text("pageNumber", list.number()) : "");
        PageView head = heads.of(page, title, edition.language().description());
        return new HomePage(head, t, cards.of(list.items(), lang, context), cards.topics(edition),
                cards.pager(list, n -> SiteUrls.home(lang, n)));
    }

    ArticlePage article(Page page, Edition edition, Article article, List<Article> related, PageContext context) {
        return articles.of(page, edition, article, related, context);
    }

    TopicsPage topics(Page page, Edition edition) {
        UiStrings t = strings.get(edition.code());
        PageView head = heads.of(page, t.text("topics") + " — " + edition.language().title(),
                t.text("topicsDescription"));
        return new TopicsPage(head, t, cards.topics(edition));
    }

    TopicPage topic(Page page, Edition edition, Topic topic, Pagination<Article> list, PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        String title = topic.name(lang) + (list.number() > 1 ? " — " + t.text("pageNumber", list.number()) : "")
                + " — " + edition.language().title();
        String description = topic.description(lang).isEmpty()
                ? t.text("topicDescription", topic.name(lang)) : topic.description(lang);
        return new TopicPage(heads.of(page, title, description), t, cards.topic(edition, topic),
                cards.of(list.items(), lang, context), cards.pager(list, n -> SiteUrls.topic(lang, topic.key(), n)));
    }

    AuthorsPage authors(Page page, Edition edition, PageContext context) {
        return authors.index(page, edition, context);
    }

    AuthorPage author(Page page, Edition edition, AuthorProfile author, Pagination<Article> list, PageContext context) {
        return authors.author(page, edition, author, list, context);
    }

    SeriesIndexPage seriesIndex(Page page, Edition edition) {
        return series.index(page, edition);
    }

    SeriesPage series(Page page, Edition edition, Series of, PageContext context) {
        return series.series(page, edition, of, context);
    }

    CorrectionsPage corrections(Page page, Edition edition) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        DateTexts d = dates.get(lang);
        PageView head = heads.of(page, t.text("corrections") + " — " + edition.language().title(),
                t.text("correctionsDescription"));
        record Corrected(Correction correction, Article article) {
        }
        List<Corrected> all = new ArrayList<>();
        edition.articles().forEach(article -> article.corrections().forEach(c -> all.add(new Corrected(c, article))));
        // newest first; of one time, the articles as the edition lists them (a stable sort)
        all.sort(Comparator.comparing((Corrected c) -> c.correction().date().toInstant()).reversed());
        return new CorrectionsPage(head, t, all.stream().map(c -> new CorrectedView(d.dateTime(c.correction().date()),
                c.correction().text(), new Link(urls.href(urls.article(c.article())), c.article().title(), null)))
                .toList());
    }

    SearchPage search(Page page, Edition edition) {
        UiStrings t = strings.get(edition.code());
        PageView head = heads.of(page, t.text("search") + " — " + edition.language().title(),
                t.text("searchDescription"));
        return new SearchPage(head, t, urls.href(SiteUrls.search(edition.code())),
                assets.path("search.js").map(urls::href).orElse(null));
    }

    TimelinePage timeline(Page page, Edition edition) {
        return timeline.timeline(page, edition);
    }

    YearPage year(Page page, Edition edition, int year, PageContext context) {
        return timeline.year(page, edition, year, context);
    }

    MonthPage month(Page page, Edition edition, YearMonth month, PageContext context) {
        return timeline.month(page, edition, month, context);
    }

    private List<EditionView> editions() {
        return site.editions().stream().map(e -> new EditionView(e.code(), urls.href(SiteUrls.home(e.code())),
                e.language().title(), e.language().description(), strings.get(e.code()))).toList();
    }
}
