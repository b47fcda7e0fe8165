package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a build does to {@code site/}: all or nothing, only changed bytes, removed pages gone. */
class OutputTest {

    @TempDir
    Path dir;

    private TestSite twoArticles() {
        return TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\ntopics: [economy]", "Text.")
                .article("content/ko/2019/a.md", "title: 가\ndate: 2019-03-01\ntopics: [economy]", "본문.");
    }

    @Test
    void damagedContentLeavesThePreviousSiteByteForByteAsItWas() throws IOException {
        TestSite site = twoArticles();
        assertTrue(site.build().succeeded());
        Map<String, byte[]> before = snapshot();
        Map<String, FileTime> times = modificationTimes();
        site.article("content/en/2019/a.md", "title: A changed\ndate: 2019-03-01", "Text.")
                .article("content/en/2019/b.md", "date: 2019-03-02\ntopics: [nort-korea]", "x")
                .file("content/en/2019/c.md", "---\ntitle: [unclosed\ndate: 2019-03-03\n---\n");
        assertEquals(3, site.build().problems().size());
        Map<String, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
        assertEquals(times, modificationTimes());
    }

    @Test
    void rebuildWithoutChangeRewritesNoFile() throws IOException {
        TestSite site = twoArticles();
        assertTrue(site.build().succeeded());
        Map<String, FileTime> times = modificationTimes();
        BuildResult again = site.build();
        assertEquals(0, again.filesWritten());
        assertEquals(times, modificationTimes());
    }

    @Test
    void pagesOfARemovedArticleDisappearButForeignFilesStay() throws IOException {
        TestSite site = twoArticles()
                .article("content/en/2020/b.md", "title: B\ndate: 2020-05-01", "Text.");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("en/2020/05/b/index.html"));
        Files.writeString(dir.resolve("site/CNAME"), "news.example.org");
        site.delete("content/en/2020/b.md");
        BuildResult result = site.build();
        assertTrue(result.succeeded());
        assertFalse(site.exists("en/2020/05/b/index.html"));
        assertFalse(site.exists("en/2020"));
        assertFalse(site.exists("en/timeline/2020/index.html"));
        assertTrue(site.exists("CNAME"));
        assertEquals(3, result.filesRemoved());
    }

    @Test
    void draftsArePublishedOnlyWhenAskedFor() {
        TestSite site = twoArticles()
                .article("content/en/2019/draft.md", "title: Draft\ndate: 2019-03-05\ndraft: true", "Text.");
        assertTrue(site.build().succeeded());
        assertFalse(site.exists("en/2019/03/draft/index.html"));
        assertFalse(site.read("en/index.html").contains("Draft"));
        assertTrue(site.build(site.options().withDrafts(true)).succeeded());
        assertTrue(site.read("en/2019/03/draft/index.html").contains("<p class=\"badge\">Draft</p>"));
    }

    @Test
    void anArticleDatedAfterTheBuildIsMarkedScheduledOnItsPageAndItsCardWhenDraftsArePublished() {
        TestSite site = twoArticles()
                .article("content/en/2019/embargoed.md", "title: Embargoed\ndate: 2019-03-10 09:00", "Text.");
        assertTrue(site.build(site.options().withDrafts(true).withNow(Instant.parse("2019-03-09T00:00:00Z"))).succeeded());
        assertTrue(site.read("en/2019/03/embargoed/index.html").contains("<p class=\"badge\">Scheduled</p>"));
        assertTrue(site.read("en/index.html").contains("<span class=\"badge\">Scheduled</span>"));
        assertFalse(site.read("en/2019/03/a/index.html").contains("Scheduled"), "dated before the build: published");
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("site"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private Map<String, FileTime> modificationTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("site"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(dir.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
