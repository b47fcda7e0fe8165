package org.broadsheet.build;

import org.broadsheet.RecordingLog;
import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Characters that XML forbids (U+000B from Word, U+0008, U+FFFE, lone surrogates) are removed when
 * content is read, with a warning at their line, so that feeds and sitemap stay well-formed.
 */
class ForbiddenCharactersTest {

    @TempDir
    Path dir;

    @Test
    void charactersPastedFromWordAreRemovedWithAWarningAtTheirLine() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: \"Harbor\u000B reopens\"\ndate: 2019-03-01\nsummary: \"Cranes\bback\"",
                "First\u000Bline.\n\nA \uFFFE mark.\n");
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        assertEquals(List.of(
                "content/en/2019/a.md:2: removed characters that XML forbids (U+000B): they would make the feeds "
                        + "unreadable; text pasted from word processors often holds them",
                "content/en/2019/a.md:4: removed characters that XML forbids (U+0008): they would make the feeds "
                        + "unreadable; text pasted from word processors often holds them",
                "content/en/2019/a.md:6: removed characters that XML forbids (U+000B): they would make the feeds "
                        + "unreadable; text pasted from word processors often holds them",
                "content/en/2019/a.md:8: removed characters that XML forbids (U+FFFE): they would make the feeds "
                        + "unreadable; text pasted from word processors often holds them"), built.warnings());
        String feed = site.read("en/feed.xml");
        TestSite.xml(feed);
        TestSite.xml(site.read("sitemap.xml"));
        assertTrue(feed.contains("<title>Harbor reopens</title>"), feed);
        assertTrue(feed.contains("Firstline."), feed);
        assertFalse(site.read("en/2019/03/a/index.html").contains("\u000B"));
    }

    @Test
    void thePreviewWarnsOfCharactersRemovedFromTheArticleSaved() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        RecordingLog log = new RecordingLog();
        SiteBuilder preview = new SiteBuilder(site.options(), log);
        assertTrue(preview.build().succeeded());
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "First\u000Bline.");
        log.lines().clear();
        assertTrue(preview.build(List.of(site.root().resolve("content/en/2019/a.md"))).succeeded());
        assertEquals(List.of("WARN content/en/2019/a.md:5: removed characters that XML forbids (U+000B): they would make "
                + "the feeds unreadable; text pasted from word processors often holds them"),
                log.lines().stream().filter(line -> line.startsWith("WARN ")).toList());
    }

    @Test
    void yamlEscapesAndMarkdownEntitiesCannotBreakTheFeed() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: \"Tab\\vbed \\uFFFE \\uD800\"\ndate: 2019-03-01\nauthors: [\"Kim\\0 Seo-yeon\"]",
                "Entities &#11; &#xFFFE; &#8; and &#xD800; stay out of XML.\n");
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        assertEquals(2, built.warnings().size(), built.warnings().toString());
        String feed = site.read("en/feed.xml");
        TestSite.xml(feed);
        assertTrue(feed.contains("<title>Tabbed</title>"), feed);
        assertTrue(feed.contains("<name>Kim Seo-yeon</name>"), feed);
    }

    @Test
    void settingsAndTopicsAreCleanedToo() {
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML.replace("The Test Ledger", "The Test\u0008 Ledger"))
                .file("content/topics.yml", TestSite.TOPICS_YML.replace("Economy", "Econ\uFFFFomy"))
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\ntopics: [economy]", "Body.");
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        assertEquals(List.of("content/site.yml:5: removed characters that XML forbids (U+0008): they would make the "
                        + "feeds unreadable; text pasted from word processors often holds them",
                "content/topics.yml:1: removed characters that XML forbids (U+FFFF): they would make the feeds "
                        + "unreadable; text pasted from word processors often holds them"), built.warnings());
        String feed = site.read("en/topics/economy/feed.xml");
        TestSite.xml(feed);
        assertTrue(feed.contains("<title>Economy — The Test Ledger</title>"), feed);
    }
}
