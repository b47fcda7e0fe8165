package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.persist.ArticleCache;
import org.broadsheet.persist.BuildState;
import org.broadsheet.persist.Digests;
import org.broadsheet.persist.StateKey;
import org.broadsheet.persist.WorkFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What a full build takes from the work folder and leaves there for the next one, in a new JVM: the
 * {@link BuildState} that becomes its {@link Kept} and the {@link ArticleCache}, both valid under one
 * {@link StateKey}. The state describes {@code site/} as the last full build left it, so any build
 * deletes it before it changes {@code site/}.
 */
final class WorkState {

    /**
     * A full build's start: the walk of {@code content/}, and the state key, the kept articles and what the last
     * full build rendered (if it left its state under that key), each worked out on a thread of its own while the
     * build reads the settings (together they were a fifth of a rebuild).
     */
    record Start(ContentLoader.Listing listing, CompletableFuture<String> key,
                 CompletableFuture<ArticleCache> articles, CompletableFuture<Optional<Kept>> kept) {
    }

    private final BuildOptions options;
    private final WorkFolder work;
    /** The digest of the generator's code, taken once by the first full build. */
    private CompletableFuture<String> generatorDigest;
    /** When the last full build began to stamp the files of {@code content/}. */
    private Instant listed = Instant.EPOCH;

    WorkState(BuildOptions options) {
        this.options = options;
        this.work = new WorkFolder(options.workDir());
    }

    WorkFolder folder() {
        return work;
    }

    /** Starts a full build: lists {@code content/} and digests what the state key covers. */
    Start start(ContentLoader loader) throws IOException {
        if (generatorDigest == null) {
            generatorDigest = OwnThread.start("broadsheet-state", StateKey::generator);
        }
        CompletableFuture<ArticleCache> articles = OwnThread.start("broadsheet-articles",
                () -> ArticleCache.read(work.articles()));
        listed = Instant.now();
        ContentLoader.Listing listing = loader.list();
        String inputs = StateKey.inputs(options.outputDir().toAbsolutePath().normalize() + " " + options.baseUrl() + " "
                + options.drafts() + (options.drafts() ? " " + options.now() : ""),
                options.templatesDir(), options.contentDir(), listing.otherFiles());
        CompletableFuture<String> key = generatorDigest.thenApply(code -> StateKey.of(code, inputs));
        CompletableFuture<Optional<Kept>> kept = OwnThread.start("broadsheet-kept",
                () -> BuildState.read(work.state(), OwnThread.joined(key)).map(Kept::of));
        return new Start(listing, key, articles.thenCombine(key, ArticleCache::under), kept);
    }

    /** Deletes the state on disk: {@code site/} is about to change. */
    void forget() throws IOException {
        Files.deleteIfExists(work.state());
    }

    /**
     * Starts leaving the articles of {@code read} for the next full build, under {@code key}, on a thread of its own;
     * null when all came from the cache. They depend on nothing that a build renders, and a cache of files as they
     * were read is valid whether or not the build then succeeds. The thread must have ended before the build does:
     * the next build of the project (which may begin at once, in another process) writes the same file, and this
     * builder's digests are not to be read while the next build changes them.
     */
    CompletableFuture<Void> keepArticles(String key, Sources.Read read, Digests digests) {
        return read.cacheHits() == read.files().size() ? null : OwnThread.start("broadsheet-articles", () -> {
            ArticleCache.write(work.articles(), key, read.files().values(), digests::article, listed);
            return null;
        });
    }

    /** Leaves {@code kept} for the next full build, under {@code key}. */
    void save(String key, Kept kept) throws IOException {
        kept.state(key).write(work.state());
    }
}
