package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.UiStringsReader;
import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.Body;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.Host;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.Assets;
import org.broadsheet.output.HostFiles;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.OutputGuard;
import org.broadsheet.output.Redirects;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.output.Sitemap;
import org.broadsheet.persist.ArticleCache;
import org.broadsheet.persist.BlobStore;
import org.broadsheet.persist.BuildState;
import org.broadsheet.persist.Digests;
import org.broadsheet.persist.SearchPostings;
import org.broadsheet.persist.StateKey;
import org.broadsheet.persist.WorkFolder;
import org.broadsheet.render.Feeds;
import org.broadsheet.render.Page;
import org.broadsheet.render.PageKind;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.search.PostingsStore;
import org.broadsheet.search.SearchDocument;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.search.TokenWeights;
import org.broadsheet.site.Edition;
import org.broadsheet.site.SiteAssembler;
import org.broadsheet.site.SiteModel;
import org.broadsheet.site.TranslationStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the site — load → assemble → render → check → write, each stage logged with its time — and
 * remembers what it read and rendered. The next build after a change re-reads only the changed
 * article files and renders only the pages and feeds whose inputs (the articles they show, their
 * language versions, their template) changed; a change of settings, topics, UI strings, assets or a
 * shared template renders everything. The result is the same as a full build. A full build leaves
 * what it rendered in the work folder ({@link BuildState}, {@link BlobStore}), so that the next full
 * build, in a new JVM, renders only what changed since.
 *
 * <p>One build at a time: {@link #build} is not to be called from two threads at once.
 */
public final class SiteBuilder {

    /**
     * Up to this many article files, every rebuild refreshes the search index; beyond it, only full
     * builds do (the preview's search then shows the index of its first build until a restart).
     */
    static final int LIVE_SEARCH_LIMIT = 4000;

    /**
     * How many times a build starts again when an article file is saved while it is being built, before it
     * gives up and reports the file.
     */
    private static final int ATTEMPTS = 5;

    private final BuildOptions options;
    private final WorkFolder work;
    private final BuildLog log;
    private final Markdown markdown = new Markdown(false);
    private final Markdown escapingMarkdown = new Markdown(true);
    /** {@link #markdown} sanitising raw HTML for the embeds of {@link #sanitizingEmbeds}; null until needed. */
    private Markdown sanitizing;
    private List<String> sanitizingEmbeds = List.of();
    private final ContentLoader loader;

    private ContentLoader.Settings settings;
    private List<Problem> settingsProblems = List.of();
    private Map<String, Map<String, String>> uiStrings = Map.of();
    private List<Problem> uiProblems = List.of();
    private final Map<String, ContentLoader.ArticleFile> articleFiles = new TreeMap<>();

    /**
     * What the builds since the last commit changed that the next render must redo: everything, or the
     * pages of these kinds (whose template changed).
     */
    private boolean renderEverything = true;
    private final Set<PageKind> pendingKinds = EnumSet.noneOf(PageKind.class);
    /** What the last committed build rendered; replaced whole only when a build commits. */
    private Kept kept = Kept.NOTHING;
    private final Digests digests = new Digests();
    /** Whether the signatures came from the state on disk, whose pages must still be found in the output. */
    private boolean verifyOutput;
    /** Each article's search tokens, by its digest, kept between the preview's builds. */
    private final Map<String, TokenWeights> searchWeights = new ConcurrentHashMap<>();
    private final Map<Article, Feeds.Content> feedContent = new ConcurrentHashMap<>();
    private Templates templates;
    /** The templates being parsed ahead, on a thread of their own, for the first build of this builder. */
    private CompletableFuture<Templates> upcomingTemplates;
    /** The digest of the generator's code, taken once by the first full build. */
    private CompletableFuture<String> generatorDigest;

    public SiteBuilder(BuildOptions options, BuildLog log) {
        this.options = options;
        this.work = new WorkFolder(options.workDir());
        this.log = log;
        this.loader = new ContentLoader(options.contentDir(), relative(options.contentDir()), markdown);
    }

    /**
     * Reads and assembles the site without rendering it, for reports; empty (with the problems
     * logged as warnings) when the content has problems.
     */
    public Optional<SiteModel> assemble() throws IOException {
        readContent(loader.list(), null);
        Problems problems = new Problems();
        problems.addAll(settingsProblems);
        List<Article> articles = articles(problems);
        SiteConfig config = settings.config();
        SiteModel site = SiteAssembler.assemble(config, settings.topics(), settings.authors(), articles, options.drafts(), options.now(),
                new SiteUrls(config.baseUrl(), config.timezone())::article, problems);
        problems.sorted().forEach(problem -> log.warn(problem.toString()));
        return problems.isEmpty() ? Optional.of(site) : Optional.empty();
    }

    /** Builds everything. */
    public BuildResult build() throws IOException {
        return build(null);
    }

    /**
     * Builds after {@code changedFiles} changed (created, modified or deleted); null means anything
     * may have changed.
     */
    public BuildResult build(Collection<Path> changedFiles) throws IOException {
        if (templates == null) {
            // a fresh JVM: the YAML reader is loaded on a thread of its own, which reading site.yml would wait for
            OwnThread.start("broadsheet-yaml", () -> {
                ContentLoader.prepare();
                return null;
            });
        }
        try {
            Collection<Path> changes = changedFiles;
            for (int attempt = 1; ; attempt++) {
                try {
                    return buildChanged(changes);
                } catch (Body.Changed changed) {
                    if (attempt == ATTEMPTS) {
                        return BuildResult.failed(List.of(new Problem(changed.source(), 0, "was saved again during each of "
                                + ATTEMPTS + " attempts to build the site; site/ was left as it was")));
                    }
                    log.info(changed.source() + " was saved while the site was being built; building again");
                    if (changes != null) {
                        changes = new ArrayList<>(changes);
                        changes.add(Path.of(changed.file()));
                    }
                }
            }
        } finally {
            upcomingTemplates = null;
        }
    }

    private BuildResult buildChanged(Collection<Path> changedFiles) throws IOException {
        Path stateFile = work.state();
        ContentLoader.Listing listing = null;
        // a full build digests the generator, theme and settings, and reads the articles the last one kept, each
        // on a thread of its own while this one reads the settings: together they were a fifth of a rebuild
        CompletableFuture<String> upcomingKey = null;
        CompletableFuture<ArticleCache> keptArticles = null;
        if (changedFiles == null) {
            if (generatorDigest == null) {
                generatorDigest = OwnThread.start("broadsheet-state", StateKey::generator);
            }
            CompletableFuture<ArticleCache> articles = OwnThread.start("broadsheet-articles",
                    () -> ArticleCache.read(work.articles()));
            listing = loader.list();
            String inputs = StateKey.inputs(options.outputDir().toAbsolutePath().normalize() + " " + options.baseUrl() + " "
                    + options.drafts() + (options.drafts() ? " " + options.now() : ""),
                    options.templatesDir(), options.contentDir(), listing.otherFiles());
            if (templates == null && upcomingTemplates == null) {
                // a fresh JVM: the theme is parsed on a thread of its own while the content is read, since rendering
                // the first pages of a one-edit rebuild otherwise wait for FreeMarker; only after it was digested
                upcomingTemplates = OwnThread.start("broadsheet-templates", () -> new Templates(options.templatesDir()).parsed());
            }
            upcomingKey = generatorDigest.thenApply(code -> StateKey.of(code, inputs));
            keptArticles = articles.thenCombine(upcomingKey, ArticleCache::under);
        } else {
            // the state on disk describes the last full build, which this one is about to change
            Files.deleteIfExists(stateFile);
        }
        Optional<String> refusal = OutputGuard.refusal(options.outputDir(), options.projectRoot(),
                List.of(options.contentDir(), options.templatesDir()));
        if (refusal.isPresent()) {
            return BuildResult.failed(List.of(new Problem(relative(options.outputDir()), 0, refusal.get())));
        }
        Stopwatch watch = new Stopwatch(log);
        ChangeSet changes = ChangeSet.of(changedFiles, options, settings, kept.usedMedia());
        pendingKinds.addAll(changes.kinds());
        boolean reloadContent = changes.reloadContent();
        Problems problems = new Problems();
        ArticleCache cache = ArticleCache.empty();
        if (reloadContent) {
            cache = readContent(listing != null ? listing : loader.list(), keptArticles);
            feedContent.clear();
            renderEverything = true;
        } else {
            for (String path : changes.articles()) {
                ContentLoader.ArticleFile file = loader.read(path, settings);
                warn(file.warnings());
                if (file.article() == null && file.problems().isEmpty()) {
                    articleFiles.remove(path);
                } else {
                    articleFiles.put(path, file);
                }
            }
        }
        SiteConfig config = options.baseUrl() == null ? settings.config()
                : settings.config().withBaseUrl(options.baseUrl());
        if (changes.reloadTheme()) {
            Problems found = new Problems();
            uiStrings = UiStringsReader.read(options.templatesDir().resolve("i18n"),
                    relative(options.templatesDir()) + "i18n/", config.languages(), found);
            uiProblems = found.sorted();
            renderEverything = true;
        }
        problems.addAll(settingsProblems);
        problems.addAll(uiProblems);
        List<Article> articles = articles(problems);
        verifyOutput = false;
        String stateKey = upcomingKey == null ? null : OwnThread.joined(upcomingKey);
        if (stateKey != null) {
            BuildState.read(stateFile, stateKey).ifPresent(this::resume);
        }
        watch.lap("load", articles.size() + " articles" + (reloadContent ? "" : ", " + changes.articles().size() + " re-read")
                + (cache.hits() > 0 ? ", " + cache.hits() + " unchanged since the last build" : ""));

        SiteUrls urls = new SiteUrls(config.baseUrl(), config.timezone());
        SiteModel site = SiteAssembler.assemble(config, settings.topics(), settings.authors(), articles, options.drafts(), options.now(),
                urls::article, problems);
        watch.lap("assemble", site.editions().size() + " editions");
        if (!problems.isEmpty()) {
            return BuildResult.failed(problems.sorted());
        }
        BuildResult result = render(site, urls, problems, watch, stateKey == null ? null : stateFile);
        if (result.succeeded() && stateKey != null) {
            // the articles for the next full build are written on a thread of their own while the state is
            String key = stateKey;
            CompletableFuture<Void> articlesKept = cache.hits() == articleFiles.size() ? null
                    : OwnThread.start("broadsheet-articles", () -> {
                        ArticleCache.write(work.articles(), key, articleFiles.values(),
                                digests::article);
                        return null;
                    });
            kept.state(stateKey).write(stateFile);
            if (articlesKept != null) {
                OwnThread.joined(articlesKept);
            }
        }
        return result;
    }

    /** The Markdown that renders bodies under the {@code rawHtml} and {@code embeds} of {@code config}. */
    private Markdown bodies(SiteConfig config) {
        return switch (config.rawHtml()) {
            case TRUSTED -> markdown;
            case ESCAPE -> escapingMarkdown;
            case SANITIZE -> {
                if (sanitizing == null || !sanitizingEmbeds.equals(config.embeds())) {
                    sanitizing = markdown.sanitizing(config.embeds());
                    sanitizingEmbeds = config.embeds();
                }
                yield sanitizing;
            }
        };
    }

    /** Takes up where the full build that left {@code state} on disk stopped. */
    private void resume(BuildState state) {
        kept = Kept.of(state);
        renderEverything = false;
        pendingKinds.clear();
        verifyOutput = true;
    }

    /**
     * Renders what changed. A full build (with the {@code stateFile} it is to write) keeps the search
     * postings for the next, and deletes the last state before it changes the site: a build stopped
     * between the two must not leave the next one a state that no longer describes the site.
     */
    private BuildResult render(SiteModel site, SiteUrls urls, Problems problems, Stopwatch watch, Path stateFile)
            throws IOException {
        boolean full = stateFile != null;
        SiteWriter writer = new SiteWriter(options.outputDir(), work.staging(), log::warn);
        List<BlobStore.Writer> postingsWriters = new ArrayList<>();
        boolean committed = false;
        try {
            Assets assets = new Assets(options.templatesDir().resolve("assets"), options.templatesDir());
            for (String link : assets.linksOutside()) {
                problems.add(relative(options.templatesDir()) + "assets/" + link, 0, "leads outside templates/ through "
                        + "a symbolic link; Broadsheet reads nothing from outside content/ and templates/: put the file "
                        + "itself in templates/");
            }
            if (templates == null || renderEverything || !pendingKinds.isEmpty()) {
                templates = upcomingTemplates == null ? new Templates(options.templatesDir()) : OwnThread.joined(upcomingTemplates);
                upcomingTemplates = null;
            }
            PageRenderer renderer = new PageRenderer(templates, relative(options.templatesDir()), site, urls, uiStrings,
                    bodies(site.config()), options.contentDir(), assets, options.now(), feedContent);
            // the search index first, while no page's bookkeeping is held: in a large archive its postings need the room
            Map<String, String> search = new TreeMap<>(kept.search());
            Set<String> searchFiles = writeSearchIndexes(site, renderer, writer, full, search, postingsWriters, watch);
            List<Page> pages = renderer.pages();
            Map<String, String> signatures = new ConcurrentHashMap<>();
            // an article page also depends on the articles its body links to, as its last rendering found them;
            // a page rendered now gets its signature after rendering, so a cold build digests each page once
            List<Page> changed = renderEverything ? pages : pages.parallelStream().filter(page -> {
                String signature = digests.of(page.path(), List.of(page.signature(), linkedArticles(site, page.path(), Map.of())));
                signatures.put(page.path(), signature);
                return pendingKinds.contains(page.kind())
                        || !signature.equals(kept.pages().get(page.path())) || missing(SiteUrls.file(page.path()));
            }).toList();
            LinkCheck linkCheck = new LinkCheck(urls, generatedRoots(site.config()));
            Map<String, List<String>> linksByPage = new ConcurrentHashMap<>();
            Map<Templates.Failure, Set<String>> failures = new ConcurrentHashMap<>();
            Map<String, Set<String>> renderedMedia = new ConcurrentHashMap<>();
            Map<String, Set<String>> renderedLinks = new ConcurrentHashMap<>();
            Problems warnings = new Problems();
            changed.parallelStream().forEach(page -> {
                PageRenderer.Result result = renderer.render(page);
                problems.addAll(result.problems());
                result.warnings().forEach(w -> warnings.warn(w.path(), w.line(), w.message()));
                if (result.failure() != null) {
                    failures.computeIfAbsent(result.failure(), f -> new ConcurrentSkipListSet<>())
                            .add(page.path());
                }
                if (result.html() != null) {
                    writer.write(SiteUrls.file(page.path()), result.html());
                    linksByPage.put(SiteUrls.file(page.path()), linkCheck.links(result.html()));
                }
                renderedMedia.put(page.path(), result.media());
                renderedLinks.put(page.path(), result.linkTargets());
                signatures.put(page.path(), digests.of(page.path(), List.of(page.signature(),
                        linkedArticles(site, page.path(), renderedLinks))));
            });
            failures.forEach((failure, paths) -> problems.add(renderer.templatesPrefix() + failure.template(),
                    failure.line(), renderer.describe(failure, paths)));
            warn(warnings.warnings());
            if (!problems.isEmpty()) {
                return BuildResult.failed(problems.sorted());
            }
            watch.lap("render", changed.size() + " of " + pages.size() + " pages");
            List<Feeds.Plan> feedPlans = renderer.feeds();
            Map<String, String> feeds = new ConcurrentHashMap<>();
            // on both cores: a cold build renders the bodies of each feed's newest entries
            feedPlans.parallelStream().forEach(feed -> {
                List<Object> inputs = new ArrayList<>(feed.entries());
                feed.entries().forEach(entry -> inputs.add(linkedArticles(site, urls.article(entry), renderedLinks)));
                String signature = digests.of(inputs);
                feeds.put(feed.path(), signature);
                if (renderEverything || !signature.equals(kept.feeds().get(feed.path())) || missing(feed.path())) {
                    writer.write(feed.path(), feed.xml().get());
                }
            });
            Set<Article> entries = new HashSet<>();
            feedPlans.forEach(feed -> entries.addAll(feed.entries()));
            watch.lap("feeds", feeds.size() + " feeds");
            String sitemapInputs = digests.of(pages.stream().filter(Page::indexed)
                    .map(page -> (Object) Arrays.asList(page.path(), page.lastModified(), page.versions(), page.xDefault()))
                    .toList());
            if (renderEverything || !sitemapInputs.equals(kept.sitemap()) || missing(SiteUrls.sitemap())) {
                writer.write(SiteUrls.sitemap(), Sitemap.write(renderer.sitemap(pages)));
            }
            // the news sitemaps follow the clock: written (when their bytes changed) by every build
            Map<String, String> newsSitemaps = renderer.newsSitemaps(options.now());
            newsSitemaps.forEach(writer::write);
            StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n\nSitemap: ")
                    .append(urls.absolute(SiteUrls.sitemap())).append('\n');
            newsSitemaps.keySet().forEach(path -> robots.append("Sitemap: ").append(urls.absolute(path)).append('\n'));
            writer.write(SiteUrls.robots(), robots.toString());

            Set<String> siteFiles = new TreeSet<>(feeds.keySet());
            siteFiles.addAll(searchFiles);
            siteFiles.add(SiteUrls.sitemap());
            siteFiles.add(SiteUrls.robots());
            siteFiles.addAll(newsSitemaps.keySet());
            Set<String> media = new TreeSet<>();
            for (Page page : pages) {
                siteFiles.add(SiteUrls.file(page.path()));
                media.addAll(renderedMedia.getOrDefault(page.path(), kept.media().getOrDefault(page.path(), Set.of())));
            }
            Set<String> newMedia = new TreeSet<>();
            renderedMedia.values().forEach(newMedia::addAll);
            for (String file : media) {
                siteFiles.add(SiteUrls.media(file));
                if (renderEverything || newMedia.contains(file)) {
                    // checked when the page was rendered, and again as it is copied: a file may have become a link since
                    if (ContentPaths.find(options.contentDir(), file) != ContentPaths.Found.FILE
                            || !writer.copy(options.contentDir(), options.contentDir().resolve(file), SiteUrls.media(file))) {
                        problems.add(relative(options.contentDir()) + file, 0, "changed while the site was being built;"
                                + " build again (site/ was left as it was)");
                    }
                }
            }
            for (String gone : assets.copyTo(writer)) {
                problems.add(relative(options.templatesDir()) + "assets/" + gone, 0, "changed while the site was being "
                        + "built; build again (site/ was left as it was)");
            }
            siteFiles.addAll(writer.files());
            Host host = site.config().host();
            Set<String> generated = new TreeSet<>(siteFiles);
            generated.addAll(HostFiles.names(host));
            Map<String, String> redirects = new TreeMap<>();
            new Redirects(urls).pages(site.byFile().values(), generated, problems).forEach((file, html) -> {
                writer.write(file, html);
                siteFiles.add(file);
                Redirects.target(html).ifPresent(target -> redirects.put(file, target));
            });
            HostFiles.Files hostFiles = HostFiles.of(host, redirects, siteFiles, urls);
            hostFiles.files().forEach((file, text) -> {
                writer.write(file, text);
                siteFiles.add(file);
            });
            hostFiles.warnings().forEach(log::warn);
            checkLinks(linkCheck, linksByPage, siteFiles, problems);
            watch.lap("check", linksByPage.size() + " pages");
            if (!problems.isEmpty()) {
                return BuildResult.failed(problems.sorted());
            }
            if (full) {
                Files.deleteIfExists(stateFile);
            }
            SiteWriter.Changes changes;
            try {
                changes = writer.commit(siteFiles);
            } catch (SiteWriter.InTheWay blocked) {
                return BuildResult.failed(List.of(new Problem(relative(options.outputDir()) + blocked.path(), 0,
                        blocked.getMessage())));
            }
            committed = true;
            for (BlobStore.Writer postingsWriter : postingsWriters) {
                postingsWriter.commit();
            }
            watch.lap("write", changes.written() + " written, " + changes.unchanged() + " unchanged, "
                    + changes.removed() + " removed");

            kept = new Kept(signatures, feeds, sitemapInputs, search, searchFiles,
                    updated(kept.linkTargets(), renderedLinks, signatures.keySet()),
                    updated(kept.media(), renderedMedia, signatures.keySet()));
            feedContent.keySet().retainAll(entries);
            renderEverything = false;
            pendingKinds.clear();
            digests.retain(site.byFile().values(), signatures.keySet());
            log.info("translations: " + TranslationStatus.summary(TranslationStatus.of(site)));
            return new BuildResult(List.of(), pages.size(), changed.size(), changes.written(), changes.unchanged(),
                    changes.removed());
        } finally {
            if (!committed) {
                writer.abort();
                for (BlobStore.Writer postingsWriter : postingsWriters) {
                    postingsWriter.abort();
                }
            }
        }
    }

    /**
     * Writes the search index of each edition whose articles changed since it was last written (or whose
     * files are missing), and returns the files of every edition's index. An edit in one language leaves
     * the other's index, and its kept postings, as they were: the Korean index is most of the work. A full
     * build keeps each index's postings for the next, which then counts only the edited articles' tokens.
     * Beyond {@link #LIVE_SEARCH_LIMIT} article files, only full builds ({@code full}) refresh an index.
     *
     * @param signatures edition code → digest of its index's inputs as last written; updated here
     * @param postingsWriters gets the postings store of each edition written, to be committed with the site
     */
    private Set<String> writeSearchIndexes(SiteModel site, PageRenderer renderer, SiteWriter writer, boolean full,
                                           Map<String, String> signatures, List<BlobStore.Writer> postingsWriters,
                                           Stopwatch watch) throws IOException {
        boolean live = articleFiles.size() <= LIVE_SEARCH_LIMIT;
        Set<String> files = new ConcurrentSkipListSet<>();
        List<String> written = new ArrayList<>();
        AtomicInteger counted = new AtomicInteger();
        int articles = 0;
        // each edition's signature digests its articles one after another; a fresh JVM has digested none yet
        digests.prepare(site.byFile().values());
        for (Edition edition : site.editions()) {
            String inputs = digests.of(List.of(edition.code(), edition.articles()));
            Set<String> previous = kept.searchFiles().stream()
                    .filter(file -> file.startsWith(SiteUrls.search(edition.code()))).collect(Collectors.toSet());
            if (!renderEverything && !previous.isEmpty() && previous.stream().noneMatch(this::missing)
                    && (inputs.equals(signatures.get(edition.code())) || !(live || full))) {
                files.addAll(previous);
                continue;
            }
            Path postingsFile = work.searchPostings(edition.code());
            BlobStore.Writer postingsWriter = full ? new BlobStore.Writer(postingsFile) : null;
            if (postingsWriter != null) {
                postingsWriters.add(postingsWriter);
            }
            try (BlobStore kept = verifyOutput ? BlobStore.open(postingsFile) : BlobStore.empty()) {
                PostingsStore store = postingsWriter == null ? null : new SearchPostings(kept, postingsWriter);
                List<SearchDocument> documents = renderer.searchDocuments(edition, digests::article);
                SearchIndex.write(edition.code(), documents, tokens(live, counted), store, (path, json) -> {
                    writer.write(path, json);
                    files.add(path);
                }, path -> {
                    boolean there = verifyOutput && !missing(path);
                    if (there) {
                        files.add(path);
                    }
                    return there;
                });
            }
            signatures.put(edition.code(), inputs);
            written.add(edition.code());
            articles += edition.articles().size();
        }
        if (!written.isEmpty()) {
            searchWeights.keySet().retainAll(site.byFile().values().stream().map(digests::article)
                    .collect(Collectors.toSet()));
            watch.lap("search", "index of " + String.join(", ", written) + "; tokens of " + counted + " of "
                    + articles + " articles counted");
        }
        return files;
    }

    /**
     * Each article's search tokens, counted (into {@code counted}), or kept from the last build by the
     * preview ({@code live}).
     */
    private Function<SearchDocument, TokenWeights> tokens(boolean live, AtomicInteger counted) {
        return document -> {
            TokenWeights weights = live ? searchWeights.get(document.key()) : null;
            if (weights == null) {
                weights = TokenWeights.of(document);
                counted.incrementAndGet();
                if (live) {
                    searchWeights.put(document.key(), weights);
                }
            }
            return weights;
        };
    }

    /** Whether a file of the site that the state on disk says is up to date is missing from the output. */
    private boolean missing(String sitePath) {
        return verifyOutput && !Files.isRegularFile(options.outputDir().resolve(sitePath));
    }

    /**
     * Reads the settings and every article file of {@code content/} as {@code listing} found it, taking
     * unchanged articles from the cache that {@code kept} gives (when not null), which it returns.
     */
    private ArticleCache readContent(ContentLoader.Listing listing, CompletableFuture<ArticleCache> kept)
            throws IOException {
        Problems found = new Problems();
        settings = loader.settings(listing, found);
        settingsProblems = found.sorted();
        warn(found.warnings());
        ArticleCache cache = kept == null ? ArticleCache.empty() : OwnThread.joined(kept);
        articleFiles.clear();
        loader.readAll(listing, settings, cache).forEach(file -> {
            articleFiles.put(file.contentPath(), file);
            warn(file.warnings());
        });
        // an article taken from the cache has the digest it had then: digesting them all again is slow in a fresh JVM (bench/README.md)
        for (ContentLoader.ArticleFile file : articleFiles.values()) {
            String digest = file.article() == null ? null : cache.digest(file.article());
            if (digest != null) {
                digests.remember(file.article(), digest);
            }
        }
        return cache;
    }

    /** Logs what the build changed or left out on its own, each as {@code path:line: message}. */
    private void warn(List<Problem> warnings) {
        warnings.forEach(warning -> log.warn(warning.toString()));
    }

    /** The articles read, adding the problems of their files to {@code problems}. */
    private List<Article> articles(Problems problems) {
        List<Article> articles = new ArrayList<>();
        for (ContentLoader.ArticleFile file : articleFiles.values()) {
            problems.addAll(file.problems());
            if (file.article() != null) {
                articles.add(file.article());
            }
        }
        return articles;
    }

    /** The articles (or their absence) that an article page's body links to, as last rendered. */
    private List<Object> linkedArticles(SiteModel site, String pagePath, Map<String, Set<String>> renderedLinks) {
        Set<String> targets = renderedLinks.getOrDefault(pagePath, kept.linkTargets().getOrDefault(pagePath, Set.of()));
        return targets.stream().map(file -> (Object) Optional.ofNullable(site.byFile().get(file))).toList();
    }

    /** {@code last} with what the pages rendered now found, for the pages the site still has. */
    private static Map<String, Set<String>> updated(Map<String, Set<String>> last, Map<String, Set<String>> rendered,
                                                    Set<String> pages) {
        Map<String, Set<String>> updated = new HashMap<>(last);
        updated.putAll(rendered);
        updated.keySet().retainAll(pages);
        return updated;
    }

    /** The first path segments that Broadsheet owns: a broken link into them is an error. */
    private static Set<String> generatedRoots(SiteConfig config) {
        Set<String> generated = new TreeSet<>(Set.of("media", "assets", SiteUrls.sitemap(), SiteUrls.robots(),
                SiteUrls.notFound()));
        config.languages().forEach(l -> generated.add(l.code()));
        return generated;
    }

    /**
     * A broken link into what Broadsheet generates fails the build; one to another path of the host
     * is a warning.
     */
    private void checkLinks(LinkCheck linkCheck, Map<String, List<String>> linksByPage, Set<String> siteFiles,
                            Problems problems) {
        String site = relative(options.outputDir());
        for (LinkCheck.Broken broken : linkCheck.check(linksByPage, siteFiles)) {
            if (broken.error()) {
                problems.add(site + broken.page(), 0, "broken link to " + broken.link()
                        + ": no such page or file in the site");
            } else {
                log.warn(site + broken.page() + ": link to " + broken.link()
                        + " leads to no page Broadsheet generates (fine if the host serves it)");
            }
        }
    }

    /** How {@code dir} is named in problems: relative to the project root, with a trailing {@code /}. */
    private String relative(Path dir) {
        Path root = options.projectRoot().toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        String name = target.startsWith(root) ? root.relativize(target).toString() : target.toString();
        return name.replace('\\', '/') + "/";
    }
}
