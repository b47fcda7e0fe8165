package org.broadsheet.render;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.PageModel.ArticlePage;
import org.broadsheet.render.Views.ArticleView;
import org.broadsheet.render.Views.CorrectionView;
import org.broadsheet.render.Views.ImageView;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.MostReadBox;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.site.Edition;
import org.broadsheet.site.SiteModel;
import org.broadsheet.site.TranslationStatus;

import java.util.List;
import java.util.Map;

/** Builds the model of article pages, rendering the body. Safe to use from several threads. */
final class ArticlePages {

    /** How many related articles an article page lists. */
    static final int RELATED = 3;

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, UiStrings> strings;
    private final Map<String, DateTexts> dates;
    private final Markdown markdown;
    private final MediaFiles mediaFiles;
    private final PageHeads heads;
    private final Cards cards;
    private final AuthorPages authors;
    private final SeriesPages series;
    private final ArticleSchema schema;
    private final String mostReadScript;
    private final Feeds feeds;
    private final ArticleAnchors anchors;

    ArticlePages(SiteModel site, SiteUrls urls, Map<String, UiStrings> strings, Map<String, DateTexts> dates,
                 Markdown markdown, MediaFiles mediaFiles, PageHeads heads, Cards cards, AuthorPages authors,
                 SeriesPages series, String mostReadScript, Feeds feeds, ArticleAnchors anchors) {
        this.site = site;
        this.urls = urls;
        this.strings = strings;
        this.dates = dates;
        this.markdown = markdown;
        this.mediaFiles = mediaFiles;
        this.heads = heads;
        this.cards = cards;
        this.authors = authors;
        this.series = series;
        this.schema = new ArticleSchema(site, urls, dates);
        this.mostReadScript = mostReadScript;
        this.feeds = feeds;
        this.anchors = anchors;
    }

    ArticlePage of(Page page, Edition edition, Article article, List<Article> related, PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        DateTexts d = dates.get(lang);
        List<Article> translations = site.translationsOf(article);
        ImageView image = cards.image(article.image(), context);
        PageView head = heads.of(page, article.title() + " — " + edition.language().title(),
                article.summary(), article.image(), schema.of(article, edition, translations, series.partOf(article)));
        List<Link> translationLinks = translations.stream().map(other -> new Link(urls.href(urls.article(other)),
                t.text((other.original() ? "readOriginal." : "readTranslation.") + other.language()),
                other.language())).toList();
        Markdown.Body body = body(article, article.body().text(), context);
        // a correction dated at publication (an edition published already corrected) modifies nothing a reader saw
        boolean modified = article.updated() != null || article.lastModified().isAfter(article.date());
        List<CorrectionView> corrections = article.corrections().stream()
                .map(correction -> new CorrectionView(d.dateTime(correction.date()), correction.text())).toList();
        context.showExtraOf(article);
        ArticleView view = new ArticleView(article.title(), article.kicker(), article.subtitle(), article.summary(),
                d.dateTime(article.date()), modified ? d.dateTime(article.lastModified()) : null, image, body.html(),
                ReadingTime.minutes(body.text(), lang), authors.byline(article),
                cards.topicLinks(article, lang), translationLinks, cards.of(related, lang, context), corrections,
                authors.contact(article, edition), series.nav(article, edition),
                article.extra(), article.draft(), cards.scheduled(article), staleOriginal(article, t));
        return new ArticlePage(head, t, view, mostReadScript == null ? null
                : new MostReadBox(urls.href(SiteUrls.mostRead(lang)), mostReadScript),
                article.corrections().isEmpty() ? null : urls.href(SiteUrls.corrections(lang)));
    }

    /**
     * The body's HTML and text; a body Markdown cannot render is a problem of the article, and the page shows none.
     * When a feed carries the article, the feed's entry is rendered from the same parse, with absolute links.
     */
    private Markdown.Body body(Article article, String markdownBody, PageContext context) {
        try {
            BodyLinks pageLinks = new BodyLinks(site, urls, article, mediaFiles, anchors, false, context);
            if (!feeds.wants(article)) {
                return markdown.body(markdownBody, pageLinks);
            }
            // the page reports the body's problems and publishes its images; the feed's context only collects links
            PageContext feedContext = new PageContext();
            Markdown.Bodies bodies = markdown.bodies(markdownBody, pageLinks,
                    new BodyLinks(site, urls, article, mediaFiles, anchors, true, feedContext));
            feeds.offer(article, bodies.feedHtml(), feedContext.linkTargets());
            return bodies.page();
        } catch (Markdown.Failure e) {
            context.problems().add(article.source(), article.bodyLine(), e.getMessage());
            return new Markdown.Body("", "");
        }
    }

    /** A link to the original when it changed after this translation was last updated, else null. */
    private Link staleOriginal(Article article, UiStrings t) {
        Article original = TranslationStatus.staleOriginal(site, article);
        return original == null ? null
                : new Link(urls.href(urls.article(original)), t.text("staleTranslation"), original.language());
    }
}
