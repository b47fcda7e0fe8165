package org.broadsheet.migrate;

import org.broadsheet.content.Dates;
import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a Hugo site: its configuration ({@code hugo.toml}, {@code config.yaml}…, keys in any case),
 * {@code data/authors.*} (and {@code data/authors/}, a file per author) and the pages below the content
 * folder(s), with their language from an {@code index.ko.md}-style suffix or a per-language content folder —
 * else from a {@code lang} field, a
 * {@code -en}/{@code -ko} at the end of the name, or the text — and translations paired by path (or
 * {@code translationKey}).
 */
final class HugoReader {

    private static final List<String> CONFIG_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");
    private static final String CONFIG_DIR = "config/_default";
    /** A file of Hugo's configuration folder: a root key, or a root key of one language ({@code params.ko.toml}). */
    private static final Pattern CONFIG_PART = Pattern.compile("(?i)([^./]+)(?:\\.([a-z]{2,3}(?:-[a-z0-9]+)?))?\\.(toml|ya?ml|json)");
    private static final Pattern MARKDOWN = Pattern.compile("(?i)(.+)\\.(md|markdown)");
    /** The page of one term of the authors taxonomy, below a content folder, which names that author. */
    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)authors/[^/]+/_index(\\.[a-z-]+)?\\.(md|markdown)");
    /** The other formats of Hugo's content pages: HTML, AsciiDoc, Org, Pandoc and reStructuredText. */
    private static final Pattern OTHER_FORMAT = Pattern.compile("(?i).+\\.(html?|adoc|asciidoc|ad|org|pandoc|pdc|rst)");
    /** A content adapter: a template that adds pages to its section when Hugo builds, from data or a remote source. */
    private static final Pattern CONTENT_ADAPTER = Pattern.compile("_content(\\.[A-Za-z-]+)?\\.gotmpl");
    /**
     * A name that starts with a date, as Hugo's {@code :filename} reads it: the slug is the rest, whatever of
     * {@code -}, {@code _} and spaces stand between ({@code 2021-06-01_tide-tables}), and may be none.
     */
    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final List<String> AUTHOR_FILES = List.of("data/authors.yaml", "data/authors.yml", "data/authors.json",
            "data/authors.toml");

    private HugoReader() {
    }

    static SourceSite read(SourceFiles files, Findings findings, ImportProgress progress) {
        Map<String, Object> config = config(files);
        String rootFile = files.firstExisting(CONFIG_FILES);
        String settingsFile = rootFile != null ? rootFile : configParts(files).stream().findFirst().orElse(null);
        String defaultKey = Loose.text(config.get("defaultcontentlanguage"));
        List<String> languages = SourceLanguages.ordered(defaultKey == null ? "en" : defaultKey);
        // the language of unmarked pages, by Hugo's key (en-us), which names its folder in addresses; it may be one
        // Broadsheet does not make (ja), whose pages are then counted
        String oldDefault = defaultKey == null ? languages.get(0) : defaultKey.strip().toLowerCase(Locale.ROOT);
        String globalDir = dir(Loose.text(config.get("contentdir")), "content");
        Map<String, String> languageTitles = new TreeMap<>();
        Map<String, String> contentDirs = new LinkedHashMap<>();
        // the languages a file name may end with (index.ja.md), as written: configured ones and Broadsheet's
        Set<String> marks = new TreeSet<>(SourceLanguages.SUPPORTED);
        if (config.get("languages") instanceof Map<?, ?> configured) {
            // the default language first: a content folder that two languages name is the default's
            configured.entrySet().stream().sorted(Comparator.comparing((Map.Entry<?, ?> e) ->
                            !oldDefault.equals(String.valueOf(e.getKey()).toLowerCase(Locale.ROOT)))
                    .thenComparing(e -> String.valueOf(e.getKey()))).forEach(e -> {
                String languageKey = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
                String code = SourceLanguages.code(languageKey);
                marks.add(languageKey);
                Map<String, Object> settings = lowerKeys(e.getValue());
                String title = Loose.text(settings.get("title"));
                if (title != null) {
                    languageTitles.put(code, title);
                }
                String dir = Loose.text(settings.get("contentdir"));
                if (dir != null) {
                    String earlier = contentDirs.putIfAbsent(dir(dir, globalDir), languageKey);
                    if (earlier != null && !earlier.equals(languageKey)) {
                        findings.add(Category.SETTINGS, settingsFile, 0, "the languages '" + earlier + "' and '"
                                + languageKey + "' name the same content folder " + dir(dir, globalDir) + "; its pages were read as '"
                                + earlier + "'" + (earlier.equals(oldDefault) ? ", the default language" : ""));
                    }
                }
            });
            if (!contentDirs.isEmpty()) {
                // a language that names no folder reads the site's (Hugo mounts it for the first such language,
                // the default first), as cncf/glossary's English reads contentDir = "content/en"
                configured.entrySet().stream().filter(e -> Loose.text(lowerKeys(e.getValue()).get("contentdir")) == null)
                        .map(e -> String.valueOf(e.getKey()).toLowerCase(Locale.ROOT))
                        .sorted(Comparator.comparing((String key) -> !oldDefault.equals(key)).thenComparing(key -> key))
                        .findFirst().ifPresent(key -> contentDirs.putIfAbsent(globalDir, key));
            }
        }
        Map<String, String> mounted = contentMounts(config.get("module"));
        if (mounted.isEmpty() && contentDirs.isEmpty()) {
            mounted = templateMounts(files, config, globalDir, findings);
        }
        if (!mounted.isEmpty()) {
            // mounts of the content replace Hugo's own: content/en mounted as the content, for English, is served at /
            contentDirs.clear();
            contentDirs.putAll(mounted);
        }
        if (contentDirs.isEmpty()) {
            contentDirs.put(globalDir, null);
            reportLanguageFolders(files, config, globalDir, settingsFile, findings);
        }
        Object configuredDates = lowerKeys(config.get("frontmatter")).get("date");
        List<String> dateKeys = PostDates.dateKeys(SourceKind.HUGO, configuredDates);
        List<String> unreadable = dateKeys.stream().filter(key -> key.startsWith(":") && !key.equals(PostDates.FILE_NAME))
                .toList();
        unreadable.forEach(key -> findings.add(Category.SETTINGS, settingsFile, 0, "the old site dates its pages by '"
                + key + "' ([frontmatter] date), which the import cannot read: pages are dated by the other keys it "
                + "names, " + String.join(", ", dateKeys.stream().filter(k -> !unreadable.contains(k)).toList())));
        Map<String, String> permalinks = new TreeMap<>();
        Object configuredPermalinks = config.get("permalinks");
        Object pagePermalinks = Loose.get(configuredPermalinks, "page");
        lowerKeys(pagePermalinks instanceof Map ? pagePermalinks : configuredPermalinks).forEach((section, pattern) -> {
            if (Loose.text(pattern) != null) {
                permalinks.put(section, Loose.text(pattern));
            }
        });

        record Page(String path, String contentDir, String dirLanguage, String stem, boolean index, String language) {

            /** The page's folder below its content folder, a bundle's own included. */
            String folder() {
                String relative = path.substring(contentDir.isEmpty() ? 0 : contentDir.length() + 1);
                return relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
            }

            /** Its path as Hugo's cascade targets match it: from the content folder, without extension or language. */
            String hugoPath() {
                String name = index ? "" : "/" + (stem.endsWith("." + language) ? stem.substring(0, stem.length()
                        - language.length() - 1) : stem);
                return ("/" + folder() + name).replaceAll("/+", "/").toLowerCase(Locale.ROOT);
            }
        }
        HugoCascade cascade = new HugoCascade(config.get("cascade"), settingsFile);
        HugoIgnoredFiles ignored = HugoIgnoredFiles.of(config.get("ignorefiles"), settingsFile, findings);
        List<Page> otherFormats = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<String> authorPages = new ArrayList<>();
        for (Map.Entry<String, String> dir : contentDirs.entrySet()) {
            // a folder of another language inside this one (content/ko in content) holds that language's pages
            List<String> nested = contentDirs.keySet().stream()
                    .filter(other -> !other.equals(dir.getKey()) && (dir.getKey().isEmpty() || other.startsWith(dir.getKey() + "/")))
                    .map(other -> other + "/").toList();
            List<String> all = files.list(dir.getKey()).stream()
                    .filter(path -> nested.stream().noneMatch(path::startsWith))
                    .filter(path -> !ignored.ignores(path, MARKDOWN.matcher(path.substring(path.lastIndexOf('/') + 1))
                            .matches(), findings)).toList();
            Set<String> demos = HtmlDemos.of(dir.getKey(), all, files, findings);
            Set<String> bundles = new TreeSet<>();
            for (String path : all) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (name.matches("(?i)index(\\.[a-z]{2,3}(-[a-z0-9]+)?)?\\.(md|markdown)")) {
                    bundles.add(path.substring(0, path.lastIndexOf('/') + 1));
                }
            }
            for (String path : all) {
                if (demos.stream().anyMatch(path::startsWith)) {
                    continue;
                }
                String name = path.substring(path.lastIndexOf('/') + 1);
                Matcher markdown = MARKDOWN.matcher(name);
                if (!markdown.matches()) {
                    // a page Hugo rendered from another format, not a file of a page bundle nor a section's own
                    if (OTHER_FORMAT.matcher(name).matches() && !name.startsWith("_index.") && !inBundle(path, bundles)) {
                        String stem = name.substring(0, name.lastIndexOf('.'));
                        otherFormats.add(new Page(path, dir.getKey(), dir.getValue(), stem,
                                stem.equalsIgnoreCase("index"), JekyllReader.first(dir.getValue(), oldDefault)));
                    } else if (CONTENT_ADAPTER.matcher(name).matches()) {
                        findings.add(Category.SKIPPED, path, 0, "not imported: a content adapter, a template that made "
                                + "pages when Hugo built the site; the import cannot run it: write its pages as Markdown "
                                + "and import again");
                    }
                    continue;
                }
                boolean index = name.toLowerCase(Locale.ROOT).startsWith("index.");
                if (name.startsWith("_index.")) {
                    if (AUTHOR_PAGE.matcher(path.substring(dir.getKey().isEmpty() ? 0 : dir.getKey().length() + 1)).matches()) {
                        authorPages.add(path);
                    }
                    // Hugo's language of the section page: its name's (_index.ja.md), else its folder's, else the site's
                    String stem = markdown.group(1);
                    String mark = stem.substring(stem.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                    String language = SourceLanguages.code(JekyllReader.first(marks.contains(mark) ? mark : null,
                            dir.getValue(), oldDefault));
                    String relative = path.substring(dir.getKey().isEmpty() ? 0 : dir.getKey().length() + 1);
                    files.documentQuietly(path).ifPresent(document -> cascade.addSection(path, relative.contains("/")
                            ? relative.substring(0, relative.lastIndexOf('/')) : "", JekyllReader.first(marks.contains(mark)
                            ? mark : null, dir.getValue(), oldDefault), document));
                    boolean written = writtenSectionPage(files, path, dateKeys);
                    if (written && !SourceLanguages.SUPPORTED.contains(language)) {
                        findings.add(Category.OTHER_LANGUAGE, path, 1, "not imported: a section page (_index) in the "
                                + "language '" + language + "', which is not one of "
                                + String.join(", ", SourceLanguages.SUPPORTED), language);
                    } else if (written) {
                        findings.add(Category.SKIPPED, path, 1, "not imported: a section page (_index) with a date and a "
                                + "text of its own, which Hugo showed above the section's list; Broadsheet makes no "
                                + "section pages: if it is an article, make it a page of its own and import again");
                    } else {
                        findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: a section page (_index); Broadsheet "
                                + "makes its own topic and timeline pages", "section pages (_index)");
                    }
                    continue;
                }
                if (!index && inBundle(path, bundles)) {
                    findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: a Markdown resource of a page bundle, "
                            + "not a page of its own", "page bundle resources");
                    continue;
                }
                String stem = markdown.group(1);
                String mark = stem.substring(stem.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                pages.add(new Page(path, dir.getKey(), dir.getValue(), stem, index, JekyllReader.first(
                        stem.contains(".") && marks.contains(mark) ? mark : null, dir.getValue(), oldDefault)));
            }
        }
        // judged once every section's cascade is known: one that Hugo does not render holds no page to convert
        for (Page page : otherFormats) {
            LooseDocument given = cascade.apply(page.path(), page.folder(), page.hugoPath(), page.language(),
                    new LooseDocument(Map.of(), false, "", 1, List.of()), new Findings());
            if (headless(given.fields()) || Loose.isTrue(value(given.fields(), "draft"))) {
                findings.add(Category.NOT_PUBLISHED, page.path(), 0, "not imported: a page in another format than "
                        + "Markdown, in a section whose cascade Hugo does not publish (draft, or build's render: never)",
                        "pages of unpublished sections");
            } else {
                findings.add(Category.SKIPPED, page.path(), 0, "not imported: only Markdown pages are imported; "
                        + "convert it to Markdown by hand and import again");
            }
        }
        Built built = new Built(Loose.isTrue(config.get("buildfuture")), Loose.isTrue(config.get("buildexpired")));
        List<SourcePost> posts = new ArrayList<>(progress.each("read", pages, page -> files.document(page.path())
                .map(written -> {
                    SourceFiles.reportReplaced(page.path(), written, findings);
                    LooseDocument document = cascade.apply(page.path(), page.folder(), page.hugoPath(), page.language(),
                            written, findings);
                    if (ThemePages.skipped(page.path(), document, findings)) {
                        return null;
                    }
                    if (headless(document.fields())) {
                        findings.add(Category.NOT_PUBLISHED, page.path(), 1, "not imported: a headless page (headless: "
                                + "true, or build's render: never), which Hugo does not publish", "headless pages");
                        return null;
                    }
                    SourcePost post = post(page.path(), page.contentDir(), page.dirLanguage(), page.stem(), page.index(),
                            document, oldDefault, marks, built, findings);
                    return PostDates.datedByFileName(post, dateKeys) ? withSlugFromName(post) : post;
                }).orElse(null)));
        posts.sort(Comparator.comparing(SourcePost::path));
        String baseUrl = Loose.text(config.get("baseurl"));
        Map<String, Boolean> uglyUrls = new TreeMap<>();
        if (config.get("uglyurls") instanceof Map<?, ?> bySection) {
            lowerKeys(bySection).forEach((section, ugly) -> uglyUrls.put(section, Loose.isTrue(ugly)));
        } else {
            uglyUrls.put("", Loose.isTrue(config.get("uglyurls")));
        }
        return new SourceSite(SourceKind.HUGO, settingsFile, Loose.text(config.get("title")),
                baseUrl == null ? null : baseUrl.replaceAll("/+$", "") + "/", Loose.text(config.get("timezone")),
                dateKeys, languages,
                oldDefault,
                languageTitles, permalinks, uglyUrls,
                // Hugo puts no language folder on a site of one language, whatever this setting says
                Loose.isTrue(config.get("defaultcontentlanguageinsubdir"))
                        && config.get("languages") instanceof Map<?, ?> all && all.size() > 1,
                SourceSite.LanguageFolders.NONE, List.of("static", "assets"), postSections(config, posts, dateKeys),
                Authors.withTermPages(Authors.data(files, AUTHOR_FILES, "data/authors"), files, authorPages), config, posts);
    }

    /**
     * The sections that hold the site's posts, lower case: those its {@code mainSections} names, else the one with
     * the most dated pages — Hugo takes the one with the most pages, but on a project's site that is its
     * documentation, whose pages have no date and are no articles — else, no page being dated, the one with the
     * most pages.
     */
    private static List<String> postSections(Map<String, Object> config, List<SourcePost> posts, List<String> dateKeys) {
        List<Object> named = Loose.items(JekyllReader.first(lowerKeys(config.get("params")).get("mainsections"),
                config.get("mainsections")));
        if (!named.isEmpty()) {
            return named.stream().map(section -> section.toString().strip().toLowerCase(Locale.ROOT)).toList();
        }
        List<SourcePost> inSections = posts.stream().filter(post -> !post.sections().isEmpty()).toList();
        List<SourcePost> dated = inSections.stream().filter(post -> PostDates.readsDate(post, dateKeys)).toList();
        Map<String, Long> pages = (dated.isEmpty() ? inSections : dated).stream().collect(Collectors.groupingBy(
                post -> post.sections().get(0).toLowerCase(Locale.ROOT), TreeMap::new, Collectors.counting()));
        return pages.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> List.of(e.getKey())).orElse(List.of());
    }

    /**
     * The settings as Hugo merges them: the file at the root, then the files of {@code config/_default/}, each
     * holding a root key ({@code languages.toml}, {@code permalinks.toml}), the root keys themselves
     * ({@code hugo.toml}), or a key of one language ({@code languages.ko.toml} is the Korean language's
     * settings, {@code params.ko.toml} its {@code params}). Where two give a key, the root file's value is kept.
     */
    private static Map<String, Object> config(SourceFiles files) {
        Map<String, Object> config = lowerKeys(files.settings(CONFIG_FILES));
        for (String path : configParts(files)) {
            Matcher part = CONFIG_PART.matcher(path.substring(path.lastIndexOf('/') + 1));
            part.matches();
            String key = part.group(1).toLowerCase(Locale.ROOT);
            Map<String, Object> values = lowerKeys(files.settings(List.of(path)));
            if (part.group(2) != null) {
                merge(config, Map.of("languages", Map.of(part.group(2).toLowerCase(Locale.ROOT),
                        key.equals("languages") ? values : Map.of(key, values))));
            } else {
                merge(config, key.equals("hugo") || key.equals("config") ? values : Map.of(key, values));
            }
        }
        return config;
    }

    /** Adds to {@code into} the keys of {@code from} it lacks, and those of a map that both have, and so on down. */
    private static void merge(Map<String, Object> into, Map<?, ?> from) {
        from.forEach((key, value) -> {
            Object own = into.get(String.valueOf(key));
            if (own == null) {
                into.put(String.valueOf(key), value);
            } else if (own instanceof Map<?, ?> ownMap && value instanceof Map<?, ?> valueMap) {
                Map<String, Object> merged = new LinkedHashMap<>();
                ownMap.forEach((k, v) -> merged.put(String.valueOf(k), v));
                merge(merged, valueMap);
                into.put(String.valueOf(key), merged);
            }
        });
    }

    /**
     * The folders that the {@code mounts} of {@code module} mount as the content ({@code target: content}), each with
     * the language the mount gives its pages, or null.
     */
    private static Map<String, String> contentMounts(Object module) {
        Map<String, String> dirs = new LinkedHashMap<>();
        for (Object mount : Loose.items(Loose.get(module, "mounts"))) {
            Map<String, Object> settings = lowerKeys(mount);
            String source = Loose.text(settings.get("source"));
            String target = Loose.text(settings.get("target"));
            if (source != null && target != null && dir(target, "").equals("content")) {
                String language = JekyllReader.first(Loose.text(settings.get("lang")), matrixLanguage(settings.get("sites")));
                dirs.putIfAbsent(dir(source, ""), language == null ? null : language.toLowerCase(Locale.ROOT));
            }
        }
        return dirs;
    }

    /**
     * Reports content folders named like two or more of the site's languages ({@code content/en}, {@code content/ko})
     * that no setting names as each language's content: Hugo, and so the import, reads them as sections of the
     * default language, served below {@code /en/}; a site laid out so mounts them in a build step of its own (a
     * {@code module.yaml} generated from a template, another environment's settings), which the import cannot see.
     */
    private static void reportLanguageFolders(SourceFiles files, Map<String, Object> config, String globalDir,
                                              String settingsFile, Findings findings) {
        List<String> named = languageFolders(files, config, globalDir);
        if (named.size() >= 2) {
            findings.add(Category.SETTINGS, settingsFile, 0, "the content folders " + named.stream().map(key -> globalDir
                    + "/" + key).collect(Collectors.joining(", ")) + " are named like the site's languages, but no "
                    + "setting makes them each language's content (contentDir, module.mounts): read as sections, as Hugo "
                    + "would read them, their pages' old addresses beginning with the folder's name (/" + named.get(0)
                    + "/…); if the old site's "
                    + "build mounted them otherwise, set each language's contentDir and import again");
        }
    }

    /** The site's languages, lower case and sorted, that name a folder of the content folder ({@code content/ko}). */
    private static List<String> languageFolders(SourceFiles files, Map<String, Object> config, String globalDir) {
        if (!(config.get("languages") instanceof Map<?, ?> configured)) {
            return List.of();
        }
        List<String> contents = files.list(globalDir);
        return configured.keySet().stream().map(key -> String.valueOf(key).toLowerCase(Locale.ROOT))
                .filter(key -> contents.stream().anyMatch(path -> path.toLowerCase(Locale.ROOT)
                        .startsWith(globalDir + "/" + key + "/")))
                .sorted().toList();
    }

    /**
     * The content mounts of a file of {@code config/_default/} that Hugo reads as no module's, when they mount each of
     * two or more content folders named like the site's languages: the old site's build made them its module's, as
     * opentelemetry.io renders its {@code module-template.yaml} as {@code module.yaml} (reported); else none.
     */
    private static Map<String, String> templateMounts(SourceFiles files, Map<String, Object> config, String globalDir,
                                                      Findings findings) {
        List<String> named = languageFolders(files, config, globalDir);
        for (String part : named.size() < 2 ? List.<String>of() : configParts(files)) {
            String key = part.substring(part.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT);
            Map<String, String> mounts = key.equals("module") ? Map.of() : contentMounts(config.get(key));
            Set<String> sources = mounts.keySet().stream().map(dir -> dir.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            if (named.stream().allMatch(language -> sources.contains(globalDir + "/" + language))) {
                findings.add(Category.SETTINGS, part, 0, "the content was read as the mounts of this file give it ("
                        + String.join(", ", mounts.keySet()) + "), which Hugo does not read here: the old site's build "
                        + "made them its module's, as its content folders named like its languages say; if it built "
                        + "otherwise, set each language's contentDir and import again");
                return mounts;
            }
        }
        return Map.of();
    }

    /**
     * The one language that a mount's {@code sites: {matrix: {languages: [ko]}}} names, as Hugo 0.153 and later write
     * what {@code lang} said; null for none, several or a glob.
     */
    private static String matrixLanguage(Object sites) {
        List<Object> languages = Loose.items(Loose.get(Loose.get(sites, "matrix"), "languages"));
        String language = languages.size() == 1 ? Loose.text(languages.get(0)) : null;
        return language != null && language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]+)?") ? language : null;
    }

    /** The files of {@code config/_default/} that hold settings, root keys first. */
    private static List<String> configParts(SourceFiles files) {
        // Hugo walks the folder's subfolders too, and keys each file by its own name (module/module.yaml: module)
        return files.list(CONFIG_DIR).stream()
                .filter(path -> CONFIG_PART.matcher(path.substring(path.lastIndexOf('/') + 1)).matches())
                .sorted(Comparator.comparing((String path) -> !path.matches("(?i).*/(hugo|config)\\.[a-z]+"))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Whether a page's front matter keeps Hugo from publishing it as a page of its own. */
    private static boolean headless(Map<String, LooseField> fields) {
        Object build = JekyllReader.first(value(fields, "build"), value(fields, "_build"));
        Object render = Loose.get(build, "render");
        return Loose.isTrue(value(fields, "headless")) || render != null
                && (Loose.isFalse(render) || render.toString().strip().equalsIgnoreCase("never"));
    }

    /**
     * Whether a published section page carries a dated text of its own, as a blog kept as a tree of sections writes
     * its articles, rather than a title over the list that Hugo made.
     */
    private static boolean writtenSectionPage(SourceFiles files, String path, List<String> dateKeys) {
        return files.documentQuietly(path).filter(document -> !Loose.isTrue(value(document.fields(), "draft"))
                && dateKeys.stream().anyMatch(key -> !key.startsWith(":") && value(document.fields(), key) != null)
                && !document.body().replaceAll("\\{\\{[<%].{0,1000}?[>%]}}", "").isBlank()).isPresent();
    }

    private static Object value(Map<String, LooseField> fields, String name) {
        LooseField field = SourcePost.field(fields, name);
        return field == null ? null : field.value();
    }

    /** Whether {@code path} is below the folder of a page bundle (a folder with an {@code index.md}). */
    private static boolean inBundle(String path, Set<String> bundles) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (bundles.contains(path.substring(0, slash + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which pages outside their publication window the configuration has Hugo publish all the same: those dated to
     * come ({@code buildFuture}), those whose {@code expiryDate} has passed ({@code buildExpired}).
     */
    private record Built(boolean future, boolean expired) {
    }

    private static SourcePost post(String path, String contentDir, String dirLanguage, String stem, boolean index,
                                   LooseDocument document, String defaultLanguage, Set<String> marks, Built built,
                                   Findings findings) {
        Map<String, LooseField> fields = document.fields();
        String relative = path.substring(contentDir.isEmpty() ? 0 : contentDir.length() + 1);
        List<String> folders = new ArrayList<>(Arrays.asList(relative.split("/")));
        folders.remove(folders.size() - 1);
        String mark = stem.lastIndexOf('.') > 0 ? stem.substring(stem.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : null;
        String suffix = mark != null && marks.contains(mark) ? mark : null;
        String bare = suffix == null ? stem : stem.substring(0, stem.lastIndexOf('.'));
        String name = index && !folders.isEmpty() ? folders.remove(folders.size() - 1) : bare;
        // Hugo's key of the language it served the page in (en-us), and Broadsheet's code of it (en)
        String oldLanguage = JekyllReader.first(suffix, dirLanguage, defaultLanguage);
        String language = SourceLanguages.code(oldLanguage);
        String nameLanguage = SourceLanguages.suffix(name);
        if (suffix == null && dirLanguage == null) {
            String marked = JekyllReader.first(SourceLanguages.code(Loose.text(value(fields, "lang"))),
                    SourceLanguages.code(Loose.text(value(fields, "language"))));
            if (marked != null) {
                language = marked;
            } else if (nameLanguage != null) {
                language = nameLanguage;
                if (!language.equals(SourceLanguages.code(oldLanguage))) {
                    findings.add(Category.LANGUAGE_GUESSED, path, 1, "read as '" + language + "' from the end of its "
                            + "name '" + name + "' (Hugo served it in '" + oldLanguage + "', the site's default)", language);
                }
            } else {
                language = SourceLanguages.guess(path, fields, document.body(), SourceLanguages.code(defaultLanguage),
                        findings);
            }
        }
        Matcher dated = DATED.matcher(name);
        String key = Loose.text(value(fields, "translationKey"));
        String pairKey = key != null ? "key:" + key : String.join("/", folders) + (folders.isEmpty() ? "" : "/")
                + (nameLanguage != null ? SourceLanguages.withoutSuffix(name) : name);
        return new SourcePost(SourceKind.HUGO, path, language, oldLanguage, fields, document.body(), document.bodyLine(),
                dated.matches() ? dated.group(1) : null, name, pairKey, Loose.isTrue(value(fields, "draft"))
                || Loose.isFalse(value(fields, "published")) || unpublished(path, fields, built, findings), List.of(),
                List.copyOf(folders));
    }

    /**
     * The page with the slug that Hugo took from its name when it dated it by the date that starts the name
     * ({@code 2021-06-01-tide-tables}: {@code tide-tables}), unless it names its own.
     */
    private static SourcePost withSlugFromName(SourcePost post) {
        String slug = afterDate(post.fileSlug());
        if (post.field("slug") != null || slug.isEmpty()) {
            return post;
        }
        Map<String, LooseField> fields = new LinkedHashMap<>(post.fields());
        fields.put("slug", new LooseField("slug", 0, slug));
        return new SourcePost(post.kind(), post.path(), post.language(), post.oldLanguage(), fields, post.body(),
                post.bodyLine(), post.fileDate(), post.fileSlug(), post.pairKey(), post.draft(), post.categories(),
                post.sections());
    }

    /**
     * What follows the date that starts {@code name} ({@link #DATED}), as Hugo's {@code :filename} takes the slug from
     * it: without the {@code -}, {@code _} and spaces around it, and empty when nothing else follows; else {@code name}.
     */
    static String afterDate(String name) {
        Matcher dated = DATED.matcher(name);
        return dated.matches() ? name.substring(dated.end(1)).replaceAll("^[ _-]+|[ _-]+$", "") : name;
    }

    /**
     * Whether Hugo no longer or not yet published the page: its {@code expiryDate} has passed, or its publication
     * date is to come — the first of {@code publishDate}, {@code pubDate}, {@code published} and {@code date} it
     * gives, as Hugo falls back to the page's date — unless the configuration has Hugo publish it all the same. Such
     * a page is imported as a draft, with no old address.
     */
    private static boolean unpublished(String path, Map<String, LooseField> fields, Built built, Findings findings) {
        OffsetDateTime now = OffsetDateTime.now();
        for (String field : List.of("expiryDate", "unpublishDate")) {
            Optional<OffsetDateTime> date = date(fields, field);
            if (!built.expired() && date.isPresent() && !date.get().isAfter(now)) {
                LooseField written = SourcePost.field(fields, field);
                findings.add(Category.UNPUBLISHED, path, written.line(), "'" + written.name() + "' "
                        + Loose.text(written.value()) + " has passed: imported as a draft", written.name());
                return true;
            }
        }
        for (String field : List.of("publishDate", "pubDate", "published", "date")) {
            Optional<OffsetDateTime> date = date(fields, field);
            if (date.isPresent()) {
                if (built.future() || !date.get().isAfter(now)) {
                    return false;
                }
                LooseField written = SourcePost.field(fields, field);
                findings.add(Category.UNPUBLISHED, path, written.line(), "'" + written.name() + "' "
                        + Loose.text(written.value()) + " is to come: imported as a draft", written.name());
                return true;
            }
        }
        return false;
    }

    /** The date that {@code field} gives; empty when it is absent or no date (Hugo refuses to build with the latter). */
    private static Optional<OffsetDateTime> date(Map<String, LooseField> fields, String field) {
        LooseField written = SourcePost.field(fields, field);
        String text = written == null ? null : Loose.text(written.value());
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Dates.parse(text, ZoneOffset.UTC));
        } catch (Dates.InvalidDate e) {
            return Optional.empty();
        }
    }

    private static String dir(String written, String fallback) {
        return written == null ? fallback : written.replaceAll("^\\./|/+$", "");
    }

    /** A settings map with lower-case keys: Hugo's keys are case-insensitive. */
    private static Map<String, Object> lowerKeys(Object value) {
        Map<String, Object> lower = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> lower.put(String.valueOf(k).toLowerCase(Locale.ROOT),
                    v instanceof LooseField field ? field.value() : v));
        }
        return lower;
    }
}
