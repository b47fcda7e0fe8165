package org.broadsheet.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.broadsheet.search.SeawallArchive;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real browser (Debian's chromium, headless), in both languages: the page
 * reads the query from its address, fetches the index and shows the articles, twenty at a time.
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
        assertEquals(List.of("/ko/2022/10/rice-report/", "/ko/2024/06/railway-study/", "/ko/2023/12/letters-exhibition/"),
                results);
        assertEquals("“북한” 검색 결과 3건", browser.findElement(By.id("search-status")).getText());
        for (String particle : List.of("북한은", "북한의", "북한과")) {
            assertTrue(results.stream().anyMatch(url -> contains(url, particle)), particle + " not in " + results);
        }
        assertEquals("북한", browser.findElement(By.cssSelector("#search-results mark")).getText());
        assertFalse(browser.findElement(By.id("search-more")).isDisplayed(), "one page holds every result");
    }

    @Test
    void englishSearchFindsThePlural() throws Exception {
        List<String> results = search("en", "ferry");
        assertEquals(List.of("/en/2021/12/bridge-opening/", "/en/2020/11/ferry-timetable/", "/en/2026/09/island-teachers/",
                "/en/2022/03/ferry-route/", "/en/2021/08/clinic-boat/"), results);
        assertEquals("5 articles for “ferry”", browser.findElement(By.id("search-status")).getText());
        assertEquals(List.of("ferry", "ferries"), browser.findElements(By.cssSelector("#search-results h2 mark")).stream()
                .map(WebElement::getText).toList());
    }

    @Test
    void moreMatchesThanAPageAreCountedAndReachedWithTheMoreButton(@TempDir Path project, @TempDir Path work)
            throws Exception {
        SeawallArchive.write(project);
        try (BrowserSite archive = BrowserSite.of(work, project)) {
            ChromeDriver page = archive.browser;
            page.get(archive.url("/ko/search/?q=" + URLEncoder.encode(SeawallArchive.QUERY, StandardCharsets.UTF_8)));
            List<String> expected = SeawallArchive.expectedOrder();
            awaitResults(page, 20);
            assertEquals("“취약점” 검색 결과 45건", page.findElement(By.id("search-status")).getText());
            assertEquals(expected.subList(0, 20), resultPaths(page, archive.base()));
            WebElement more = page.findElement(By.id("search-more"));
            assertEquals("20건 더 보기", more.getText());
            more.click();
            awaitResults(page, 40);
            assertEquals(expected.subList(0, 40), resultPaths(page, archive.base()));
            assertEquals(archive.url(expected.get(20)), page.switchTo().activeElement().getAttribute("href"),
                    "the first new result takes the focus");
            assertEquals("5건 더 보기", more.getText());
            more.click();
            awaitResults(page, 45);
            assertEquals(expected, resultPaths(page, archive.base()));
            assertFalse(more.isDisplayed(), "no more results, no button");
            assertEquals(Set.of("취약점"), page.findElements(By.cssSelector("#search-results mark")).stream()
                    .map(WebElement::getText).collect(Collectors.toSet()));
        }
    }

    private static void awaitResults(ChromeDriver page, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (page.findElements(By.cssSelector("#search-results li")).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static List<String> resultPaths(ChromeDriver page, String base) {
        return page.findElements(By.cssSelector("#search-results h2 a")).stream()
                .map(link -> link.getAttribute("href").substring(base.length())).toList();
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
            return Files.readString(site.site.resolve(path.substring(1) + "index.html")).contains(text);
        } catch (IOException e) {
            return false;
        }
    }
}
