package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Symbolic links never carry a file from outside {@code content/} and {@code templates/} into the
 * site, and the build never writes through a link planted in {@code site/}.
 */
class SymbolicLinksTest {

    private static final String SECRET = "<settings><password>hunter2</password></settings>";
    private static final String OUTSIDE = "leads outside content/ through a symbolic link; Broadsheet reads nothing "
            + "from outside content/ and templates/: put the file itself in content/";

    @TempDir
    Path dir;

    private Path secret() throws IOException {
        Path secret = dir.resolve("home/.m2/settings.xml");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, SECRET);
        return secret;
    }

    @Test
    void anImageThatLinksOutsideContentIsAProblemAtItsLineAndNeverPublished() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "Text.\n\n![x](/images/a.png)\n");
        Files.createDirectories(dir.resolve("content/images"));
        Files.createSymbolicLink(dir.resolve("content/images/a.png"), secret());
        assertEquals(List.of("content/en/2019/a.md:7: image '/images/a.png' " + OUTSIDE), site.problems());
        assertNoSecretIn(dir.resolve("site"));
    }

    @Test
    void aHiddenFileOfContentIsNeverPublishedWhateverLinksToIt() throws IOException {
        Files.createDirectories(dir.resolve("content/.git"));
        Files.writeString(dir.resolve("content/.git/config"), SECRET);
        Files.createDirectories(dir.resolve("content/files"));
        Files.createSymbolicLink(dir.resolve("content/files/cfg.txt"), dir.resolve("content/.git/config"));
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "Text [c](/.git/config) and [l](/files/cfg.txt).\n");
        assertTrue(site.build().succeeded());
        assertNoSecretIn(dir.resolve("site"));
        Files.createDirectories(dir.resolve("content/images"));
        Files.writeString(dir.resolve("content/images/.env"), SECRET);
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text ![e](/images/.env).\n");
        assertEquals(List.of("content/en/2019/a.md:5: image '/images/.env' not found (paths are relative to this "
                + "file, or to content/ when they start with '/')"), site.problems());
    }

    @Test
    void aLeadImageOrLinkThroughALinkedFolderIsAProblemToo() throws IOException {
        secret();
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: A\ndate: 2019-03-01\nimage: {src: /images/settings.xml, alt: x}", "[file](../../m2/settings.xml)\n");
        Files.createDirectories(dir.resolve("content/images"));
        Files.createSymbolicLink(dir.resolve("content/m2"), dir.resolve("home/.m2"));
        Files.createSymbolicLink(dir.resolve("content/images/settings.xml"), dir.resolve("home/.m2/settings.xml"));
        assertEquals(List.of("content/en/2019/a.md:4: image '/images/settings.xml' " + OUTSIDE,
                "content/en/2019/a.md:6: link to '../../m2/settings.xml' " + OUTSIDE), site.problems());
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "[file](../../m2/settings.xml)\n");
        Files.delete(dir.resolve("content/images/settings.xml"));
        assertEquals(List.of("content/en/2019/a.md:5: link to '../../m2/settings.xml' " + OUTSIDE), site.problems());
        assertNoSecretIn(dir.resolve("site"));
    }

    @Test
    void anArticleOrSettingsFileThatLinksOutsideIsNotRead() throws IOException {
        Path secret = secret();
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.writeString(secret, "---\ntitle: " + SECRET + "\ndate: 2019-03-01\n---\n" + SECRET);
        Files.createSymbolicLink(dir.resolve("content/en/2019/b.md"), secret);
        assertEquals(List.of("content/en/2019/b.md: " + OUTSIDE), site.problems());
        Files.delete(dir.resolve("content/en/2019/b.md"));
        Files.move(dir.resolve("content/topics.yml"), dir.resolve("home/topics.yml"));
        Files.createSymbolicLink(dir.resolve("content/topics.yml"), dir.resolve("home/topics.yml"));
        assertEquals(List.of("content/topics.yml: " + OUTSIDE), site.problems());
    }

    @Test
    void aLinkInsideContentIsFollowed() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "![x](/images/b.png)\n");
        Files.createDirectories(dir.resolve("content/images"));
        Files.writeString(dir.resolve("content/images/a.png"), "not really a png");
        Files.createSymbolicLink(dir.resolve("content/images/b.png"), dir.resolve("content/images/a.png"));
        assertTrue(site.build().succeeded());
        assertEquals("not really a png", Files.readString(dir.resolve("site/media/images/b.png")));
    }

    @Test
    void aThemeAssetThatLinksOutsideTheThemeIsAProblemAndNeverPublished() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.createSymbolicLink(dir.resolve("templates/assets/settings.css"), secret());
        assertEquals(List.of("templates/assets/settings.css: leads outside templates/ through a symbolic link; "
                + "Broadsheet reads nothing from outside content/ and templates/: put the file itself in templates/"),
                site.problems());
        assertNoSecretIn(dir.resolve("site"));
    }

    @Test
    void uiStringsThatLinkOutsideTheThemeAreAProblem() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Path strings = dir.resolve("home/en.yml");
        Files.createDirectories(strings.getParent());
        Files.move(dir.resolve("templates/i18n/en.yml"), strings);
        Files.createSymbolicLink(dir.resolve("templates/i18n/en.yml"), strings);
        assertEquals(List.of("templates/i18n/en.yml: leads outside templates/ through a symbolic link; Broadsheet "
                + "reads nothing from outside content/ and templates/: put the file itself in templates/"), site.problems());
    }

    @Test
    void aFolderOfTheSiteReplacedByALinkIsNeverWrittenThrough() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        Path elsewhere = dir.resolve("elsewhere");
        Files.move(dir.resolve("site/en"), elsewhere);
        Files.createSymbolicLink(dir.resolve("site/en"), elsewhere);
        String before = Files.readString(elsewhere.resolve("2019/03/a/index.html"));
        site.article("content/en/2019/a.md", "title: A changed\ndate: 2019-03-01", "Body.");
        assertEquals(List.of("site/en: is a symbolic link where the site's files go; Broadsheet writes and deletes "
                + "nothing through links: remove it (site/ was left as it was)"), site.problems());
        assertEquals(before, Files.readString(elsewhere.resolve("2019/03/a/index.html")));
    }

    @Test
    void aManifestOrPageReplacedByALinkIsReplacedNotWrittenThrough() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        Path secret = secret();
        Files.delete(dir.resolve("site/.broadsheet-manifest"));
        Files.createSymbolicLink(dir.resolve("site/.broadsheet-manifest"), secret);
        Files.delete(dir.resolve("site/en/2019/03/a/index.html"));
        Files.createSymbolicLink(dir.resolve("site/en/2019/03/a/index.html"), secret);
        site.article("content/en/2019/a.md", "title: A changed\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        assertEquals(SECRET, Files.readString(secret));
        assertFalse(Files.isSymbolicLink(dir.resolve("site/.broadsheet-manifest")));
        assertFalse(Files.isSymbolicLink(dir.resolve("site/en/2019/03/a/index.html")));
        assertTrue(site.read("en/2019/03/a/index.html").contains("A changed"));
    }

    @Test
    void aRemovedPageInALinkedFolderIsNotDeletedThroughTheLink() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: /old/a.html", "Body.");
        assertTrue(site.build().succeeded());
        Path elsewhere = dir.resolve("elsewhere");
        Files.move(dir.resolve("site/old"), elsewhere);
        Files.createSymbolicLink(dir.resolve("site/old"), elsewhere);
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        assertEquals(List.of("site/old: is a symbolic link where the site's files go; Broadsheet writes and deletes "
                + "nothing through links: remove it (site/ was left as it was)"), site.problems());
        assertTrue(Files.exists(elsewhere.resolve("a.html")));
    }

    private static void assertNoSecretIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("hunter2"),
                        file.toString());
            }
        }
    }
}
