package org.broadsheet.render;

import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.Image;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig.MissingTranslation;
import org.broadsheet.model.Topic;
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
import org.broadsheet.render.Views.Switch;
import org.broadsheet.render.Views.TopicView;
import org.broadsheet.render.Views.YearView;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.SiteModel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Supplier;

/**
 * Lists every page of the site and renders each with its template. Safe to use from several threads.
 */
public final class PageRenderer {

    /** A page to render: its kind, language (null for the language chooser and the 404 page) and path. */
    public record Page(PageKind kind, String language, String path, Supplier<Map<String, Object>> model) {
    }

    private static final int RELATED = 3;

    private final Templates templates;
    private final String templatesPrefix;
    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, UiStrings> strings = new LinkedHashMap<>();
    private final Map<String, DateTexts> dates = new LinkedHashMap<>();
    private final Markdown markdown;
    private final Path contentDir;
    private final Problems problems;
    private final Set<String> media = new ConcurrentSkipListSet<>();
    private final Map<Templates.Failure, Set<String>> failures = new ConcurrentHashMap<>();

    /**
     * @param templatesPrefix how the templates folder is named in problems, e.g. {@code templates/}
     * @param uiStrings       language → key → text
     */
    public PageRenderer(Templates templates, String templatesPrefix, SiteModel site, SiteUrls urls,
                        Map<String, Map<String, String>> uiStrings, Markdown markdown, Path contentDir,
                        Problems problems) {
        this.templates = templates;
        this.templatesPrefix = templatesPrefix;
        this.site = site;
        this.urls = urls;
        this.markdown = markdown;
        this.contentDir = contentDir;
        this.problems = problems;
        for (Language language : site.config().languages()) {
            UiStrings texts = new UiStrings(language.code(), uiStrings.getOrDefault(language.code(), Map.of()));
            strings.put(language.code(), texts);
            dates.put(language.code(), new DateTexts(texts, site.config().timezone()));
        }
    }

    /** Every page of the site, in a stable order. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(PageKind.CHOOSER, null, SiteUrls.chooser(), this::chooser));
        pages.add(new Page(PageKind.NOT_FOUND, null, SiteUrls.notFound(), this::notFound));
        for (Edition edition : site.editions()) {
            String lang = edition.code();
            pages.add(new Page(PageKind.HOME, lang, SiteUrls.home(lang), () -> home(edition)));
            for (Article article : edition.articles()) {
                pages.add(new Page(PageKind.ARTICLE, lang, urls.article(article), () -> article(edition, article)));
            }
            pages.add(new Page(PageKind.TOPICS, lang, SiteUrls.topics(lang), () -> topics(edition)));
            for (Topic topic : site.topics().values()) {
                List<Article> articles = edition.byTopic().get(topic.key());
                if (articles.isEmpty()) {
                    continue;
                }
                for (Pagination<Article> page : Pagination.split(articles, site.config().pageSize())) {
                    pages.add(new Page(PageKind.TOPIC, lang, SiteUrls.topic(lang, topic.key(), page.number()),
                            () -> topic(edition, topic, page)));
                }
            }
            pages.add(new Page(PageKind.TIMELINE, lang, SiteUrls.timeline(lang), () -> timeline(edition)));
            for (int year : edition.years()) {
                pages.add(new Page(PageKind.YEAR, lang, SiteUrls.year(lang, year), () -> year(edition, year)));
            }
            for (YearMonth month : edition.byMonth().keySet()) {
                pages.add(new Page(PageKind.MONTH, lang, SiteUrls.month(lang, month), () -> month(edition, month)));
            }
        }
        return pages;
    }

    /** The page's HTML, or empty after reporting the template or UI-string problem that prevented it. */
    public Optional<String> render(Page page) {
        Map<String, Object> model;
        try {
            model = page.model().get();
        } catch (UiStrings.MissingString e) {
            problems.add(templatesPrefix + "i18n/", 0, e.getMessage() + " (while rendering /" + page.path() + ")");
            return Optional.empty();
        }
        Templates.Rendered rendered = templates.render(page.kind().template(), model);
        if (rendered.failure() != null) {
            failures.computeIfAbsent(rendered.failure(), f -> new ConcurrentSkipListSet<>()).add(page.path());
        }
        return rendered.htmlIfRendered();
    }

    /**
     * Reports the template failures of the pages rendered so far, once per template line and message,
     * naming the first page that met it.
     */
    public void reportTemplateFailures() {
        failures.forEach((failure, paths) -> {
            String others = paths.size() > 1 ? " and " + (paths.size() - 1) + " other pages" : "";
            problems.add(templatesPrefix + failure.template(), failure.line(),
                    failure.message() + " (while rendering /" + paths.iterator().next() + others + ")");
        });
    }

    /** The files of {@code content/} that the rendered pages use (lead and body images), relative to it. */
    public Set<String> mediaFiles() {
        return media;
    }

    // --- page models -------------------------------------------------------------------------------

    private Map<String, Object> chooser() {
        String lang = site.config().defaultLanguage().code();
        Map<String, String> paths = new LinkedHashMap<>();
        site.editions().forEach(e -> paths.put(e.code(), SiteUrls.home(e.code())));
        Map<String, Object> model = base(PageKind.CHOOSER, lang, SiteUrls.chooser(),
                site.config().defaultLanguage().title(), site.config().defaultLanguage().description(),
                alternates(paths, SiteUrls.chooser()), List.of());
        model.put("editions", editionViews());
        return model;
    }

    private Map<String, Object> notFound() {
        String lang = site.config().defaultLanguage().code();
        Map<String, Object> model = base(PageKind.NOT_FOUND, lang, SiteUrls.notFound(),
                strings.get(lang).text("notFoundTitle"), "", List.of(), List.of());
        model.put("editions", editionViews());
        return model;
    }

    private List<EditionView> editionViews() {
        return site.editions().stream().map(e -> new EditionView(e.code(), urls.href(SiteUrls.home(e.code())),
                e.language().title(), e.language().description(), strings.get(e.code()))).toList();
    }

    private Map<String, Object> home(Edition edition) {
        String lang = edition.code();
        Map<String, String> paths = new LinkedHashMap<>();
        site.editions().forEach(e -> paths.put(e.code(), SiteUrls.home(e.code())));
        Map<String, Object> model = base(PageKind.HOME, lang, SiteUrls.home(lang), edition.language().title(),
                edition.language().description(), alternates(paths, SiteUrls.chooser()), switches(lang, paths));
        model.put("articles", edition.articles().stream().limit(site.config().pageSize())
                .map(a -> card(a, lang)).toList());
        model.put("topics", topicViews(edition));
        return model;
    }

    private Map<String, Object> article(Edition edition, Article article) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        DateTexts d = dates.get(lang);
        List<Article> translations = site.translationsOf(article);
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put(lang, urls.article(article));
        translations.forEach(other -> paths.put(other.language(), urls.article(other)));
        Article xDefault = xDefault(article, translations);
        Map<String, Object> model = base(PageKind.ARTICLE, lang, urls.article(article),
                article.title() + " — " + edition.language().title(), article.summary(),
                alternates(paths, urls.article(xDefault)), switches(lang, paths));
        List<Link> translationLinks = translations.stream().map(other -> new Link(urls.href(urls.article(other)),
                t.text((other.original() ? "readOriginal." : "readTranslation.") + other.language()),
                other.language())).toList();
        String body = markdown.toHtml(article.body(),
                new BodyLinks(site, urls, article, contentDir, media, problems));
        model.put("article", new ArticleView(article.title(), article.kicker(), article.subtitle(), article.summary(),
                d.dateTime(article.date()), article.updated() == null ? null : d.dateTime(article.updated()),
                image(article.image()), body, article.authors(), topicLinks(article, lang), translationLinks,
                related(edition, article), article.extra(), article.draft()));
        return model;
    }

    /** The version for readers whose language has none: the original, else the default language's, else this. */
    private Article xDefault(Article article, List<Article> translations) {
        List<Article> all = new ArrayList<>(translations);
        all.add(0, article);
        String defaultLanguage = site.config().defaultLanguage().code();
        return all.stream().filter(Article::original).findFirst()
                .or(() -> all.stream().filter(a -> a.language().equals(defaultLanguage)).findFirst())
                .orElse(article);
    }

    private Map<String, Object> topics(Edition edition) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        Map<String, String> paths = new LinkedHashMap<>();
        site.editions().forEach(e -> paths.put(e.code(), SiteUrls.topics(e.code())));
        Map<String, Object> model = base(PageKind.TOPICS, lang, SiteUrls.topics(lang),
                t.text("topics") + " — " + edition.language().title(), t.text("topicsDescription"),
                alternates(paths, SiteUrls.topics(site.config().defaultLanguage().code())), switches(lang, paths));
        model.put("topics", topicViews(edition));
        return model;
    }

    private Map<String, Object> topic(Edition edition, Topic topic, Pagination<Article> page) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        Map<String, String> paths = new LinkedHashMap<>();
        for (Edition other : site.editions()) {
            int count = other.byTopic().get(topic.key()).size();
            if (count > 0 && (count + site.config().pageSize() - 1) / site.config().pageSize() >= page.number()) {
                paths.put(other.code(), SiteUrls.topic(other.code(), topic.key(), page.number()));
            }
        }
        String title = topic.name(lang) + (page.number() > 1 ? " — " + t.text("pageNumber", page.number()) : "")
                + " — " + edition.language().title();
        String description = topic.description(lang).isEmpty()
                ? t.text("topicDescription", topic.name(lang)) : topic.description(lang);
        Map<String, Object> model = base(PageKind.TOPIC, lang, SiteUrls.topic(lang, topic.key(), page.number()),
                title, description, alternates(paths, paths.getOrDefault(site.config().defaultLanguage().code(),
                        SiteUrls.topic(lang, topic.key(), page.number()))), switches(lang, paths));
        model.put("topic", topicView(edition, topic));
        model.put("articles", page.items().stream().map(a -> card(a, lang)).toList());
        model.put("pager", new Pager(page.number(), page.count(),
                page.number() > 1 ? urls.href(SiteUrls.topic(lang, topic.key(), page.number() - 1)) : null,
                page.number() < page.count() ? urls.href(SiteUrls.topic(lang, topic.key(), page.number() + 1)) : null));
        return model;
    }

    private Map<String, Object> timeline(Edition edition) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        Map<String, String> paths = new LinkedHashMap<>();
        site.editions().forEach(e -> paths.put(e.code(), SiteUrls.timeline(e.code())));
        Map<String, Object> model = base(PageKind.TIMELINE, lang, SiteUrls.timeline(lang),
                t.text("timeline") + " — " + edition.language().title(), t.text("timelineDescription"),
                alternates(paths, SiteUrls.timeline(site.config().defaultLanguage().code())), switches(lang, paths));
        List<YearView> years = new ArrayList<>();
        for (int year : edition.years()) {
            List<MonthView> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                List<Article> articles = edition.byMonth().getOrDefault(month, List.of());
                months.add(new MonthView(dates.get(lang).month(month), dates.get(lang).monthShort(month),
                        articles.isEmpty() ? null : urls.href(SiteUrls.month(lang, month)), articles.size(), List.of()));
            }
            years.add(new YearView(year, dates.get(lang).year(year), urls.href(SiteUrls.year(lang, year)),
                    months.stream().mapToInt(MonthView::count).sum(), months));
        }
        model.put("years", years);
        model.put("maxMonthCount", edition.byMonth().values().stream().mapToInt(List::size).max().orElse(0));
        return model;
    }

    private Map<String, Object> year(Edition edition, int year) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        Map<String, String> paths = new LinkedHashMap<>();
        site.editions().stream().filter(e -> e.years().contains(year))
                .forEach(e -> paths.put(e.code(), SiteUrls.year(e.code(), year)));
        String label = dates.get(lang).year(year);
        Map<String, Object> model = base(PageKind.YEAR, lang, SiteUrls.year(lang, year),
                label + " — " + t.text("timeline") + " — " + edition.language().title(),
                t.text("yearDescription", label), alternates(paths, defaultOr(paths, SiteUrls.year(lang, year))),
                switches(lang, paths));
        List<MonthView> months = new ArrayList<>();
        edition.months(year).descendingMap().forEach((month, articles) -> months.add(new MonthView(
                dates.get(lang).month(month), dates.get(lang).monthShort(month), urls.href(SiteUrls.month(lang, month)), articles.size(),
                days(articles, lang))));
        model.put("year", new YearView(year, label, urls.href(SiteUrls.year(lang, year)),
                months.stream().mapToInt(MonthView::count).sum(), months));
        return model;
    }

    private Map<String, Object> month(Edition edition, YearMonth month) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        Map<String, String> paths = new LinkedHashMap<>();
        site.editions().stream().filter(e -> e.byMonth().containsKey(month))
                .forEach(e -> paths.put(e.code(), SiteUrls.month(e.code(), month)));
        String label = dates.get(lang).month(month);
        Map<String, Object> model = base(PageKind.MONTH, lang, SiteUrls.month(lang, month),
                label + " — " + edition.language().title(), t.text("monthDescription", label),
                alternates(paths, defaultOr(paths, SiteUrls.month(lang, month))), switches(lang, paths));
        List<Article> articles = edition.byMonth().get(month);
        model.put("month", new MonthView(label, dates.get(lang).monthShort(month), urls.href(SiteUrls.month(lang, month)), articles.size(),
                days(articles, lang)));
        model.put("year", new Link(urls.href(SiteUrls.year(lang, month.getYear())),
                dates.get(lang).year(month.getYear()), null));
        return model;
    }

    // --- parts -------------------------------------------------------------------------------------

    private Map<String, Object> base(PageKind kind, String lang, String path, String title, String description,
                                     List<Alternate> alternates, List<Switch> switches) {
        UiStrings t = strings.get(lang);
        boolean localized = kind != PageKind.CHOOSER && kind != PageKind.NOT_FOUND;
        Language language = site.config().language(lang).orElseThrow();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", new PageView(kind.id(), lang, title, description, urls.href(path),
                kind == PageKind.NOT_FOUND ? null : urls.absolute(path), alternates, switches,
                localized ? new Link(urls.href(SiteUrls.home(lang)), language.title(), null) : null,
                localized ? new Link(urls.href(SiteUrls.topics(lang)), t.text("topics"), null) : null,
                localized ? new Link(urls.href(SiteUrls.timeline(lang)), t.text("timeline"), null) : null,
                urls.href(SiteUrls.asset("style.css")), language.title(), language.description()));
        model.put("t", t);
        return model;
    }

    private List<Alternate> alternates(Map<String, String> paths, String xDefaultPath) {
        List<Alternate> alternates = new ArrayList<>();
        for (Language language : site.config().languages()) {
            String path = paths.get(language.code());
            if (path != null) {
                alternates.add(new Alternate(language.code(), urls.absolute(path)));
            }
        }
        alternates.add(new Alternate("x-default", urls.absolute(xDefaultPath)));
        return alternates;
    }

    private String defaultOr(Map<String, String> paths, String fallback) {
        return paths.getOrDefault(site.config().defaultLanguage().code(), fallback);
    }

    /** Links to this page in the other languages; where there is none, to that edition's home if the site says so. */
    private List<Switch> switches(String lang, Map<String, String> paths) {
        List<Switch> switches = new ArrayList<>();
        for (Language language : site.config().languages()) {
            String other = language.code();
            if (other.equals(lang)) {
                continue;
            }
            UiStrings t = strings.get(other);
            if (paths.containsKey(other)) {
                switches.add(new Switch(urls.href(paths.get(other)), t.text("languageName"), other, null));
            } else if (site.config().missingTranslation() == MissingTranslation.HOME) {
                switches.add(new Switch(urls.href(SiteUrls.home(other)), t.text("languageName"), other,
                        t.text("untranslated")));
            }
        }
        return switches;
    }

    private Card card(Article article, String lang) {
        return new Card(urls.href(urls.article(article)), article.title(), article.kicker(), article.summary(),
                dates.get(lang).date(article.date()), image(article.image()), topicLinks(article, lang), article.draft());
    }

    private ImageView image(Image image) {
        if (image == null) {
            return null;
        }
        media.add(image.file());
        return new ImageView(urls.href(SiteUrls.media(image.file())), image.alt(), image.caption(), image.credit());
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

    /** Articles sharing the most topics with {@code article}, then the most recent; never itself. */
    private List<Card> related(Edition edition, Article article) {
        return edition.articles().stream()
                .filter(other -> other != article && other.topics().stream().anyMatch(article.topics()::contains))
                .sorted(Comparator.comparingLong((Article other) -> -other.topics().stream()
                        .filter(article.topics()::contains).count()))
                .limit(RELATED)
                .map(a -> card(a, edition.code()))
                .toList();
    }

    /** Groups articles (oldest first) by their day in the site timezone. */
    private List<DayView> days(List<Article> articles, String lang) {
        TreeMap<LocalDate, List<Card>> byDay = new TreeMap<>();
        for (Article article : articles) {
            LocalDate day = article.date().atZoneSameInstant(site.config().timezone()).toLocalDate();
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(card(article, lang));
        }
        List<DayView> days = new ArrayList<>();
        byDay.forEach((day, cards) -> days.add(new DayView(dates.get(lang).day(day), day.toString(), cards)));
        return days;
    }
}
