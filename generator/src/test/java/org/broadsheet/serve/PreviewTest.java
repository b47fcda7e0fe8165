package org.broadsheet.serve;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real preview server on a free port, driven as a writer drives it: by saving files. */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private Preview preview;
    private PreviewClient client;
    private BuildOptions options;

    @AfterEach
    void stop() throws IOException {
        if (preview != null) {
            preview.close();
        }
    }

    private TestSite newsroom() {
        return TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\ntopics: [economy]",
                        "See [the market](market.md).")
                .article("content/en/2019/market.md", "title: Market opens\ndate: 2019-03-05\ntopics: [economy]", "Text.")
                .article("content/ko/2019/bells.md", "title: 종이 울리다\ndate: 2019-03-01\ntopics: [economy]", "본문.");
    }

    private Preview start(TestSite site) throws IOException {
        options = site.options();
        preview = new Preview(options, 0, BuildLog.SILENT);
        client = new PreviewClient(preview.port());
        return preview;
    }

    private void awaitConverged() throws Exception {
        Convergence.await(options, preview, dir.resolve("scratch"), WAIT);
    }

    /** The next state told with another version than {@code version}, skipping states of the same version. */
    private static PreviewClient.State nextVersion(PreviewClient.Stream stream, String version) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        PreviewClient.State state;
        while ((state = stream.next(Duration.ofNanos(deadline - System.nanoTime()))) != null) {
            if (!state.version().equals(version)) {
                return state;
            }
        }
        throw new AssertionError("the open pages were not told of a new version within " + WAIT);
    }

    @Test
    void editedTitleIsServedAndOpenPagesAreToldToReload() throws Exception {
        TestSite site = newsroom();
        start(site);
        String page = client.get("/en/2019/03/bells/").body();
        assertTrue(page.contains("Bells ring"));
        PreviewClient.State loaded = PreviewClient.pageState(page);
        PreviewClient.Stream stream = client.listen();
        long before = preview.builds();
        site.article("content/en/2019/bells.md", "title: Bells ring twice\ndate: 2019-03-01\ntopics: [economy]",
                "See [the market](market.md).");
        PreviewClient.State told = nextVersion(stream, loaded.version());
        assertEquals(List.of(), told.problems());
        String reloaded = client.get("/en/2019/03/bells/").body();
        assertTrue(reloaded.contains("<h1 class=\"headline\">Bells ring twice</h1>"));
        assertEquals(told, PreviewClient.pageState(reloaded), "the reloaded page is of the version told");
        assertTrue(preview.builds() > before);
    }

    @Test
    void brokenEditShowsTheProblemInThePageAndFixingItRestoresThePage() throws Exception {
        TestSite site = newsroom();
        start(site);
        int pages = preview.pages();
        assertTrue(pages > 0, "the first build's pages are counted");
        PreviewClient.Stream stream = client.listen();
        String version = stream.last().version();
        site.file("content/en/2019/bells.md", "---\ntitle: Bells: ring\ndate: 2019-03-01\n---\nText.");
        PreviewClient.State broken = stream.next(WAIT);
        assertNotNull(broken);
        assertEquals(pages, preview.pages(), "a failed build keeps the count of the last good one");
        assertEquals(version, broken.version(), "the site did not change");
        assertEquals(1, broken.problems().size(), broken.problems().toString());
        assertTrue(broken.problems().get(0).startsWith("content/en/2019/bells.md:2: YAML syntax error"));
        HttpResponse<String> page = client.get("/en/2019/03/bells/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bells ring"), "the last good page is still served");
        assertEquals(broken, PreviewClient.pageState(page.body()), "a page opened now shows the problem too");
        site.article("content/en/2019/bells.md", "title: Bells ring again\ndate: 2019-03-01", "Text.");
        PreviewClient.State fixed = nextVersion(stream, version);
        assertEquals(List.of(), fixed.problems());
        assertTrue(client.get("/en/2019/03/bells/").body().contains("Bells ring again"));
        awaitConverged();
    }

    @Test
    void theOverlayShowsEveryProblemOfTheFilesOnDiskWhenTheBuildStopsEarly() throws Exception {
        TestSite site = newsroom();
        start(site);
        site.article("content/fr/2019/bells.md", "title: Cloches\ndate: 2019-03-01", "Texte.")
                .article("content/en/2019/market.md", "title: Market opens\ndate: 2019-02-30\naliases: [/en/old/shops/]",
                        "[Gone](/en/gone/)")
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\ntopics: [economy]",
                        "See [the feed](/en/rss.xml), [the market](/en/old/shops/).\n\n![A chart](chart.png)");
        awaitConverged();
        assertEquals(List.of(
                "content/en/2019/bells.md:6: broken link to /en/rss.xml: no such page or file in the site",
                "content/en/2019/bells.md:8: image 'chart.png' not found (paths are relative to this file, or to "
                        + "content/ when they start with '/')",
                "content/en/2019/market.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
                "content/en/2019/market.md:6: broken link to /en/gone/: no such page or file in the site",
                "content/fr: unknown language folder 'fr': the languages of content/site.yml are en, ko; its articles "
                        + "are checked as 'en' ones but not published until the folder is renamed or its language added "
                        + "to content/site.yml"),
                PreviewClient.pageState(client.get("/").body()).problems());
    }

    @Test
    void aTemplateMistakeThatShowsOnlyWhileRenderingIsShownWithAnArticlesProblemAsByAColdBuild() throws Exception {
        TestSite site = newsroom();
        start(site);
        site.article("content/en/2019/market.md", "title: Market opens\ndate: 2019-02-30\ntopics: [economy]", "Text.");
        awaitConverged();
        site.edit("templates/topics.ftlh", "${t.topics}", "${nothing}");
        awaitConverged();
        List<String> problems = PreviewClient.pageState(client.get("/").body()).problems();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("content/en/2019/market.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
                problems.get(0));
        assertTrue(problems.get(1).startsWith("templates/topics.ftlh:4: The following has evaluated to null or missing"),
                problems.get(1));
        assertTrue(client.get("/en/topics/").body().contains("Topics"), "the last good page is still served");
    }

    @Test
    void theOwnProblemsOfAnArticleInAnUnknownLanguageFolderComeAndGoAsItIsSaved() throws Exception {
        TestSite site = newsroom();
        start(site);
        site.article("content/kr/2019/bells.md", "title: 종\ndate: 2019-02-30", "본문.");
        awaitConverged();
        String folder = "content/kr: unknown language folder 'kr' (did you mean 'ko'?): the languages of "
                + "content/site.yml are en, ko; its articles are checked as 'ko' ones but not published until the "
                + "folder is renamed or its language added to content/site.yml";
        assertEquals(List.of(folder,
                "content/kr/2019/bells.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days"),
                PreviewClient.pageState(client.get("/").body()).problems());
        site.article("content/kr/2019/bells.md", "title: 종\ndate: 2019-03-01", "본문.");
        awaitConverged();
        assertEquals(List.of(folder), PreviewClient.pageState(client.get("/").body()).problems());
    }

    @Test
    void anImageOfAnArticleInAnUnknownLanguageFolderIsReportedUntilItIsSavedBesideIt() throws Exception {
        TestSite site = newsroom();
        start(site);
        site.article("content/kr/2019/bells.md", "title: 종\ndate: 2019-03-01", "![종](bell.png)");
        awaitConverged();
        assertTrue(PreviewClient.pageState(client.get("/").body()).problems().contains("content/kr/2019/bells.md:5: "
                + "image 'bell.png' not found (paths are relative to this file, or to content/ when they start with '/')"));
        site.bytes("content/kr/2019/bell.png", new byte[]{7});
        awaitConverged();
        assertEquals(1, PreviewClient.pageState(client.get("/").body()).problems().size(), "the folder's own problem");
    }

    @Test
    void anAliasOfAnArticleWhoseDateCannotBeReadIsReportedAtThePageItWouldReplaceAsByAColdBuild() throws Exception {
        TestSite site = newsroom();
        start(site);
        site.article("content/en/2019/harbor.md", "title: Harbor\ndate: 2019-02-30\naliases: [/en/2019/03/bells/]",
                "Text.");
        awaitConverged();
        assertTrue(PreviewClient.pageState(client.get("/").body()).problems().contains("content/en/2019/harbor.md:4: "
                + "alias '/en/2019/03/bells/' is the address of a page Broadsheet generates (en/2019/03/bells/index.html); "
                + "remove it from 'aliases'"));
    }

    @Test
    void anArticleSavedAsALinkToAHiddenFileIsTheSameProblemAsInAFullBuild() throws Exception {
        TestSite site = newsroom();
        start(site);
        site.article("content/.drafts/harbor.md", "title: Harbor\ndate: 2019-03-02", "Embargoed.");
        Files.createSymbolicLink(dir.resolve("content/en/2019/harbor.md"), Path.of("../../.drafts/harbor.md"));
        awaitConverged();
        assertEquals(List.of("content/en/2019/harbor.md: leads through a symbolic link to content/.drafts/harbor.md, "
                        + "which is hidden or an editor's temporary file and so never content: no article is read "
                        + "from it; put the article itself here, or remove the link"),
                PreviewClient.pageState(client.get("/").body()).problems());
        assertEquals(404, client.get("/en/2019/03/harbor/").statusCode());
        Files.delete(dir.resolve("content/.drafts/harbor.md"));
        awaitConverged();
    }

    @Test
    void savesDuringTheFirstBuildAreBuiltWithoutAskingTheWriter() throws Exception {
        TestSite site = newsroom();
        for (int i = 0; i < 40; i++) {
            site.article("content/en/2018/story-" + i + ".md", "title: Story " + i + "\ndate: 2018-01-01", "Body " + i + ".");
        }
        options = site.options();
        CompletableFuture<Preview> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return new Preview(options, 0, BuildLog.SILENT);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (int i = 0; !starting.isDone() || i < 5; i++) {
            site.article("content/en/2019/bells.md", "title: Bells ring " + i + "\ndate: 2019-03-01\ntopics: [economy]",
                    "See [the market](market.md). Save " + i + ".");
            Thread.sleep(i % 3 == 0 ? 0 : 15);
        }
        preview = starting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        client = new PreviewClient(preview.port());
        awaitConverged();
    }

    @Test
    void aFolderCreatedWithArticlesImagesAndTemplatesIsBuilt() throws Exception {
        TestSite site = newsroom();
        start(site);
        Path image = TestSite.repositoryRoot().resolve("generator/src/test/resources/sites/basic/content/images");
        Path folder = dir.resolve("content/en/2020/06/long/way/down");
        Files.createDirectories(folder);
        TestSite.copyTree(image, dir.resolve("content/pictures/new"));
        String picture;
        try (var files = Files.list(dir.resolve("content/pictures/new"))) {
            picture = files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        site.article("content/en/2020/06/long/way/down/deep.md", "title: Deep down\ndate: 2020-06-01",
                "![A picture](/pictures/new/" + picture + ")");
        Files.createDirectories(dir.resolve("templates/partials/new"));
        site.file("templates/partials/new/note.txt", "a note");
        awaitConverged();
        assertEquals(200, client.get("/en/2020/06/deep/").statusCode());
    }

    @Test
    void everyWayEditorsSaveIsBuilt() throws Exception {
        TestSite site = newsroom();
        start(site);
        Path bells = dir.resolve("content/en/2019/bells.md");
        // truncate, then write
        Files.write(bells, new byte[0]);
        Thread.sleep(5);
        site.article("content/en/2019/bells.md", "title: Bells truncated\ndate: 2019-03-01", "Text.");
        awaitConverged();
        // vim: the write test, a backup by renaming, a new file
        site.file("content/en/2019/4913", "");
        site.delete("content/en/2019/4913");
        Files.move(bells, dir.resolve("content/en/2019/bells.md~"));
        site.article("content/en/2019/bells.md", "title: Bells by vim\ndate: 2019-03-01", "Text.");
        site.delete("content/en/2019/bells.md~");
        awaitConverged();
        // Emacs: a lock that is a dangling link, an auto-save caught half-written, a backup by renaming, a new file
        Files.createSymbolicLink(dir.resolve("content/en/2019/.#bells.md"), Path.of("writer@desk.4242:1700000000"));
        site.file("content/en/2019/#bells.md#", "---\ntitle: Bells: half");
        Files.move(bells, dir.resolve("content/en/2019/bells.md~"));
        site.article("content/en/2019/bells.md", "title: Bells by Emacs\ndate: 2019-03-01", "Text.");
        site.delete("content/en/2019/#bells.md#");
        awaitConverged();
        site.delete("content/en/2019/.#bells.md");
                // JetBrains' safe write, and VS Code's or any tool's write-then-rename
        site.article("content/en/2019/bells.md___jb_tmp___", "title: Bells by JetBrains\ndate: 2019-03-01", "Text.");
        Files.move(bells, dir.resolve("content/en/2019/bells.md___jb_old___"));
        Files.move(dir.resolve("content/en/2019/bells.md___jb_tmp___"), bells);
        site.delete("content/en/2019/bells.md___jb_old___");
        awaitConverged();
        site.article("content/en/2019/.bells.md.swp", "title: Bells renamed over\ndate: 2019-03-01", "Text.");
        Files.move(dir.resolve("content/en/2019/.bells.md.swp"), bells, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        awaitConverged();
        assertTrue(client.get("/en/2019/03/bells/").body().contains("Bells renamed over"));
        // deleted, then created again
        site.delete("content/en/2019/bells.md");
        Thread.sleep(30);
        site.article("content/en/2019/bells.md", "title: Bells again\ndate: 2019-03-01", "See [the market](market.md).");
        awaitConverged();
    }

    @Test
    void aFileWithoutExtensionThatAPageLinksIsPublishedAgainWhenSaved() throws Exception {
        TestSite site = newsroom().file("content/files/README", "first")
                .article("content/en/2019/files.md", "title: Files\ndate: 2019-03-02", "[Read me](/files/README), [notes](/files/NOTES)");
        start(site);
        site.file("content/files/README", "second");
        awaitConverged();
        site.file("content/files/NOTES", "created after the page linked it");
        awaitConverged();
        assertEquals("created after the page linked it", client.get("/media/files/NOTES").body());
    }

    @Test
    void aBackupLeftBesideTheSavedFileEndsTheRebuildsAndLetsTheProblemShow() throws Exception {
        TestSite site = newsroom();
        start(site);
        // Emacs' first save: the file renamed to its backup, which stays, and the new text written
        Path bells = dir.resolve("content/en/2019/bells.md");
        Files.move(bells, dir.resolve("content/en/2019/bells.md~"));
        site.file("content/en/2019/bells.md", "---\ntitle: Bells: broken\ndate: 2019-03-01\n---\nText.");
        awaitConverged();
        // events the watcher delivers late, on a loaded machine, may still bring a rebuild; an endless series may not
        Quiet.await(preview, Duration.ofMillis(500));
        long builds = preview.builds();
        Thread.sleep(500);
        assertEquals(builds, preview.builds(), "nothing changed, so nothing was built");
    }

    @Test
    void aLinkToAFolderIsReportedWhenMadeAndForgottenWhenRemovedAsByAColdBuild() throws Exception {
        TestSite site = newsroom().article("shared/archive/old.md", "title: Old\ndate: 2018-03-01", "Text.");
        start(site);
        Path link = dir.resolve("content/en/archive");
        Files.createSymbolicLink(link, dir.resolve("shared/archive"));
        awaitConverged();
        assertEquals(1, PreviewClient.pageState(client.get("/").body()).problems().size());
        Files.delete(link);
        awaitConverged();
        Files.createSymbolicLink(dir.resolve("templates/assets/fonts"), dir.resolve("shared"));
        awaitConverged();
        Files.delete(dir.resolve("templates/assets/fonts"));
        awaitConverged();
    }

    @Test
    void anArticleThatIsALinkLeadingOutsideOrNowhereIsReportedAndForgottenAsByAColdBuild() throws Exception {
        TestSite site = newsroom().article("shared/old.md", "title: Old\ndate: 2018-03-01", "Text.");
        Path link = Files.createSymbolicLink(dir.resolve("content/en/2019/old.md"), dir.resolve("shared/old.md"));
        start(site);
        awaitConverged();
        assertEquals(1, PreviewClient.pageState(client.get("/").body()).problems().size());
        Files.delete(link);
        awaitConverged();
        Files.createSymbolicLink(link, Path.of("missing.md"));
        awaitConverged();
        assertEquals(1, PreviewClient.pageState(client.get("/").body()).problems().size());
        Files.delete(link);
        awaitConverged();
    }

    @Test
    void aContentOrTemplatesFolderReplacedWholeIsWatchedAgain() throws Exception {
        TestSite site = newsroom();
        start(site);
        Path theme = dir.resolve("theme-copy");
        TestSite.copyTree(dir.resolve("templates"), theme);
        deleteTree(dir.resolve("templates"));
        TestSite.copyTree(theme, dir.resolve("templates"));
        awaitConverged();
        Thread.sleep(300);
        site.file("templates/month.ftlh", Files.readString(dir.resolve("templates/month.ftlh"))
                .replace("<h1 class=\"page-title\">", "<h1 class=\"page-title month\">"));
        awaitConverged();
        Files.move(dir.resolve("content"), dir.resolve("content-old"));
        TestSite.copyTree(dir.resolve("content-old"), dir.resolve("content"));
        awaitConverged();
        Thread.sleep(300);
        site.article("content/en/2019/market.md", "title: Market closes\ndate: 2019-03-05", "Text.");
        awaitConverged();
        assertTrue(client.get("/en/2019/03/market/").body().contains("Market closes"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void draftsAndScheduledArticlesAreShownWithABadgeOnlyInPreview() throws Exception {
        String future = Instant.now().plus(Duration.ofDays(30)).toString();
        TestSite site = newsroom()
                .article("content/en/2019/draft.md", "title: Unfinished\ndate: 2019-03-07\ndraft: true", "x")
                .article("content/en/2019/later.md", "title: Embargoed\ndate: " + future, "x");
        start(site);
        String home = client.get("/en/").body();
        assertTrue(home.contains("Unfinished") && home.contains("<span class=\"badge\">Draft</span>"));
        assertTrue(home.contains("Embargoed") && home.contains("<span class=\"badge\">Scheduled</span>"));
        assertTrue(home.contains("<script src=\"/_broadsheet/live.js\"></script></body>"));
        preview.close();
        preview = null;
        BuildResult published = Generator.build(site.options(), BuildLog.SILENT);
        assertTrue(published.succeeded());
        String built = site.read("en/index.html");
        assertFalse(built.contains("Unfinished") || built.contains("Embargoed"));
        assertFalse(built.contains("_broadsheet"), "the live-reload script is never written to disk");
    }

    @Test
    void neverServesAFileOutsideTheSite() throws Exception {
        TestSite site = newsroom();
        Files.writeString(dir.resolve("secret.txt"), "SECRET");
        start(site);
        Files.createSymbolicLink(dir.resolve("site/escape"), dir);
        Files.createDirectories(dir.resolve("site/planted"));
        Files.createSymbolicLink(dir.resolve("site/planted/index.html"), dir.resolve("secret.txt"));
        for (String path : List.of("/planted/", "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                "/en/../../secret.txt", "/en/%2e%2e/%2e%2e/secret.txt", "/escape/secret.txt", "/%00", "/..\\secret.txt",
                "/%252e%252e/secret.txt")) {
            String response = client.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + preview.port());
            assertFalse(response.contains("SECRET"), path + " -> " + response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + " -> " + response);
        }
    }

    @Test
    void answersOnlyRequestsAddressedToItsOwnAddress() throws Exception {
        start(newsroom());
        int port = preview.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
            assertTrue(client.raw("GET /en/ HTTP/1.1\r\nHost: " + host).startsWith("HTTP/1.1 200"), host);
        }
        for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1", "localhost",
                "127.0.0.1:" + (port + 1), "127.0.0.1.nip.io:" + port, "localhost.attacker.example:" + port, "")) {
            String response = client.raw("GET /en/ HTTP/1.1\r\nHost: " + host);
            assertTrue(response.startsWith("HTTP/1.1 403"), host + " -> " + response);
            assertFalse(response.contains("The Test Ledger"), host);
        }
        String events = client.raw("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: attacker.example:" + port);
        assertTrue(events.startsWith("HTTP/1.1 403"), events);
        assertTrue(client.raw("GET /en/ HTTP/1.0").startsWith("HTTP/1.1 403"), "no Host at all");
    }

    @Test
    void answersHeadWithoutABodyAndRefusesOtherMethods() throws Exception {
        start(newsroom());
        String host = "\r\nHost: 127.0.0.1:" + preview.port();
        int length = client.get("/en/feed.xml").body().getBytes(StandardCharsets.UTF_8).length;
        String head = client.raw("HEAD /en/feed.xml HTTP/1.1" + host);
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertTrue(head.contains("Content-length: " + length + "\r\n"), head);
        assertTrue(head.endsWith("\r\n\r\n"), "no body: " + head);
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            String response = client.raw(method + " /en/ HTTP/1.1" + host + "\r\nContent-Length: 0");
            assertTrue(response.startsWith("HTTP/1.1 405"), method + " -> " + response);
            assertTrue(response.contains("Allow: GET, HEAD\r\n"), response);
        }
    }

    @Test
    void servesByteRangesOfMediaForAudioAndVideoPlayers() throws Exception {
        TestSite site = newsroom();
        byte[] video = new byte[300_000];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 31 + i / 256);
        }
        site.bytes("content/media/clip.mp4", video);
        site.article("content/en/2019/clip.md", "title: Clip\ndate: 2019-03-02", "[Watch](/media/clip.mp4)");
        start(site);
        String path = "/media/media/clip.mp4";
        HttpResponse<byte[]> whole = client.bytes(path);
        assertEquals(200, whole.statusCode());
        assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertArrayEquals(video, whole.body());
        String host = "\r\nHost: 127.0.0.1:" + preview.port();
        String part = client.raw("GET " + path + " HTTP/1.1" + host + "\r\nRange: bytes=100-199");
        assertTrue(part.startsWith("HTTP/1.1 206"), part);
        assertTrue(part.contains("Content-range: bytes 100-199/300000\r\n"), part);
        assertTrue(part.contains("Content-length: 100\r\n"), part);
        assertRange(video, 100, 200, part);
        assertRange(video, 299_990, 300_000, client.raw("GET " + path + " HTTP/1.1" + host + "\r\nRange: bytes=-10"));
        assertRange(video, 250_000, 300_000, client.raw("GET " + path + " HTTP/1.1" + host + "\r\nRange: bytes=250000-"));
        String beyond = client.raw("GET " + path + " HTTP/1.1" + host + "\r\nRange: bytes=300000-");
        assertTrue(beyond.startsWith("HTTP/1.1 416") && beyond.contains("Content-range: bytes */300000"), beyond);
        String several = client.raw("GET " + path + " HTTP/1.1" + host + "\r\nRange: bytes=0-1,5-6");
        assertTrue(several.startsWith("HTTP/1.1 200"), "several ranges: the whole file");
    }

    private static void assertRange(byte[] file, int from, int to, String response) {
        assertTrue(response.startsWith("HTTP/1.1 206"), response);
        byte[] body = response.substring(response.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(Arrays.copyOfRange(file, from, to), body);
    }

    @Test
    void answersWithTypesNoCachingAndTheSites404Page() throws Exception {
        start(newsroom());
        HttpResponse<String> page = client.get("/en/");
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("application/atom+xml; charset=utf-8", client.get("/en/feed.xml").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/xml; charset=utf-8", client.get("/sitemap.xml").headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> missing = client.get("/en/nothing/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        HttpResponse<String> folder = client.get("/en");
        assertEquals(301, folder.statusCode());
        assertEquals("/en/", folder.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void servesTheRedirectPageOfAnAliasWithASpaceAndSendsItsFolderToItsEncodedSlash() throws Exception {
        start(newsroom().article("content/en/2019/market.md", "title: Market opens\ndate: 2019-03-05\ntopics: [economy]\n"
                + "aliases: [/unity lesson 3/market]", "Text."));
        awaitConverged();
        // the client encodes the path: the server is asked for /unity%20lesson%203/market/
        HttpResponse<String> page = client.get("/unity lesson 3/market/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<meta http-equiv=\"refresh\" content=\"0; url=/en/2019/03/market/\">"), page.body());
        HttpResponse<String> folder = client.get("/unity lesson 3/market");
        assertEquals(301, folder.statusCode());
        assertEquals("/unity%20lesson%203/market/", folder.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void listensOnlyOnTheLoopbackAddress() throws Exception {
        start(newsroom());
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress()) {
                    try (Socket socket = new Socket()) {
                        socket.connect(new java.net.InetSocketAddress(address, preview.port()), 500);
                        throw new AssertionError("the preview answered on " + address);
                    } catch (IOException expected) {
                        // refused: good
                    }
                }
            }
        }
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), preview.port())) {
            assertTrue(socket.isConnected());
        }
    }

    @Test
    void handlesManyConcurrentRequests() throws Exception {
        start(newsroom());
        assertManyConcurrentRequestsAreAnswered();
    }

    private void assertManyConcurrentRequestsAreAnswered() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 200; i++) {
            responses.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(client.uri(i % 2 == 0 ? "/en/" : "/ko/timeline/"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void openEventStreamsHoldNoThreadAndPagesGoneAwayCostNothing() throws Exception {
        TestSite site = newsroom();
        start(site);
        List<PreviewClient.Stream> streams = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            streams.add(new PreviewClient(preview.port()).listen());
        }
        // pages that went away mid-stream, and readers that stopped reading mid-request
        for (int i = 0; i < 30; i++) {
            try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), preview.port())) {
                boolean whole = i % 3 != 0;
                socket.getOutputStream().write(("GET " + (i % 2 == 0 ? PreviewServer.EVENTS : "/en/") + " HTTP/1.1\r\n"
                        + "Host: 127.0.0.1:" + preview.port() + "\r\n" + (whole ? "\r\n" : ""))
                        .getBytes(StandardCharsets.ISO_8859_1));
                if (whole) {
                    socket.getInputStream().read();
                }
            }
        }
        assertEquals(200, client.get("/en/").statusCode(), "twenty open streams take none of the threads for pages");
        String version = streams.get(0).last().version();
        site.article("content/en/2019/market.md", "title: Market closes\ndate: 2019-03-05\ntopics: [economy]", "Text.");
        for (PreviewClient.Stream stream : streams) {
            assertNotEquals(version, nextVersion(stream, version).version());
        }
        assertManyConcurrentRequestsAreAnswered();
    }

    @Test
    void afterASequenceOfEditsThePreviewEqualsAFreshFullBuild() throws Exception {
        TestSite site = newsroom();
        start(site);
        site.article("content/en/2019/bells.md", "title: Bells ring louder\ndate: 2019-03-01\ntopics: [economy]",
                "See [the market](market.md).");
        awaitConverged();
        site.article("content/en/2020/new.md", "title: A new story\ndate: 2020-06-01\ntopics: [north-korea]", "New.");
        awaitConverged();
        site.article("content/en/2019/market.md", "title: Market moves\ndate: 2019-04-05\nslug: market-moves\n"
                + "topics: [economy]", "Moved to April.");
        site.article("content/en/2019/bells.md", "title: Bells ring louder\ndate: 2019-03-01\ntopics: [economy]",
                "See [the market](market.md).");
        awaitConverged();
        site.delete("content/ko/2019/bells.md");
        awaitConverged();
        site.file("templates/month.ftlh", Files.readString(dir.resolve("templates/month.ftlh"))
                .replace("<h1 class=\"page-title\">", "<h1 class=\"page-title month\">"));
        awaitConverged();
        assertTrue(client.get("/en/timeline/2019/04/").body().contains("page-title month"));
    }
}
