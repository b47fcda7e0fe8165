package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.broadsheet.search.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Repeated {@code mvn package} runs: each is a new JVM, which takes up the state that the last full
 * build left under {@code target/} and renders only what changed, with the same output as a cold build.
 */
class RepeatedBuildTest {

    @TempDir
    Path dir;

    private TestSite newsroom() {
        return newsroom(dir.resolve("project"));
    }

    /** Six articles a month apart in each edition, each English one linking to the one before it. */
    static TestSite newsroom(Path root) {
        TestSite site = TestSite.create(root);
        for (int i = 1; i <= 6; i++) {
            site.article("content/en/2019/story-" + i + ".md", "title: Story " + i + "\ndate: 2019-0" + i + "-10\n"
                    + "topics: [" + (i % 2 == 0 ? "economy" : "north-korea") + "]", "Body " + i
                    + (i > 1 ? " after [the previous one](story-" + (i - 1) + ".md)." : "."));
            site.article("content/ko/2019/story-" + i + ".md", "title: 기사 " + i + "\ndate: 2019-0" + i + "-10", "본문 " + i + ".");
        }
        return site;
    }

    @Test
    void aRebuildWithNothingChangedRendersNothingAndWritesNothing() {
        TestSite site = newsroom();
        BuildResult first = site.build();
        assertTrue(first.succeeded(), first.problems().toString());
        assertTrue(Files.isRegularFile(site.root().resolve("target/broadsheet/state")));

        BuildResult again = site.build();
        assertTrue(again.succeeded());
        assertEquals(0, again.pagesRendered());
        assertEquals(0, again.filesWritten());
        assertEquals(first.pages(), again.pages());
    }

    @Test
    void aRebuildAfterOneEditRendersOnlyWhatShowsItAndMatchesAColdBuild() {
        TestSite site = newsroom();
        BuildResult first = site.build();
        site.article("content/en/2019/story-3.md", "title: Story three, corrected\ndate: 2019-03-10\ntopics: [north-korea]",
                "Body 3 after [the previous one](story-2.md).");

        BuildResult again = site.build();
        assertTrue(again.succeeded());
        // the article and its translation (whose language switch names it), page 2 of the edition home, the first
        // page of its topic, its year and month, and the related-article boxes of the two others of its topic
        assertEquals(9, again.pagesRendered(), again.pagesRendered() + " of " + first.pages());
        assertTrue(site.read("en/2019/03/story-3/index.html").contains("Story three, corrected"));
        assertTrue(site.read("en/2019/05/story-5/index.html").contains("Story three, corrected"),
                "an article of the same topic shows the new headline in its related list");
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void listingsThatCountArticlesByTopicOrAuthorAreRenderedAgainWhenAnArticleTheyDoNotListChanges() {
        TestSite site = newsroom().file("content/authors.yml",
                "kim: {en: Kim Minji, ko: 김민지}\npark: {en: Park Jisu, ko: 박지수}\n");
        site.article("content/en/2019/story-6.md", "title: Story 6\ndate: 2019-06-10\ntopics: [economy]\n"
                + "authors: [kim]", "Body 6.");
        assertTrue(site.build().succeeded());
        // the oldest story, on no page that shows the counts, moves to the other topic and gains an author
        site.article("content/en/2019/story-1.md", "title: Story 1\ndate: 2019-01-10\ntopics: [economy]\n"
                + "authors: [park]", "Body 1.");

        assertTrue(site.build().succeeded());
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void anArticleLinkingToOneThatMovedIsRenderedAgain() {
        TestSite site = TestSite.create(dir.resolve("links"))
                .article("content/en/2019/guide.md", "title: Guide\ndate: 2019-01-05\ntopics: [economy]",
                        "See [the ferry story](ferry.md).")
                .article("content/en/2019/ferry.md", "title: Ferry\ndate: 2019-02-05\ntopics: [north-korea]", "Ferries.");
        assertTrue(site.build().succeeded());
        site.article("content/en/2019/ferry.md", "title: Ferry\ndate: 2019-03-05\ntopics: [north-korea]", "Ferries.");

        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/01/guide/index.html").contains("/en/2019/03/ferry/"),
                "the link follows the article to its new month");
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void theSearchIndexAfterAnEditFindsTheNewWordsAndNotTheOldOnes() {
        TestSite site = newsroom();
        assertTrue(site.build().succeeded());
        assertTrue(Files.isRegularFile(site.root().resolve("target/broadsheet/search-postings-en")));
        site.article("content/en/2019/story-3.md", "title: Story 3\ndate: 2019-03-10\ntopics: [north-korea]",
                "Zeppelins over the harbor.");
        assertTrue(site.build().succeeded());
        Map<String, String> built = files(site.root().resolve("site"));
        int shards = Integer.parseInt(built.get("en/search/meta.json").replaceAll("(?s).*\"shards\":(\\d+).*", "$1"));
        String shard = "en/search/terms-" + Tokenizer.shard("zeppelin", shards) + ".json";
        assertEquals(List.of(shard), built.entrySet().stream().filter(f -> f.getKey().startsWith("en/search/terms-")
                && f.getValue().contains("\"zeppelin\"")).map(Map.Entry::getKey).toList());
        assertEquals(coldBuild(site), built);
    }

    @Test
    void theSearchIndexAfterArticlesWereAddedRemovedMovedAndEditedCountsOnlyTheirTokens() throws IOException {
        TestSite site = newsroom();
        assertTrue(site.build().succeeded());
        // a new newest article renumbers every document; the moved one changes places with story 5
        site.article("content/en/2019/story-7.md", "title: Story 7\ndate: 2019-07-10\ntopics: [economy]",
                "Airships return to the harbor.");
        site.delete("content/en/2019/story-6.md");
        site.article("content/en/2019/story-4.md", "title: Story 4\ndate: 2019-05-20\ntopics: [economy]",
                "Body 4 after [the previous one](story-3.md).");
        site.article("content/en/2019/story-1.md", "title: Story 1\ndate: 2019-01-10\ntopics: [north-korea]",
                "Zeppelins over the harbor.");

        assertEquals(List.of("index of en; tokens of 3 of 6 articles counted"), laps(site, "search"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void aBuildThatFailsAfterItsSearchStageKeepsTheLastPostingsAndLeavesNoneHalfWritten() throws IOException {
        TestSite site = newsroom();
        assertTrue(site.build().succeeded());
        Path work = site.root().resolve("target/broadsheet");
        byte[] kept = Files.readAllBytes(work.resolve("search-postings-en"));

        // the check stage, after the search index is written, finds the broken link
        site.article("content/en/2019/story-3.md", "title: Story 3\ndate: 2019-03-10\ntopics: [north-korea]",
                "Zeppelins over [the harbor](/en/harbor/).");
        assertFalse(site.build().succeeded());
        assertArrayEquals(kept, Files.readAllBytes(work.resolve("search-postings-en")));
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(), files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".tmp"))
                    .toList());
        }
    }

    @Test
    void anEditInOneLanguageWritesOnlyThatLanguagesSearchIndex() throws IOException {
        TestSite site = newsroom();
        assertTrue(site.build().succeeded());
        Path koreanPostings = site.root().resolve("target/broadsheet/search-postings-ko");
        FileTime stored = Files.getLastModifiedTime(koreanPostings);

        site.article("content/en/2019/story-3.md", "title: Story 3\ndate: 2019-03-10\ntopics: [north-korea]",
                "Zeppelins over the harbor.");
        assertEquals(List.of("index of en; tokens of 1 of 6 articles counted"), laps(site, "search"));
        assertEquals(stored, Files.getLastModifiedTime(koreanPostings), "the Korean postings are not kept again");
        assertEquals(coldBuild(site), files(site.root().resolve("site")));

        site.article("content/ko/2019/story-3.md", "title: 기사 3\ndate: 2019-03-10", "비행선이 항구 위를 지났다.");
        assertEquals(List.of("index of ko; tokens of 1 of 6 articles counted"), laps(site, "search"));
        assertTrue(site.read("ko/search/meta.json").contains("\"documents\":6"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    /** Builds the site and returns what the build said of its {@code stage}. */
    private static List<String> laps(TestSite site, String stage) throws IOException {
        List<String> laps = new ArrayList<>();
        BuildResult result = Generator.build(site.options(), new BuildLog() {
            @Override
            public void info(String message) {
                if (message.startsWith(stage + " ")) {
                    laps.add(message.substring(message.indexOf(" ms ") + 4).trim());
                }
            }

            @Override
            public void warn(String message) {
            }
        });
        assertTrue(result.succeeded(), result.problems().toString());
        return laps;
    }

    @Test
    void aFullBuildTakesTheArticlesThatDidNotChangeFromTheLastOnesCache() throws IOException {
        TestSite site = newsroom();
        // saved long before the build: a file modified as it is listed could be modified again unseen
        try (Stream<Path> files = Files.walk(site.root().resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
        assertTrue(site.build().succeeded());
        site.article("content/en/2019/story-3.md", "title: Story 3\ndate: 2019-03-10\ntopics: [north-korea]",
                "Zeppelins over the harbor.");
        assertEquals(List.of("12 articles, 11 unchanged since the last build"), laps(site, "load"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void aFeedSitemapOrSearchFileDeletedByHandIsWrittenAgainByTheNextBuild() throws IOException {
        TestSite site = newsroom();
        assertTrue(site.build().succeeded());
        Files.delete(site.root().resolve("site/en/feed.xml"));
        Files.delete(site.root().resolve("site/sitemap.xml"));
        Files.delete(site.root().resolve("site/ko/search/meta.json"));

        BuildResult repaired = site.build();
        assertTrue(repaired.succeeded(), repaired.problems().toString());
        assertEquals(0, repaired.pagesRendered());
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void aChangedTemplateUiStringOrSettingRendersEverythingAgain() throws IOException {
        TestSite site = newsroom();
        int pages = site.build().pages();
        Path footer = site.root().resolve("templates/i18n/en.yml");
        Files.writeString(footer, Files.readString(footer) + "\n# edited\n");
        assertEquals(pages, site.build().pagesRendered(), "after a UI string file changed");

        Path layout = site.root().resolve("templates/layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<!-- new --></footer>"));
        assertEquals(pages, site.build().pagesRendered(), "after the layout changed");
        assertTrue(site.read("en/index.html").contains("<!-- new -->"));

        site.file("content/site.yml", TestSite.SITE_YML.replace("The Test Ledger", "The New Ledger"));
        assertEquals(pages, site.build().pagesRendered(), "after site.yml changed");
        assertTrue(site.read("en/2019/01/story-1/index.html").contains("The New Ledger"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void aRenamedAuthorIsRenamedInTheBylinesOfArticlesThatDidNotChangeByTheNextBuildAndByThePreview()
            throws IOException {
        TestSite site = newsroom().file("content/authors.yml", "oh-yejin: {en: Oh Ye-jin, ko: 오예진}\n")
                .article("content/en/2019/story-1.md", "title: Story 1\ndate: 2019-01-10\nauthors: oh-yejin", "Body 1.");
        assertTrue(site.build().succeeded());
        site.file("content/authors.yml", "oh-yejin: {en: Oh Ye-jin Park, ko: 오예진}\n");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/01/story-1/index.html").contains(">Oh Ye-jin Park</a>"));
        assertTrue(site.read("en/authors/oh-yejin/index.html").contains("Oh Ye-jin Park"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));

        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        Path authors = site.root().resolve("content/authors.yml");
        Files.writeString(authors, "oh-yejin: {en: Ye-jin Oh, ko: 오예진}\n");
        assertTrue(preview.build(List.of(authors)).succeeded());
        assertTrue(site.read("en/2019/01/story-1/index.html").contains(">Ye-jin Oh</a>"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    /** The preview compares the sitemap's inputs with its last build's rather than digesting them: a new date still shows. */
    @Test
    void thePreviewsSitemapFollowsAnUpdatedDate() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        assertFalse(site.read("sitemap.xml").contains("2020-05-01"));
        Path story = site.root().resolve("content/en/2019/story-3.md");
        Files.writeString(story, "---\ntitle: Story 3\ndate: 2019-03-10\nupdated: 2020-05-01T12:00:00Z\n"
                + "topics: [north-korea]\n---\nBody 3 after [the previous one](story-2.md).\n");
        assertTrue(preview.build(List.of(story)).succeeded());
        assertTrue(site.read("sitemap.xml").contains("2020-05-01"));
        assertTrue(preview.build(List.of(story)).succeeded());
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void anEditLeavesTheOtherBlocksOfSearchDocumentsAndWritesOneDeletedByHand() throws IOException {
        TestSite site = TestSite.create(dir.resolve("project"));
        // 150 articles: two blocks of documents, the newest hundred in docs-0.json
        for (int i = 0; i < 150; i++) {
            site.article("content/en/2019/story-" + i + ".md", "title: Story " + i + "\ndate: 2019-01-01T"
                    + String.format("%02d:%02d", i / 60, i % 60) + ":00Z", "Body " + i + ".");
        }
        assertTrue(site.build().succeeded());
        Files.delete(site.root().resolve("site/en/search/docs-0.json"));
        site.article("content/en/2019/story-0.md", "title: Story 0\ndate: 2019-01-01T00:00:00Z",
                "The oldest story, corrected.");

        assertEquals(List.of("index of en; tokens of 1 of 150 articles counted"), laps(site, "search"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void otherOptionsOrAMissingOutputGiveAColdBuild() throws IOException {
        TestSite site = newsroom();
        int pages = site.build().pages();
        assertEquals(pages, site.build(site.options().withBaseUrl("https://elsewhere.example/")).pagesRendered());

        Files.delete(site.root().resolve("site/en/2019/02/story-2/index.html"));
        BuildResult repaired = site.build(site.options().withBaseUrl("https://elsewhere.example/"));
        assertEquals(1, repaired.pagesRendered(), "only the page deleted by hand");
        assertTrue(site.exists("en/2019/02/story-2/index.html"));

        deleteTree(site.root().resolve("site"));
        assertEquals(pages, site.build(site.options().withBaseUrl("https://elsewhere.example/")).pagesRendered());
    }

    @Test
    void anArticleSavedAgainWhileTheSiteIsBuiltIsBuiltAgainWithoutAProblem() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        // the builder read this body before the save: as if the writer saved while the pages were rendered
        Path saved = site.root().resolve("content/en/2019/story-2.md");
        Files.writeString(saved, Files.readString(saved).replace("Body 2", "Body two"));
        Path template = site.root().resolve("templates/article.ftlh");

        BuildResult result = preview.build(List.of(template));
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(site.read("en/2019/02/story-2/index.html").contains("Body two"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    /** A file operation, run by a build's log. */
    @FunctionalInterface
    private interface Save {
        void run(int count) throws IOException;
    }

    /**
     * A log that runs {@code save} (with the count of saves so far) the first {@code times} times a build has
     * read the content.
     */
    private static BuildLog savingAfterLoad(int times, Save save) {
        int[] saves = {0};
        return new BuildLog() {
            @Override
            public void info(String message) {
                if (message.startsWith("load ") && saves[0] < times) {
                    saves[0]++;
                    try {
                        save.run(saves[0]);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void warn(String message) {
            }
        };
    }

    /** A log that saves {@code file} again, with a new body each time, whenever a build has read the content. */
    private static BuildLog savingAfterLoad(Path file, int times) {
        return savingAfterLoad(times, count -> Files.writeString(file,
                Files.readString(file).replaceAll("Body .*", "Body saved " + count)));
    }

    @Test
    void aTemplateSavedDuringAFullBuildIsRenderedByTheNextOne() throws IOException {
        TestSite site = newsroom();
        Path month = site.root().resolve("templates/month.ftlh");
        // saved as editors save, whole, so that the template is never read half-written
        BuildLog saving = savingAfterLoad(1, count -> {
            Path temporary = month.resolveSibling(".month.ftlh.tmp");
            Files.writeString(temporary, Files.readString(month).replace("<h1 class=\"page-title\">",
                    "<h1 class=\"page-title saved-during-the-build\">"));
            Files.move(temporary, month, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        });
        assertTrue(new SiteBuilder(site.options(), saving).build().succeeded());
        assertTrue(Files.readString(month).contains("saved-during-the-build"));
        assertTrue(site.build().succeeded(), "the next mvn package");
        assertTrue(site.read("en/timeline/2019/01/index.html").contains("saved-during-the-build"));
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    /**
     * An article and a template saved together while a full build reads the content ({@code git checkout} of a
     * branch where the article's mistake is fixed): the build, looking for the mistake's neighbours in the bodies,
     * finds the article changed and starts again, and the second attempt renders with the template as saved, not as
     * the first attempt had parsed it ahead, which the state it leaves for the next build would describe as saved.
     */
    @Test
    void aTemplateSavedWithAnArticleDuringAFullBuildIsRenderedByTheAttemptThatFollows() throws IOException {
        TestSite site = newsroom();
        Path month = site.root().resolve("templates/month.ftlh");
        Path article = site.root().resolve("content/en/2019/story-3.md");
        Files.writeString(article, Files.readString(article).replace("north-korea", "harbour"));
        BuildLog saving = savingAfterLoad(1, count -> {
            Files.writeString(article, Files.readString(article).replace("harbour", "economy")
                    .replaceAll("Body .*", "Body saved"));
            Files.writeString(month, Files.readString(month).replace("<h1 class=\"page-title\">",
                    "<h1 class=\"page-title saved-during-the-build\">"));
        });
        assertTrue(new SiteBuilder(site.options(), saving).build().succeeded());
        assertTrue(site.build().succeeded(), "the next mvn package");
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void aFullBuildDuringWhichAnArticleIsSavedBuildsItAgain() throws IOException {
        TestSite site = newsroom();
        Path saved = site.root().resolve("content/en/2019/story-3.md");
        BuildLog saving = savingAfterLoad(saved, 2);
        List<String> said = new ArrayList<>();
        BuildResult result = new SiteBuilder(site.options(), new BuildLog() {
            @Override
            public void info(String message) {
                said.add(message);
                saving.info(message);
            }

            @Override
            public void warn(String message) {
            }
        }).build();
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(site.read("en/2019/03/story-3/index.html").contains("Body saved 2"));
        assertEquals(2, said.stream().filter(line -> line.equals("content/en/2019/story-3.md was saved while the site "
                + "was being built; building again")).count(), said.toString());
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    @Test
    void anArticleSavedDuringEveryAttemptIsReportedAndWritesNoSite() throws IOException {
        TestSite site = newsroom();
        Path saved = site.root().resolve("content/en/2019/story-4.md");
        BuildResult result = new SiteBuilder(site.options(), savingAfterLoad(saved, 100)).build();
        assertEquals(List.of("content/en/2019/story-4.md: was saved again during each of 5 attempts to build the site; "
                + "site/ was left as it was"), result.problems().stream().map(Object::toString).toList());
        assertFalse(Files.exists(site.root().resolve("site")));
        assertFalse(Files.exists(site.root().resolve("target/broadsheet/staging")));
    }

    @Test
    void aPreviewRebuildRetiresTheStateOfTheLastFullBuild() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        Path state = site.root().resolve("target/broadsheet/state");
        assertTrue(Files.exists(state));

        Path edited = site.root().resolve("content/en/2019/story-1.md");
        Files.writeString(edited, Files.readString(edited).replace("Story 1", "Story one"));
        assertTrue(preview.build(List.of(edited)).succeeded());
        assertFalse(Files.exists(state), "the site no longer matches the state of the full build");
        assertEquals(coldBuild(site), files(site.root().resolve("site")));
    }

    /** The files of a cold build of the same project in a fresh folder. */
    private Map<String, String> coldBuild(TestSite site) {
        return coldBuild(site, dir.resolve("cold-" + System.nanoTime()));
    }

    /** The files of a cold build of {@code site}'s content and theme in {@code cold}. */
    static Map<String, String> coldBuild(TestSite site, Path cold) {
        BuildResult result = coldResult(site, cold);
        assertTrue(result.succeeded(), result.problems().toString());
        return files(cold.resolve("site"));
    }

    /** A cold build of {@code site}'s content and theme in {@code cold}, whose site is {@code cold/site}. */
    static BuildResult coldResult(TestSite site, Path cold) {
        TestSite.copyTree(site.root().resolve("content"), cold.resolve("content"));
        TestSite.copyTree(site.root().resolve("templates"), cold.resolve("templates"));
        try {
            return Generator.build(BuildOptions.standard(cold), BuildLog.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code root} with its bytes (as Latin-1 text, for readable diffs). */
    static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
