package org.broadsheet.browser;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page kind of both editions in a real browser, at phone (375 px) and desktop (1280 px)
 * widths, in light and dark mode: nothing in the console, axe-core finds no serious or critical
 * violation, nothing scrolls sideways, the skip link is the first stop of the keyboard and leads to
 * the content, the language switch leads to the translation, a byline leads to the author's page, and an article prints as a clipping. With {@code -Dbroadsheet.screens=true}, screenshots and the printed
 * articles go to {@code target/screens/browser/} for review; they take about a sixth of the test's time.
 */
@Tag("browser")
class PagesBrowserTest {

    private static final Path AXE = TestSite.repositoryRoot().resolve("generator/src/test/browser/node_modules/axe-core/axe.min.js");
    private static final Path SCREENS = TestSite.repositoryRoot().resolve("generator/target/screens/browser");
    private static final boolean KEEP_SCREENS = Boolean.getBoolean("broadsheet.screens");
    /** The axe-core rules whose outcome depends on the colour scheme. */
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    @TempDir
    static Path out;
    private static BrowserSite site;
    private static ChromeDriver browser;
    private static String axe;

    @BeforeAll
    static void open() throws IOException {
        assertTrue(Files.isRegularFile(AXE), "axe-core is missing: run npm ci in generator/src/test/browser");
        axe = Files.readString(AXE);
        site = new BrowserSite(out);
        browser = site.browser;
        Files.createDirectories(SCREENS);
    }

    @AfterAll
    static void close() {
        if (site != null) {
            site.close();
        }
    }

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (String lang : List.of("en", "ko")) {
            for (String path : List.of("/", "/2019/03/march-first-bells/", "/topics/", "/topics/economy/",
                    "/authors/", "/authors/oh-yejin/", "/series/", "/series/harbor-at-100/", "/corrections/", "/timeline/", "/timeline/2019/", "/timeline/2019/03/")) {
                for (int width : List.of(375, 1280)) {
                    pages.add(Arguments.of("/" + lang + path, width));
                }
            }
        }
        // a part of a series, with its navigation
        pages.add(Arguments.of("/en/2026/04/harbor-centenary/", 375));
        pages.add(Arguments.of("/ko/2026/04/harbor-centenary/", 1280));
        for (String path : List.of("/", "/404.html", "/en/search/", "/ko/search/?q=%EB%B6%81%ED%95%9C")) {
            pages.add(Arguments.of(path, 375));
            pages.add(Arguments.of(path, 1280));
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pages")
    void pageIsAccessibleAndFitsTheScreen(String path, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        emulateColourScheme("light");
        site.open(path);
        assertEquals(List.of(), site.consoleErrors(), path);
        assertEquals(List.of(), violations(List.of()), path);
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, path + " scrolls sideways by " + overflow + " px");
        keepScreen(path, width, "light");
        // colours do not depend on the width: dark mode is checked once, on the wide screen, by the rules that
        // read colours; the page restyles itself without a reload
        if (width >= 1000) {
            emulateColourScheme("dark");
            assertEquals(List.of(), violations(COLOUR_RULES), path + " in dark mode");
            keepScreen(path, width, "dark");
            emulateColourScheme("light");
        }
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", browser.executeScript("return document.activeElement.className;"), path);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertTrue(browser.getCurrentUrl().endsWith("#main"), "the skip link leads to the content: " + path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedPages")
    void languageSwitchLeadsToTheTranslation(String path, String other) {
        browser.get(site.url(path));
        String expected = browser.findElement(By.cssSelector("link[rel=alternate][hreflang=" + other + "]"))
                .getAttribute("href");
        browser.findElement(By.cssSelector(".language-switch a")).click();
        assertEquals(other, browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(expected, browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bylines")
    void aBylineLeadsToTheAuthorsPageInTheSameEdition(String path, String author) {
        browser.get(site.url(path));
        browser.findElement(By.cssSelector(".byline a")).click();
        assertEquals("https://ledger.example.org" + author,
                browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"));
        assertTrue(browser.findElement(By.cssSelector(".author-header .standfirst")).isDisplayed(), "the bio: " + author);
    }

    @Test
    void theMostReadBoxListsTheEditionsListLeavingOutThePageItself() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        site.open("/en/2026/04/harbor-centenary/");
        assertTrue(browser.findElement(By.id("most-read")).isDisplayed());
        assertEquals(List.of("/en/2024/01/budget-explainer/", "/en/2026/09/island-teachers/",
                        "/en/2025/02/hospital-triage/", "/en/2024/10/seeing-a-doctor/", "/en/2021/12/bridge-opening/"),
                browser.findElements(By.cssSelector("#most-read li a")).stream()
                        .map(a -> a.getAttribute("href").replace("https://ledger.example.org", "")
                                .replaceFirst("^http://[^/]+", "")).toList());
        site.open("/ko/2019/03/march-first-bells/");
        assertEquals("옛 공판장 부두에 다시 불 밝힌 서문항 야시장",
                browser.findElement(By.cssSelector("#most-read li a")).getText());
    }

    static Stream<Arguments> bylines() {
        return Stream.of(Arguments.of("/en/2019/03/march-first-bells/", "/en/authors/oh-yejin/"),
                Arguments.of("/ko/2024/01/budget-explainer/", "/ko/authors/choi-donghyun/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printedArticles")
    void anArticlePrintsAsAClippingWithTheFullAddressOfEachLink(String path, String link) throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        // a reader in dark mode still prints black on white
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            site.open(path);
            for (String hidden : List.of(".site-nav", ".site-footer", ".related", ".story-topics", ".translation-link")) {
                assertEquals("none", style(hidden, null, "display"), hidden + " on " + path);
            }
            assertEquals("rgb(0, 0, 0)", style("body", null, "color"));
            assertEquals("rgb(255, 255, 255)", style("body", null, "background-color"));
            assertEquals("inline", style(".lead-image .credit", null, "display"));
            assertEquals("\" (https://ledger.example.org" + link + ")\"",
                    style(".story-body a[href='" + link + "']", "::after", "content"));
            assertEquals("none", style(".story-body a[href^='#']", "::after", "content"));
            if (KEEP_SCREENS) {
                String pdf = (String) browser.executeCdpCommand("Page.printToPDF", Map.of()).get("data");
                Files.write(SCREENS.resolve(path.substring(1).replaceAll("[^\\p{L}\\p{N}.-]+", "_") + "print.pdf"),
                        Base64.getDecoder().decode(pdf));
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    static Stream<Arguments> printedArticles() {
        return Stream.of(Arguments.of("/en/2024/01/budget-explainer/", "/en/2021/12/bridge-opening/"),
                Arguments.of("/ko/2024/01/budget-explainer/", "/ko/2021/12/seomun-bridge/"));
    }

    /** The computed {@code property} of the first element that {@code selector} finds, or of its pseudo-element. */
    private static String style(String selector, String pseudo, String property) {
        return (String) browser.executeScript("return getComputedStyle(document.querySelector(arguments[0]), "
                + "arguments[1]).getPropertyValue(arguments[2]);", selector, pseudo, property);
    }

    static Stream<Arguments> translatedPages() {
        return Stream.of(Arguments.of("/en/2019/03/march-first-bells/", "ko"), Arguments.of("/ko/", "en"),
                Arguments.of("/ko/topics/economy/", "en"), Arguments.of("/ko/authors/oh-yejin/", "en"),
                Arguments.of("/en/timeline/2019/03/", "ko"));
    }

    private static void emulateColourScheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void keepScreen(String path, int width, String scheme) throws IOException {
        if (KEEP_SCREENS) {
            String name = path.equals("/") ? "chooser" : path.substring(1).replaceAll("[^\\p{L}\\p{N}.-]+", "_");
            Files.write(SCREENS.resolve(name + "-" + width + "-" + scheme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    /**
     * The serious and critical axe-core violations of the current page, as "rule: first element", by the given rules
     * or, when none are given, by every rule.
     */
    @SuppressWarnings("unchecked")
    private static List<String> violations(List<String> rules) {
        if ((Boolean) browser.executeScript("return typeof axe === 'undefined';")) {
            browser.executeScript(axe);
        }
        return (List<String>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var options = {resultTypes: ['violations']};"
                + "if (arguments[0].length) { options.runOnly = {type: 'rule', values: arguments[0]}; }"
                + "axe.run(document, options).then(function (r) { done(r.violations"
                + ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ': ' + v.nodes[0].target; })); });", rules);
    }
}
