package org.broadsheet.content;

import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Alias;
import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.Correction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The walk of content/ and the checks of its shape, on real folders. */
class ContentLoaderTest {

    private static final String SITE = """
            baseUrl: https://news.example.org/
            timezone: Asia/Seoul
            languages:
              en: {title: The Harbor Times}
              ko: {title: 항구 신문}
            """;
    private static final String ARTICLE = """
            ---
            title: Cranes
            date: 2024-03-01T09:00:00+09:00
            ---
            The cranes came down.
            """;

    @TempDir
    Path content;

    private ContentLoader loader() {
        return new ContentLoader(content, "content/", new Markdown(false));
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theWalkListsVisibleMarkdownSortedAndEveryOtherFile() throws IOException {
        write("site.yml", SITE);
        write("ko/b.md", ARTICLE);
        write("en/z.md", ARTICLE);
        write("en/2024/a.md", ARTICLE);
        write("en/.draft.md", ARTICLE);
        write(".git/hooks/x.md", ARTICLE);
        write("en/.hidden/deeper/y.md", ARTICLE);
        write("en/.hidden/deeper/photo.jpg", "jpg");
        write("en/after-hidden/c.md", ARTICLE);

        ContentLoader.Listing listing = loader().list();

        assertEquals(List.of("en/2024/a.md", "en/after-hidden/c.md", "en/z.md", "ko/b.md"), listing.markdownFiles());
        assertEquals(listing.markdownFiles(), listing.stamps().keySet().stream().sorted().toList());
        assertEquals(List.of("en/.hidden/deeper/photo.jpg", "site.yml"), listing.otherFiles().stream()
                .map(p -> content.relativize(p).toString()).sorted().toList());
    }

    @Test
    void markdownOutsideALanguageFolderAndUnknownFoldersAreProblemsAndNotArticles() throws IOException {
        write("site.yml", SITE);
        write("en/a.md", ARTICLE);
        write("fr/a.md", ARTICLE);
        write("about.md", ARTICLE);
        Problems problems = new Problems();

        ContentLoader.Settings settings = loader().settings(problems);

        assertEquals(List.of("en/a.md"), settings.articleFiles());
        assertEquals(Map.of("about.md", "en", "fr/a.md", "en"), settings.strayFiles(), "checked, as 'en' articles");
        assertEquals(List.of(
                "content/about.md: articles belong in a language folder such as content/en/",
                "content/fr: unknown language folder 'fr': the languages of content/site.yml are en, ko; its articles "
                        + "are checked as 'en' ones but not published until the folder is renamed or its language added "
                        + "to content/site.yml"),
                problems.sorted().stream().map(Object::toString).toList());
        assertEquals(Map.of(), settings.topics());
    }

    @Test
    void aMissingContentFolderOrSiteFileIsAProblem() throws IOException {
        Problems problems = new Problems();
        loader().settings(loader().list(), problems);
        Files.delete(content);
        ContentLoader.Settings none = loader().settings(problems);

        assertEquals(List.of(), none.articleFiles());
        assertEquals(List.of("content/: the content folder does not exist; create it with site.yml, topics.yml and a "
                        + "folder per language",
                "content/site.yml: missing site settings: create content/site.yml with baseUrl, timezone and languages"),
                problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void settingsFilesTooLargeOrNotUtf8AreProblemsNamingThem() throws IOException {
        sparse(content.resolve("site.yml"), ArticleReader.MAX_BYTES + 1);
        Files.write(content.resolve("topics.yml"), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
        Problems problems = new Problems();

        loader().settings(problems);

        List<String> lines = problems.sorted().stream().map(Object::toString).toList();
        assertEquals("content/site.yml: the file is 5.1 MB; settings are a few lines of YAML", lines.get(0));
        assertEquals(1, lines.stream().filter(line -> line.equals(
                "content/topics.yml: the file is not UTF-8 text; save it as UTF-8 in your editor")).count(), lines.toString());
    }

    @Test
    void anArticleOverTheLimitIsToldFromItsSizeWithoutBeingRead() throws IOException {
        write("site.yml", SITE);
        sparse(content.resolve("en/huge.md"), ArticleReader.MAX_BYTES + 1);
        ContentLoader loader = loader();
        ContentLoader.Settings settings = loader.settings(new Problems());

        ContentLoader.ArticleFile file = loader.read("en/huge.md", settings);

        assertNull(file.article());
        assertEquals(List.of("content/en/huge.md: the file is 5.1 MB; an article is at most 5 MB of text. Is it an "
                + "article? Pictures and documents belong beside it as files of their own"),
                file.problems().stream().map(Object::toString).toList());
    }

    @Test
    void anArticleAtTheLimitIsRead() throws IOException {
        write("site.yml", SITE);
        String head = ARTICLE;
        write("en/full.md", head + "a".repeat(ArticleReader.MAX_BYTES - head.getBytes(StandardCharsets.UTF_8).length));
        ContentLoader loader = loader();

        ContentLoader.ArticleFile file = loader.read("en/full.md", loader.settings(new Problems()));

        assertEquals(List.of(), file.problems());
        assertEquals("Cranes", file.article().title());
    }

    @Test
    void everyFieldOfTheFrontMatterReachesTheArticleAsWritten() throws IOException {
        write("site.yml", SITE);
        write("topics.yml", "economy: {en: Economy, ko: 경제}\nport: {en: Port, ko: 항만}\n");
        write("series.yml", "harbor-at-100: {en: Harbor at 100, ko: 개항 100년}\n");
        write("en/2019/cranes.md", """
                ---
                title: New cranes
                date: 2019-03-01 10:00
                updated: 2019-03-02 11:00
                kicker: News analysis
                subtitle: The port grows
                summary: The port buys cranes.
                topics: [port, economy]
                authors: [Kim Seo-yeon, {name: Lee Jun, role: Photographer}]
                slug: new-cranes
                translationKey: cranes
                original: true
                draft: true
                contact: false
                series: harbor-at-100
                aliases: [/2019/03/cranes.html]
                corrections:
                  - {date: 2019-03-03, text: An earlier version misspelled a name.}
                extra: {desk: Harbor, tags: [a, b], nested: {count: 2}}
                ---
                The cranes came.
                """);
        ContentLoader loader = loader();

        ContentLoader.ArticleFile file = loader.read("en/2019/cranes.md", loader.settings(new Problems()));

        assertEquals(List.of(), file.problems());
        Article article = file.article();
        assertEquals(List.of("new-cranes", "New cranes", "News analysis", "The port grows", "The port buys cranes.",
                        "cranes", "harbor-at-100", "2019-03-01T10:00+09:00", "2019-03-02T11:00+09:00"),
                List.of(article.slug(), article.title(), article.kicker(), article.subtitle(), article.summary(),
                        article.translationKey(), article.series(), article.date().toString(), article.updated().toString()));
        assertEquals(List.of(true, true, false), List.of(article.original(), article.draft(), article.contact()));
        assertEquals(List.of("port", "economy"), article.topics());
        assertEquals(List.of(new Author(null, "Kim Seo-yeon", null), new Author(null, "Lee Jun", "Photographer")),
                article.authors());
        assertEquals(List.of("/2019/03/cranes.html"), article.aliases().stream().map(Alias::written).toList());
        assertEquals(List.of(new Correction(OffsetDateTime.parse("2019-03-03T00:00+09:00"),
                "An earlier version misspelled a name.")), article.corrections());
        assertEquals(Map.of("desk", "Harbor", "tags", List.of("a", "b"), "nested", Map.of("count", 2)), article.extra());
    }

    @Test
    void aFileGoneSinceItWasListedGivesNoArticleAndNoProblem() throws IOException {
        write("site.yml", SITE);
        write("en/a.md", ARTICLE);
        ContentLoader loader = loader();
        ContentLoader.Settings settings = loader.settings(new Problems());
        Files.delete(content.resolve("en/a.md"));

        ContentLoader.ArticleFile file = loader.read("en/a.md", settings);

        assertNull(file.article());
        assertNull(file.stamp());
        assertEquals(List.of(), file.problems());
    }

    @Test
    void aMarkdownLinkLeadingOutOfContentIsListedAndReportedWhenReadNeverRead(@TempDir Path outside) throws IOException {
        write("site.yml", SITE);
        Path secret = Files.writeString(outside.resolve("secret.md"), ARTICLE);
        Files.createDirectories(content.resolve("en"));
        Files.createSymbolicLink(content.resolve("en/secret.md"), secret);
        ContentLoader loader = loader();
        ContentLoader.Listing listing = loader.list();
        ContentLoader.Settings settings = loader.settings(listing, new Problems());

        List<ContentLoader.ArticleFile> files = loader.readAll(listing, settings, KnownArticles.none());

        assertEquals(List.of("en/secret.md"), settings.articleFiles());
        assertNull(files.get(0).article());
        assertEquals(List.of("content/en/secret.md: " + ContentPaths.OUTSIDE_MESSAGE),
                files.get(0).problems().stream().map(Object::toString).toList());
        assertEquals(files, List.of(loader.read("en/secret.md", settings)), "a full build and a preview's reading of "
                + "the one saved file agree");
    }

    @Test
    void aMarkdownLinkLeadingNowhereIsListedAndReportedWhenRead() throws IOException {
        write("site.yml", SITE);
        Files.createDirectories(content.resolve("en"));
        Files.createSymbolicLink(content.resolve("en/gone.md"), Path.of("missing.md"));
        Files.createSymbolicLink(content.resolve("en/loop.md"), Path.of("loop.md"));
        Files.createSymbolicLink(content.resolve("en/.#lock.md"), Path.of("writer@desk.4242"));
        ContentLoader loader = loader();
        ContentLoader.Listing listing = loader.list();
        ContentLoader.Settings settings = loader.settings(listing, new Problems());

        List<ContentLoader.ArticleFile> files = loader.readAll(listing, settings, KnownArticles.none());

        assertEquals(List.of("en/gone.md", "en/loop.md"), settings.articleFiles());
        assertEquals(List.of("content/en/gone.md: is a symbolic link to 'missing.md', which leads to no file, so no "
                        + "article is read from it: put the article itself here, or remove the link",
                "content/en/loop.md: is a symbolic link to 'loop.md', which leads to no file, so no article is read "
                        + "from it: put the article itself here, or remove the link"),
                files.stream().flatMap(f -> f.problems().stream()).map(Object::toString).toList());
        assertEquals(files, List.of(loader.read("en/gone.md", settings), loader.read("en/loop.md", settings)));
    }

    @Test
    void aNamedPipeCalledLikeAnArticleIsNeitherListedNorWaitedOnWhenReadAlone() throws Exception {
        write("site.yml", SITE);
        Files.createDirectories(content.resolve("en"));
        Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("en/pipe.md").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "a system that makes named pipes");
        Files.createSymbolicLink(content.resolve("en/linked.md"), Path.of("pipe.md"));
        ContentLoader loader = loader();
        ContentLoader.Settings settings = loader.settings(new Problems());

        assertEquals(List.of(), settings.articleFiles());
        // as the preview reads a file it was told of: opening a pipe would wait for a writer that never comes
        ContentLoader.ArticleFile[] read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new ContentLoader
                .ArticleFile[]{loader.read("en/pipe.md", settings), loader.read("en/linked.md", settings)});
        assertNull(read[0].article());
        assertNull(read[1].article());
        assertEquals(List.of(), List.of(read[0].problems(), read[1].problems()).stream().flatMap(List::stream).toList());
    }

    @Test
    void anArticleFileIsMarkdownInTheFolderOfALanguageOfTheSite() throws IOException {
        write("site.yml", SITE);
        ContentLoader.Settings settings = loader().settings(new Problems());

        assertEquals(List.of(true, true, false, false, false, false), List.of(
                ContentLoader.isArticleFile("en/a.md", settings), ContentLoader.isArticleFile("ko/2024/b.md", settings),
                ContentLoader.isArticleFile("en/a.txt", settings), ContentLoader.isArticleFile("a.md", settings),
                ContentLoader.isArticleFile("fr/a.md", settings), ContentLoader.isArticleFile("english/a.md", settings)));
    }

    /** A file of {@code size} bytes that takes no room on disk. */
    private static void sparse(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
    }

    @Test
    void twoFilesWhoseNamesAreOneInNfcAreAProblemNotOneSilentlyUnread() throws IOException {
        write("site.yml", SITE);
        write("ko/\u1100\u1161.md", ARTICLE.replace("Cranes", "Decomposed"));
        write("ko/\uac00.md", ARTICLE);
        try (var files = Files.list(content.resolve("ko"))) {
            assumeTrue(files.count() == 2, "a file system that folds Unicode forms holds one of the two names");
        }
        Problems problems = new Problems();

        loader().settings(problems);

        assertEquals(List.of("content/ko/\uac00.md: two files have this name, which looks the same in both: its letters "
                + "are composed in one and decomposed in the other (as macOS writes them); Broadsheet would read only "
                + "one of them: remove the other"), problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void aBuildKeepsTheArticlesTextsOnceReadWhileTheirFilesTakeAtMostAQuarterOfTheHeap() throws IOException {
        assertTrue(ContentLoader.bodiesFit(0, 4_000));
        assertTrue(ContentLoader.bodiesFit(1_000, 4_000));
        assertFalse(ContentLoader.bodiesFit(1_001, 4_000));

        write("site.yml", SITE);
        write("en/a.md", ARTICLE);
        ContentLoader loader = loader();
        ContentLoader.Listing listing = loader.list();
        ContentLoader.Settings settings = loader.settings(listing, new Problems());
        assertTrue(settings.bodiesKept());
        Article article = loader.readAll(listing, settings, KnownArticles.none()).get(0).article();
        // another text of the same size, and the file's time as it was read: a body read again would find it changed
        Path file = content.resolve("en/a.md");
        FileTime read = Files.getLastModifiedTime(file);
        Files.writeString(file, ARTICLE.replace("came down", "went up  "));
        Files.setLastModifiedTime(file, read);
        assertEquals("The cranes came down.\n", article.body().text());
    }
}
