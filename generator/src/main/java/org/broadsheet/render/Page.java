package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.Series;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One page of the site, described before it is rendered.
 *
 * @param language     the edition (for the language chooser and the 404 page: the default language)
 * @param path         where it is published (see {@link org.broadsheet.output.SiteUrls})
 * @param versions     language → path of this page in every language where it exists, itself included;
 *                     empty for the 404 page
 * @param xDefault     the path for readers whose language has no version; null for the 404 page
 * @param lastModified the latest change of what the page shows, for the sitemap; null for the 404 page
 * @param inputs       everything of the content that the page shows (articles, counts…): a page whose
 *                     inputs, versions and template did not change need not be rendered again
 * @param model        builds what the page's template receives, noting what it finds in the context
 */
public record Page(PageKind kind, String language, String path, Map<String, String> versions, String xDefault,
                   OffsetDateTime lastModified, Inputs inputs,
                   BiFunction<Page, PageContext, PageModel> model) {

    /**
     * Everything of the content that a page shows.
     *
     * @param articles     the articles it shows or lists
     * @param translations an article page's article in the other languages
     * @param related      an article page's related articles
     * @param authors      the authors it presents
     * @param counts       the counts it prints: a listing's number of pages, articles by topic
     * @param months       the timeline's count of articles by month
     * @param series       the series it presents, or that an article page is part of
     */
    public record Inputs(List<Article> articles, List<Article> translations, List<Article> related,
                         List<AuthorProfile> authors, List<Integer> counts, Map<YearMonth, Integer> months,
                         List<Series> series) {

        public Inputs(List<Article> articles, List<Article> translations, List<Article> related,
                      List<AuthorProfile> authors, List<Integer> counts, Map<YearMonth, Integer> months) {
            this(articles, translations, related, authors, counts, months, List.of());
        }

        /** A page that shows nothing of the content. */
        public static final Inputs NONE = new Inputs(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

        /** A listing of {@code articles} with {@code counts}. */
        static Inputs listing(List<Article> articles, List<Integer> counts) {
            return new Inputs(articles, List.of(), List.of(), List.of(), counts, Map.of());
        }
    }

    /** What decides whether a page must be rendered again: its versions and inputs (its template aside). */
    public record Signature(Map<String, String> versions, String xDefault, Inputs inputs) {
    }

    public Signature signature() {
        return new Signature(versions, String.valueOf(xDefault), inputs);
    }

    /** Whether search engines should know the page (all but the 404 and search pages). */
    public boolean indexed() {
        return kind != PageKind.NOT_FOUND && kind != PageKind.SEARCH;
    }
}
