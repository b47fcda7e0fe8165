package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
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

    private static final String FOLDER_OUTSIDE = "is a symbolic link to a folder outside content/; Broadsheet reads "
            + "nothing from outside content/ and templates/, so no article or file in it is published: put the folder "
            + "itself in content/";

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
    void aLeadImageThroughALinkedFolderIsAProblemToo() throws IOException {
        secret();
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: A\ndate: 2019-03-01\nimage: {src: /images/settings.xml, alt: x}", "[file](../../m2/settings.xml)\n");
        Files.createDirectories(dir.resolve("content/images"));
        Files.createSymbolicLink(dir.resolve("content/m2"), dir.resolve("home/.m2"));
        Files.createSymbolicLink(dir.resolve("content/images/settings.xml"), dir.resolve("home/.m2/settings.xml"));
        // the link to the folder is a problem of its own; the body's links wait for it, as they would look broken
        assertEquals(List.of("content/en/2019/a.md:4: image '/images/settings.xml' " + OUTSIDE,
                "content/m2: " + FOLDER_OUTSIDE), site.problems());
        assertNoSecretIn(dir.resolve("site"));
    }

    @Test
    void anArticleOrSettingsFileThatLinksOutsideIsNotRead() throws IOException {
        Path secret = secret();
        // a link to the file unread is left to the file's own problem
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "Body, after [B](b.md).");
        Files.writeString(secret, "---\ntitle: " + SECRET + "\ndate: 2019-03-01\n---\n" + SECRET);
        Files.createSymbolicLink(dir.resolve("content/en/2019/b.md"), secret);
        assertEquals(List.of("content/en/2019/b.md: " + OUTSIDE), site.problems());
        Files.delete(dir.resolve("content/en/2019/b.md"));
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.move(dir.resolve("content/topics.yml"), dir.resolve("home/topics.yml"));
        Files.createSymbolicLink(dir.resolve("content/topics.yml"), dir.resolve("home/topics.yml"));
        assertEquals(List.of("content/topics.yml: " + OUTSIDE), site.problems());
    }

    @Test
    void anArticleThatIsALinkLeadingNowhereIsAProblemNotAStorySilentlyLeftOut() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.createSymbolicLink(dir.resolve("content/en/2019/b.md"), Path.of("../drafts/b.md"));
        Files.createSymbolicLink(dir.resolve("content/en/2019/null.md"), Path.of("/dev/null"));
        assertEquals(List.of("content/en/2019/b.md: is a symbolic link to '../drafts/b.md', which leads to no file, "
                + "so no article is read from it: put the article itself here, or remove the link",
                "content/en/2019/null.md: " + OUTSIDE), site.problems());
        Files.delete(dir.resolve("content/en/2019/b.md"));
        Files.delete(dir.resolve("content/en/2019/null.md"));
        assertTrue(site.build().succeeded());
    }

    @Test
    void anArticleThatIsALinkToAHiddenFileIsAProblemAsAnImageLinkedSoIsNotFound() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.")
                .article("content/.drafts/b.md", "title: Not yet\ndate: 2019-03-01", "Embargoed.")
                .article("content/en/2019/c.md~", "title: Old\ndate: 2019-03-01", "Backup.");
        Files.createSymbolicLink(dir.resolve("content/en/2019/b.md"), Path.of("../../.drafts/b.md"));
        Files.createSymbolicLink(dir.resolve("content/en/2019/c.md"), Path.of("c.md~"));
        assertEquals(List.of("content/en/2019/b.md: leads through a symbolic link to content/.drafts/b.md, which is "
                        + "hidden or an editor's temporary file and so never content: no article is read from it; put "
                        + "the article itself here, or remove the link",
                "content/en/2019/c.md: leads through a symbolic link to content/en/2019/c.md~, which is hidden or an "
                        + "editor's temporary file and so never content: no article is read from it; put the article "
                        + "itself here, or remove the link"), site.problems());
        List<String> problems = site.problems();
        Files.delete(dir.resolve("content/.drafts/b.md"));
        assertEquals(problems, site.problems(), "the preview sees no hidden file go: the problem stays the same");
        Files.delete(dir.resolve("content/en/2019/b.md"));
        Files.delete(dir.resolve("content/en/2019/c.md"));
        assertTrue(site.build().succeeded());
        assertFalse(site.exists("en/2019/03/b/index.html"));
    }

    @Test
    void anArticleMovedOutAndLinkedToIsNotTakenFromTheLastBuildsArticles() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.")
                .article("content/en/2019/b.md", "title: " + SECRET + "\ndate: 2019-03-01", "Body.");
        Path article = dir.resolve("content/en/2019/b.md");
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        assertTrue(site.build().succeeded());
        Path outside = Files.createDirectories(dir.resolve("home")).resolve("b.md");
        // a move keeps the size and the modification time that the articles kept are known by
        Files.move(article, outside);
        Files.createSymbolicLink(article, outside);
        assertEquals(List.of("content/en/2019/b.md: " + OUTSIDE), site.problems());
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
    void aLinkToAFolderOfArticlesOutsideContentIsAProblemNotAStorySilentlyLeftOut() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.")
                .article("shared/archive/old.md", "title: Old\ndate: 2018-03-01", "Body.");
        Files.createSymbolicLink(dir.resolve("content/en/archive"), dir.resolve("shared/archive"));
        assertEquals(List.of("content/en/archive: " + FOLDER_OUTSIDE), site.problems());
    }

    @Test
    void aLinkToAFolderOfContentIsAProblemThatNamesWhereItsFilesAre() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.createSymbolicLink(dir.resolve("content/en/latest"), dir.resolve("content/en/2019"));
        assertEquals(List.of("content/en/latest: is a symbolic link to the folder content/en/2019; Broadsheet follows "
                + "no link to a folder, so nothing in it is read through this one (its articles are read at their own "
                + "place, and would be published twice): remove the link, and name its files by their own place, "
                + "content/en/2019/…"), site.problems());
        Files.delete(dir.resolve("content/en/latest"));
        site.article("content/.archive/2018/old.md", "title: Old\ndate: 2018-03-01", "Body.");
        Files.createSymbolicLink(dir.resolve("content/en/2018"), dir.resolve("content/.archive/2018"));
        assertEquals(List.of("content/en/2018: is a symbolic link to the folder content/.archive/2018; Broadsheet "
                + "follows no link to a folder, so nothing in it is read through this one, and the files of a hidden "
                + "folder are never content: put the folder itself here"), site.problems());
    }

    @Test
    void aLinkToAFolderInAHiddenFolderOrItselfHiddenIsNoProblem() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.createDirectories(dir.resolve("content/.git"));
        Files.createSymbolicLink(dir.resolve("content/.git/home"), dir);
        Files.createSymbolicLink(dir.resolve("content/.cache"), dir);
        assertTrue(site.build().succeeded());
    }

    @Test
    void aLinkToAFolderAmongTheThemesAssetsIsAProblem() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.createDirectories(dir.resolve("fonts"));
        Files.writeString(dir.resolve("fonts/serif.woff2"), "font");
        Files.createSymbolicLink(dir.resolve("templates/assets/fonts"), dir.resolve("fonts"));
        assertEquals(List.of("templates/assets/fonts: is a symbolic link to a folder; Broadsheet follows no link to a "
                + "folder among the assets, so nothing in it is published: put the folder itself here"), site.problems());
    }

    @Test
    void contentAndTemplatesThatAreLinksToFoldersKeptElsewhereAreRead() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.move(dir.resolve("content"), dir.resolve("newsroom"));
        Files.createSymbolicLink(dir.resolve("content"), dir.resolve("newsroom"));
        Files.move(dir.resolve("templates"), dir.resolve("theme"));
        Files.createSymbolicLink(dir.resolve("templates"), dir.resolve("theme"));
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/a/index.html").contains("<h1 class=\"headline\">A</h1>"));
        Files.writeString(dir.resolve("theme/article.ftlh"), Files.readString(dir.resolve("theme/article.ftlh"))
                .replace("<h1 class=\"headline\">", "<h1 class=\"headline changed\">"));
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/a/index.html").contains("<h1 class=\"headline changed\">A</h1>"),
                "a change of the theme behind the link is a change of the theme");
    }

    @Test
    void aTemplateThatALinkLeadsOutsideTheThemeIsAProblemOfItsFileNotACrash() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/footer.ftlh"), "<p>Shared footer</p>");
        Files.createSymbolicLink(dir.resolve("templates/partials"), dir.resolve("shared"));
        Files.writeString(dir.resolve("templates/404.ftlh"), "<#include \"partials/footer.ftlh\">"
                + Files.readString(dir.resolve("templates/404.ftlh")));
        String outside = "leads outside templates/ through a symbolic link; Broadsheet reads nothing from outside "
                + "content/ and templates/: put the file itself in templates/";
        assertEquals(List.of("templates/partials/footer.ftlh: " + outside + " (while rendering /404.html)"),
                site.problems());
        Files.delete(dir.resolve("templates/partials"));
        Files.createSymbolicLink(dir.resolve("templates/partials"), dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/footer.ftlh"), "<p>Theme's footer</p>");
        Files.writeString(dir.resolve("templates/chooser.ftlh"), "<#include \"partials/footer.ftlh\">");
        assertTrue(site.build().succeeded(), "a link that stays in the theme is followed, as the theme is code");
        assertEquals("<p>Theme's footer</p>", site.read("index.html"));
        Files.writeString(dir.resolve("shared/home.ftlh"), "<#-- kept elsewhere -->"
                + Files.readString(dir.resolve("templates/home.ftlh")));
        Files.delete(dir.resolve("templates/home.ftlh"));
        Files.createSymbolicLink(dir.resolve("templates/home.ftlh"), dir.resolve("shared/home.ftlh"));
        assertEquals(List.of("templates/home.ftlh: " + outside + " (while rendering /en/ and 1 other pages)"),
                site.problems());
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
