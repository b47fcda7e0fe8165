package org.broadsheet.browser;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.serve.Preview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview in a real browser with many tabs open: a browser opens at most six connections to a host, so
 * tabs that each held an event stream would leave the seventh waiting. The tabs share one stream, and every
 * one reloads after a save.
 */
@Tag("browser")
class PreviewBrowserTest {

    private static final int TABS = 8;

    @TempDir
    Path dir;
    private Preview preview;
    private ChromeDriver browser;

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void eightTabsLoadAndEveryOneReloadsAfterASave() throws Exception {
        TestSite site = TestSite.create(dir.resolve("project"))
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01", "Text.")
                .article("content/ko/2019/bells.md", "title: 종이 울리다\ndate: 2019-03-01", "본문.");
        preview = new Preview(site.options(), 0, BuildLog.SILENT);
        browser = BrowserSite.chromium(dir);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
        List<String> tabs = new ArrayList<>();
        for (int i = 0; i < TABS; i++) {
            if (i > 0) {
                browser.switchTo().newWindow(WindowType.TAB);
            }
            browser.get(preview.url() + (i % 2 == 0 ? "en/2019/03/bells/" : "ko/2019/03/bells/"));
            browser.executeScript("window.broadsheetLoaded = true");
            tabs.add(browser.getWindowHandle());
        }
        site.article("content/en/2019/bells.md", "title: Bells ring twice\ndate: 2019-03-01", "Text.");
        site.article("content/ko/2019/bells.md", "title: 종이 두 번 울리다\ndate: 2019-03-01", "본문.");
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (browser.executeScript("return window.broadsheetLoaded === true").equals(Boolean.TRUE)
                    || !browser.getTitle().contains("twice") && !browser.getTitle().contains("두 번")) {
                assertTrue(System.nanoTime() < deadline, "tab " + tabs.indexOf(tab) + " did not reload: " + browser.getTitle());
                Thread.sleep(50);
            }
        }
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(preview.url() + "en/");
        assertEquals("complete", browser.executeScript("return document.readyState"), "a ninth tab loads too");
    }
}
