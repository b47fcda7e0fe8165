package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.broadsheet.diag.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.broadsheet.build.RepeatedBuildTest.coldBuild;
import static org.broadsheet.build.RepeatedBuildTest.coldResult;
import static org.broadsheet.build.RepeatedBuildTest.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's rebuilds, told which files were saved: each renders the pages that show what changed, and
 * gives the site (or the problems) of a cold build of the same files.
 */
class ChangedFilesTest {

    private static final String LAYOUT = "templates/layout.ftlh";

    @TempDir
    Path dir;

    private TestSite newsroom() {
        return RepeatedBuildTest.newsroom(dir.resolve("project"));
    }

    /** {@code path} of {@code site} after replacing {@code from} with {@code to} in it. */
    private static Path edited(TestSite site, String path, String from, String to) {
        site.edit(path, from, to);
        return site.root().resolve(path);
    }

    private static BuildResult saved(SiteBuilder preview, Path... files) throws IOException {
        BuildResult result = preview.build(List.of(files));
        assertTrue(result.succeeded(), result.problems().toString());
        return result;
    }

    private Map<String, String> cold(TestSite site) {
        return coldBuild(site, dir.resolve("cold-" + System.nanoTime()));
    }

    @Test
    void eachOfTwoSavedArticlesRendersOnlyThePagesThatShowIt() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        int pages = preview.build().pages();

        int firstSave = saved(preview, edited(site, "content/en/2019/story-3.md", "Body 3", "Body three")).pagesRendered();
        // the signatures of the pages this save did not render are kept too: the next save renders as few
        int secondSave = saved(preview, edited(site, "content/en/2019/story-5.md", "Body 5", "Body five")).pagesRendered();

        assertTrue(firstSave > 0 && firstSave < pages / 4, firstSave + " of " + pages);
        assertTrue(secondSave > 0 && secondSave < pages / 4, secondSave + " of " + pages);
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void aSaveReadsAgainOnlyTheSavedArticleAndCountsOnlyItsSearchTokens() throws IOException {
        TestSite site = newsroom();
        List<String> laps = new java.util.concurrent.CopyOnWriteArrayList<>();
        SiteBuilder preview = new SiteBuilder(site.options(), new BuildLog() {
            @Override
            public void info(String message) {
                if (message.startsWith("load ") || message.startsWith("search ")) {
                    laps.add(message.substring(0, message.indexOf(' ')) + ": "
                            + message.substring(message.indexOf(" ms ") + 4).trim());
                }
            }

            @Override
            public void warn(String message) {
            }
        });
        assertTrue(preview.build().succeeded());
        laps.clear();

        saved(preview, edited(site, "content/en/2019/story-3.md", "Body 3", "Zeppelins over the harbor"));
        assertEquals(List.of("load: 12 articles, 1 re-read", "search: index of en; tokens of 1 of 6 articles counted"),
                laps);
        laps.clear();
        saved(preview, edited(site, LAYOUT, "</footer>", "<!-- new --></footer>"));
        assertEquals(List.of("load: 12 articles, 0 re-read"), laps.stream().filter(lap -> lap.startsWith("load")).toList(),
                "a template saved reads no article again");
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void aUiStringSavedInThePreviewShowsOnThePagesAsAfterAColdBuild() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());

        saved(preview, edited(site, "templates/i18n/en.yml", "skipToContent: Skip to content", "skipToContent: Skip ahead"));
        assertTrue(site.read("en/index.html").contains("Skip ahead"));
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void aSharedTemplateRendersEveryPageAndAPageKindsOwnTemplateOnlyThePagesOfItsKind() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        int pages = preview.build().pages();

        assertEquals(pages, saved(preview, edited(site, LAYOUT, "</footer>", "<!-- new --></footer>")).pagesRendered());

        Path month = edited(site, "templates/month.ftlh", "<h1 class=\"page-title\">", "<h1 class=\"page-title edited\">");
        // six months in each of the two editions
        assertEquals(12, saved(preview, month).pagesRendered());
        assertTrue(site.read("en/timeline/2019/03/index.html").contains("page-title edited"));

        // named as a page kind's template, but below templates/: a shared one
        Path partial = site.root().resolve("templates/partials/month.ftlh");
        Files.createDirectories(partial.getParent());
        Files.writeString(partial, "<#-- not a page's template -->\n");
        assertEquals(pages, saved(preview, partial).pagesRendered());
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void aChangedSettingRendersEveryPageAndTheFeedsThatNameIt() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        int pages = preview.build().pages();

        site.file("content/site.yml", TestSite.SITE_YML.replace("The Test Ledger", "The New Ledger"));
        assertEquals(pages, saved(preview, site.root().resolve("content/site.yml")).pagesRendered());
        assertTrue(site.read("en/feed.xml").contains("The New Ledger"));
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void anEmbedAddedToTheSettingsIsKeptInTheBodiesByTheNextRebuild() throws IOException {
        TestSite site = newsroom().article("content/en/2019/story-6.md", "title: Story 6\ndate: 2019-06-10",
                "<iframe src=\"https://charts.example.org/embed/7\"></iframe>\n");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        assertFalse(site.read("en/2019/06/story-6/index.html").contains("charts.example.org/embed/7"));

        site.file("content/site.yml", TestSite.SITE_YML + "embeds: [charts.example.org/embed/]\n");
        saved(preview, site.root().resolve("content/site.yml"));
        assertTrue(site.read("en/2019/06/story-6/index.html").contains("charts.example.org/embed/7"));
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void aThemeChangeSavedWithAProblemIsRenderedByTheRebuildAfterTheFix() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        int pages = preview.build().pages();

        Path layout = edited(site, LAYOUT, "</footer>", "<!-- new --></footer>");
        Path story = edited(site, "content/en/2019/story-2.md", "2019-02-10", "2019-02-30");
        assertFalse(preview.build(List.of(layout, story)).succeeded());

        assertEquals(pages, saved(preview, edited(site, "content/en/2019/story-2.md", "2019-02-30", "2019-02-10"))
                .pagesRendered());
        assertTrue(site.read("en/2019/04/story-4/index.html").contains("<!-- new -->"));
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void anImageThatASavedArticleShowsForTheFirstTimeIsPublishedByTheRebuildThatRendersOnlyItsPages() throws IOException {
        // in content/ already, but shown by no article yet: not published
        TestSite site = newsroom().bytes("content/en/2019/chart.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        int pages = preview.build().pages();
        assertFalse(site.exists("media/en/2019/chart.png"));

        BuildResult result = saved(preview,
                edited(site, "content/en/2019/story-3.md", "Body 3", "Body 3.\n\n![A chart](chart.png)\n"));
        assertTrue(result.pagesRendered() < pages, "not every page rendered: " + result.pagesRendered());
        assertTrue(site.exists("media/en/2019/chart.png"));
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    @Test
    void anImageDeletedAfterItWasPublishedIsReportedAsByAColdBuild() throws IOException {
        TestSite site = newsroom().article("content/en/2019/story-6.md", "title: Story 6\ndate: 2019-06-10",
                "Body 6.\n\n![A chart](chart.png)\n");
        site.bytes("content/en/2019/chart.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());

        Path chart = site.root().resolve("content/en/2019/chart.png");
        Files.delete(chart);
        assertEquals(problems(coldResult(site, dir.resolve("cold"))), problems(preview.build(List.of(chart))));
    }

    @Test
    void aDeletedSettingsFileIsReportedAsByAColdBuild() throws IOException {
        TestSite site = newsroom().file("content/authors.yml", "kim: {en: Kim Minji, ko: 김민지}\n")
                .article("content/en/2019/story-6.md", "title: Story 6\ndate: 2019-06-10\nauthors: [kim]", "Body 6.");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());

        Path authors = site.root().resolve("content/authors.yml");
        Files.delete(authors);
        List<String> problems = problems(preview.build(List.of(authors)));
        assertFalse(problems.isEmpty());
        assertEquals(problems(coldResult(site, dir.resolve("cold"))), problems);
    }

    @Test
    void aLinkToAFolderIsReportedWhenMadeAndForgottenWhenRemovedAsByAColdBuild() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());

        // relative, so that the copy of the project built cold has a link to its own content/ko
        Path link = Files.createSymbolicLink(site.root().resolve("content/en/older"), Path.of("../ko"));
        List<String> made = problems(preview.build(List.of(link)));
        assertFalse(made.isEmpty());
        assertEquals(problems(coldResult(site, dir.resolve("cold"))), made);

        Files.delete(link);
        saved(preview, link);
        assertEquals(cold(site), files(site.root().resolve("site")));
    }

    private static List<String> problems(BuildResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }
}
