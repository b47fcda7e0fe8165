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
import org.broadsheet.persist.BlobStore;
import org.broadsheet.persist.Digests;
import org.broadsheet.render.Feeds;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.site.SiteAssembler;
import org.broadsheet.site.SiteModel;
import org.broadsheet.site.TranslationStatus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the site — load → assemble → plan → render → check → write, each stage logged with its time —
 * and keeps what it rendered ({@link Kept}) for the next build, which renders only the pages, feeds and
 * indexes whose inputs changed ({@link ChangeSet}, {@link Plan}); the result is the same as a full
 * build. A full build leaves what it rendered in the work folder ({@link WorkState}), so that the next
 * full build, in a new JVM, renders only what changed since.
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
    private final BuildLog log;
    private final Theme theme;
    private final ContentLoader loader;
    private final Digests digests = new Digests();
    private final Sources sources;
    private final WorkState workState;
    private final SearchStage search;
    /** What the last committed build rendered; replaced whole when a build commits. */
    private Kept kept = Kept.NOTHING;
    /** What changed since the last committed build, which the next render must redo whatever the signatures say. */
    private ChangeSet unbuilt = ChangeSet.everything();

    public SiteBuilder(BuildOptions options, BuildLog log) {
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

    /** Builds everything. */
    public BuildResult build() throws IOException {
        return build(null);
    }

    /**
     * Builds after {@code changedFiles} changed (created, modified or deleted); null means anything
     * may have changed.
     */
    public BuildResult build(Collection<Path> changedFiles) throws IOException {
        if (theme.fresh()) {
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
                    return buildOnce(changes);
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
            theme.forgetAhead();
        }
    }

    /** The stages in order; a stage that finds problems ends the build with {@code site/} as it was. */
    private BuildResult buildOnce(Collection<Path> changedFiles) throws IOException {
        WorkState.Start start = changedFiles == null ? workState.start(loader) : null;
        if (start != null) {
            theme.parseAhead();
        } else {
            // the state on disk describes the last full build, which this one is about to change
            workState.forget();
        }
        Optional<String> refusal = OutputGuard.refusal(options.outputDir(), options.projectRoot(),
                List.of(options.contentDir(), options.templatesDir()));
        if (refusal.isPresent()) {
            return BuildResult.failed(List.of(new Problem(options.named(options.outputDir()), 0, refusal.get())));
        }
        Stopwatch watch = new Stopwatch(log);
        Problems problems = new Problems();

        ChangeSet changes = ChangeSet.of(changedFiles, options, sources.settings(), kept.usedMedia());
        unbuilt = unbuilt.and(changes);
        Sources.Read read = sources.load(changes, start == null ? null : start.listing(),
                start == null ? null : start.articles());
        String stateKey = start == null ? null : OwnThread.joined(start.key());
        Optional<Kept> resumed = stateKey == null ? Optional.empty() : workState.resume(stateKey);
        problems.addAll(read.settingsProblems());
        problems.addAll(read.uiProblems());
        List<Article> articles = read.articles(problems);
        watch.lap("load", read.summary(articles.size()));

        SiteConfig config = options.config(read.settings().config());
        SiteUrls urls = new SiteUrls(config.baseUrl(), config.timezone());
        SiteModel site = assemble(read, config, articles, urls, problems);
        watch.lap("assemble", site.editions().size() + " editions");
        if (!problems.isEmpty()) {
            return BuildResult.failed(problems.sorted());
        }

        ChangeSet redo = resumed.isPresent() ? ChangeSet.NONE : unbuilt;
        Kept last = resumed.orElse(unbuilt.content() ? kept.withoutFeedEntries() : kept);
        Assets assets = assets(problems);
        PageRenderer renderer = new PageRenderer(theme.templates(redo.everythingRendered() || !redo.kinds().isEmpty()),
                options.named(options.templatesDir()), site, urls, read.uiStrings(), theme.bodies(config),
                options.contentDir(), assets, options.now(), last.feedEntries());
        Plan plan = Plan.of(site, urls, renderer, last, redo, options.outputDir(), digests);
        watch.lap("plan", plan.changed().size() + " of " + plan.pages().size() + " pages to render");

        return renderCheckAndWrite(plan, read, assets, stateKey, problems, watch);
    }

    private SiteModel assemble(Sources.Read read, SiteConfig config, List<Article> articles, SiteUrls urls,
                               Problems problems) {
        return SiteAssembler.assemble(config, read.settings().topics(), read.settings().authors(), articles,
                options.drafts(), options.now(), urls::article, problems);
    }

    /** The theme's assets; a link among them that leads outside {@code templates/} is a problem. */
    private Assets assets(Problems problems) throws IOException {
        Assets assets = new Assets(options.templatesDir().resolve("assets"), options.templatesDir());
        for (String link : assets.linksOutside()) {
            problems.add(options.named(options.templatesDir()) + "assets/" + link, 0, "leads outside templates/ "
                    + "through a symbolic link; Broadsheet reads nothing from outside content/ and templates/: put "
                    + "the file itself in templates/");
        }
        return assets;
    }

    /**
     * Renders what {@code plan} names into a staging folder, checks it, and brings {@code site/} up to date
     * from it. A full build (with the {@code stateKey} it is to save under) keeps the search postings for
     * the next, and deletes the last state before it changes the site: a build stopped between the two must
     * not leave the next one a state that no longer describes the site.
     */
    private BuildResult renderCheckAndWrite(Plan plan, Sources.Read read, Assets assets, String stateKey,
                                            Problems problems, Stopwatch watch) throws IOException {
        SiteWriter writer = new SiteWriter(options.outputDir(), workState.folder().staging(), log::warn);
        List<BlobStore.Writer> postings = new ArrayList<>();
        boolean committed = false;
        try {
            // the search index first, while no page's bookkeeping is held: in a large archive its postings need the room
            SearchStage.Written searched = search.write(plan, writer, stateKey != null, read.files().size(), digests,
                    postings);
            if (searched.summary() != null) {
                watch.lap("search", searched.summary());
            }
            LinkCheck linkCheck = BrokenLinks.checker(plan.urls(), plan.site().config());
            Problems warnings = new Problems();
            RenderedPages pages = RenderedPages.render(plan, writer, linkCheck, digests, problems, warnings);
            warnings.warnings().forEach(warning -> log.warn(warning.toString()));
            if (!problems.isEmpty()) {
                return BuildResult.failed(problems.sorted());
            }
            watch.lap("render", plan.changed().size() + " of " + plan.pages().size() + " pages");
            List<Feeds.Plan> feedPlans = plan.renderer().feeds();
            Map<String, String> feeds = SiteFiles.writeFeeds(plan, feedPlans, pages, writer, digests);
            watch.lap("feeds", feeds.size() + " feeds");

            SiteFiles files = SiteFiles.write(plan, pages, searched.files(), feedPlans, feeds, assets, writer, digests,
                    options, log, problems);
            BrokenLinks.check(linkCheck, pages.links(), files.files(), options, log, problems);
            watch.lap("check", pages.links().size() + " pages");
            if (!problems.isEmpty()) {
                return BuildResult.failed(problems.sorted());
            }

            if (stateKey != null) {
                workState.forget();
            }
            SiteWriter.Changes changes;
            try {
                changes = writer.commit(files.files());
            } catch (SiteWriter.InTheWay blocked) {
                return BuildResult.failed(List.of(new Problem(options.named(options.outputDir()) + blocked.path(), 0,
                        blocked.getMessage())));
            }
            committed = true;
            for (BlobStore.Writer postingsWriter : postings) {
                postingsWriter.commit();
            }
            watch.lap("write", changes.written() + " written, " + changes.unchanged() + " unchanged, "
                    + changes.removed() + " removed");

            Set<String> pagePaths = pages.signatures().keySet();
            kept = new Kept(pages.signatures(), files.feeds(), files.sitemap(), searched.signatures(), searched.files(),
                    RenderedPages.updated(plan.last().linkTargets(), pages.linkTargets(), pagePaths),
                    RenderedPages.updated(plan.last().media(), pages.media(), pagePaths), files.feedEntries(), false);
            unbuilt = ChangeSet.NONE;
            digests.retain(plan.site().byFile().values(), pagePaths);
            log.info("translations: " + TranslationStatus.summary(TranslationStatus.of(plan.site())));
            if (stateKey != null) {
                workState.save(stateKey, kept, read, digests);
            }
            return new BuildResult(List.of(), plan.pages().size(), plan.changed().size(), changes.written(),
                    changes.unchanged(), changes.removed());
        } finally {
            if (!committed) {
                writer.abort();
                for (BlobStore.Writer postingsWriter : postings) {
                    postingsWriter.abort();
                }
            }
        }
    }
}
