package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Old addresses of an article ({@code aliases}) become static pages that redirect to it. */
class AliasesTest {

    /** What a problem says after an alias that no file can be. */
    private static final String CANNOT_BE_A_FILE = "' cannot be a file of the site: write it without '..', a space that "
            + "starts or ends a part, other white space, control characters, '%2F', broken percent escapes, any of "
            + "\\?#\"*:<>|, or a part that Windows keeps for devices (con, nul, com1…)";

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
                "content/en/2019/a.md:5: alias 'posts/a/' must be a path of the site starting with '/', "
                        + "e.g. /2019/12/25/bells.html or /posts/bells/",
                "content/en/2019/a.md:6: alias '/posts/../../etc/a.html" + CANNOT_BE_A_FILE),
                site.problems());
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
    void aliasesClaimedTwiceOrNamingAnArticleAreReportedInTheSameRunAsAFrontMatterProblem() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [/shared/]", "Body.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02\naliases: [/shared, /en/2019/03/a/]", "Body.")
                .article("content/en/2019/c.md", "title: C\ndate: 2019-02-30", "Body.");
        List<String> problems = site.problems();
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/shared/' is claimed by this article and content/en/2019/b.md; "
                        + "keep it in one of them",
                "content/en/2019/b.md:4: alias '/en/2019/03/a/' is the address of a page Broadsheet generates "
                        + "(en/2019/03/a/index.html); remove it from 'aliases'",
                "content/en/2019/b.md:4: alias '/shared' is claimed by this article and content/en/2019/a.md; "
                        + "keep it in one of them"), problems.subList(0, 3));
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(3).startsWith("content/en/2019/c.md:3: 'date': '2019-02-30'"), problems.get(3));
    }

    @Test
    void anAliasNamingAListingIsReportedInTheSameRunAsAFrontMatterProblem() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [/en/timeline/2019/]", "Body.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30", "Body.");
        List<String> problems = site.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("content/en/2019/a.md:4: alias '/en/timeline/2019/' is the address of a page Broadsheet generates "
                + "(en/timeline/2019/index.html); remove it from 'aliases'", problems.get(0));
        assertTrue(problems.get(1).startsWith("content/en/2019/b.md:3: 'date': '2019-02-30'"), problems.get(1));
    }

    @Test
    void anAliasNamingAListingIsReportedInTheSameRunAsABodysMissingImage() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [/en/timeline/]", "Body.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "![A chart](chart.png)");
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/en/timeline/' is the address of a page Broadsheet generates "
                        + "(en/timeline/index.html); remove it from 'aliases'",
                "content/en/2019/b.md:5: image 'chart.png' not found (paths are relative to this file, or to "
                        + "content/ when they start with '/')"), site.problems());
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
    void anAliasOfAFileBesideThePagesIsReportedInTheSameRunAsAnotherArticlesProblem() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\ntopics: [economy]\naliases: [/sitemap.xml, "
                        + "/robots.txt, /en/feed.xml, /en/topics/economy/feed.xml, /en/search/meta.json, "
                        + "/ko/search/terms-7.json, /assets/favicon.svg]", "Body.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30", "Body.");
        List<String> problems = site.problems();
        assertEquals("content/en/2019/b.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
                problems.get(problems.size() - 1));
        site.article("content/en/2019/b.md", "title: B\ndate: 2019-02-28", "Body.");
        List<String> aliases = site.problems();
        assertEquals(7, aliases.size(), aliases::toString);
        assertEquals(aliases, problems.subList(0, problems.size() - 1));
    }

    @Test
    void anAliasWithAControlCharacterOrABrokenEscapeIsAProblemNotACrash() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\n"
                + "aliases: [\"/a\\0b.html\", \"/b\\u0085.html\", /c%00.html, /d%2Fe.html, /f%zz.html, /g%C3.html, "
                + "\"/h\\u202E.html\"]", "Body.");
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/aU+0000b.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/bU+0085.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/c%00.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/d%2Fe.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/f%zz.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/g%C3.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/hU+202E.html" + CANNOT_BE_A_FILE), site.problems());
    }

    @Test
    void aPercentEncodedAliasIsWrittenWhereTheHostLooksForIt() {
        TestSite site = TestSite.create(dir).article("content/ko/2019/a.md",
                "title: 가\ndate: 2019-03-01\naliases: [/%EC%98%9B/%EA%B8%B0%EC%82%AC.html]", "본문.");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("옛/기사.html"));
    }

    @Test
    void anAliasWithASpaceInsideAPartIsARedirectPageWhoseLinksAndRuleAreEncoded() {
        // Jekyll made /unity%20lesson%203/로딩/ of a category with spaces; the host serves it from a folder with spaces
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "host: netlify\n")
                .article("content/ko/2020/로딩.md",
                        "title: 로딩 화면\ndate: 2020-12-17\naliases: [/unity lesson 3/로딩/, /unity%20lesson%203/ch12.html]", "본문.")
                .article("content/en/2020/notes.md", "title: Notes\ndate: 2020-12-18",
                        "[The loading screen](/unity%20lesson%203/%EB%A1%9C%EB%94%A9/) and [the chapter](/unity%20lesson%203/ch12.html).");
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        assertEquals(List.of(), built.warnings(), "the link check finds both redirect pages");
        String page = site.read("unity lesson 3/로딩/index.html");
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://news.example.org/ko/2020/12/%EB%A1%9C%EB%94%A9/\">"), page);
        assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/ko/2020/12/%EB%A1%9C%EB%94%A9/\">"), page);
        assertTrue(page.contains("<a href=\"/ko/2020/12/%EB%A1%9C%EB%94%A9/\">"), page);
        assertEquals(page, site.read("unity lesson 3/ch12.html"));
        assertTrue(site.read("_redirects").contains("\n/unity%20lesson%203/ch12.html /ko/2020/12/%EB%A1%9C%EB%94%A9/ 301!\n"
                + "/unity%20lesson%203/%EB%A1%9C%EB%94%A9/ /ko/2020/12/%EB%A1%9C%EB%94%A9/ 301!\n"), site.read("_redirects"));
    }

    @Test
    void anAliasWithASpaceAtTheEdgeOfAPartOrOtherWhiteSpaceIsRefused() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\n"
                + "aliases: [\"/ lesson/a.html\", \"/lesson /a.html\", /lesson%20/b.html, \"/a\\tb.html\", \"/a\\u00A0b.html\", "
                + "\"/a\\u3000b.html\"]", "Body.");
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/ lesson/a.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/aU+0009b.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/a\u00A0b.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/a\u3000b.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/lesson /a.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/lesson%20/b.html" + CANNOT_BE_A_FILE), site.problems());
    }

    @Test
    void aSiteWithoutAliasesWritesNoRedirects() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells\ndate: 2019-12-25", "Body.");
        BuildResult result = site.build();
        assertTrue(result.succeeded());
        assertFalse(site.read("en/2019/12/bells/index.html").contains("http-equiv"));
    }

    @Test
    void anAliasLongerThanAnAddressMayBeIsAProblemAtItsLineAndNothingIsWritten() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        String manifest = site.read(".broadsheet-manifest");
        String deep = "/" + ("a".repeat(200) + "/").repeat(25);
        String many = "/a".repeat(100_000);
        String wide = "/" + "b".repeat(256) + ".html";
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [\"" + deep + "\", \"" + many
                + "\", \"" + wide + "\"]", "Body.");
        String limits = ": an old address is at most 1024 bytes in at most 32 parts, each part at most 255 bytes";
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '" + many.substring(0, 60) + "…" + "' is too long" + limits,
                "content/en/2019/a.md:4: alias '" + deep.substring(0, 60) + "…" + "' is too long" + limits,
                "content/en/2019/a.md:4: alias '" + wide.substring(0, 60) + "…" + "' is too long" + limits),
                site.problems());
        assertEquals(manifest, site.read(".broadsheet-manifest"));
        assertFalse(site.exists("a"));
    }

    @Test
    void aPartOfAnAliasMayBeAsLongAsAFileName() {
        String longest = "b".repeat(250) + ".html";
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: A\ndate: 2019-03-01\naliases: [/old/" + longest + ", /" + "c".repeat(255) + "]", "Body.");
        BuildResult result = site.build();
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(site.exists("old/" + longest));
        assertTrue(site.exists("c".repeat(255) + "/index.html"));
    }

    @Test
    void anAliasIsNormalizedToNfcAfterItsEscapesAreDecoded() {
        // 가 as two conjoining jamo (U+1100 U+1161), percent-encoded: the file's name must be the composed 가
        TestSite site = TestSite.create(dir).article("content/ko/2019/a.md",
                "title: 가\ndate: 2019-03-01\naliases: [/%E1%84%80%E1%85%A1.html]", "본문.");
        BuildResult result = site.build();
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(site.exists("\uAC00.html"));
    }

    @Test
    void aliasesThatDifferOnlyInCaseClashWhateverTheScript() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: A\ndate: 2019-03-01\naliases: [/σοφος.html, /ΣΟΦΟΣ.html, /σοφοσ.html]", "Body.");
        assertEquals(List.of(
                "content/en/2019/a.md:4: aliases '/σοφος.html' and '/ΣΟΦΟΣ.html' name the same page; keep one",
                "content/en/2019/a.md:4: aliases '/σοφος.html' and '/σοφοσ.html' name the same page; keep one"),
                site.problems());
    }

    @Test
    void anAliasMayNotNameAFileThatHostsReadAsSettings() {
        List<String> aliases = List.of("/.htaccess", "/old/.htaccess", "/web.config", "/a/Web.Config", "/_worker.js",
                "/_worker.js/x.html", "/staticwebapp.config.json", "/_redirects", "/_HEADERS", "/.broadsheet-manifest",
                "/.broadsheet-x/y.html", "/.well-known/x.html");
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: ["
                + String.join(", ", aliases) + "]", "Body.");
        assertEquals(aliases.stream().sorted().map(alias -> "content/en/2019/a.md:4: alias '" + alias + "' names a file "
                + "that web hosts or Broadsheet read as settings, or a hidden one: an old address never needs it; "
                + "remove it").toList(), site.problems());
    }

    @Test
    void anAliasMayNotNameADeviceOfWindows() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: A\ndate: 2019-03-01\naliases: [/con/x.html, /NUL.txt, /com1, '/aux .html', /prn./]", "Body.");
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/NUL.txt" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/aux .html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/com1" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/con/x.html" + CANNOT_BE_A_FILE,
                "content/en/2019/a.md:4: alias '/prn./" + CANNOT_BE_A_FILE), site.problems());
    }

    @Test
    void anAliasWhosePartEndsInADotIsARedirectPageInAFolderOfThatName() {
        TestSite site = TestSite.create(dir).article("content/en/2017/history.md", """
                title: History in four posts.
                date: 2017-02-23
                aliases: [/2017/02/23/history-in-four-posts./, /notes/tcl..-and-perl../, /a.html.]
                """, "Body.");
        assertTrue(site.build().succeeded(), site.problems().toString());
        assertTrue(site.read("2017/02/23/history-in-four-posts./index.html").contains("url=/en/2017/02/history/"));
        assertTrue(site.read("notes/tcl..-and-perl../index.html").contains("url=/en/2017/02/history/"));
        assertTrue(site.read("a.html.").contains("url=/en/2017/02/history/"));
    }

    @Test
    void anAliasThatDiffersFromAnotherOnlyByTheDotsEndingAPartIsRefusedAsWindowsReadsThemAsOne() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2017/a.md", "title: A\ndate: 2017-02-23\naliases: [/old/history./]", "A.")
                .article("content/en/2017/b.md", "title: B\ndate: 2017-02-23\naliases: [/old/history/]", "B.")
                .article("content/en/2017/c.md", "title: C\ndate: 2017-02-23\naliases: [/en/2017/02/a./]", "C.");
        assertEquals(List.of(
                "content/en/2017/a.md:4: alias '/old/history./' is claimed by this article and content/en/2017/b.md; "
                        + "keep it in one of them",
                "content/en/2017/b.md:4: alias '/old/history/' is claimed by this article and content/en/2017/a.md; "
                        + "keep it in one of them",
                "content/en/2017/c.md:4: alias '/en/2017/02/a./' is the address of a page Broadsheet generates "
                        + "(en/2017/02/a/index.html); remove it from 'aliases'"), site.problems());
    }

    @Test
    void anAliasNamingAnotherIndexFileOfAGeneratedFolderIsRefused() {
        for (String alias : List.of("/en/2019/03/cranes/index.htm", "/en/2019/03/cranes/Default.htm",
                "/en/2019/03/cranes/default.html")) {
            TestSite site = TestSite.create(dir).article("content/en/2019/cranes.md",
                    "title: Cranes\ndate: 2019-03-01\naliases: [\"" + alias + "\"]", "Body.");
            assertEquals(List.of("content/en/2019/cranes.md:4: alias '" + alias + "' is the address of a page "
                    + "Broadsheet generates (en/2019/03/cranes/index.html); remove it from 'aliases'"), site.problems(), alias);
        }
    }

    @Test
    void anAliasThatWasAFileMayBecomeAFolderAndAFileAgain() throws IOException {
        TestSite site = TestSite.create(dir);
        for (String alias : List.of("/x.html", "/x.html/", "/x.html", "/old/a.html/b.html", "/old/a.html",
                "/old/a.html/b.html")) {
            site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [\"" + alias + "\"]", "Body.");
            BuildResult result = site.build();
            assertTrue(result.succeeded(), alias + ": " + result.problems());
            String file = alias.substring(1) + (alias.endsWith("/") ? "index.html" : "");
            assertTrue(site.read(file).contains("http-equiv"), alias);
            assertEquals(List.of(file), Files.readAllLines(dir.resolve("site/.broadsheet-manifest")).stream()
                    .filter(line -> line.startsWith("x.html") || line.startsWith("old/")).toList(), alias);
        }
    }

    @Test
    void aFileBroadsheetDidNotWriteWhereAnAliasNeedsAFolderFailsTheBuildAndKeepsTheSite() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        site.file("site/notes.html", "the newsroom's own");
        String manifest = site.read(".broadsheet-manifest");
        site.article("content/en/2019/a.md", "title: A changed\ndate: 2019-03-01\naliases: [/notes.html/]", "Body.");
        assertEquals(List.of("site/notes.html: is a file that Broadsheet did not write, where the site needs a folder "
                + "(for notes.html/index.html): move it away (site/ was left as it was)"), site.problems());
        assertEquals("the newsroom's own", site.read("notes.html"));
        assertEquals(manifest, site.read(".broadsheet-manifest"));
        assertFalse(site.read("en/2019/03/a/index.html").contains("A changed"));
    }
}
