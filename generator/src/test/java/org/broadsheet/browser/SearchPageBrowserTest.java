package org.broadsheet.browser;

import com.sun.net.httpserver.HttpServer;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real browser (Debian's chromium, headless), in both languages: the page
 * reads the query from its address, fetches the index and shows the articles.
 */
@Tag("browser")
class SearchPageBrowserTest {

    @TempDir
    static Path out;
    private static HttpServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildServeAndOpenABrowser() throws IOException {
        Path root = TestSite.repositoryRoot();
        Path site = out.resolve("site");
        BuildResult result = Generator.build(BuildOptions.standard(root).withOutput(site, out.resolve("work")),
                BuildLog.SILENT);
        assertTrue(result.succeeded(), result.problems().toString());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
                    : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
        server.start();
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary(new File("/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                        "--user-data-dir=" + out.resolve("chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void koreanSearchFindsTheWordWithEveryParticle() throws Exception {
        List<String> results = search("ko", "북한");
        for (String particle : List.of("북한은", "북한의", "북한과")) {
            assertTrue(results.stream().anyMatch(url -> contains(url, particle)), particle + " not in " + results);
        }
        assertTrue(browser.findElement(By.cssSelector("#search-results mark")).getText().equals("북한"));
    }

    @Test
    void englishSearchFindsThePlural() throws Exception {
        List<String> results = search("en", "ferry");
        assertTrue(results.stream().anyMatch(url -> contains(url, "ferries")), results.toString());
        assertTrue(browser.findElement(By.id("search-status")).getText().endsWith("for “ferry”"));
    }

    /** Opens the search page with the query in its address and returns the paths of the results. */
    private static List<String> search(String lang, String query) throws InterruptedException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        browser.get(base + "/" + lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (browser.findElement(By.id("search-status")).getText().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return browser.findElements(By.cssSelector("#search-results h2 a")).stream()
                .map(link -> link.getAttribute("href").substring(base.length())).toList();
    }

    private static boolean contains(String path, String text) {
        try {
            return Files.readString(out.resolve("site" + path + "index.html")).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
