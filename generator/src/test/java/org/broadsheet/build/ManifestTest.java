package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code site/.broadsheet-manifest} says which files the next build may remove; it is a file of
 * {@code site/}, so whatever it says, only files inside {@code site/} are ever deleted.
 */
class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void linesNamingFilesOutsideTheSiteOrFoldersInsideItDeleteNothing() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.")
                .file("victims/absolute.txt", "keep")
                .file("victims/climbing.txt", "keep")
                .file("site-notes.txt", "keep");
        assertTrue(site.build().succeeded());
        Files.writeString(dir.resolve("site/.broadsheet-manifest"), String.join("\n",
                dir.resolve("victims/absolute.txt").toString(), "../victims/climbing.txt",
                "en/../../site-notes.txt", "./../site-notes.txt", ".", "", "en", "en/2019", "a\0b",
                "\\..\\site-notes.txt", ".broadsheet-manifest", "//" + dir.resolve("victims/absolute.txt")) + "\n",
                StandardOpenOption.APPEND);
        site.article("content/en/2019/a.md", "title: A changed\ndate: 2019-03-01", "Body.");
        BuildResult result = site.build();
        assertTrue(result.succeeded(), result.problems().toString());
        assertEquals("keep", Files.readString(dir.resolve("victims/absolute.txt")));
        assertEquals("keep", Files.readString(dir.resolve("victims/climbing.txt")));
        assertEquals("keep", Files.readString(dir.resolve("site-notes.txt")));
        assertTrue(site.read("en/2019/03/a/index.html").contains("A changed"));
        assertFalse(site.read(".broadsheet-manifest").contains("victims"));
    }

    @Test
    void aLineNamingAFileOfTheSiteThatBroadsheetNoLongerWritesRemovesIt() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        site.file("site/en/stale.html", "old page");
        Files.writeString(dir.resolve("site/.broadsheet-manifest"), "en/stale.html\n", StandardOpenOption.APPEND);
        assertTrue(site.build().succeeded());
        assertFalse(site.exists("en/stale.html"));
    }
}
