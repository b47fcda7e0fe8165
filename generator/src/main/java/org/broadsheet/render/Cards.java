package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.model.Image;
import org.broadsheet.model.Topic;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.Views.Card;
import org.broadsheet.render.Views.DayView;
import org.broadsheet.render.Views.ImageView;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.MonthView;
import org.broadsheet.render.Views.Pager;
import org.broadsheet.render.Views.TopicView;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.SiteModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Builds the views that several page kinds share: article cards, images, topic links, pagers and
 * months. Safe to use from several threads.
 */
final class Cards {

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, DateTexts> dates;
    private final MediaFiles mediaFiles;
    private final Instant now;
    /**
     * Each article's card in each language, made once a build: an article's card is on its edition's home, its
     * topics', its month's and year's pages and beside related articles, and made afresh each time (its address,
     * date, topic links and image) it took about 5 % of a warm build's samples.
     */
    private final Map<String, Map<Article, Card>> made = new ConcurrentHashMap<>();

    Cards(SiteModel site, SiteUrls urls, Map<String, DateTexts> dates, MediaFiles mediaFiles, Instant now) {
        this.site = site;
        this.urls = urls;
        this.dates = dates;
        this.mediaFiles = mediaFiles;
        this.now = now;
    }

    List<Card> of(List<Article> articles, String lang, PageContext context) {
        return articles.stream().map(a -> card(a, lang, context)).toList();
    }

    Card card(Article article, String lang, PageContext context) {
        noteMedia(article.image(), context);
        Map<Article, Card> byArticle = made.computeIfAbsent(lang, l -> new ConcurrentHashMap<>());
        Card card = byArticle.get(article);
        return card != null ? card : byArticle.computeIfAbsent(article, a -> new Card(urls.href(urls.article(a)),
                a.title(), a.kicker(), a.summary(), dates.get(lang).date(a.date()), imageView(a.image()),
                topicLinks(a, lang), a.draft(), scheduled(a)));
    }

    /** Whether the article is dated after this build (published early only in preview). */
    boolean scheduled(Article article) {
        return article.date().toInstant().isAfter(now);
    }

    /** The image's view, noting its file among the media the page uses; null for no image. */
    ImageView image(Image image, PageContext context) {
        noteMedia(image, context);
        return imageView(image);
    }

    /** Notes the image's file, if there is one, among the media the page uses. */
    private static void noteMedia(Image image, PageContext context) {
        if (image != null) {
            context.media().add(image.file());
        }
    }

    private ImageView imageView(Image image) {
        if (image == null) {
            return null;
        }
        MediaFiles.Size size = mediaFiles.of(image.file()).orElse(null);
        return new ImageView(urls.href(SiteUrls.media(image.file())), image.alt(), image.caption(), image.credit(),
                size == null ? null : size.width(), size == null ? null : size.height());
    }

    List<Link> topicLinks(Article article, String lang) {
        return article.topics().stream().map(key -> new Link(urls.href(SiteUrls.topic(lang, key, 1)),
                site.topics().get(key).name(lang), null)).toList();
    }

    Pager pager(Pagination<Article> page, IntFunction<String> path) {
        return new Pager(page.number(), page.count(),
                page.number() > 1 ? urls.href(path.apply(page.number() - 1)) : null,
                page.number() < page.count() ? urls.href(path.apply(page.number() + 1)) : null);
    }

    List<TopicView> topics(Edition edition) {
        return site.topics().values().stream().map(topic -> topic(edition, topic)).toList();
    }

    TopicView topic(Edition edition, Topic topic) {
        String lang = edition.code();
        int count = edition.byTopic().get(topic.key()).size();
        return new TopicView(topic.key(), topic.name(lang), topic.description(lang),
                count == 0 ? null : urls.href(SiteUrls.topic(lang, topic.key(), 1)), count);
    }

    MonthView month(String lang, YearMonth month, List<Article> articles, PageContext context) {
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
}
