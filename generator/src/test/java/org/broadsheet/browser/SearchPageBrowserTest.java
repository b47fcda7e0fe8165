package org.broadsheet.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
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
    private static BrowserSite site;
    private static ChromeDriver browser;

    @BeforeAll
    static void open() throws IOException {
        site = new BrowserSite(out);
        browser = site.browser;
    }

    @AfterAll
    static void close() {
        if (site != null) {
            site.close();
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
        String base = site.base();
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
