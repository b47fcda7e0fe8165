package org.broadsheet.render;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.model.Image;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig.MissingTranslation;
import org.broadsheet.model.Topic;
import org.broadsheet.output.Assets;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.Views.Alternate;
import org.broadsheet.render.Views.ArticleView;
import org.broadsheet.render.Views.Card;
import org.broadsheet.render.Views.DayView;
import org.broadsheet.render.Views.EditionView;
import org.broadsheet.render.Views.ImageView;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.MonthView;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.render.Views.Pager;
import org.broadsheet.render.Views.Social;
import org.broadsheet.render.Views.Switch;
import org.broadsheet.render.Views.TopicView;
import org.broadsheet.render.Views.YearView;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.SiteModel;
import org.broadsheet.site.TranslationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** Builds the data that each kind of page hands to its template. Safe to use from several threads. */
final class PageModels {

    static final int RELATED = 3;

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, UiStrings> strings;
    private final Map<String, DateTexts> dates;
    private final Markdown markdown;
    private final MediaFiles mediaFiles;
    private final Assets assets;
    private final Instant now;

    PageModels(SiteModel site, SiteUrls urls, Map<String, UiStrings> strings, Map<String, DateTexts> dates,
               Markdown markdown, MediaFiles mediaFiles, Assets assets, Instant now) {
        this.site = site;
        this.urls = urls;
        this.strings = strings;
        this.dates = dates;
        this.markdown = markdown;
        this.mediaFiles = mediaFiles;
        this.assets = assets;
        this.now = now;
    }

    Map<String, Object> chooser(Page page, PageContext context) {
        Language language = site.config().defaultLanguage();
        Map<String, Object> model = base(page, language.title(), language.description());
        model.put("editions", editionViews());
        return model;
    }

    Map<String, Object> notFound(Page page, PageContext context) {
        Map<String, Object> model = base(page, strings.get(page.language()).text("notFoundTitle"), "");
        model.put("editions", editionViews());
        return model;
    }

    Map<String, Object> home(Page page, Edition edition, Pagination<Article> articles, PageContext context) {
        String lang = edition.code();
        String title = edition.language().title() + (articles.number() > 1
                ? " — " + strings.get(lang).text("pageNumber", articles.number()) : "");
        Map<String, Object> model = base(page, title, edition.language().description());
        model.put("articles", articles.items().stream().map(a -> card(a, lang, context)).toList());
        model.put("topics", topicViews(edition));
        model.put("pager", pager(articles, n -> SiteUrls.home(lang, n)));
        return model;
    }

    Map<String, Object> article(Page page, Edition edition, Article article, List<Article> related,
                                PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        DateTexts d = dates.get(lang);
        List<Article> translations = site.translationsOf(article);
        ImageView image = image(article.image(), context);
        Map<String, Object> model = base(page, article.title() + " — " + edition.language().title(),
                article.summary(), article.image(), newsArticle(article, edition, translations));
        List<Link> translationLinks = translations.stream().map(other -> new Link(urls.href(urls.article(other)),
                t.text((other.original() ? "readOriginal." : "readTranslation.") + other.language()),
                other.language())).toList();
        String body;
        try {
            body = markdown.toHtml(article.body().text(), new BodyLinks(site, urls, article, mediaFiles,
                    false, context));
        } catch (Markdown.Failure e) {
            context.problems().add(article.source(), article.bodyLine(), e.getMessage());
            body = "";
        }
        List<Card> relatedCards = related.stream().map(a -> card(a, lang, context)).toList();
        model.put("article", new ArticleView(article.title(), article.kicker(), article.subtitle(), article.summary(),
                d.dateTime(article.date()), article.updated() == null ? null : d.dateTime(article.updated()),
                image, body, article.authors(), topicLinks(article, lang), translationLinks,
                relatedCards, article.extra(), article.draft(), scheduled(article), staleOriginal(article, t)));
        return model;
    }

    Map<String, Object> topics(Page page, Edition edition, PageContext context) {
        UiStrings t = strings.get(edition.code());
        Map<String, Object> model = base(page, t.text("topics") + " — " + edition.language().title(),
                t.text("topicsDescription"));
        model.put("topics", topicViews(edition));
        return model;
    }

    Map<String, Object> topic(Page page, Edition edition, Topic topic, Pagination<Article> articles,
                              PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        String title = topic.name(lang) + (articles.number() > 1 ? " — " + t.text("pageNumber", articles.number()) : "")
                + " — " + edition.language().title();
        String description = topic.description(lang).isEmpty()
                ? t.text("topicDescription", topic.name(lang)) : topic.description(lang);
        Map<String, Object> model = base(page, title, description);
        model.put("topic", topicView(edition, topic));
        model.put("articles", articles.items().stream().map(a -> card(a, lang, context)).toList());
        model.put("pager", pager(articles, n -> SiteUrls.topic(lang, topic.key(), n)));
        return model;
    }

    Map<String, Object> search(Page page, Edition edition, PageContext context) {
        UiStrings t = strings.get(edition.code());
        Map<String, Object> model = base(page, t.text("search") + " — " + edition.language().title(),
                t.text("searchDescription"));
        model.put("searchIndex", urls.href(SiteUrls.search(edition.code())));
        model.put("script", assets.path("search.js").map(urls::href).orElse(null));
        return model;
    }

    Map<String, Object> timeline(Page page, Edition edition, PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        DateTexts d = dates.get(lang);
        Map<String, Object> model = base(page, t.text("timeline") + " — " + edition.language().title(),
                t.text("timelineDescription"));
        List<YearView> years = new ArrayList<>();
        for (int year : edition.years()) {
            List<MonthView> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                List<Article> articles = edition.byMonth().getOrDefault(month, List.of());
                months.add(new MonthView(d.month(month), d.monthShort(month),
                        articles.isEmpty() ? null : urls.href(SiteUrls.month(lang, month)), articles.size(), List.of()));
            }
            years.add(new YearView(year, d.year(year), urls.href(SiteUrls.year(lang, year)),
                    months.stream().mapToInt(MonthView::count).sum(), months));
        }
        model.put("years", years);
        model.put("maxMonthCount", edition.byMonth().values().stream().mapToInt(List::size).max().orElse(0));
        return model;
    }

    Map<String, Object> year(Page page, Edition edition, int year, PageContext context) {
        String lang = edition.code();
        DateTexts d = dates.get(lang);
        String label = d.year(year);
        UiStrings t = strings.get(lang);
        Map<String, Object> model = base(page, label + " — " + t.text("timeline") + " — " + edition.language().title(),
                t.text("yearDescription", label));
        List<MonthView> months = new ArrayList<>();
        edition.months(year).descendingMap().forEach((month, articles) -> months.add(monthView(lang, month, articles,
                context)));
        model.put("year", new YearView(year, label, urls.href(SiteUrls.year(lang, year)),
                months.stream().mapToInt(MonthView::count).sum(), months));
        return model;
    }

    Map<String, Object> month(Page page, Edition edition, YearMonth month, PageContext context) {
        String lang = edition.code();
        DateTexts d = dates.get(lang);
        Map<String, Object> model = base(page, d.month(month) + " — " + edition.language().title(),
                strings.get(lang).text("monthDescription", d.month(month)));
        model.put("month", monthView(lang, month, edition.byMonth().get(month), context));
        model.put("year", new Link(urls.href(SiteUrls.year(lang, month.getYear())), d.year(month.getYear()), null));
        return model;
    }

    // --- parts -------------------------------------------------------------------------------------

    private Map<String, Object> base(Page page, String title, String description) {
        return base(page, title, description, null, null);
    }

    /**
     * @param image  the lead image, for social cards, or null
     * @param jsonLd the page's schema.org data, or null
     */
    private Map<String, Object> base(Page page, String title, String description, Image image, String jsonLd) {
        String lang = page.language();
        UiStrings t = strings.get(lang);
        boolean edition = page.kind() != PageKind.CHOOSER && page.kind() != PageKind.NOT_FOUND;
        Language language = site.config().language(lang).orElseThrow();
        String ogImage = image == null ? null : urls.absolute(SiteUrls.media(image.file()));
        Social social = new Social(page.kind() == PageKind.ARTICLE ? "article" : "website", ogLocale(lang),
                site.config().languages().stream().map(Language::code).filter(c -> !c.equals(lang))
                        .map(PageModels::ogLocale).toList(),
                ogImage, image == null ? null : image.alt(), ogImage == null ? "summary" : "summary_large_image");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", new PageView(page.kind().id(), lang, title, description, urls.href(page.path()),
                page.kind() == PageKind.NOT_FOUND ? null : urls.absolute(page.path()), alternates(page), edition ? switches(page) : List.of(),
                edition ? new Link(urls.href(SiteUrls.home(lang)), language.title(), null) : null,
                edition ? new Link(urls.href(SiteUrls.topics(lang)), t.text("topics"), null) : null,
                edition ? new Link(urls.href(SiteUrls.timeline(lang)), t.text("timeline"), null) : null,
                edition ? new Link(urls.href(SiteUrls.search(lang)), t.text("search"), null) : null,
                assets.path("style.css").map(urls::href).orElse(null),
                assets.path("favicon.svg").map(urls::href).orElse(null), language.title(), language.description(),
                feeds(page), social, jsonLd));
        model.put("t", t);
        return model;
    }

    /** {@code en} → {@code en_US}, {@code ko} → {@code ko_KR}, as Open Graph writes locales. */
    static String ogLocale(String lang) {
        return switch (lang) {
            case "en" -> "en_US";
            case "ko" -> "ko_KR";
            case "ja" -> "ja_JP";
            case "zh" -> "zh_CN";
            default -> lang.contains("-") ? lang.replace('-', '_') : lang + "_" + lang.toUpperCase(Locale.ROOT);
        };
    }

    /** The feeds of the page's edition (and of its topic), for autodiscovery. */
    private List<Link> feeds(Page page) {
        if (page.kind() == PageKind.CHOOSER || page.kind() == PageKind.NOT_FOUND) {
            return List.of();
        }
        String lang = page.language();
        List<Link> feeds = new ArrayList<>();
        feeds.add(new Link(urls.href(SiteUrls.feed(lang)), site.config().language(lang).orElseThrow().title(), null));
        if (page.kind() == PageKind.TOPIC) {
            String key = page.path().substring(SiteUrls.topics(lang).length()).split("/")[0];
            feeds.add(new Link(urls.href(SiteUrls.topicFeed(lang, key)), site.topics().get(key).name(lang)
                    + " — " + site.config().language(lang).orElseThrow().title(), null));
        }
        return feeds;
    }

    private List<Alternate> alternates(Page page) {
        List<Alternate> alternates = new ArrayList<>();
        page.versions().forEach((lang, path) -> alternates.add(new Alternate(lang, urls.absolute(path))));
        if (page.xDefault() != null) {
            alternates.add(new Alternate("x-default", urls.absolute(page.xDefault())));
        }
        return alternates;
    }

    /** Links to this page in the other languages; where there is none, to that edition's home if the site says so. */
    private List<Switch> switches(Page page) {
        List<Switch> switches = new ArrayList<>();
        for (Language language : site.config().languages()) {
            String other = language.code();
            if (other.equals(page.language())) {
                continue;
            }
            UiStrings t = strings.get(other);
            if (page.versions().containsKey(other)) {
                switches.add(new Switch(urls.href(page.versions().get(other)), t.text("languageName"), other, null));
            } else if (site.config().missingTranslation() == MissingTranslation.HOME) {
                switches.add(new Switch(urls.href(SiteUrls.home(other)), t.text("languageName"), other,
                        t.text("untranslated")));
            }
        }
        return switches;
    }

    private Pager pager(Pagination<Article> page, IntFunction<String> path) {
        return new Pager(page.number(), page.count(),
                page.number() > 1 ? urls.href(path.apply(page.number() - 1)) : null,
                page.number() < page.count() ? urls.href(path.apply(page.number() + 1)) : null);
    }

    private List<EditionView> editionViews() {
        return site.editions().stream().map(e -> new EditionView(e.code(), urls.href(SiteUrls.home(e.code())),
                e.language().title(), e.language().description(), strings.get(e.code()))).toList();
    }

    Card card(Article article, String lang, PageContext context) {
        return new Card(urls.href(urls.article(article)), article.title(), article.kicker(), article.summary(),
                dates.get(lang).date(article.date()), image(article.image(), context), topicLinks(article, lang), article.draft(),
                scheduled(article));
    }

    /** A link to the original when it changed after this translation was last updated, else null. */
    private Link staleOriginal(Article article, UiStrings t) {
        Article original = TranslationStatus.staleOriginal(site, article);
        return original == null ? null
                : new Link(urls.href(urls.article(original)), t.text("staleTranslation"), original.language());
    }

    /** Whether the article is dated after this build (published early only in preview). */
    private boolean scheduled(Article article) {
        return article.date().toInstant().isAfter(now);
    }

    ImageView image(Image image, PageContext context) {
        if (image == null) {
            return null;
        }
        context.media().add(image.file());
        MediaFiles.Size size = mediaFiles.of(image.file()).orElse(null);
        return new ImageView(urls.href(SiteUrls.media(image.file())), image.alt(), image.caption(), image.credit(),
                size == null ? null : size.width(), size == null ? null : size.height());
    }

    private List<Link> topicLinks(Article article, String lang) {
        return article.topics().stream().map(key -> new Link(urls.href(SiteUrls.topic(lang, key, 1)),
                site.topics().get(key).name(lang), null)).toList();
    }

    private List<TopicView> topicViews(Edition edition) {
        return site.topics().values().stream().map(topic -> topicView(edition, topic)).toList();
    }

    private TopicView topicView(Edition edition, Topic topic) {
        String lang = edition.code();
        int count = edition.byTopic().get(topic.key()).size();
        return new TopicView(topic.key(), topic.name(lang), topic.description(lang),
                count == 0 ? null : urls.href(SiteUrls.topic(lang, topic.key(), 1)), count);
    }

    private MonthView monthView(String lang, YearMonth month, List<Article> articles, PageContext context) {
        DateTexts d = dates.get(lang);
        return new MonthView(d.month(month), d.monthShort(month), urls.href(SiteUrls.month(lang, month)),
                articles.size(), days(articles, lang, context));
    }

    /** Groups articles (oldest first) by their day in the site timezone. */
    private List<DayView> days(List<Article> articles, String lang, PageContext context) {
        TreeMap<LocalDate, List<Card>> byDay = new TreeMap<>();
        for (Article article : articles) {
            LocalDate day = article.date().atZoneSameInstant(site.config().timezone()).toLocalDate();
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(card(article, lang, context));
        }
        List<DayView> days = new ArrayList<>();
        byDay.forEach((day, cards) -> days.add(new DayView(dates.get(lang).day(day), day.toString(), cards)));
        return days;
    }

    /** schema.org {@code NewsArticle}, with the link between language versions. */
    private String newsArticle(Article article, Edition edition, List<Article> translations) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        String url = urls.absolute(urls.article(article));
        json.put("@id", url);
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        json.put("headline", article.title());
        json.put("description", article.summary().isEmpty() ? null : article.summary());
        json.put("inLanguage", article.language());
        json.put("datePublished", dates.get(edition.code()).dateTime(article.date()).iso());
        json.put("dateModified", dates.get(edition.code()).dateTime(article.lastModified()).iso());
        if (article.image() != null) {
            json.put("image", List.of(urls.absolute(SiteUrls.media(article.image().file()))));
        }
        if (!article.authors().isEmpty()) {
            json.put("author", article.authors().stream().map(PageModels::person).toList());
        }
        if (!article.topics().isEmpty()) {
            json.put("about", article.topics().stream().map(key -> site.topics().get(key).name(edition.code())).toList());
        }
        json.put("articleSection", article.kicker());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "NewsMediaOrganization");
        publisher.put("name", edition.language().title());
        publisher.put("url", urls.absolute(SiteUrls.home(edition.code())));
        json.put("publisher", publisher);
        Article original = translations.stream().filter(Article::original).findFirst().orElse(null);
        if (original != null && !article.original()) {
            json.put("translationOfWork", work(original));
        } else if (!translations.isEmpty()) {
            json.put("workTranslation", translations.stream().map(this::work).toList());
        }
        return JsonLd.write(json);
    }

    private Map<String, Object> work(Article article) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "NewsArticle");
        work.put("@id", urls.absolute(urls.article(article)));
        work.put("inLanguage", article.language());
        return work;
    }

    private static Map<String, Object> person(Author author) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", author.name());
        person.put("jobTitle", author.role());
        return person;
    }
}
