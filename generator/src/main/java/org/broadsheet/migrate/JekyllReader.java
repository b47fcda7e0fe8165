package org.broadsheet.migrate;

import org.broadsheet.content.Dates;
import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a Jekyll site: {@code _config.yml} (with its front matter {@code defaults}), {@code _data/authors.yml}
 * and the posts of every {@code _posts} and {@code _drafts} folder, with their language from a {@code lang:}
 * field, a language folder, a {@code -en}/{@code -ko} suffix or their text, and their translations paired
 * by file name (or an explicit {@code ref}/{@code translationKey}).
 */
final class JekyllReader {

    /** A url naming a repository on github.com ({@code https://github.com/kim/kim.github.io}), which serves no site. */
    private static final Pattern REPOSITORY_PAGE = Pattern.compile(
            "(?i)https?://(?:www\\.)?github\\.com/([\\w.-]+)/([\\w.-]+?)(?:\\.git)?/*");
    private static final Pattern WHOLE_ADDRESS = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^/]*)(/.*)?");
    /** A post's name as Jekyll reads it: the date that starts it, then its slug. */
    private static final Pattern DATED = Pattern.compile("(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.+)");
    private static final Pattern MARKDOWN = Pattern.compile("(?i)(.+)\\.(md|markdown|mkdn|mkd)");
    /** The other formats of posts that Jekyll rendered: HTML, Textile, and jekyll-asciidoc's AsciiDoc. */
    private static final Pattern OTHER_TEXT = Pattern.compile("(?i).+\\.(html?|textile|adoc|asciidoc|ad)");
    static final List<String> KEY_FIELDS = List.of("translationKey", "translation_key", "ref", "lang_ref");
    /**
     * A host name as GitHub Pages takes it from a CNAME file. Its group is possessive: giving back a repetition could
     * not help the match, and a greedy group recurses once per repetition, so that thousands of them overflow the
     * stack.
     */
    private static final Pattern PAGES_DOMAIN = Pattern.compile("(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)++[a-z]{2,}");
    static final List<String> AUTHOR_FILES = List.of("_data/authors.yml", "_data/authors.yaml", "_data/authors.json");

    private JekyllReader() {
    }

    static SourceSite read(SourceFiles files, Findings findings, ImportProgress progress) {
        List<String> configFiles = List.of("_config.yml", "_config.yaml");
        Map<String, LooseField> config = files.settings(configFiles);
        String url = text(config, "url");
        String basePath = text(config, "baseurl");
        Matcher whole = basePath == null ? null : WHOLE_ADDRESS.matcher(basePath.strip());
        if (whole != null && whole.matches()) {
            // Jekyll only puts baseurl before links: a whole address there changes where links lead, not where pages are
            url = url == null ? whole.group(1) : url;
            basePath = whole.group(2) == null ? "" : whole.group(2);
            findings.add(Category.SETTINGS, files.firstExisting(configFiles), config.get("baseurl").line(), "'baseurl' is a "
                    + "whole address (" + whole.group() + "), which Jekyll put before links: the site was served below its "
                    + "path, /" + basePath.replaceAll("^/+", ""));
        }
        Matcher repository = url == null ? null : REPOSITORY_PAGE.matcher(url.strip());
        String pagesDomain = url == null || url.isBlank() || repository.matches() ? pagesDomain(files, findings) : null;
        if (pagesDomain == null && repository != null && repository.matches()) {
            // GitHub Pages served the repository named owner.github.io at that host's root, any other below its name
            String owner = repository.group(1).toLowerCase(Locale.ROOT);
            boolean userSite = repository.group(2).equalsIgnoreCase(owner + ".github.io");
            pagesDomain = "https://" + owner + ".github.io";
            if (!userSite && (basePath == null || basePath.isBlank())) {
                basePath = "/" + repository.group(2);
            }
            findings.add(Category.SETTINGS, files.firstExisting(configFiles), config.get("url").line(), "'url' names the "
                    + "repository's page on GitHub (" + url.strip() + "), where no site was served: the old site's "
                    + "address taken as " + pagesDomain + (userSite ? "" : "/" + repository.group(2)) + ", where GitHub "
                    + "Pages served that repository; import again with -Dbroadsheet.oldHost if it was served elsewhere");
        }
        url = pagesDomain != null ? pagesDomain : url;
        String trimmed = basePath == null ? "" : basePath.strip().replaceAll("^/+|/+$", "");
        Matcher urlParts = url == null ? null : WHOLE_ADDRESS.matcher(url.strip());
        String urlPath = urlParts == null || !urlParts.matches() || urlParts.group(2) == null ? ""
                : urlParts.group(2).replaceAll("^/+|/+$", "");
        if (!trimmed.isEmpty() && (urlPath.equals(trimmed) || urlPath.endsWith("/" + trimmed))) {
            // GitHub Pages served a project's pages once below its name, whichever of the two settings wrote it:
            // links that Jekyll wrote with both led below it twice, and answered nothing
            findings.add(Category.SETTINGS, files.firstExisting(configFiles), config.get("baseurl").line(), "'url' ("
                    + url.strip() + ") already ends with the 'baseurl' (" + basePath.strip() + "): the site was served "
                    + "below /" + urlPath + "/, once");
            trimmed = "";
        }
        String below = trimmed.isEmpty() ? "" : trimmed + "/";
        // without a url, the base path still says where the pages were
        String baseUrl = url != null ? url.replaceAll("/+$", "") + "/" + below : below.isEmpty() ? null : "/" + below;
        // minimal-mistakes names the site's language as its locale (ko-KR)
        // jekyll-multiple-languages-plugin built the site once per language of its list, from _i18n/<lang>/_posts
        // instead of _posts, the first language at the root
        List<String> perLanguage = multipleLanguages(config, files)
                && !strings(config.get("exclude_from_localizations")).contains("_posts")
                ? strings(config.get("languages")) : List.of();
        String defaultLanguage = first(perLanguage.isEmpty() ? null : perLanguage.get(0), text(config, "lang"),
                text(config, "default_lang"), text(config, "language"), text(config, "locale"));
        List<String> languages = SourceLanguages.ordered(defaultLanguage);
        Map<String, String> permalinks = new LinkedHashMap<>();
        // the posts collection's own permalink wins over the site's, as in Jekyll
        String postsPermalink = Loose.text(Loose.get(Loose.get(config.get("collections") == null ? null
                : config.get("collections").value(), "posts"), "permalink"));
        permalinks.put("", postsPermalink != null ? postsPermalink
                : text(config, "permalink") == null ? "date" : text(config, "permalink"));
        // Jekyll reads posts below collections_dir only, and takes their categories from the folders below it
        String collectionsDir = text(config, "collections_dir") == null ? ""
                : text(config, "collections_dir").replaceAll("^[./]+|/+$", "");
        JekyllDefaults defaults = config.get("defaults") == null ? JekyllDefaults.NONE
                : JekyllDefaults.of(config.get("defaults").value(), collectionsDir);

        // minimal-mistakes and jekyll-seo-tag show the site's author on a post that names none
        Object siteAuthor = config.get("author") == null ? null : config.get("author").value();
        JekyllExcludes excludes = new JekyllExcludes(strings(config.get("exclude")), strings(config.get("include")));
        List<String> paths = new ArrayList<>();
        for (String path : files.list("")) {
            List<String> segments = Arrays.asList(path.split("/"));
            if (!segments.contains("_posts") && !segments.contains("_drafts")) {
                continue;
            }
            if (!collectionsDir.isEmpty() && !path.startsWith(collectionsDir + "/")) {
                findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: it is outside the collections_dir of "
                        + "_config.yml (" + collectionsDir + "), so Jekyll did not read it", "outside collections_dir");
                continue;
            }
            Optional<String> exclusion = excludes.excluding(path);
            if (exclusion.isPresent()) {
                findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: the exclude list of _config.yml names it ("
                        + exclusion.get() + "), so Jekyll did not read it", "excluded by _config.yml");
                continue;
            }
            boolean translated = translatedPost(path, perLanguage);
            if (!perLanguage.isEmpty() && !translated && (path.startsWith("_posts/") || path.startsWith("_drafts/"))) {
                findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: jekyll-multiple-languages-plugin read the "
                        + "posts of _i18n/<lang>/_posts in place of the site's _posts", "replaced by _i18n posts");
                continue;
            }
            Optional<String> skipped = translated ? Optional.empty() : excludes.skippedFolder(collectionsDir.isEmpty()
                    ? path : path.substring(collectionsDir.length() + 1));
            if (skipped.isPresent()) {
                findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: Jekyll did not read the folder "
                        + skipped.get() + ", as it reads no folder whose name starts with '"
                        + skipped.get().charAt(skipped.get().lastIndexOf('/') + 1) + "' unless the include list of "
                        + "_config.yml names it", "in a folder Jekyll skips");
                continue;
            }
            String name = segments.get(segments.size() - 1);
            boolean markdown = MARKDOWN.matcher(name).matches();
            if (!markdown && !OTHER_TEXT.matcher(name).matches()) {
                continue;
            }
            // an HTML page kept beside the posts, an example a post links to, was no post either
            if (segments.contains("_posts") && !segments.contains("_drafts")
                    && !DATED.matcher(name.replaceFirst("\\.[^.]+$", "")).matches()) {
                findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: its name does not start with a date "
                        + "(2019-02-20-), so Jekyll did not read it as a post", "no date in the name");
            } else if (markdown) {
                paths.add(path);
            } else {
                findings.add(Category.SKIPPED, path, 0, "not imported: only Markdown posts are imported; "
                        + "convert it to Markdown by hand");
            }
        }
        JekyllCollections.report(config.get("collections") == null ? null : config.get("collections").value(),
                collectionsDir, excludes, files, findings);
        // jekyll-polyglot reads a post's language from a folder named after one of the site's languages
        List<String> siteLanguages = polyglot(config, files) ? strings(config.get("languages")) : perLanguage;
        // Jekyll publishes a post dated to come only with future: true
        boolean future = Loose.isTrue(config.get("future") == null ? null : config.get("future").value());
        List<SourcePost> posts = progress.each("read", paths, path -> {
            Optional<LooseDocument> document = files.document(path);
            if (document.isEmpty()) {
                return null;
            }
            if (!document.get().hasFrontMatter()) {
                findings.add(Category.NOT_PUBLISHED, path, 1, "not imported: no front matter, so Jekyll did not "
                        + "publish it as a post", "no front matter");
                return null;
            }
            // the defaults' scopes are matched against the path below collections_dir, as Jekyll matches them
            LooseDocument withDefaults = withDefaults(path, collectionsDir.isEmpty() ? path
                    : path.substring(collectionsDir.length() + 1), document.get(), defaults, findings);
            if (ThemePages.skipped(path, withDefaults, findings)) {
                return null;
            }
            return post(path, translatedPost(path, perLanguage) ? "_i18n/" + path.split("/")[1] : collectionsDir,
                    withSiteAuthor(path, withDefaults, siteAuthor, findings), languages.get(0), siteLanguages, future,
                    findings);
        });
        // older sites (jekyllrb.com's own) name themselves with 'name'
        return new SourceSite(SourceKind.JEKYLL, files.firstExisting(configFiles), first(text(config, "title"),
                text(config, "name")), baseUrl, text(config, "timezone"), PostDates.dateKeys(SourceKind.JEKYLL, null),
                languages, languages.get(0), Map.of(), permalinks, Map.of(), !perLanguage.isEmpty()
                && Loose.isTrue(config.get("default_locale_in_subfolder") == null ? null
                : config.get("default_locale_in_subfolder").value()),
                polyglot(config, files) ? SourceSite.LanguageFolders.POLYGLOT : perLanguage.isEmpty()
                        ? SourceSite.LanguageFolders.NONE : SourceSite.LanguageFolders.BUILD_PER_LANGUAGE, List.of(""),
                List.of(),
                authorData(files, config), SourceFiles.values(config), posts);
    }

    /**
     * The author data: {@code _data/authors.yml} and {@code _data/authors/} (a file per author), else the
     * {@code authors} map of {@code _config.yml}, where themes of the Octopress line keep it and look each key up
     * as {@code site.authors[key]}.
     */
    private static Map<String, Object> authorData(SourceFiles files, Map<String, LooseField> config) {
        Map<String, Object> data = Authors.data(files, AUTHOR_FILES, "_data/authors");
        if (data.isEmpty() && config.get("authors") != null && config.get("authors").value() instanceof Map<?, ?> inConfig) {
            Map<String, Object> authors = new LinkedHashMap<>();
            inConfig.forEach((key, value) -> authors.put(String.valueOf(key), value));
            return authors;
        }
        return data;
    }

    /** The document with the site's author ({@code author:} of {@code _config.yml}) when it names none (reported). */
    private static LooseDocument withSiteAuthor(String path, LooseDocument document, Object siteAuthor, Findings findings) {
        // a site's author without a name (only its twitter and github, for the footer's links) is no byline
        boolean named = siteAuthor instanceof Map<?, ?> map ? Authors.named(map) : Loose.text(siteAuthor) != null;
        if (!named || document.fields().containsKey("author") || document.fields().containsKey("authors")) {
            return document;
        }
        Map<String, LooseField> fields = new LinkedHashMap<>(document.fields());
        fields.put("author", new LooseField("author", 0, siteAuthor));
        findings.add(Category.DEFAULTS, path, 0, "'author' from _config.yml, the site's author", "author");
        return new LooseDocument(fields, true, document.body(), document.bodyLine(), document.replaced());
    }

    /** The document's fields below the defaults that apply to it (reported), repeated keys reported. */
    private static LooseDocument withDefaults(String path, String scopedPath, LooseDocument document,
                                              JekyllDefaults defaults, Findings findings) {
        SourceFiles.reportReplaced(path, document, findings);
        Map<String, Object> values = defaults.of(scopedPath);
        if (values.isEmpty()) {
            return document;
        }
        Map<String, LooseField> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!document.fields().containsKey(name) && value != null) {
                fields.put(name, new LooseField(name, 0, value));
                if (!FrontMatterMapping.dropped(name)) {
                    findings.add(Category.DEFAULTS, path, 0, "'" + name + "' from the defaults of _config.yml", name);
                }
            }
        });
        fields.putAll(document.fields());
        return new LooseDocument(fields, true, document.body(), document.bodyLine(), document.replaced());
    }

    /**
     * @param postsRoot the folder from which the folders down to {@code _posts} are the post's categories: the site's
     *                  root, its collections_dir, or {@code _i18n/<lang>}
     */
    private static SourcePost post(String path, String postsRoot, LooseDocument document, String defaultLanguage,
                                   List<String> siteLanguages, boolean future, Findings findings) {
        List<String> segments = Arrays.asList(path.split("/"));
        int postsFolder = segments.indexOf("_posts");
        int draftsFolder = segments.indexOf("_drafts");
        int marker = postsFolder >= 0 ? postsFolder : draftsFolder;
        Matcher markdown = MARKDOWN.matcher(segments.get(segments.size() - 1));
        markdown.matches();
        Map<String, LooseField> fields = document.fields();
        Matcher dated = DATED.matcher(markdown.group(1));
        String fileDate = dated.matches() ? fileDate(dated) : null;
        String undated = dated.matches() ? dated.group(4) : markdown.group(1);
        List<String> folders = segments.subList(0, segments.size() - 1);
        String marked = first(SourceLanguages.code(text(fields, "lang")), SourceLanguages.code(text(fields, "language")),
                SourceLanguages.folder(folders, siteLanguages), SourceLanguages.suffix(undated));
        String language = marked != null ? marked : SourceLanguages.guess(path, fields, document.body(),
                defaultLanguage, findings);
        reportOtherCase(path, fields, findings);
        String explicitKey = KEY_FIELDS.stream().map(k -> text(fields, k)).filter(k -> k != null).findFirst().orElse(null);
        String pairKey = explicitKey != null ? "key:" + explicitKey
                : (fileDate == null ? "" : fileDate + "-") + SourceLanguages.withoutSuffix(undated);
        return new SourcePost(SourceKind.JEKYLL, path, language, language, fields, document.body(), document.bodyLine(),
                fileDate, undated, pairKey, draft(path, fields, draftsFolder >= 0, findings)
                || !future && toCome(path, fields, fileDate, findings),
                List.copyOf(segments.subList(postsRoot.isEmpty() ? 0 : postsRoot.split("/").length, marker)),
                List.of());
    }

    /**
     * The date that starts a post's name ({@link #DATED}) as Jekyll read it with Ruby's {@code Time.parse}, which
     * reads a year of two digits as 1969 to 2068.
     */
    private static String fileDate(Matcher dated) {
        int year = Integer.parseInt(dated.group(1));
        if (dated.group(1).length() == 2) {
            year += year >= 69 ? 1900 : 2000;
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, Integer.parseInt(dated.group(2)),
                Integer.parseInt(dated.group(3)));
    }

    /**
     * Reports each field that Jekyll did not read as the field of the same name in another case ({@code Permalink} is
     * not {@code permalink}: Jekyll's keys are case-sensitive), which goes to {@code extra}.
     */
    private static void reportOtherCase(String path, Map<String, LooseField> fields, Findings findings) {
        fields.values().forEach(field -> {
            String read = FrontMatterMapping.readAs(field.name(), SourceKind.JEKYLL);
            if (read != null && !fields.containsKey(read)) {
                findings.add(Category.FIELDS, path, field.line(), "'" + field.name() + "' is not read by Jekyll as '"
                        + read + "' (its keys are case-sensitive): imported as Jekyll published the post, without it, "
                        + "and kept in 'extra'; write it as '" + read + "' if it should count");
            }
        });
    }

    /** The items of a list setting as text; none when it is absent. */
    private static List<String> strings(LooseField field) {
        return Loose.items(field == null ? null : field.value()).stream().map(String::valueOf).toList();
    }

    /**
     * Whether the post's date — its {@code date}, else its file name's — is to come, so that Jekyll did not publish
     * it (reported).
     */
    private static boolean toCome(String path, Map<String, LooseField> fields, String fileDate, Findings findings) {
        LooseField date = fields.get("date");
        String written = date == null || Loose.text(date.value()) == null ? fileDate : Loose.text(date.value());
        try {
            if (written == null || !Dates.parse(written, ZoneOffset.UTC).isAfter(OffsetDateTime.now())) {
                return false;
            }
        } catch (Dates.InvalidDate e) {
            return false;
        }
        findings.add(Category.UNPUBLISHED, path, date == null ? 1 : date.line(), "dated " + written + ", to come, which "
                + "Jekyll does not publish without future: true in _config.yml: imported as a draft", "date");
        return true;
    }

    /**
     * Whether Jekyll did not publish the post: it is in {@code _drafts}, or says {@code published: false}. Jekyll
     * does not read {@code draft: true}, and published a post of {@code _posts} that says it (reported).
     */
    private static boolean draft(String path, Map<String, LooseField> fields, boolean inDrafts, Findings findings) {
        LooseField published = fields.get("published");
        boolean unpublished = inDrafts || published != null && Loose.isFalse(published.value());
        LooseField draft = fields.get("draft");
        if (!unpublished && draft != null && Loose.isTrue(draft.value())) {
            findings.add(Category.FIELDS, path, draft.line(), "'draft: true' is not read by Jekyll, which published it: "
                    + "imported as published, with its old address; set draft: true to keep it unpublished");
        }
        return unpublished;
    }

    /**
     * Whether the site is built with jekyll-polyglot, which serves each language but the default below its own
     * folder: it names its {@code languages} and a {@code default_lang}, and the plugin in {@code plugins} (or
     * {@code gems}) or its {@code Gemfile}. Themes that switch languages in Liquid name the first two only.
     */
    /**
     * Whether {@code path} is a post that jekyll-multiple-languages-plugin read for one of its {@code languages}: in
     * {@code _i18n/<lang>/_posts} or {@code _i18n/<lang>/_drafts}, whose two first folders gave Jekyll no category.
     */
    private static boolean translatedPost(String path, List<String> languages) {
        String[] segments = path.split("/");
        return segments.length > 3 && segments[0].equals("_i18n") && languages.contains(segments[1])
                && (segments[2].equals("_posts") || segments[2].equals("_drafts"));
    }

    /** Whether the site names jekyll-multiple-languages-plugin among its plugins, or in a line of its Gemfile. */
    private static boolean multipleLanguages(Map<String, LooseField> config, SourceFiles files) {
        String plugin = "jekyll-multiple-languages-plugin";
        return Stream.of("plugins", "gems").anyMatch(key -> config.get(key) != null
                && Loose.items(config.get(key).value()).stream().anyMatch(item -> item.toString().strip().equals(plugin)))
                || files.text("Gemfile").map(gems -> gems.lines().anyMatch(line -> line.strip().startsWith("gem")
                        && line.contains(plugin))).orElse(false);
    }

    private static boolean polyglot(Map<String, LooseField> config, SourceFiles files) {
        boolean named = Stream.of("plugins", "gems").anyMatch(key -> config.get(key) != null
                && Loose.items(config.get(key).value()).stream().anyMatch(item -> item.toString().strip().equals("jekyll-polyglot")));
        return text(config, "default_lang") != null && config.get("languages") != null
                && Loose.items(config.get("languages").value()).size() > 1
                && (named || files.text("Gemfile").map(gems -> gems.contains("jekyll-polyglot")).orElse(false));
    }

    /**
     * The address of the host that the site's {@code CNAME} file names ({@code https://news.example.org}), where
     * GitHub Pages served a site whose {@code _config.yml} has no {@code url}, or one of its repository's page on
     * GitHub; null when there is none.
     */
    private static String pagesDomain(SourceFiles files, Findings findings) {
        String host = files.text("CNAME").map(String::strip).map(text -> text.split("\\s+", 2)[0]).orElse("");
        if (!PAGES_DOMAIN.matcher(host).matches()) {
            return null;
        }
        String url = "https://" + host.toLowerCase(Locale.ROOT);
        findings.add(Category.SETTINGS, "CNAME", 1, "the old site's address taken as " + url + ", the host its CNAME "
                + "file names, where GitHub Pages served it (_config.yml names no url of the site): import again with "
                + "-Dbroadsheet.oldHost if it was served elsewhere");
        return url;
    }

    static String text(Map<String, LooseField> fields, String name) {
        LooseField field = fields.get(name);
        return field == null ? null : Loose.text(field.value());
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
