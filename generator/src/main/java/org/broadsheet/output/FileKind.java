package org.broadsheet.output;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a file of the site is, as a host needs to know it: when it may be published (media before the
 * pages that show them, article pages before the lists that link to them, the homes last), its
 * {@code Content-Type} and how long browsers and CDNs may keep it.
 */
public enum FileKind {
    /** Images of {@code content/}, published under {@code media/}. */
    MEDIA(1),
    /** A file of the theme whose name carries its content's hash ({@code style.3f2a1b9c.css}). */
    FINGERPRINTED_ASSET(1),
    /** Any other file that is not a page: theme files without a hash, host files, files put in {@code site/} by hand. */
    OTHER_FILE(1),
    /** An article page. */
    ARTICLE(2),
    /** Any other page (topics, timeline, search, the 404, alias redirects) and the search index. */
    LIST(3),
    FEED(4),
    /** The sitemaps and {@code robots.txt}. */
    SITEMAP(5),
    /** The language chooser and the edition homes, which readers reach first. */
    HOME(6);

    /** Long-lived and never revalidated: the URL changes when the content does (or, for media, should). */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** What changes with each edit: a reader sees a new article within a minute. */
    public static final String SHORT = "public, max-age=60";
    /** Theme files without a hash in their name, such as the favicon. */
    public static final String HOUR = "public, max-age=3600";

    private static final Pattern FINGERPRINT = Pattern.compile("assets/(?:.*/)?[^/]+\\.[0-9a-f]{8}\\.(?:css|js)");
    private static final Pattern ARTICLE_PAGE = Pattern.compile("[^/]+/\\d{4}/\\d{2}/[^/]+/index\\.html");
    private static final Pattern SITEMAP_PART = Pattern.compile("(?:[^/]+/news-)?sitemap-[1-9][0-9]*\\.xml");
    private static final Pattern HOME_PAGE = Pattern.compile("(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)?/)?index\\.html");
    private static final String UTF_8 = "; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html" + UTF_8), Map.entry("htm", "text/html" + UTF_8),
            Map.entry("css", "text/css" + UTF_8), Map.entry("js", "text/javascript" + UTF_8),
            Map.entry("mjs", "text/javascript" + UTF_8), Map.entry("json", "application/json" + UTF_8),
            Map.entry("map", "application/json" + UTF_8), Map.entry("xml", "application/xml" + UTF_8),
            Map.entry("txt", "text/plain" + UTF_8), Map.entry("svg", "image/svg+xml" + UTF_8),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"), Map.entry("bmp", "image/bmp"), Map.entry("pdf", "application/pdf"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"));

    private final int stage;

    FileKind(int stage) {
        this.stage = stage;
    }

    /**
     * The order of publishing, 1 first: files of a lower stage are on the host before any of a higher one,
     * so that no page links to what is not there yet.
     */
    public int stage() {
        return stage;
    }

    /** The kind of the file at {@code path} (relative to the site root, as {@link SiteUrls#file} gives it). */
    public static FileKind of(String path) {
        if (path.startsWith("media/")) {
            return MEDIA;
        }
        if (FINGERPRINT.matcher(path).matches()) {
            return FINGERPRINTED_ASSET;
        }
        if (HOME_PAGE.matcher(path).matches()) {
            return HOME;
        }
        if (ARTICLE_PAGE.matcher(path).matches()) {
            return ARTICLE;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("feed.xml")) {
            return FEED;
        }
        if (path.equals(SiteUrls.sitemap()) || SITEMAP_PART.matcher(path).matches() || path.equals(SiteUrls.robots())
                || name.equals(SiteUrls.NEWS_SITEMAP)) {
            return SITEMAP;
        }
        String extension = extension(path);
        if (extension.equals("html") || extension.equals("json") && !path.startsWith("assets/")) {
            return LIST;
        }
        return OTHER_FILE;
    }

    /** The {@code Content-Type} of the file at {@code path}, with {@code charset=utf-8} for text. */
    public static String contentType(String path) {
        if (of(path) == FEED) {
            return "application/atom+xml" + UTF_8;
        }
        String extension = extension(path);
        if (extension.isEmpty()) {
            // _redirects, _headers, CNAME: the text files that hosts read
            return "text/plain" + UTF_8;
        }
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The {@code Cache-Control} of the file at {@code path}. */
    public static String cacheControl(String path) {
        return switch (of(path)) {
            case MEDIA, FINGERPRINTED_ASSET -> IMMUTABLE;
            case OTHER_FILE -> HOUR;
            case ARTICLE, LIST, FEED, SITEMAP, HOME -> SHORT;
        };
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
