package org.broadsheet.output;

import org.broadsheet.model.Article;
import org.broadsheet.model.ContentPaths;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place where the URL of every page and file of the site is computed.
 *
 * <p>A <em>path</em> is relative to the site root, without a leading slash: {@code en/2019/03/slug/}
 * for a page (a folder with an {@code index.html}), {@code media/images/x.jpg} for a file. From a path
 * come its {@link #href link} (from the base URL's path, percent-encoded), its {@link #absolute
 * absolute URL} and its {@link #file file} in {@code site/}.
 */
public final class SiteUrls {

    /** The file name of an edition's Google News sitemap. */
    public static final String NEWS_SITEMAP = "news-sitemap.xml";

    private final String baseUrl;
    private final String basePath;
    private final ZoneId zone;

    /** @param baseUrl absolute, ending with {@code /} */
    public SiteUrls(String baseUrl, ZoneId zone) {
        this.baseUrl = baseUrl;
        this.basePath = URI.create(baseUrl).getRawPath().isEmpty() ? "/" : URI.create(baseUrl).getRawPath();
        this.zone = zone;
    }

    public static String chooser() {
        return "";
    }

    public static String notFound() {
        return "404.html";
    }

    public static String home(String language) {
        return language + "/";
    }

    /** @param page 1-based; the first page is the edition home itself */
    public static String home(String language, int page) {
        return home(language) + (page > 1 ? "page/" + page + "/" : "");
    }

    public String article(Article article) {
        return article(article.language(), article.date(), article.slug());
    }

    /** The address of an article of {@code language} first published at {@code date} under {@code slug}. */
    public String article(String language, OffsetDateTime date, String slug) {
        return month(language, date) + slug + "/";
    }

    /** The folder of the addresses of the articles of {@code language} published in the month of {@code date}. */
    public String month(String language, OffsetDateTime date) {
        ZonedDateTime local = date.atZoneSameInstant(zone);
        int month = local.getMonthValue();
        return language + "/" + local.getYear() + (month < 10 ? "/0" : "/") + month + "/";
    }

    public static String topics(String language) {
        return language + "/topics/";
    }

    /** @param page 1-based; the first page has no {@code page/1/} of its own */
    public static String topic(String language, String key, int page) {
        return language + "/topics/" + key + "/" + (page > 1 ? "page/" + page + "/" : "");
    }

    /** The authors index of an edition. */
    public static String authors(String language) {
        return language + "/authors/";
    }

    /** @param page 1-based; the first page has no {@code page/1/} of its own */
    public static String author(String language, String key, int page) {
        return authors(language) + key + "/" + (page > 1 ? "page/" + page + "/" : "");
    }

    /** Every correction of an edition's articles, newest first. */
    public static String corrections(String language) {
        return language + "/corrections/";
    }

    /** The series index of an edition. */
    public static String seriesIndex(String language) {
        return language + "/series/";
    }

    /** The page of one series, listing its parts. */
    public static String series(String language, String key) {
        return seriesIndex(language) + key + "/";
    }

    public static String timeline(String language) {
        return language + "/timeline/";
    }

    public static String year(String language, int year) {
        return timeline(language) + year + "/";
    }

    public static String month(String language, YearMonth month) {
        return year(language, month.getYear()) + String.format(Locale.ROOT, "%02d/", month.getMonthValue());
    }

    /** Where a file of {@code content/} (e.g. an image) is published. */
    public static String media(String contentFile) {
        return "media/" + contentFile;
    }

    /** The search page of an edition, whose folder also holds the search index. */
    public static String search(String language) {
        return language + "/search/";
    }

    /** The numbers of documents and shards of an edition's search index. */
    public static String searchMeta(String language) {
        return search(language) + "meta.json";
    }

    /** A shard of an edition's search postings: the tokens whose hash gives {@code shard}. */
    public static String searchTerms(String language, int shard) {
        return search(language) + "terms-" + shard + ".json";
    }

    /** A block of an edition's search documents, numbered from 0. */
    public static String searchDocuments(String language, int block) {
        return search(language) + "docs-" + block + ".json";
    }

    public static String feed(String language) {
        return language + "/feed.xml";
    }

    public static String topicFeed(String language, String key) {
        return language + "/topics/" + key + "/feed.xml";
    }

    public static String authorFeed(String language, String key) {
        return authors(language) + key + "/feed.xml";
    }

    /** The most-read list of an edition, which its article pages load. */
    public static String mostRead(String language) {
        return language + "/most-read.json";
    }

    /** The sitemap, or the index of its parts in a site too large for one file ({@link Sitemap#URLS_PER_FILE}). */
    public static String sitemap() {
        return "sitemap.xml";
    }

    /** Part {@code number}, from 1, of the sitemap of a site too large for one file. */
    public static String sitemapPart(int number) {
        return "sitemap-" + number + ".xml";
    }

    /** The Google News sitemap of an edition: its articles of the last two days. */
    public static String newsSitemap(String language) {
        return language + "/" + NEWS_SITEMAP;
    }

    /** Part {@code number}, from 1, of the Google News sitemap of an edition with too many articles for one file. */
    public static String newsSitemapPart(String language, int number) {
        return language + "/news-sitemap-" + number + ".xml";
    }

    public static String robots() {
        return "robots.txt";
    }

    /** The link to {@code path} from any page of the site: the base URL's path plus the encoded path. */
    public String href(String path) {
        return basePath + encode(path);
    }

    public String absolute(String path) {
        return baseUrl + encode(path);
    }

    /**
     * The site path that {@code link} (as written in a page) points to, without query and fragment,
     * or empty when it points outside the site (another host, {@code mailto:}, an anchor).
     */
    public Optional<String> sitePath(String link) {
        String path;
        if (link.startsWith(baseUrl)) {
            path = link.substring(baseUrl.length());
        } else if (link.startsWith(basePath) && !link.startsWith("//")) {
            path = link.substring(basePath.length());
        } else {
            return Optional.empty();
        }
        return Optional.of(ContentPaths.withoutQuery(path));
    }

    /** The file that holds {@code path}, relative to {@code site/}. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** Percent-encodes each segment (UTF-8), keeping {@code /} and the characters URLs allow as they are. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
