package org.broadsheet.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The old site: its settings as far as the import needs them, and its posts.
 *
 * @param kind             Jekyll or Hugo
 * @param settingsFile     the settings file read ({@code _config.yml}, {@code hugo.toml}…), or null
 * @param title            the site's title, or null
 * @param baseUrl          its absolute address, or the path alone ({@code /blog/}) when it named no host, or null
 * @param timezone         the tz name it configured, or null
 * @param dateKeys         what it dated a post by, the first present winning ({@link PostDates#dateKeys})
 * @param languages        language codes, the default first
 * @param oldDefault       the language the old site served without a language folder, its default: one of
 *                         {@code languages}, or another ({@code ja}) whose pages are not imported
 * @param languageTitles   language code → that edition's title (where configured)
 * @param permalinks       Jekyll: {@code ""} → the permalink style or pattern; Hugo: section → pattern
 * @param uglyUrls         Hugo's {@code uglyURLs}: section → whether its pages end in {@code .html} instead of
 *                         {@code /}; the key {@code ""} for the sections not named
 * @param defaultInSubdir  Hugo's {@code defaultContentLanguageInSubdir}, jekyll-multiple-languages-plugin's
 *                         {@code default_locale_in_subfolder}
 * @param languageFolders  how a Jekyll site served its languages below folders of their own
 * @param staticDirs       folders (relative to the site) whose files are served from the site root
 * @param postSections     Hugo: the sections that hold its posts, lower case — its {@code mainSections}, else the
 *                         section with the most pages, as Hugo takes them; Jekyll: empty (its posts are in {@code _posts})
 * @param authors          the old site's author data ({@code _data/authors.yml}): key → a name or a map
 * @param settings         the settings file's values, for the Liquid that names them ({@code site.*})
 * @param posts            every post found, sorted by path
 */
record SourceSite(SourceKind kind, String settingsFile, String title, String baseUrl, String timezone,
                  List<String> dateKeys, List<String> languages,
                  String oldDefault,
                  Map<String, String> languageTitles, Map<String, String> permalinks, Map<String, Boolean> uglyUrls,
                  boolean defaultInSubdir, LanguageFolders languageFolders, List<String> staticDirs,
                  List<String> postSections, Map<String, Object> authors, Map<String, Object> settings,
                  List<SourcePost> posts) {

    /** How a Jekyll site served its languages below folders of their own. */
    enum LanguageFolders {
        /** None: one language, or each where its posts' permalinks put it. */
        NONE,
        /**
         * jekyll-polyglot: a post of another language than the default below {@code /<lang>/}, its links to the site's
         * pages led below it too, and a post missing in a language shown there in the default's.
         */
        POLYGLOT,
        /**
         * jekyll-multiple-languages-plugin: the site built once per language from {@code _i18n/<lang>/_posts}, each
         * language but the default (every one, with {@code default_locale_in_subfolder}) below {@code /<lang>/}.
         */
        BUILD_PER_LANGUAGE
    }

    String defaultLanguage() {
        return languages.get(0);
    }

    /**
     * Whether {@code post} is where the old site kept its posts: in Hugo, in one of {@link #postSections}, or
     * anywhere in a site whose pages are in no section.
     */
    boolean holdsPosts(SourcePost post) {
        return kind == SourceKind.JEKYLL || postSections.isEmpty()
                || !post.sections().isEmpty() && postSections.contains(post.sections().get(0).toLowerCase(Locale.ROOT));
    }

    /** {@code /en} for a post that the old site served below its language's folder, else empty. */
    String languageFolder(SourcePost post) {
        return languageFolders != LanguageFolders.NONE && (defaultInSubdir || !post.oldLanguage().equals(oldDefault))
                ? "/" + post.oldLanguage() : "";
    }

    /**
     * Where the old site led the link {@code path} (from the host's root) of {@code post}: jekyll-polyglot led
     * the links of a page in another language than the default into that language's folder, below the base
     * path ({@code /blog/x/} → {@code /blog/en/x/}), unless they were there already.
     */
    String linkedFrom(SourcePost post, String path) {
        // jekyll-multiple-languages-plugin left the links of a post as written
        String folder = languageFolders == LanguageFolders.POLYGLOT ? languageFolder(post) : "";
        String base = basePath();
        if (folder.isEmpty() || !path.startsWith(base + "/") || path.startsWith(base + folder + "/")) {
            return path;
        }
        return base + folder + path.substring(base.length());
    }

    /** The host names the old site's posts may use for its own pages and files: that of its address, with and without {@code www.}. */
    Set<String> hosts() {
        Set<String> hosts = new TreeSet<>();
        String origin = NewSite.origin(baseUrl);
        if (origin != null) {
            String host = origin.replaceFirst("^[a-z]+://", "");
            hosts.add(host);
            hosts.add(host.startsWith("www.") ? host.substring(4) : "www." + host);
        }
        return hosts;
    }

    /** Whether the pages of {@code section} (lower case) end in {@code .html}. */
    boolean uglyUrls(String section) {
        return uglyUrls.getOrDefault(section, uglyUrls.getOrDefault("", false));
    }

    /**
     * The base path that Jekyll's {@code site.baseurl} gave {@code post}: jekyll-multiple-languages-plugin built each
     * language below its folder with the base path set there ({@code /blog/ko}).
     */
    String basePath(SourcePost post) {
        return basePath() + (languageFolders == LanguageFolders.BUILD_PER_LANGUAGE ? languageFolder(post) : "");
    }

    /** The path part of {@code baseUrl} without a trailing slash ({@code /blog}), or empty. */
    String basePath() {
        if (baseUrl == null) {
            return "";
        }
        String withoutScheme = baseUrl.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        return withoutScheme.replaceAll("/+$", "");
    }
}
