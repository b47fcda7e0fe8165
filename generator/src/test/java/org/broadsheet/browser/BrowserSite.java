package org.broadsheet.browser;

import com.sun.net.httpserver.HttpServer;
import org.broadsheet.SampleNewsroom;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample newsroom (or another project), built, served on 127.0.0.1 and opened in Debian's headless
 * chromium through chromedriver, for the real-browser tests.
 */
final class BrowserSite implements AutoCloseable {

    final Path site;
    final ChromeDriver browser;
    private final HttpServer server;

    /** The sample newsroom, as built once for every test; the browser keeps its profile in {@code workDir}. */
    BrowserSite(Path workDir) throws IOException {
        this(workDir, SampleNewsroom.site());
    }

    /** The project at {@code root}, built into {@code workDir}. */
    static BrowserSite of(Path workDir, Path root) throws IOException {
        Path site = workDir.resolve("site");
        BuildResult result = Generator.build(BuildOptions.standard(root).withOutput(site, workDir.resolve("work")),
                BuildLog.SILENT);
        assertTrue(result.succeeded(), result.problems().toString());
        return new BrowserSite(workDir, site);
    }

    private BrowserSite(Path workDir, Path site) throws IOException {
        this.site = site;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".json") ? "application/json"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".jpg") ? "image/jpeg"
                    : "application/octet-stream");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
        server.start();
        try {
            browser = chromium(workDir);
        } catch (RuntimeException e) {
            // no chromium or chromedriver: the server must not outlive the failed set-up
            server.stop(0);
            throw e;
        }
    }

    /**
     * Opens {@code path} and waits until the page has stopped fetching (the search page fetches its index after
     * loading), so that what the console then holds is this page's, and only this page's.
     */
    void open(String path) {
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(url(path));
        // polled inside the page: one round trip to the driver instead of one per look
        browser.executeAsyncScript("var done = arguments[arguments.length - 1], seen = -1, since = 0;"
                + "var deadline = performance.now() + 10000;"
                + "(function look() {"
                + "  var now = performance.now(), loaded = performance.getEntriesByType('resource').length;"
                + "  if (loaded !== seen) { seen = loaded; since = now; }"
                + "  if (now - since >= 200 || now > deadline) { done(); } else { setTimeout(look, 25); }"
                + "})();");
    }

    /** The errors the current page wrote to the browser console since it was opened (failed loads included). */
    List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Debian's chromium, headless, with a profile of its own in {@code workDir} and the console kept. */
    static ChromeDriver chromium(Path workDir) {
        ChromeOptions options = new ChromeOptions().setBinary(new File("/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                        "--user-data-dir=" + workDir.resolve("chromium"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    /** The address of a site path such as {@code /en/}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String base() {
        return url("");
    }

    @Override
    public void close() {
        browser.quit();
        server.stop(0);
    }
}
