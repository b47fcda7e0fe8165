package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old addresses of an article ({@code aliases}) become static pages that redirect to it. */
class AliasesTest {

    @TempDir
    Path dir;

    @Test
    void eachAliasIsARedirectPageToTheArticleInItsLanguage() {
        TestSite site = TestSite.create(dir)
                .article("content/ko/2019/bells.md", """
                        title: 종소리 <울리다>
                        date: 2019-12-25 09:00
                        aliases: [/2019/12/25/bells.html, /ko/posts/bells/, /old/bells]
                        """, "본문.");
        assertTrue(site.build().succeeded());
        String expected = """
                <!DOCTYPE html>
                <html lang="ko">
                <head>
                <meta charset="utf-8">
                <title>종소리 &lt;울리다&gt;</title>
                <link rel="canonical" href="https://news.example.org/ko/2019/12/bells/">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url=/ko/2019/12/bells/">
                </head>
                <body>
                <p><a href="/ko/2019/12/bells/">종소리 &lt;울리다&gt;</a></p>
                </body>
                </html>
                """;
        assertEquals(expected, site.read("2019/12/25/bells.html"));
        assertEquals(expected, site.read("ko/posts/bells/index.html"));
        assertEquals(expected, site.read("old/bells/index.html"));
        assertFalse(site.read("sitemap.xml").contains("bells.html"));
        assertFalse(site.read("sitemap.xml").contains("posts/bells"));
        assertFalse(site.read("ko/feed.xml").contains("posts/bells"));
    }

    @Test
    void aRemovedAliasRemovesItsPage() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells\ndate: 2019-12-25\naliases: /bells.html", "Body.");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("bells.html"));
        site.article("content/en/2019/bells.md", "title: Bells\ndate: 2019-12-25", "Body.");
        assertTrue(site.build().succeeded());
        assertFalse(site.exists("bells.html"));
    }

    @Test
    void anAliasMustBeASitePathWithoutClimbing() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", """
                        title: A
                        date: 2019-03-01
                        aliases:
                          - posts/a/
                          - /posts/../../etc/a.html
                        """, "Body.");
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/posts/../../etc/a.html' cannot be a file of the site: write it "
                        + "without '..', spaces, control characters, '%2F', broken percent escapes or any of "
                        + "\\?#\"*:<>|, each part at most 245 bytes",
                "content/en/2019/a.md:4: alias 'posts/a/' must be a path of the site starting with '/', "
                        + "e.g. /2019/12/25/bells.html or /posts/bells/"), site.problems());
    }

    @Test
    void anAliasMayNeitherReplaceAGeneratedPageNorBeClaimedTwice() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [/en/topics/, /shared/]", "Body.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02\naliases: [/shared]", "Body.");
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/en/topics/' is the address of a page Broadsheet generates "
                        + "(en/topics/index.html); remove it from 'aliases'",
                "content/en/2019/a.md:4: alias '/shared/' is claimed by this article and content/en/2019/b.md; "
                        + "keep it in one of them",
                "content/en/2019/b.md:4: alias '/shared' is claimed by this article and content/en/2019/a.md; "
                        + "keep it in one of them"), site.problems());
        assertFalse(site.exists("en/2019/03/a/index.html"));
    }

    @Test
    void anAliasSpelledOtherwiseCannotTurnItsOwnPageIntoARedirect() {
        String page = "en/2019/03/cranes/index.html";
        for (String alias : List.of("/en/./2019/03/cranes/", "/en//2019/03/cranes/", "/en/2019/03/cranes/.",
                "/%65n/2019/03/cranes/", "/EN/2019/03/Cranes/", "/en/2019/03/cranes/index.html")) {
            TestSite site = TestSite.create(dir).article("content/en/2019/cranes.md",
                    "title: Cranes\ndate: 2019-03-01\naliases: [\"" + alias + "\"]", "Body.");
            assertEquals(List.of("content/en/2019/cranes.md:4: alias '" + alias + "' is the address of a page "
                    + "Broadsheet generates (" + page + "); remove it from 'aliases'"), site.problems(), alias);
        }
    }

    @Test
    void removingARefusedAliasLeavesThePageInPlace() {
        TestSite site = TestSite.create(dir).article("content/en/2019/cranes.md", "title: Cranes\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        site.article("content/en/2019/cranes.md", "title: Cranes\ndate: 2019-03-01\naliases: [/en/./2019/03/cranes/]",
                "Body.");
        assertFalse(site.build().succeeded());
        site.article("content/en/2019/cranes.md", "title: Cranes\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/cranes/index.html").contains("Body."));
    }

    @Test
    void anAliasMayNotNameAFileOrFolderOfTheSiteNorClashWithAnotherAlias() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\n"
                        + "aliases: [/sitemap.xml/, /en/feed.xml/x.html, /old/a.html, /OLD/A.html, /x.html]", "Body.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02\naliases: [/x.html/]", "Body.");
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/en/feed.xml/x.html' is the address of a file or folder Broadsheet "
                        + "generates (en/feed.xml); remove it from 'aliases'",
                "content/en/2019/a.md:4: alias '/sitemap.xml/' is the address of a file or folder Broadsheet "
                        + "generates (sitemap.xml); remove it from 'aliases'",
                "content/en/2019/a.md:4: alias '/x.html' is claimed by this article and content/en/2019/b.md; keep it "
                        + "in one of them",
                "content/en/2019/a.md:4: aliases '/old/a.html' and '/OLD/A.html' name the same page; keep one",
                "content/en/2019/b.md:4: alias '/x.html/' is claimed by this article and content/en/2019/a.md; keep "
                        + "it in one of them"), site.problems());
    }

    @Test
    void anAliasWithAControlCharacterOrABrokenEscapeIsAProblemNotACrash() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\n"
                + "aliases: [\"/a\\0b.html\", \"/b\\u0085.html\", /c%00.html, /d%2Fe.html, /f%zz.html, /g%C3.html, "
                + "\"/h\\u202E.html\"]", "Body.");
        String cannot = "' cannot be a file of the site: write it without '..', spaces, control characters, '%2F', "
                + "broken percent escapes or any of \\?#\"*:<>|, each part at most 245 bytes";
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/aU+0000b.html" + cannot,
                "content/en/2019/a.md:4: alias '/bU+0085.html" + cannot,
                "content/en/2019/a.md:4: alias '/c%00.html" + cannot,
                "content/en/2019/a.md:4: alias '/d%2Fe.html" + cannot,
                "content/en/2019/a.md:4: alias '/f%zz.html" + cannot,
                "content/en/2019/a.md:4: alias '/g%C3.html" + cannot,
                "content/en/2019/a.md:4: alias '/hU+202E.html" + cannot), site.problems());
    }

    @Test
    void aPercentEncodedAliasIsWrittenWhereTheHostLooksForIt() {
        TestSite site = TestSite.create(dir).article("content/ko/2019/a.md",
                "title: 가\ndate: 2019-03-01\naliases: [/%EC%98%9B/%EA%B8%B0%EC%82%AC.html]", "본문.");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("옛/기사.html"));
    }

    @Test
    void aSiteWithoutAliasesWritesNoRedirects() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells\ndate: 2019-12-25", "Body.");
        BuildResult result = site.build();
        assertTrue(result.succeeded());
        assertFalse(site.read("en/2019/12/bells/index.html").contains("http-equiv"));
    }
}
