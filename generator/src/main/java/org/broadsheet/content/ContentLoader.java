package org.broadsheet.content;

import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.BodyText;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.EditorFiles;
import org.broadsheet.model.FolderWalk;
import org.broadsheet.model.Language;
import org.broadsheet.model.MostRead;
import org.broadsheet.model.Series;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.Topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads {@code content/}: {@code site.yml}, {@code topics.yml}, {@code authors.yml}, {@code series.yml} and every
 * article of every language.
 */
public final class ContentLoader {

    /**
     * A Markdown file's name that is not an article's: {@code .MD} from an editor on Windows, {@code .markdown} as
     * Jekyll allows. Such a file is not read, and a story silently left out is a loss: it is a problem.
     */
    private static final Pattern OTHER_MARKDOWN = Pattern.compile("(?i)[^.].*\\.(md|markdown|mdown|mkdn|mkd)");

    /** What a problem says of a symbolic link to a folder outside {@code content/}. */
    private static final String FOLDER_OUTSIDE_MESSAGE = "is a symbolic link to a folder outside content/; Broadsheet "
            + "reads nothing from outside content/ and templates/, so no article or file in it is published: put the "
            + "folder itself in content/";

    /**
     * What a problem of a name that is not UTF-8 adds when this JDK reads names in another encoding (a CI machine
     * without a locale): there, every name beyond ASCII, a Korean article's, is one.
     */
    private static final String NAMES_READ_AS = Optional.ofNullable(System.getProperty("sun.jnu.encoding"))
            .filter(encoding -> !encoding.equalsIgnoreCase("UTF-8"))
            .map(encoding -> " (this Java reads names as " + encoding + ", not UTF-8: set a UTF-8 locale, e.g. "
                    + "LANG=C.UTF-8)")
            .orElse("");

    private final Path contentDir;
    private final String prefix;
    private final Markdown markdown;

    /**
     * @param contentDir the {@code content/} folder
     * @param prefix     how that folder is named in problems, e.g. {@code content/}
     */
    public ContentLoader(Path contentDir, String prefix, Markdown markdown) {
        this.contentDir = contentDir;
        this.prefix = prefix;
        this.markdown = markdown;
    }

    /**
     * One article file as read: the article, if it could be read, else its body when its front matter could be told
     * from it; the file's problems and warnings, and the file's stamp before it was read (null when it no longer
     * exists).
     */
    public record ArticleFile(String contentPath, Article article, BodyText unreadBody, List<Problem> problems,
                              List<Problem> warnings, FileStamp stamp) {
    }

    /**
     * The settings, the topics, the authors, the series and the article files of {@code content/} (relative to it, NFC),
     * with the problems of the settings and of the folder structure.
     *
     * @param unreadRegistries the files of {@code topics.yml}, {@code authors.yml} and {@code series.yml} whose YAML
     *                         could not be read, with their text: the keys they hold are unknown, so an article's key
     *                         of one is not reported again (the file's own problem stands for them) unless the text
     *                         does not hold it at all
     * @param linksKnown       whether {@code site.yml} gave every setting that the addresses of the pages and the links
     *                         of the bodies depend on: when not, the defaults standing for them could make a link look
     *                         broken that is not
     * @param folderLinks      the symbolic links to folders that the listing reported (relative to {@code content/}):
     *                         removing one changes the problems, though no file of the site was there
     * @param strayFiles       the Markdown files directly in {@code content/} or in folders named like no language of
     *                         {@code site.yml}, and the files of another Markdown extension ({@code .MD},
     *                         {@code .markdown}), each with the language it is read as for its own problems: none of
     *                         them is published
     * @param bodiesKept       whether the articles' texts are kept once read ({@link FileBody}): when the article
     *                         files listed take at most a quarter of the heap's largest size together, so that a
     *                         build reads each file once; an archive too large for that reads its bodies again as
     *                         they are needed
     */
    public record Settings(SiteConfig config, Map<String, Topic> topics, Map<String, AuthorProfile> authors,
                           Map<String, Series> series, Map<String, String> unreadRegistries, List<String> articleFiles,
                           boolean linksKnown, Set<String> folderLinks, Map<String, String> strayFiles,
                           boolean bodiesKept) {
    }

    /**
     * What one walk of {@code content/} found: its Markdown files (relative to it, NFC, sorted), none in a
     * hidden folder or an editor's temporary file itself ({@code .x.md}, {@code #x.md}), and symbolic links named
     * so that lead outside {@code content/} or nowhere among them, which reading reports; the stamps the walk took
     * of those it found under their NFC names (links are stamped when read); every other regular file, hidden ones
     * included, but {@code most-read.yml}, which no page depends on; the files with another Markdown extension;
     * the files and folders (ending in {@code /}) whose names are not UTF-8, none of those; and the
     * symbolic links to folders, outside hidden ones, which the walk does not enter.
     */
    public record Listing(List<String> markdownFiles, Map<String, FileStamp> stamps, List<Path> otherFiles,
                          List<String> misnamed, List<String> undecodable,
                          List<FolderLink> folderLinks) {
    }

    /**
     * A symbolic link to a folder: {@code path} relative to {@code content/}, {@code target} the real folder relative
     * to it, or null when that lies outside.
     */
    public record FolderLink(String path, String target) {
    }

    /**
     * Loads the YAML reader: in a fresh JVM the first settings file read waited half a second for Jackson's
     * classes, a tenth of a rebuild of an archive, which another thread can load while the folder is listed.
     */
    public static void prepare() {
        YamlFields.prepare();
    }

    /** The registry files beside {@code site.yml}: keys that articles name, none of which changes a body's links. */
    public static final Set<String> REGISTRIES = Set.of("topics.yml", "authors.yml", "series.yml");
    /** The site's settings file, at the root of {@code content/}. */
    public static final String SITE_SETTINGS = "site.yml";

    /** Reads {@code site.yml}, {@code topics.yml}, {@code authors.yml} and {@code series.yml} and lists the article files, reporting their problems. */
    public Settings settings(Problems problems) throws IOException {
        return settings(list(), problems);
    }

    /** Reads {@code site.yml}, {@code topics.yml}, {@code authors.yml} and {@code series.yml}, reporting their problems and those of the {@code listing}. */
    public Settings settings(Listing listing, Problems problems) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            problems.add(prefix, 0, "the content folder does not exist; create it with site.yml, topics.yml "
                    + "and a folder per language");
            return new Settings(SiteConfigReader.fallback(List.of()), Map.of(), Map.of(), Map.of(), Map.of(), List.of(),
                    false, Set.of(), Map.of(), false);
        }
        for (FolderLink link : listing.folderLinks()) {
            problems.add(prefix + link.path(), 0, folderLinkMessage(link));
        }
        for (String name : listing.undecodable()) {
            boolean folder = name.endsWith("/");
            problems.add(prefix + name, 0, "the " + (folder ? "folder's" : "file's") + " name is not UTF-8 (shown with "
                    + "\uFFFD, U+FFFD, for its bytes that are not), so Broadsheet cannot name it to read it or link to it"
                    + (folder ? " or to anything in it" : "") + ": rename it" + NAMES_READ_AS);
        }
        for (String file : listing.misnamed()) {
            problems.add(prefix + file, 0, "not read as an article: an article's file name ends in '.md', in lower case; "
                    + "rename it " + file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.')) + ".md");
        }
        List<String> markdownFiles = listing.markdownFiles();
        for (int i = 1; i < markdownFiles.size(); i++) {
            // two names on disk, one NFC name (the list is sorted): one of the files would silently not be read
            if (markdownFiles.get(i).equals(markdownFiles.get(i - 1))) {
                problems.add(prefix + markdownFiles.get(i), 0, "two files have this name, which looks the same in both: "
                        + "its letters are composed in one and decomposed in the other (as macOS writes them); "
                        + "Broadsheet would read only one of them: remove the other");
            }
        }
        List<String> folders = markdownFiles.stream().filter(p -> p.contains("/"))
                .map(p -> p.substring(0, p.indexOf('/'))).distinct().sorted().toList();

        Path siteFile = contentDir.resolve(SITE_SETTINGS);
        SiteConfig config;
        boolean linksKnown = false;
        if (Files.isRegularFile(siteFile)) {
            SiteConfigReader.Reading reading = SiteConfigReader.read(text(siteFile, SITE_SETTINGS, problems),
                    prefix + SITE_SETTINGS, folders, problems);
            config = reading.config();
            linksKnown = reading.linksKnown();
        } else {
            problems.add(prefix + SITE_SETTINGS, 0, "missing site settings: create content/site.yml with baseUrl, "
                    + "timezone and languages");
            config = SiteConfigReader.fallback(folders);
        }
        Map<String, String> unread = new TreeMap<>();
        Map<String, Topic> topics = TopicsReader.read(registry("topics.yml", unread, problems), prefix + "topics.yml",
                config.languages(), problems);
        Map<String, AuthorProfile> authors = AuthorsReader.read(registry("authors.yml", unread, problems),
                prefix + "authors.yml", contentDir, config.languages(), problems);
        Map<String, Series> series = SeriesReader.read(registry("series.yml", unread, problems), prefix + "series.yml",
                config.languages(), problems);

        Set<String> languages = new TreeSet<>(config.languages().stream().map(Language::code).toList());
        for (String folder : folders) {
            if (!languages.contains(folder)) {
                problems.add(prefix + folder, 0, StrayFolder.message(folder, config));
            }
        }
        // a misnamed one too (Harbor.MD): renaming it alone would bring this problem
        Stream.concat(markdownFiles.stream(), listing.misnamed().stream()).filter(file -> !file.contains("/"))
                .forEach(file -> problems.add(prefix + file, 0, "articles belong in a language folder such as content/"
                        + config.defaultLanguage().code() + "/"));
        List<String> articleFiles = markdownFiles.stream()
                .filter(p -> p.contains("/") && languages.contains(p.substring(0, p.indexOf('/'))))
                .toList();
        // a misplaced or misnamed file is checked as the article it would be once moved or renamed, so that doing so
        // brings no new problem
        Map<String, String> strayFiles = Stream.concat(markdownFiles.stream()
                        .filter(p -> !p.contains("/") || !languages.contains(p.substring(0, p.indexOf('/')))),
                        listing.misnamed().stream())
                .collect(Collectors.toUnmodifiableMap(p -> p, p -> !p.contains("/")
                        ? config.defaultLanguage().code()
                        : StrayFolder.readAs(p.substring(0, p.indexOf('/')), config), (a, b) -> a));
        long articleBytes = articleFiles.stream().map(listing.stamps()::get).filter(Objects::nonNull)
                .mapToLong(FileStamp::size).sum();
        return new Settings(config, topics, authors, series, Map.copyOf(unread), articleFiles, linksKnown,
                listing.folderLinks().stream().map(FolderLink::path).collect(Collectors.toUnmodifiableSet()),
                strayFiles, bodiesFit(articleBytes, Runtime.getRuntime().maxMemory()));
    }

    /**
     * Whether the texts of article files of {@code articleBytes} together are kept once read in a heap of at most
     * {@code maxHeap} bytes: a text takes about as many bytes as its file, at most twice (a char takes one byte in a
     * text of Latin-1 only, else two, against one to three in UTF-8), and a quarter leaves the pages' bookkeeping
     * the room it needs.
     */
    static boolean bodiesFit(long articleBytes, long maxHeap) {
        return articleBytes <= maxHeap / 4;
    }

    /** Whether {@code contentPath} (relative to {@code content/}) is an article file under these settings. */
    public static boolean isArticleFile(String contentPath, Settings settings) {
        return contentPath.endsWith(".md") && contentPath.contains("/") && settings.config().language(
                contentPath.substring(0, contentPath.indexOf('/'))).isPresent();
    }

    /**
     * The fields of the registry file {@code name} of {@code content/}, none when there is no such file; when its YAML
     * cannot be read (a problem), none, and its name is added to {@code unread} with its text.
     */
    private Map<String, YamlFields.Field> registry(String name, Map<String, String> unread, Problems problems)
            throws IOException {
        Path file = contentDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        String text = text(file, name, problems);
        Optional<Map<String, YamlFields.Field>> fields = YamlFields.read(text, prefix + name, 1, problems);
        if (fields.isEmpty()) {
            unread.put(name, text);
        }
        return fields.orElse(Map.of());
    }

    /** Reads one article file; a file that no longer exists gives no article and no problem. */
    public ArticleFile read(String contentPath, Settings settings) {
        return read(contentPath, settings, KnownArticles.none());
    }

    /** Reads one article file, or takes its article from {@code cache} when the file is unchanged. */
    public ArticleFile read(String contentPath, Settings settings, KnownArticles cache) {
        return read(contentPath, languageFolder(contentPath), settings, cache, null);
    }

    /**
     * Reads every article file of {@code settings} on all cores, taking each article from {@code cache} when
     * its file has the stamp that {@code listing}, which {@code settings} were read from, took of it; and every stray
     * file of {@code settings} for its own problems and its body's, giving no article that another file's pairing
     * could depend on.
     */
    public List<ArticleFile> readAll(Listing listing, Settings settings, KnownArticles cache) {
        Stream<ArticleFile> articles = settings.articleFiles().parallelStream().map(path ->
                read(path, languageFolder(path), settings, cache, listing.stamps().get(path)));
        Stream<ArticleFile> stray = settings.strayFiles().entrySet().parallelStream()
                .map(file -> read(file.getKey(), file.getValue(), settings, KnownArticles.none(),
                        listing.stamps().get(file.getKey())))
                .map(file -> new ArticleFile(file.contentPath(), null, strayBody(file), file.problems(), List.of(),
                        file.stamp()));
        return Stream.concat(articles, stray).toList();
    }

    /**
     * The body of {@code file}, a stray file ({@link Settings#strayFiles}), checked as an unread article's is: its
     * images, and its links as far as they lead to the same place once the file or its folder is renamed or moved.
     * Without a date, a slug or aliases, so that it has no address: no page or redirect of the site is its until then.
     */
    private static BodyText strayBody(ArticleFile file) {
        BodyText body = file.article() != null ? BodyText.of(file.article()) : file.unreadBody();
        return body == null ? null : new BodyText(body.source(), body.contentPath(), body.text(), body.line(), null,
                null, body.draft(), List.of());
    }

    /** The folder directly in {@code content/} that {@code contentPath} is in. */
    private static String languageFolder(String contentPath) {
        return contentPath.substring(0, contentPath.indexOf('/'));
    }

    /**
     * {@link #read(String, Settings, KnownArticles)} of a file read as one of {@code language}, whose stamp was taken
     * when it was listed, if not null.
     */
    private ArticleFile read(String contentPath, String language, Settings settings, KnownArticles cache,
                             FileStamp listed) {
        Problems problems = new Problems();
        Path file = contentDir.resolve(contentPath);
        FileStamp stamp = listed != null || leadsNowhere(file) ? listed : stamp(file);
        if (stamp == null && !leadsNowhere(file)) {
            // not under its NFC name: written in NFD on disk (as macOS does), the entry whose NFC form matches
            file = unlessGone(() -> findNormalized(contentPath)).flatMap(f -> f).orElse(null);
            stamp = file == null || leadsNowhere(file) ? null : stamp(file);
        }
        if (stamp == null) {
            if (file != null && leadsNowhere(file)) {
                Path link = file;
                problems.add(prefix + contentPath, 0, neverContent(link).map(this::neverContentMessage)
                        .orElseGet(() -> nowhereMessage(link)));
            }
            return new ArticleFile(contentPath, null, null, problems.sorted(), List.of(), null);
        }
        if (listed == null && ContentPaths.realInside(contentDir, file).isEmpty()) {
            // before the cache: the article kept for this path may be the very file now moved out and linked to;
            // a file the walk stamped is inside content/, as the walk follows no link
            problems.add(prefix + contentPath, 0, ContentPaths.OUTSIDE_MESSAGE);
            return new ArticleFile(contentPath, null, null, problems.sorted(), List.of(), stamp);
        }
        Optional<String> neverContent = listed == null ? neverContent(file) : Optional.empty();
        if (neverContent.isPresent()) {
            // as an image or a file linked to there is not found: a hidden file is never content, whatever names it
            problems.add(prefix + contentPath, 0, neverContentMessage(neverContent.get()));
            return new ArticleFile(contentPath, null, null, problems.sorted(), List.of(), stamp);
        }
        if (listed == null && !Files.isRegularFile(file)) {
            // a named pipe or a device, which the walk lists not: opening a pipe waits for a writer that never comes
            return new ArticleFile(contentPath, null, null, List.of(), List.of(), null);
        }
        Optional<Article> cached = cache.get(contentPath, stamp);
        if (cached.isPresent()) {
            return new ArticleFile(contentPath, cached.get(), null, List.of(), List.of(), stamp);
        }
        ArticleReader.Reading reading = ArticleReader.Reading.NOTHING;
        Path onDisk = file;
        if (stamp.size() > ArticleReader.MAX_BYTES) {
            // told from the size, not by reading: a file of gigabytes would exhaust the memory first
            ArticleReader.tooLarge(prefix + contentPath, stamp.size(), problems);
        } else {
            byte[] bytes = unlessGone(() -> readAtMost(onDisk, ArticleReader.MAX_BYTES + 1)).orElse(null);
            if (bytes != null && bytes.length > ArticleReader.MAX_BYTES) {
                // grown since it was stamped
                ArticleReader.tooLarge(prefix + contentPath, unlessGone(() -> Files.size(onDisk)).orElse(0L), problems);
            } else if (bytes != null) {
                reading = new ArticleReader(contentDir, prefix, settings, markdown, problems)
                        .read(contentPath, language, onDisk, bytes, settings.bodiesKept() ? stamp : null);
            }
        }
        return new ArticleFile(contentPath, reading.article(), reading.unreadBody(), problems.sorted(),
                problems.warnings(), stamp);
    }

    /**
     * Where {@code file}, inside {@code content/}, really is (relative to {@code content/}), or where the link that it
     * is names when that leads nowhere, when that is a hidden file, one in a hidden folder or an editor's temporary
     * file; empty when not.
     */
    private Optional<String> neverContent(Path file) {
        Optional<Path> relative = leadsNowhere(file)
                // told from the link alone: the preview sees no hidden file go, and says what a full build says
                ? unlessGone(() -> file.getParent().resolve(Files.readSymbolicLink(file)).normalize())
                        .filter(target -> target.startsWith(contentDir.normalize()))
                        .map(target -> contentDir.normalize().relativize(target))
                : ContentPaths.realInside(contentDir, file)
                        .flatMap(real -> unlessGone(() -> contentDir.toRealPath().relativize(real)));
        return relative.filter(EditorFiles::temporary).map(path -> path.toString().replace('\\', '/'));
    }

    /** What a problem says of an article file that leads to {@code target}, hidden or an editor's temporary file. */
    private String neverContentMessage(String target) {
        return "leads through a symbolic link to " + prefix + target + ", which is hidden or an editor's temporary "
                + "file and so never content: no article is read from it; put the article itself here, or remove the "
                + "link";
    }

    /** Whether {@code file} is a symbolic link that leads to nothing: to a file that is not there, or round a loop. */
    private static boolean leadsNowhere(Path file) {
        return Files.isSymbolicLink(file) && !Files.exists(file);
    }

    /** What a problem says of {@code link}, named like an article, that {@link #leadsNowhere leads nowhere}. */
    private static String nowhereMessage(Path link) {
        String target = unlessGone(() -> Files.readSymbolicLink(link).toString()).orElse("");
        return "is a symbolic link to '" + target + "', which leads to no file, so no article is read from it: put "
                + "the article itself here, or remove the link";
    }

    /** The first {@code limit} bytes of {@code file}, or all of a smaller one. */
    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    /** The stamp of {@code file}, or null when there is no such file. */
    private static FileStamp stamp(Path file) {
        return unlessGone(() -> FileStamp.of(file)).orElse(null);
    }

    /** A file operation that may throw. */
    private interface FileCall<T> {
        T call() throws IOException;
    }

    /** What {@code call} gives, or empty when its file is gone (deleted since the folder was listed). */
    private static <T> Optional<T> unlessGone(FileCall<T> call) {
        try {
            return Optional.of(call.call());
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lists {@code content/} in one walk that reads each entry's attributes once: an archive has tens of
     * thousands of articles, and a build that finds them unchanged spends little else on them.
     */
    public Listing list() throws IOException {
        if (!Files.isDirectory(contentDir)) {
            return new Listing(List.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<String> markdownFiles = new ArrayList<>();
        Map<String, FileStamp> stamps = new HashMap<>();
        List<Path> otherFiles = new ArrayList<>();
        List<String> misnamed = new ArrayList<>();
        List<String> undecodable = new ArrayList<>();
        List<FolderLink> folderLinks = new ArrayList<>();
        FolderWalk.walk(contentDir, new SimpleFileVisitor<>() {
            /** How many of the folders entered are hidden or inside a hidden one. */
            private int hiddenDepth;

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (hiddenDepth > 0 || !dir.equals(contentDir) && hidden(dir)) {
                    hiddenDepth++;
                } else if (!decodable(dir)) {
                    undecodable.add(contentDir.relativize(dir).toString().replace('\\', '/') + "/");
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                hiddenDepth = Math.max(0, hiddenDepth - 1);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean visible = hiddenDepth == 0 && !EditorFiles.temporary(file.getFileName());
                boolean link = attributes.isSymbolicLink();
                if (link && visible && Files.isDirectory(file)) {
                    folderLinks.add(folderLink(file));
                    return FileVisitResult.CONTINUE;
                }
                if (!link && !attributes.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (visible && !decodable(file)) {
                    undecodable.add(relative(file));
                    return FileVisitResult.CONTINUE;
                }
                boolean markdown = file.getFileName().toString().endsWith(".md");
                if (link && ContentPaths.realInside(contentDir, file).isEmpty()) {
                    // never read, whether it leads outside or nowhere; an article file that is one is listed all the
                    // same, so that reading it reports the story that would go missing, as the preview's reading of
                    // one saved file does; an article or page that uses one of the others is told so at its line
                    if (visible && markdown) {
                        markdownFiles.add(Normalizer.normalize(relative(file), Normalizer.Form.NFC));
                    }
                    return FileVisitResult.CONTINUE;
                }
                if (!regularFile(file, attributes)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!markdown) {
                    if (!file.equals(contentDir.resolve(MostRead.FILE))) {
                        otherFiles.add(file);
                    }
                    if (visible && OTHER_MARKDOWN.matcher(file.getFileName().toString()).matches()) {
                        misnamed.add(relative(file));
                    }
                } else if (visible) {
                    String relative = relative(file);
                    String name = Normalizer.normalize(relative, Normalizer.Form.NFC);
                    markdownFiles.add(name);
                    if (attributes.isRegularFile() && name.equals(relative)) {
                        stamps.put(name, FileStamp.of(attributes));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            private String relative(Path file) {
                return contentDir.relativize(file).toString().replace('\\', '/');
            }
        });
        markdownFiles.sort(Comparator.naturalOrder());
        misnamed.sort(Comparator.naturalOrder());
        undecodable.sort(Comparator.naturalOrder());
        folderLinks.sort(Comparator.comparing(FolderLink::path));
        return new Listing(markdownFiles, Collections.unmodifiableMap(stamps), otherFiles, misnamed,
                undecodable, List.copyOf(folderLinks));
    }

    /**
     * What a problem says of a symbolic link to a folder. The walk enters none: a folder of {@code content/} behind one
     * is read at its own place already, and read again through the link its articles would be published twice.
     */
    private String folderLinkMessage(FolderLink link) {
        if (link.target() == null) {
            return "is a symbolic link to a folder outside content/; Broadsheet reads nothing from outside content/ "
                    + "and templates/, so no article or file in it is published: put the folder itself in content/";
        }
        String notFollowed = "is a symbolic link to the folder " + prefix + link.target() + "; Broadsheet follows no "
                + "link to a folder, so nothing in it is read through this one";
        return ContentPaths.hidden(Path.of(link.target()))
                ? notFollowed + ", and the files of a hidden folder are never content: put the folder itself here"
                : notFollowed + " (its articles are read at their own place, and would be published twice): remove "
                + "the link, and name its files by their own place, " + prefix + link.target() + "/…";
    }

    /** {@code link}, a symbolic link to a folder, and where it leads. */
    private FolderLink folderLink(Path link) {
        String target = ContentPaths.realInside(contentDir, link).map(real -> {
            try {
                return contentDir.toRealPath().relativize(real).toString().replace('\\', '/');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
        return new FolderLink(contentDir.relativize(link).toString().replace('\\', '/'), target);
    }

    /**
     * Reads {@code content/most-read.yml}, if there is one; what it cannot read is a warning, since no page
     * depends on the file and an analytics export, not a writer, keeps it.
     */
    public MostRead mostRead(List<Language> languages, Problems problems) throws IOException {
        Path file = contentDir.resolve(MostRead.FILE);
        if (!Files.isRegularFile(file)) {
            return new MostRead(prefix + MostRead.FILE, Map.of());
        }
        Problems found = new Problems();
        String text = text(file, MostRead.FILE, found);
        found.sorted().forEach(p -> problems.warn(p.path(), p.line(), p.message()));
        return MostReadReader.read(text, prefix + MostRead.FILE, languages, problems);
    }

    /** Whether a file met in a walk is a regular file, or a symbolic link to one (walks do not follow links). */
    public static boolean regularFile(Path file, BasicFileAttributes attributes) {
        return attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
    }

    /**
     * Whether {@code path}'s name, as the JDK decodes it, names it again: a name whose bytes are not in the encoding
     * the JDK reads names in (UTF-8 on every usual system) is decoded with U+FFFD for them, which names no file.
     */
    public static boolean decodable(Path path) {
        return path.getFileSystem().getPath(path.toString()).equals(path);
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private Optional<Path> findNormalized(String contentPath) throws IOException {
        Path root = contentDir.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> contentDir.resolve(root.relativize(p)))
                    .filter(p -> Normalizer.normalize(contentDir.relativize(p).toString().replace('\\', '/'),
                            Normalizer.Form.NFC).equals(contentPath)).findFirst();
        }
    }

    private String text(Path file, String name, Problems problems) throws IOException {
        if (ContentPaths.find(contentDir, name) == ContentPaths.Found.OUTSIDE) {
            problems.add(prefix + name, 0, ContentPaths.OUTSIDE_MESSAGE);
            return "";
        }
        if (Files.size(file) > ArticleReader.MAX_BYTES) {
            problems.add(prefix + name, 0, "the file is " + ArticleReader.megabytes(Files.size(file)) + "; settings are a few "
                    + "lines of YAML");
            return "";
        }
        String text = SourceText.decode(Files.readAllBytes(file), prefix + name, problems).orElse(null);
        if (text == null) {
            problems.add(prefix + name, 0, "the file is not UTF-8 text; save it as UTF-8 in your editor");
            return "";
        }
        return text;
    }
}
