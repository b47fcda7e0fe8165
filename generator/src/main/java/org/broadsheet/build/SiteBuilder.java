package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;
import org.broadsheet.model.Body;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.Assets;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.OutputGuard;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.persist.BuildLock;
import org.broadsheet.persist.Digests;
import org.broadsheet.render.Feeds;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Templates;
import org.broadsheet.site.SiteAssembler;
import org.broadsheet.site.SiteModel;
import org.broadsheet.site.TranslationStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Builds the site — load → assemble → plan → render → check → write, each stage logged with its time —
 * and keeps what it rendered ({@link Kept}) for the next build, which renders only the pages, feeds and
 * indexes whose inputs changed ({@link ChangeSet}, {@link Plan}); the result is the same as a full
 * build. A full build leaves what it rendered in the work folder ({@link WorkState}), so that the next
 * full build, in a new JVM, renders only what changed since.
 *
 * <p>One build at a time: {@link #build} is not to be called from two threads at once, and a build of the same
 * project in another process waits for this one ({@link BuildLock}).
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
    private final BuildLog log;
    private final Theme theme;
    private final ContentLoader loader;
    private final Digests digests = new Digests();
    private final Sources sources;
    private final WorkState workState;
    private final SearchStage search;
    /** Names this builder in the {@link BuildLock}: one that finds another name there knows nothing of site/. */
    private final String name = UUID.randomUUID().toString();
    /** What the last committed build rendered; replaced whole when a build commits. */
    private Kept kept = Kept.NOTHING;
    /** What changed since the last committed build, which the next render must redo whatever the signatures say. */
    private ChangeSet unbuilt = ChangeSet.everything();
    /** The ids of the theme that the last committed build's bodies gave way to; null before one. */
    private Set<String> committedThemeIds;
    /** Whether this builder was {@link #stop stopped}. */
    private volatile boolean stopped;
    /** Whether this builder's one build is the last work of its JVM, which may then do without C2. */
    private final boolean alone;
    /** Whether this builder chose, for its one build alone, between the JIT's compilers. */
    private boolean compilersChosen;

    public SiteBuilder(BuildOptions options, BuildLog log) {
        this(options, log, false);
        OptimizingCompiler.on();
    }

    /** A builder whose one build, if {@code alone}, is the last work of its JVM ({@link Generator#buildAlone}). */
    SiteBuilder(BuildOptions options, BuildLog log, boolean alone) {
        this.alone = alone;
        this.options = options;
        this.log = log;
        this.theme = new Theme(options.templatesDir());
        this.loader = new ContentLoader(options.contentDir(), options.named(options.contentDir()), theme.markdown());
        this.sources = new Sources(options, log, loader, digests);
        this.workState = new WorkState(options);
        this.search = new SearchStage(workState.folder());
    }

    /**
     * Reads and assembles the site without rendering it, for reports; empty (with the problems
     * logged as warnings) when the content has problems.
     */
    public Optional<SiteModel> assemble() throws IOException {
        Sources.Read read = sources.load(new ChangeSet(Set.of(), true, false, Set.of()), null, null);
        Problems problems = new Problems();
        problems.addAll(read.settingsProblems());
        SiteConfig config = read.settings().config();
        SiteModel site = assemble(read, config, read.articles(problems), new SiteUrls(config.baseUrl(), config.timezone()),
                problems);
        problems.sorted().forEach(problem -> log.warn(problem.toString()));
        return problems.isEmpty() ? Optional.of(site) : Optional.empty();
    }

    /**
     * Stops this builder, from any thread: a build that waits for another build of the project to finish gives up,
     * and so does every later one, before either changes anything; a build under way goes on to its end, so that
     * {@code site/} is never left half-changed.
     */
    public void stop() {
        stopped = true;
    }

    /** Builds everything. */
    public BuildResult build() throws IOException {
        return build(null);
    }

    /**
     * Builds after {@code changedFiles} changed (created, modified or deleted); null means anything
     * may have changed.
     *
     * @throws java.io.InterruptedIOException when the builder was stopped before the build began
     */
    public BuildResult build(Collection<Path> changedFiles) throws IOException {
        return build(changedFiles, false).orElseThrow();
    }

    /**
     * Builds as {@link #build(Collection)} does, unless another builder has built the project since this one last
     * did; then it does nothing and gives nothing. For builds that no one asked for (the preview's practice), which
     * must not put this builder's site in place of the one another left there, such as {@code mvn package}'s.
     */
    public Optional<BuildResult> buildUnlessOvertaken(Collection<Path> changedFiles) throws IOException {
        return build(changedFiles, true);
    }

    private Optional<BuildResult> build(Collection<Path> changedFiles, boolean unlessOvertaken) throws IOException {
        if (theme.fresh()) {
            // a fresh JVM: the YAML reader is loaded on a thread of its own, which reading site.yml would wait for
            OwnThread.start("broadsheet-yaml", () -> {
                ContentLoader.prepare();
                return null;
            });
        }
        try (BuildLock held = BuildLock.take(workState.folder().lock(), () -> log.info("waiting for another build of "
                + "this project (the preview, or mvn package in another terminal) to finish"), () -> stopped)) {
            Collection<Path> changes = changedFiles;
            if (!held.lastHolder().equals(name)) {
                // another builder (mvn package beside the preview) changed site/ since this one's last build
                if (unlessOvertaken) {
                    return Optional.empty();
                }
                kept = Kept.NOTHING;
                unbuilt = ChangeSet.everything();
                changes = null;
                held.sign(name);
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    return Optional.of(buildOnce(changes));
                } catch (Body.Changed changed) {
                    if (attempt == ATTEMPTS) {
                        return Optional.of(BuildResult.failed(List.of(new Problem(changed.source(), 0, "was saved again "
                                + "during each of " + ATTEMPTS + " attempts to build the site; site/ was left as it was"))));
                    }
                    log.info(changed.source() + " was saved while the site was being built; building again");
                    // the theme parsed ahead of the state key that this attempt took may predate a template saved with it
                    theme.forgetAhead();
                    if (changes != null) {
                        changes = new ArrayList<>(changes);
                        changes.add(Path.of(changed.file()));
                    }
                }
            }
        } finally {
            theme.forgetAhead();
        }
    }

    /**
     * What the load stage gives the later ones: the files as read, the key a full build keeps its state
     * under (null in other builds), what the last build kept and what changed since.
     */
    private record Loaded(Sources.Read read, List<Article> articles, String stateKey, Kept last, ChangeSet redo) {
    }

    /** What the render stage wrote: the search indexes, the pages and the feeds. */
    private record Rendered(SearchStage.Written search, RenderedPages pages, LinkCheck linkCheck,
                            List<Feeds.Plan> feedPlans, Map<String, String> feeds) {
    }

    /** The stages in order; a stage that finds problems ends the build with {@code site/} as it was. */
    private BuildResult buildOnce(Collection<Path> changedFiles) throws IOException {
        WorkState.Start start = begin(changedFiles);
        Optional<String> refusal = OutputGuard.refusal(options.outputDir(), options.projectRoot(),
                List.of(options.contentDir(), options.templatesDir()));
        if (refusal.isPresent()) {
            return BuildResult.failed(List.of(new Problem(options.named(options.outputDir()), 0, refusal.get())));
        }
        Stopwatch watch = new Stopwatch(log);
        Problems problems = new Problems();
        Loaded loaded = load(changedFiles, start, problems, watch);
        CompletableFuture<Void> articlesKept = loaded.stateKey() == null ? null
                : workState.keepArticles(loaded.stateKey(), loaded.read(), digests);
        try {
            return buildLoaded(loaded, articlesKept, problems, watch);
        } finally {
            if (articlesKept != null) {
                // ended, whatever the build's outcome, before another build may begin; a failure is the build's only
                // when it succeeded otherwise (write)
                articlesKept.exceptionally(failed -> null).join();
            }
        }
    }

    private BuildResult buildLoaded(Loaded loaded, CompletableFuture<Void> articlesKept, Problems problems,
                                    Stopwatch watch) throws IOException {
        SiteModel site = assemble(loaded, problems, watch);
        Assets assets = SiteFiles.assets(options, problems);
        if (!problems.isEmpty()) {
            Optional<List<Article>> described = TemplatesAhead.describedArticles(loaded.articles(), problems.sorted(),
                    options.named(options.contentDir()));
            // the bodies give way to the theme's ids, which come with its templates
            Templates templates = templates(loaded.redo());
            ProblemsAhead.beforeRender(site, loaded.read(), unbuilt, loaded.last(), theme.bodies(site.config()),
                    options, assets, log, problems);
            if (described.isPresent()) {
                renderForTheTheme(described.get(), site, loaded, templates, assets, problems, watch);
            }
            ProblemsAhead.templates(templates, options.named(options.templatesDir()), problems);
            return BuildResult.failed(problems.sorted());
        }
        Templates templates = templates(loaded.redo());
        Loaded current = withThemeIds(loaded, templates.ids());
        Plan plan = plan(site, current, templates, assets, watch);
        try (Staging staging = new Staging(options, workState, log)) {
            Rendered rendered = render(plan, current, staging, problems, watch);
            if (!rendered.pages().complete()) {
                ProblemsAhead.afterRender(plan, assets, rendered.pages().links(), rendered.linkCheck(), options, log,
                        problems);
                return BuildResult.failed(problems.sorted());
            }
            SiteFiles files = check(plan, rendered, assets, staging, problems, watch);
            if (!problems.isEmpty()) {
                return BuildResult.failed(problems.sorted());
            }
            BuildResult result = write(plan, current, articlesKept, rendered, files, staging, watch);
            if (result.succeeded()) {
                committedThemeIds = templates.ids();
            }
            return result;
        }
    }

    /**
     * Starts a full build ({@code changedFiles} null): the walk of the content, the state key and the theme
     * are worked out ahead. Any other build deletes the state on disk, which describes the last full build.
     */
    private WorkState.Start begin(Collection<Path> changedFiles) throws IOException {
        if (changedFiles != null) {
            workState.forget();
            return null;
        }
        if (alone && !compilersChosen) {
            compilersChosen = true;
            chooseCompilers();
        }
        WorkState.Start start = workState.start(loader);
        theme.parseAhead();
        return start;
    }

    /**
     * For a build alone: C2 off when an earlier full build left its state, as the build will most likely render a few
     * pages; on for a first build (another site's build in the same Maven run may have turned it off).
     */
    private void chooseCompilers() {
        if (Files.isRegularFile(workState.folder().state())) {
            OptimizingCompiler.off(workState.folder().compilerDirectives());
        } else {
            OptimizingCompiler.on();
        }
    }

    private Loaded load(Collection<Path> changedFiles, WorkState.Start start, Problems problems, Stopwatch watch)
            throws IOException {
        ChangeSet changes = ChangeSet.of(changedFiles, options, sources.settings(), kept.usedMedia());
        unbuilt = unbuilt.and(changes);
        Sources.Read read = sources.load(changes, start == null ? null : start.listing(),
                start == null ? null : start.articles());
        String stateKey = start == null ? null : OwnThread.joined(start.key());
        Optional<Kept> resumed = start == null ? Optional.empty() : OwnThread.joined(start.kept());
        if (alone && resumed.isEmpty()) {
            // everything is rendered after all, as in a first build, which C2 makes faster
            OptimizingCompiler.on();
        }
        problems.addAll(read.settingsProblems());
        problems.addAll(read.uiProblems());
        List<Article> articles = read.articles(problems);
        watch.lap("load", read.summary(articles.size()));
        // the state on disk describes site/ as it is; else the last commit, with what changed since
        return new Loaded(read, articles, stateKey, resumed.orElse(unbuilt.content() ? kept.withoutFeedEntries() : kept),
                resumed.isPresent() ? ChangeSet.NONE : unbuilt);
    }

    private SiteModel assemble(Loaded loaded, Problems problems, Stopwatch watch) {
        SiteConfig config = options.config(loaded.read().settings().config());
        SiteModel site = assemble(loaded.read(), config, loaded.articles(),
                new SiteUrls(config.baseUrl(), config.timezone()), problems);
        watch.lap("assemble", site.editions().size() + " editions");
        return site;
    }

    /**
     * {@code loaded}, rendering everything again (feed entries included) when the theme's ids are not those the last
     * commit's bodies gave way to: a template saved with a new id, even one of a single page kind, may change the
     * ids of any body, and with them its article page and its feed entry.
     */
    private Loaded withThemeIds(Loaded loaded, Set<String> themeIds) {
        if (committedThemeIds == null || committedThemeIds.equals(themeIds)) {
            return loaded;
        }
        ChangeSet theme = new ChangeSet(Set.of(), false, true, Set.of());
        // a build that fails leaves the next one the same to do
        unbuilt = unbuilt.and(theme);
        return new Loaded(loaded.read(), loaded.articles(), loaded.stateKey(), loaded.last().withoutFeedEntries(),
                loaded.redo().and(theme));
    }

    /** The theme's templates, parsed again when {@code redo} renders every page or a kind whose template changed. */
    private Templates templates(ChangeSet redo) throws IOException {
        return theme.templates(redo.everythingRendered() || !redo.kinds().isEmpty());
    }

    /**
     * For a build stopped before rendering: renders the pages that the {@code described} articles make, as {@link
     * TemplatesAhead} tells, for the theme's problems alone (those of the bodies were found without rendering), and
     * writes none. Only what a build of the fixed files would render is rendered again.
     */
    private void renderForTheTheme(List<Article> described, SiteModel site, Loaded loaded, Templates templates,
                                   Assets assets, Problems problems, Stopwatch watch) throws IOException {
        Problems assembly = new Problems();
        SiteModel pages = described.size() == loaded.articles().size() ? site : assemble(loaded.read(), site.config(),
                described, new SiteUrls(site.config().baseUrl(), site.config().timezone()), assembly);
        if (!assembly.isEmpty()) {
            return;
        }
        Plan plan = plan(pages, loaded, templates, assets, watch);
        RenderedPages.themeProblems(plan, problems);
        watch.lap("render", plan.changed().size() + " of " + plan.pages().size() + " pages, for the theme's problems");
    }

    private Plan plan(SiteModel site, Loaded loaded, Templates templates, Assets assets, Stopwatch watch)
            throws IOException {
        SiteUrls urls = new SiteUrls(site.config().baseUrl(), site.config().timezone());
        ChangeSet redo = loaded.redo();
        PageRenderer renderer = new PageRenderer(templates,
                options.named(options.templatesDir()), site, urls, loaded.read().uiStrings(),
                theme.bodies(site.config()), options.contentDir(), assets, options.now(), loaded.last().feedEntries());
        Plan plan = Plan.of(site, urls, renderer, loaded.last(), redo, options.outputDir(), digests);
        watch.lap("plan", plan.changed().size() + " of " + plan.pages().size() + " pages to render");
        return plan;
    }

    /**
     * Writes the search indexes first, while no page's bookkeeping is held (in a large archive their
     * postings need the room), then the pages, then, if every page gave its HTML, the feeds: a body's problem
     * leaves the later stages to find theirs, which a template that failed does not.
     */
    private Rendered render(Plan plan, Loaded loaded, Staging staging, Problems problems, Stopwatch watch)
            throws IOException {
        SearchStage.Written searched = search.write(plan, staging.site(), loaded.stateKey() != null,
                loaded.read().files().size(), digests, staging.postings());
        if (searched.summary() != null) {
            watch.lap("search", searched.summary());
        }
        LinkCheck linkCheck = BrokenLinks.checker(plan.urls(), plan.site().config());
        Problems warnings = new Problems();
        RenderedPages pages = RenderedPages.render(plan, staging.site(), linkCheck, digests, problems, problems,
                warnings);
        warnings.warnings().forEach(warning -> log.warn(warning.toString()));
        if (!pages.complete()) {
            return new Rendered(searched, pages, linkCheck, List.of(), Map.of());
        }
        watch.lap("render", plan.changed().size() + " of " + plan.pages().size() + " pages");
        List<Feeds.Plan> feedPlans = plan.renderer().feeds();
        // after a body's problem the feeds are not written, as their entries would meet it again; their paths still
        // count as files of the site, which every page links to
        Map<String, String> feeds = problems.isEmpty()
                ? SiteFiles.writeFeeds(plan, feedPlans, pages, staging.site(), digests)
                : feedPlans.stream().collect(Collectors.toMap(Feeds.Plan::path, feed -> ""));
        watch.lap("feeds", feeds.size() + " feeds");
        return new Rendered(searched, pages, linkCheck, feedPlans, feeds);
    }

    /** Writes the site's other files, then checks every link of the pages rendered against all of them. */
    private SiteFiles check(Plan plan, Rendered rendered, Assets assets, Staging staging, Problems problems,
                            Stopwatch watch) throws IOException {
        // read by every build: no page depends on the list, and an export may have rewritten it since the last
        Problems mostReadWarnings = new Problems();
        Map<String, String> mostRead = plan.renderer().mostRead(
                loader.mostRead(plan.site().config().languages(), mostReadWarnings), mostReadWarnings);
        mostReadWarnings.warnings().forEach(warning -> log.warn(warning.toString()));
        SiteFiles files = SiteFiles.write(plan, rendered.pages(), rendered.search().files(), rendered.feedPlans(),
                rendered.feeds(), mostRead, assets, staging.site(), digests, options, log, problems);
        BrokenLinks.check(rendered.linkCheck(), rendered.pages().links(), files.files(), plan.site(), plan.urls(), options,
                log, problems);
        watch.lap("check", rendered.pages().links().size() + " pages");
        return files;
    }

    /**
     * Brings {@code site/} up to date and keeps what the build rendered. A full build deletes the last state
     * before it changes the site, and saves its own after: a build stopped between the two must not leave
     * the next one a state that no longer describes the site.
     */
    private BuildResult write(Plan plan, Loaded loaded, CompletableFuture<Void> articlesKept, Rendered rendered,
                              SiteFiles files, Staging staging, Stopwatch watch) throws IOException {
        // a line of the log, worked out while site/ changes
        CompletableFuture<String> translations = CompletableFuture.supplyAsync(
                () -> TranslationStatus.summary(TranslationStatus.of(plan.site())));
        if (loaded.stateKey() != null) {
            workState.forget();
        }
        SiteWriter.Changes changes;
        try {
            changes = staging.commit(files.files());
        } catch (SiteWriter.InTheWay blocked) {
            return BuildResult.failed(List.of(new Problem(options.named(options.outputDir()) + blocked.path(), 0,
                    blocked.getMessage())));
        }
        watch.lap("write", changes.written() + " written, " + changes.unchanged() + " unchanged, "
                + changes.removed() + " removed");
        kept = Kept.after(plan.last(), rendered.pages(), files, rendered.search());
        unbuilt = ChangeSet.NONE;
        digests.retain(plan.site().byFile().values(),
                key -> kept.pages().containsKey(key) || key.equals(SiteUrls.sitemap()));
        log.info("translations: " + translations.join());
        if (loaded.stateKey() != null) {
            workState.save(loaded.stateKey(), kept);
            if (articlesKept != null) {
                OwnThread.joined(articlesKept);
            }
        }
        return new BuildResult(List.of(), plan.pages().size(), plan.changed().size(), changes.written(),
                changes.unchanged(), changes.removed());
    }

    private SiteModel assemble(Sources.Read read, SiteConfig config, List<Article> articles, SiteUrls urls,
                               Problems problems) {
        return SiteAssembler.assemble(config, read.settings().topics(), read.settings().authors(), read.settings().series(), articles,
                options.drafts(), options.now(), urls::article, problems);
    }
}
