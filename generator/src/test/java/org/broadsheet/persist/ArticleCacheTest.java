package org.broadsheet.persist;

import org.broadsheet.TestSite;
import org.broadsheet.content.ContentLoader;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The articles of the last build, kept on disk: each comes back as it was read, unless its file changed. */
class ArticleCacheTest {

    @TempDir
    Path dir;

    private ContentLoader loader;
    private ContentLoader.Settings settings;

    private List<ContentLoader.ArticleFile> readAll(ArticleCache cache) {
        return settings.articleFiles().stream().map(path -> loader.read(path, settings, cache)).toList();
    }

    /**
     * How many articles the sample newsroom has, counted from its files: all of them, or those without an
     * {@code extra:} field.
     */
    private static long sampleArticles(boolean withExtra) throws IOException {
        Path content = TestSite.repositoryRoot().resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(file -> file.toString().endsWith(".md") && content.relativize(file).getNameCount() > 1)
                    .filter(file -> withExtra || !read(file).contains("\nextra:"))
                    .count();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void copySampleNewsroom() throws IOException {
        Path from = TestSite.repositoryRoot().resolve("content");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve("content").resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        loader = new ContentLoader(dir.resolve("content"), "content/", new Markdown(false));
        settings = loader.settings(new Problems());
    }

    @Test
    void everyArticleOfTheSampleNewsroomComesBackEqualFromTheCache() throws IOException {
        copySampleNewsroom();
        List<ContentLoader.ArticleFile> read = readAll(ArticleCache.empty());
        Path file = dir.resolve("target/articles");
        ArticleCache.write(file, "key", read, article -> "digest of " + article.contentPath(), Instant.now());

        ArticleCache cache = ArticleCache.read(file).under("key");
        List<ContentLoader.ArticleFile> again = readAll(cache);
        // every article but those with an extra: field, which the cache does not keep
        assertEquals(sampleArticles(false), read.stream().filter(f -> f.article() != null && f.article().extra().isEmpty())
                .count());
        assertEquals(sampleArticles(false), cache.hits());
        assertEquals(sampleArticles(true), read.size());
        for (int i = 0; i < read.size(); i++) {
            Article article = read.get(i).article();
            assertNotNull(article, read.get(i).contentPath());
            assertEquals(article, again.get(i).article(), read.get(i).contentPath());
            assertEquals(article.body().text(), again.get(i).article().body().text());
            if (article.extra().isEmpty()) {
                assertEquals("digest of " + read.get(i).contentPath(), cache.digest(again.get(i).article()));
            }
        }
        Article readFromItsFile = read.stream().map(ContentLoader.ArticleFile::article).filter(a -> a != null
                && a.extra().isEmpty()).findFirst().orElseThrow();
        assertEquals(null, cache.digest(readFromItsFile), "an equal article not taken from the cache has none");
        ContentLoader.ArticleFile kept = again.stream().filter(f -> cache.digest(f.article()) != null).findFirst().orElseThrow();
        assertTrue(ArticleCache.read(file).under("key").get(kept.contentPath(), kept.stamp()).isPresent());
        assertTrue(ArticleCache.read(file).under("another generator or settings").get(kept.contentPath(), kept.stamp()).isEmpty(),
                "a cache written for another key is not used");
    }

    @Test
    void anArticleSavedRightBeforeItWasStampedIsNotKept() throws IOException {
        copySampleNewsroom();
        List<ContentLoader.ArticleFile> read = readAll(ArticleCache.empty());
        ContentLoader.ArticleFile saved = read.stream().filter(f -> f.article() != null
                && f.article().extra().isEmpty()).findFirst().orElseThrow();
        Instant stamped = Instant.ofEpochSecond(0, saved.stamp().modified()).plusMillis(1);
        ArticleCache.write(dir.resolve("target/articles"), "key", read, article -> "", stamped);
        // saved again within the resolution of the file system's times, at the same size: the same stamp
        ArticleCache cache = ArticleCache.read(dir.resolve("target/articles")).under("key");
        assertTrue(cache.get(saved.contentPath(), saved.stamp()).isEmpty());
        ArticleCache.write(dir.resolve("target/articles"), "key", read, article -> "",
                stamped.plus(ArticleCache.RESOLUTION));
        assertTrue(ArticleCache.read(dir.resolve("target/articles")).under("key").get(saved.contentPath(), saved.stamp())
                .isPresent(), "a file that had not changed for longer is kept");
    }

    @Test
    void anEditedFileIsReadAgain() throws IOException {
        copySampleNewsroom();
        List<ContentLoader.ArticleFile> read = readAll(ArticleCache.empty());
        ArticleCache.write(dir.resolve("target/articles"), "key", read, article -> "", Instant.now());
        ContentLoader.ArticleFile edited = read.stream().filter(f -> f.article() != null
                && f.article().extra().isEmpty()).findFirst().orElseThrow();
        Files.writeString(dir.resolve("content").resolve(edited.contentPath()), "\nA corrected last line.\n",
                StandardOpenOption.APPEND);

        ArticleCache cache = ArticleCache.read(dir.resolve("target/articles")).under("key");
        ContentLoader.ArticleFile again = loader.read(edited.contentPath(), settings, cache);
        assertEquals(0, cache.hits());
        assertNotEquals(edited.article(), again.article());
        assertTrue(again.article().body().text().endsWith("A corrected last line.\n"));
    }
}
