package org.broadsheet.render;

import java.util.List;
import java.util.Map;

/** The records that page models are made of; docs/templates.md describes each field. */
public final class Views {

    private Views() {
    }

    /** A link; {@code lang} is set when the label is in another language than the page. */
    public record Link(String href, String label, String lang) {
    }

    /** A hreflang alternate of the page: language code (or {@code x-default}) and absolute URL. */
    public record Alternate(String hreflang, String href) {
    }

    /** A date-time as shown to readers, in the site timezone, and as ISO 8601 with offset. */
    public record DateText(String text, String iso) {
    }

    /** An image; {@code width} and {@code height} are null when the file's format cannot be read. */
    public record ImageView(String src, String alt, String caption, String credit, Integer width, Integer height) {
    }

    /**
     * An article in a list: home, topic, timeline, related articles. {@code draft} and {@code scheduled}
     * (dated after the build) are only ever true in preview or with {@code -Dbroadsheet.drafts=true}.
     */
    public record Card(String url, String title, String kicker, String summary, DateText date, ImageView image,
                       List<Link> topics, boolean draft, boolean scheduled) {
    }

    /** The language switch: a link to the page in another language, with a note when it is not a translation. */
    public record Switch(String href, String label, String lang, String note) {
    }

    /** What every page knows about itself. */
    public record PageView(String kind, String lang, String title, String description, String url,
                           String canonical, List<Alternate> alternates, List<Switch> languageSwitch,
                           Link home, Link topics, Link timeline, Link search, String stylesheet, String icon,
                           String siteTitle,
                           String siteDescription, List<Link> feeds, Social social, String jsonLd) {
    }

    /**
     * Open Graph and Twitter card data: {@code type} ({@code article} or {@code website}),
     * {@code locale} and {@code localeAlternates} such as {@code ko_KR}, {@code image} absolute (or null).
     */
    public record Social(String type, String locale, List<String> localeAlternates, String image, String imageAlt,
                         String card) {
    }

    /**
     * An article page; {@code series} is its place in a series (or null), {@code staleOriginal} links to the
     * original when it changed after this translation.
     */
    public record ArticleView(String title, String kicker, String subtitle, String summary, DateText published,
                              DateText modified, ImageView image, String bodyHtml, int readingMinutes,
                              List<Byline> authors,
                              List<Link> topics, List<Link> translations, List<Card> related,
                              List<CorrectionView> corrections, Contact contact, SeriesNav series,
                              Map<String, Object> extra, boolean draft, boolean scheduled, Link staleOriginal) {
    }

    /**
     * A name of an article's byline; {@code url} is the author's page in the article's edition, null for a
     * one-off contributor.
     */
    public record Byline(String name, String role, String url) {
    }

    /**
     * The contact line below an article's body: the address readers may write to ({@code href} is its
     * {@code mailto:} link).
     */
    public record Contact(String address, String href) {
    }

    /** The most-read box: the address of the edition's list and of the script that shows it. */
    public record MostReadBox(String list, String script) {
    }

    /**
     * An author of {@code authors.yml} in one edition: name, role and bio in its language (role and bio
     * may be null), e-mail (or null), photo (or null), the author's page and feed (null when the edition has
     * no article by the author) and the number of their articles in the edition.
     */
    public record AuthorView(String key, String name, String role, String bio, String email, ImageView photo,
                             String url, String feed, int count) {
    }

    /**
     * A series of one edition: its name and description (or null) in the edition's language, its page, the
     * number of its parts and the publication date of the latest.
     */
    public record SeriesView(String key, String name, String description, String url, int count, DateText latest) {
    }

    /**
     * Where an article stands in its series: "Part {@code part} of {@code series.count}", with the previous and
     * next parts (null at the ends).
     */
    public record SeriesNav(SeriesView series, int part, Link previous, Link next) {
    }

    /** A part on a series page: its number in the series and its card. */
    public record PartView(int number, Card card) {
    }

    /** A correction at the end of an article, dated in the site's time zone. */
    public record CorrectionView(DateText date, String text) {
    }

    /** A correction on the corrections page, with a Link to the article it corrects. */
    public record CorrectedView(DateText date, String text, Link article) {
    }

    /** An edition as the language chooser and the 404 page show it, with its own UI strings. */
    public record EditionView(String lang, String href, String title, String description, UiStrings t) {
    }

    public record TopicView(String key, String name, String description, String url, int count) {
    }

    /** Pagination: 1-based page number, page count, and the neighbouring pages (null at the ends). */
    public record Pager(int number, int count, String previous, String next) {
    }

    public record DayView(String label, String iso, List<Card> articles) {
    }

    /** A month: full label ("March 2019"), short label for the timeline strip ("Mar"), page, count, days. */
    public record MonthView(String label, String shortLabel, String url, int count, List<DayView> days) {
    }

    /**
     * A year of the timeline. On the timeline page {@code months} has all twelve, January first, empty
     * ones with count 0 and no URL; on a year page, the months that have articles, oldest first.
     */
    public record YearView(int year, String label, String url, int count, List<MonthView> months) {
    }
}
