package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.content.UiStringsReader;
import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;
import org.broadsheet.persist.ArticleCache;
import org.broadsheet.persist.Digests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The load stage: reads the settings, the UI strings and the article files, reading again only what
 * a {@link ChangeSet} names. What it read last is one value, {@link Read}, replaced by each build.
 */
final class Sources {

    /**
     * The newsroom's files as a build read them.
     *
     * @param settings         {@code site.yml}, {@code topics.yml}, {@code authors.yml} and the list of article files
     * @param settingsProblems the problems of the settings
     * @param uiStrings        language → key → text
     * @param uiProblems       the problems of the UI strings
     * @param files            content path → the article file as read
     * @param reread           how many article files this build read again ({@code -1}: all of them)
     * @param cacheHits        how many articles a full build took from the article cache
     */
    record Read(ContentLoader.Settings settings, List<Problem> settingsProblems, Map<String, Map<String, String>> uiStrings,
                List<Problem> uiProblems, SortedMap<String, ContentLoader.ArticleFile> files, int reread, int cacheHits) {

        /** The articles read, adding the problems of their files to {@code problems}. */
        List<Article> articles(Problems problems) {
            List<Article> articles = new ArrayList<>();
            for (ContentLoader.ArticleFile file : files.values()) {
                problems.addAll(file.problems());
                if (file.article() != null) {
                    articles.add(file.article());
                }
            }
            return articles;
        }

        /** What the load stage's line of the build log says. */
        String summary(int articles) {
            return articles + " articles" + (reread < 0 ? "" : ", " + reread + " re-read")
                    + (cacheHits > 0 ? ", " + cacheHits + " unchanged since the last build" : "");
        }
    }

    private final BuildOptions options;
    private final BuildLog log;
    private final ContentLoader loader;
    private final Digests digests;
    private Read last;

    Sources(BuildOptions options, BuildLog log, ContentLoader loader, Digests digests) {
        this.options = options;
        this.log = log;
        this.loader = loader;
        this.digests = digests;
    }

    /** The settings last read; null before the first build. */
    ContentLoader.Settings settings() {
        return last == null ? null : last.settings();
    }

    /**
     * Reads what {@code changes} name. When they name the content, it reads everything as {@code listing}
     * found it (null: as it is now), taking unchanged articles from the cache that {@code kept} gives
     * (when not null); when they name the theme, the UI strings.
     */
    Read load(ChangeSet changes, ContentLoader.Listing listing, CompletableFuture<ArticleCache> kept)
            throws IOException {
        Read read = changes.content() || last == null ? everything(listing, kept) : articles(changes);
        if (changes.content() || changes.theme()) {
            Problems found = new Problems();
            Map<String, Map<String, String>> ui = UiStringsReader.read(options.templatesDir().resolve("i18n"),
                    options.named(options.templatesDir()) + "i18n/", options.config(read.settings().config()).languages(), found);
            read = new Read(read.settings(), read.settingsProblems(), ui, found.sorted(), read.files(), read.reread(),
                    read.cacheHits());
        }
        last = read;
        return read;
    }

    private Read everything(ContentLoader.Listing listing, CompletableFuture<ArticleCache> kept) throws IOException {
        Problems found = new Problems();
        ContentLoader.Listing files = listing != null ? listing : loader.list();
        ContentLoader.Settings settings = loader.settings(files, found);
        warn(found.warnings());
        ArticleCache cache = kept == null ? ArticleCache.empty() : OwnThread.joined(kept);
        SortedMap<String, ContentLoader.ArticleFile> read = new TreeMap<>();
        loader.readAll(files, settings, cache).forEach(file -> {
            read.put(file.contentPath(), file);
            warn(file.warnings());
        });
        // an article taken from the cache has the digest it had then: digesting them all again is slow in a fresh JVM (bench/README.md)
        for (ContentLoader.ArticleFile file : read.values()) {
            String digest = file.article() == null ? null : cache.digest(file.article());
            if (digest != null) {
                digests.remember(file.article(), digest);
            }
        }
        Map<String, Map<String, String>> ui = last == null ? Map.of() : last.uiStrings();
        List<Problem> uiProblems = last == null ? List.of() : last.uiProblems();
        return new Read(settings, found.sorted(), ui, uiProblems, Collections.unmodifiableSortedMap(read), -1,
                cache.hits());
    }

    private Read articles(ChangeSet changes) {
        SortedMap<String, ContentLoader.ArticleFile> files = new TreeMap<>(last.files());
        for (String path : changes.articles()) {
            ContentLoader.ArticleFile file = loader.read(path, last.settings());
            warn(file.warnings());
            if (file.article() == null && file.problems().isEmpty()) {
                files.remove(path);
            } else {
                files.put(path, file);
            }
        }
        return new Read(last.settings(), last.settingsProblems(), last.uiStrings(), last.uiProblems(),
                Collections.unmodifiableSortedMap(files), changes.articles().size(), 0);
    }

    /** Logs what the build changed or left out on its own, each as {@code path:line: message}. */
    private void warn(List<Problem> warnings) {
        warnings.forEach(warning -> log.warn(warning.toString()));
    }
}
