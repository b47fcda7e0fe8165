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
import java.io.InputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real preview server on a free port, driven as a writer drives it: by saving files. */
class PreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private Preview preview;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        preview = new Preview(site.options(), 0, BuildLog.SILENT);
        return preview;
    }

    @Test
    void editedTitleIsServedAndOpenPagesAreToldToReload() throws Exception {
        TestSite site = newsroom();
        start(site);
        assertTrue(get("/en/2019/03/bells/").body().contains("Bells ring"));
        BlockingQueue<String> events = listen();
        long before = preview.builds();
        site.article("content/en/2019/bells.md", "title: Bells ring twice\ndate: 2019-03-01\ntopics: [economy]",
                "See [the market](market.md).");
        awaitReload(events, () -> get("/en/2019/03/bells/").body()
                .contains("<h1 class=\"headline\">Bells ring twice</h1>"));
        assertTrue(preview.builds() > before);
    }

    @Test
    void brokenEditShowsTheProblemInThePageAndFixingItRestoresThePage() throws Exception {
        TestSite site = newsroom();
        start(site);
        BlockingQueue<String> events = listen();
        site.file("content/en/2019/bells.md", "---\ntitle: Bells: ring\ndate: 2019-03-01\n---\nText.");
        String problems = awaitEvent(events, "problems");
        assertTrue(problems.startsWith("problems [\"content/en/2019/bells.md:2: YAML syntax error"), problems);
        HttpResponse<String> page = get("/en/2019/03/bells/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bells ring"), "the last good page is still served");
        assertTrue(page.body().contains("broadsheetShowProblems([\"content/en/2019/bells.md:2: YAML syntax error"));
        site.article("content/en/2019/bells.md", "title: Bells ring again\ndate: 2019-03-01", "Text.");
        awaitReload(events, () -> get("/en/2019/03/bells/").body().contains("Bells ring again"));
        assertFalse(get("/en/2019/03/bells/").body().contains("broadsheetShowProblems"));
    }

    @Test
    void draftsAndScheduledArticlesAreShownWithABadgeOnlyInPreview() throws Exception {
        String future = Instant.now().plus(Duration.ofDays(30)).toString();
        TestSite site = newsroom()
                .article("content/en/2019/draft.md", "title: Unfinished\ndate: 2019-03-07\ndraft: true", "x")
                .article("content/en/2019/later.md", "title: Embargoed\ndate: " + future, "x");
        start(site);
        String home = get("/en/").body();
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
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                "/en/../../secret.txt", "/en/%2e%2e/%2e%2e/secret.txt", "/escape/secret.txt", "/%00", "/..\\secret.txt",
                "/%252e%252e/secret.txt")) {
            String response = raw(path);
            assertFalse(response.contains("SECRET"), path + " -> " + response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + " -> " + response);
        }
    }

    @Test
    void answersWithTypesNoCachingAndTheSites404Page() throws Exception {
        start(newsroom());
        HttpResponse<String> page = get("/en/");
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("application/atom+xml; charset=utf-8", get("/en/feed.xml").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/xml; charset=utf-8", get("/sitemap.xml").headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> missing = get("/en/nothing/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        HttpResponse<String> folder = http.send(HttpRequest.newBuilder(uri("/en")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, folder.statusCode());
        assertEquals("/en/", folder.headers().firstValue("Location").orElseThrow());
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
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(http.sendAsync(HttpRequest.newBuilder(uri(i % 2 == 0 ? "/en/" : "/ko/timeline/")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void afterASequenceOfEditsThePreviewEqualsAFreshFullBuild() throws Exception {
        TestSite site = newsroom();
        start(site);
        BlockingQueue<String> events = listen();
        site.article("content/en/2019/bells.md", "title: Bells ring louder\ndate: 2019-03-01\ntopics: [economy]",
                "See [the market](market.md).");
        awaitReload(events, () -> get("/en/2019/03/bells/").body().contains("Bells ring louder"));
        site.article("content/en/2020/new.md", "title: A new story\ndate: 2020-06-01\ntopics: [north-korea]", "New.");
        awaitReload(events, () -> get("/en/2020/06/new/").statusCode() == 200);
        site.article("content/en/2019/market.md", "title: Market moves\ndate: 2019-04-05\nslug: market-moves\n"
                + "topics: [economy]", "Moved to April.");
        awaitReload(events, () -> get("/en/2019/04/market-moves/").statusCode() == 200);
        site.delete("content/ko/2019/bells.md");
        awaitReload(events, () -> get("/ko/2019/03/bells/").statusCode() == 404);
        site.file("templates/month.ftlh", Files.readString(dir.resolve("templates/month.ftlh"))
                .replace("<h1 class=\"page-title\">", "<h1 class=\"page-title month\">"));
        awaitReload(events, () -> get("/en/timeline/2019/04/").body().contains("page-title month"));

        Path fresh = dir.resolve("fresh");
        BuildOptions options = site.options().withDrafts(true).withBaseUrl(preview.url())
                .withOutput(fresh, dir.resolve("fresh-work"));
        assertTrue(Generator.build(options, BuildLog.SILENT).succeeded());
        Map<String, String> expected = tree(fresh);
        Map<String, String> served = tree(dir.resolve("site"));
        assertEquals(expected.keySet(), served.keySet());
        expected.forEach((file, text) -> assertEquals(text, served.get(file), file));
        assertTrue(served.get("en/timeline/2019/04/index.html").contains("page-title month"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private URI uri(String path) {
        return URI.create(preview.url() + path.substring(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code path} exactly as written (no client normalization) and returns the raw response. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), preview.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Opens the live-reload event stream; events arrive as "name data". */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(uri(PreviewServer.EVENTS)).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    String[] name = {null};
                    response.body().forEach(line -> {
                        if (line.startsWith(": connected")) {
                            connected.add(true);
                        } else if (line.startsWith("event: ")) {
                            name[0] = line.substring(7);
                        } else if (line.startsWith("data: ")) {
                            events.add(name[0] + " " + line.substring(6));
                        }
                    });
                });
        assertNotNull(connected.poll(WAIT.toSeconds(), TimeUnit.SECONDS), "the event stream did not open");
        return events;
    }

    /** What the test expects the served site to show. */
    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /**
     * Waits for reload events until the site shows what {@code check} expects: a save may come as
     * several file events, and so as several rebuilds.
     */
    private static void awaitReload(BlockingQueue<String> events, Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.startsWith("reload") && check.holds()) {
                return;
            }
        }
        throw new AssertionError("the preview did not reload with the change within " + WAIT);
    }

    /** The next event named {@code name} ("name data"), skipping others. */
    private static String awaitEvent(BlockingQueue<String> events, String name) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.startsWith(name + " ")) {
                return event;
            }
        }
        throw new AssertionError("no " + name + " event from the preview within " + WAIT);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
