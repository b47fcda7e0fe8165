package org.broadsheet.migrate;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What the Broadsheet site that the import feeds makes on its own: the paths it owns and the pages it generates. */
final class NewSite {

    private static final String LANGUAGES = String.join("|", SourceLanguages.SUPPORTED);
    private static final String ALWAYS = "/(index\\.html)?|/(404\\.html|sitemap\\.xml|robots\\.txt)"
            + "|/(" + LANGUAGES + ")/?(index\\.html)?";
    /** The pages made whatever the articles: the chooser, the homes, the indexes of topics and of the timeline, search. */
    private static final Pattern GENERATED = Pattern.compile(ALWAYS + "|/(" + LANGUAGES + ")/(topics|timeline|search)/?"
            + "(index\\.html)?|/(" + LANGUAGES + ")/feed\\.xml");
    /** Those, and the folders of the pages made from the articles: a home's later pages, a topic's, a year's, a month's. */
    private static final Pattern GENERATED_FOLDERS = Pattern.compile(ALWAYS + "|/(" + LANGUAGES
            + ")/(topics|timeline|search|page|feed\\.xml)(/.*)?");

    private NewSite() {
    }

    /** The first path segments that Broadsheet owns: a link into them must lead to a page it makes. */
    static Set<String> ownedRoots() {
        Set<String> roots = new TreeSet<>(SourceLanguages.SUPPORTED);
        roots.addAll(Set.of("media", "assets", "404.html", "sitemap.xml", "robots.txt"));
        return roots;
    }

    /**
     * Whether {@code path} (from the site's root) is a page that Broadsheet makes whatever the articles: a link there
     * leads somewhere ({@code /en/page/2/} need not: it is there only when the edition has that many articles).
     */
    static boolean generated(String path) {
        return GENERATED.matcher(path).matches();
    }

    /** Whether {@code path} is a page Broadsheet makes, or may make from the articles: no redirect may take it. */
    static boolean mayBeGenerated(String path) {
        return GENERATED_FOLDERS.matcher(path).matches();
    }

    /** {@code /news/} of {@code https://example.org/news}, {@code /} of {@code https://example.org}. */
    static String basePath(String url) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceAll("^/+|/+$", "");
        return path.isEmpty() ? "/" : "/" + path + "/";
    }

    /** {@code https://example.org} of {@code https://example.org/news/}, or null for null or a path alone. */
    static String origin(String url) {
        return url == null || !url.matches("[a-zA-Z]+://[^/]+.*") ? null
                : url.replaceFirst("^([a-zA-Z]+://[^/]+).*", "$1").toLowerCase(java.util.Locale.ROOT);
    }
}
