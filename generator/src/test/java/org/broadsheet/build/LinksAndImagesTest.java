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
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Links between articles and images in bodies and lead images. */
class LinksAndImagesTest {

    @TempDir
    Path dir;

    @Test
    void linkToAnotherArticlesFileBecomesItsUrlKeepingTheFragment() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2018/old.md", "title: Old\ndate: 2018-06-01", "Old.")
                .article("content/en/2019/new.md", "title: New\ndate: 2019-03-01", "See [the old story](../2018/old.md#start).");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/new/index.html").contains("<a href=\"/en/2018/06/old/#start\">the old story</a>"));
    }

    @Test
    void linkToAMissingArticleIsReportedWithItsLineAndTheNearestFile() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2018/harbor.md", "title: Old\ndate: 2018-06-01", "Old.")
                .article("content/en/2019/new.md", "title: New\ndate: 2019-03-01", "Intro.\n\nSee [it](../2018/harbour.md).\n");
        assertEquals(List.of("content/en/2019/new.md:7: link to '../2018/harbour.md' leads to no article (no published "
                + "article content/en/2018/harbour.md) (did you mean 'en/2018/harbor.md'?); links to articles are "
                + "relative to this file, e.g. ../2018/harbor.md"), site.problems());
    }

    @Test
    void aBodysBrokenLinkAndMissingImageAreReportedInTheSameRunAsAnotherFilesFrontMatterProblem() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bad-date.md", "title: Bad\ndate: 2019-02-30", "Text.")
                .article("content/en/2019/typo.md", "title: Typo\ndate: 2019-03-01\nsumary: x", "Text.")
                .article("content/en/2019/links.md", "title: Links\ndate: 2019-03-02",
                        "[Bad](bad-date.md) [Gone](gone.md)\n\n![A chart](chart.png)\n");
        List<String> problems = site.problems();
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/bad-date.md:3: 'date': '2019-02-30' is not a real date"));
        assertEquals("content/en/2019/links.md:5: link to 'gone.md' leads to no article (no published article "
                + "content/en/2019/gone.md) (did you mean 'en/2019/links.md'?); links to articles are relative to this "
                + "file, e.g. ../2018/harbor.md", problems.get(1));
        assertEquals("content/en/2019/links.md:7: image 'chart.png' not found (paths are relative to this file, or to "
                + "content/ when they start with '/')", problems.get(2));
        assertTrue(problems.get(3).startsWith("content/en/2019/typo.md:4: unknown field 'sumary'"), problems.get(3));
    }

    @Test
    void theBodyProblemsOfAFileWhoseFrontMatterCannotBeReadAreReportedWithIt() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/no-title.md", "date: 2019-03-01", "[Gone](gone.md)")
                .article("content/en/2019/bad-date.md", "title: Bad\ndate: 2019-02-30", "\n![A chart](chart.png)")
                .article("content/en/2019/bad-yaml.md", "title: [Unclosed\ndate: 2019-03-02", "[No title](no-title.md) [Gone](gone.md)")
                .article("content/en/2019/fine.md", "title: Fine\ndate: 2019-03-03", "Text.");
        List<String> problems = site.problems();
        assertEquals(6, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/bad-date.md:3: 'date': '2019-02-30' is not a real date"));
        assertEquals("content/en/2019/bad-date.md:6: image 'chart.png' not found (paths are relative to this file, or to "
                + "content/ when they start with '/')", problems.get(1));
        assertTrue(problems.get(2).startsWith("content/en/2019/bad-yaml.md:3: YAML syntax error"), problems.get(2));
        assertTrue(problems.get(3).startsWith("content/en/2019/bad-yaml.md:5: link to 'gone.md' leads to no article"),
                problems.get(3));
        assertTrue(problems.get(4).startsWith("content/en/2019/no-title.md:1: missing 'title'"), problems.get(4));
        assertTrue(problems.get(5).startsWith("content/en/2019/no-title.md:4: link to 'gone.md' leads to no article"),
                problems.get(5));
    }

    @Test
    void aPreviewRebuildReportsWhatAColdBuildReportsOfABodyWhoseFrontMatterCannotBeRead() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "![A chart](chart.png)")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "Text.");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertFalse(preview.build().succeeded());
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-02-30", "![A chart](chart.png)");
        preview.build(List.of(site.root().resolve("content/en/2019/a.md")));
        // only b is saved: a, unchanged and still unreadable, keeps its body's problem
        site.article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "[Gone](gone.md)");
        List<String> problems = preview.build(List.of(site.root().resolve("content/en/2019/b.md"))).problems().stream()
                .map(Object::toString).toList();
        assertEquals(site.problems(), problems);
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(1).startsWith("content/en/2019/a.md:5: image 'chart.png' not found"), problems.get(1));
    }

    @Test
    void aPreviewRebuildReportsTheBodyProblemsOfOneSavedArticleWithTheFrontMatterProblemOfAnother() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "Text.");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nsumary: x", "Text.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "![A chart](chart.png)");
        List<String> problems = preview.build(List.of(site.root().resolve("content/en/2019/a.md"),
                site.root().resolve("content/en/2019/b.md"))).problems().stream().map(Object::toString).toList();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:4: unknown field 'sumary'"), problems.get(0));
        assertEquals("content/en/2019/b.md:5: image 'chart.png' not found (paths are relative to this file, or to "
                + "content/ when they start with '/')", problems.get(1));
    }

    @Test
    void aPreviewRebuildReportsWhatAColdBuildReportsOfAnUnchangedArticleLinkingToOneDeleted() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "See [B](b.md).")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "Text.")
                .article("content/en/2019/c.md", "title: C\ndate: 2019-03-03", "Text.");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        site.delete("content/en/2019/b.md").article("content/en/2019/c.md", "title: C\ndate: 2019-02-30", "Text.");
        List<String> problems = preview.build(List.of(site.root().resolve("content/en/2019/b.md"),
                site.root().resolve("content/en/2019/c.md"))).problems().stream().map(Object::toString).toList();
        assertEquals(site.problems(), problems);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:5: link to 'b.md' leads to no article"), problems.get(0));
    }

    @Test
    void aLinkToAMissingArticleAndALinkToNoPageOfTheSiteAreReportedInTheSameRun() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "See [it](missing.md).")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "See [it](/en/2019/99/nothing/).");
        List<String> problems = site.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:5: link to 'missing.md' leads to no article"),
                problems.get(0));
        assertEquals("content/en/2019/b.md:5: broken link to /en/2019/99/nothing/: no such page or file in the site",
                problems.get(1));
        assertFalse(site.exists("en/2019/03/b/index.html"), "a failed build leaves site/ as it was");
    }

    @Test
    void aLinkWithABrokenPercentEscapeIsABrokenLinkInEveryBuildNotACrash() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "See [it](/en/%zz/).")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30", "Text.");
        String broken = "content/en/2019/a.md:5: broken link to /en/%zz/: no such page or file in the site";
        List<String> early = site.problems();
        assertEquals(2, early.size(), early::toString);
        assertEquals(broken, early.get(0));
        site.article("content/en/2019/b.md", "title: B\ndate: 2019-02-28", "Text.");
        assertEquals(List.of(broken), site.problems());
    }

    @Test
    void aRelativeLinkThatLeadsToNoPageFromTheArticlesAddressIsReportedAtItsLine() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "Text.\n\nSee [B](../2019/b/) and [B](../b/).\n\nUp [one](../ \"Up\") and [the report](report.pdf).")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "Text.");
        assertEquals(List.of("content/en/2019/a.md:7: broken link to ../2019/b/ (from this page's address it leads to "
                        + "/en/2019/03/2019/b/; link an article by its .md file): no such page or file in the site",
                "content/en/2019/a.md:9: broken link to ../ (from this page's address it leads to /en/2019/03/; link an "
                        + "article by its .md file): no such page or file in the site",
                "content/en/2019/a.md:9: broken link to report.pdf (from this page's address it leads to "
                        + "/en/2019/03/a/report.pdf; a file of content/ is linked by its path from the article's file): no "
                        + "such page or file in the site"), site.problems());
    }

    @Test
    void aBodysLinkToNoPageIsReportedInTheSameRunAsAnotherArticlesFrontMatterProblem() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "See [nothing](/en/2019/03/nothing/) and [B](../2019/b/).\n\n"
                                + "Fine: [B](/en/2019/03/b/), [B again](../b/), [its old address](/old/b/), [the feed](/en/feed.xml), "
                                + "[the topics](../../../topics/).\n\n"
                                + "Not known while C and D cannot be read: [C](/en/2019/03/c/), [D](/en/2019/03/harbor-story/).")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02\naliases: [/old/b/]", "Text.")
                .article("content/en/2019/c.md", "title: C\ndate: soon", "Text.")
                .article("content/en/2019/d.md", "title: D\nslug: 'harbor-story'\ndate: later", "Text.");
        assertEquals(List.of("content/en/2019/a.md:5: broken link to ../2019/b/ (from this page's address it leads to "
                        + "/en/2019/03/2019/b/; link an article by its .md file): no such page or file in the site",
                "content/en/2019/a.md:5: broken link to /en/2019/03/nothing/: no such page or file in the site",
                "content/en/2019/c.md:3: 'date': 'soon' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or "
                        + "2019-02-20T17:00:00+09:00",
                "content/en/2019/d.md:4: 'date': 'later' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or "
                        + "2019-02-20T17:00:00+09:00"), site.problems());
    }

    @Test
    void aBrokenLinkInAnUnquotedOrSingleQuotedAttributeIsPlacedAtItsOwnLine() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "Tab&#x09;mark, a pic, a <b>bold</b> word.\n\n<img src=x alt=\"\">\n\n<a href='pic'>Pic</a>\n");
        List<String> problems = site.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:7: broken link to x "), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/en/2019/a.md:9: broken link to pic "), problems.get(1));
    }

    @Test
    void aBrokenLinkIsPlacedWhereItIsWrittenAsAnAddressNotWhereItsTextFirstOccurs() {
        String date = "date: 2019-03-01";
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\n" + date, "../ is the folder above.\n\nUp [one](../).")
                .article("content/en/2019/b.md", "title: B\n" + date, "The path ../ leads up.\n\nUp [one][up].\n\n[up]: ../")
                .article("content/en/2019/c.md", "title: C\n" + date, "The path ../ leads up.\n\nUp [one](<../>).")
                .article("content/en/2019/d.md", "title: D\n" + date,
                        "The path ../ leads up.\n\n<a title=\"../\"\nhref=\"../\">Up</a>")
                .article("content/en/2019/e.md", "title: E\n" + date, "\nUp [one](../).");
        List<String> lines = site.problems().stream().map(p -> p.substring(0, p.indexOf(": broken link to ../ "))).toList();
        assertEquals(List.of("content/en/2019/a.md:7", "content/en/2019/b.md:9", "content/en/2019/c.md:7",
                "content/en/2019/d.md:8", "content/en/2019/e.md:6"), lines);
    }

    @Test
    void aBodysBrokenLinkIsReportedInTheSameRunAsARegistrysSyntaxError() {
        TestSite site = TestSite.create(dir)
                .file("content/topics.yml", "harbor: {en: Harbor, ko: 항구\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "See [B](b.md).");
        List<String> problems = site.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:5: link to 'b.md' leads to no article"), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/topics.yml:"), problems.get(1));
    }

    @Test
    void aBodysMissingImageIsReportedInTheSameRunAsAMissingUiString() {
        TestSite site = TestSite.create(dir)
                .file("templates/i18n/ko.yml", "languageName: 한국어\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "![A chart](chart.png)");
        List<String> problems = site.problems();
        assertTrue(problems.contains("content/en/2019/a.md:5: image 'chart.png' not found (paths are relative to this "
                + "file, or to content/ when they start with '/')"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("templates/i18n/ko.yml: missing UI string")),
                problems.toString());
    }

    @Test
    void aMisnamedArticleFileDoesNotHideTheOtherBodiesProblems() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "![A chart](chart.png) and [B](/en/2019/03/b/), [nothing](/en/2019/03/nothing/).")
                .article("content/en/2019/b.MD", "title: B\ndate: 2019-03-02", "Text.");
        assertEquals(List.of("content/en/2019/a.md:5: broken link to /en/2019/03/nothing/: no such page or file in the site",
                "content/en/2019/a.md:5: image 'chart.png' not found (paths are relative to this file, or to content/ "
                        + "when they start with '/')",
                "content/en/2019/b.MD: not read as an article: an article's file name ends in '.md', in lower case; "
                        + "rename it b.md"), site.problems());
    }

    @Test
    void aStoryAtTheRootOfContentDoesNotHideTheOtherBodiesProblems() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "[nothing](/en/2019/03/nothing/)")
                .article("content/harbor.md", "title: Harbor\ndate: 2019-03-02", "Text.");
        assertEquals(List.of("content/en/2019/a.md:5: broken link to /en/2019/03/nothing/: no such page or file in the site",
                "content/harbor.md: articles belong in a language folder such as content/en/"), site.problems());
    }

    @Test
    void aLinkToTheAddressOfAStoryAtTheRootOfContentIsLeftToThatStorysProblem() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "[Harbor](/en/2019/03/harbor/)")
                .article("content/harbor.md", "title: Harbor\ndate: 2019-03-02", "Text.");
        assertEquals(List.of("content/harbor.md: articles belong in a language folder such as content/en/"),
                site.problems());
        Files.move(dir.resolve("content/harbor.md"), dir.resolve("content/en/2019/harbor.md"));
        assertEquals(List.of(), site.problems(), "the link leads to the story once it is where it belongs");
    }

    @Test
    void aStoryAtTheRootOfContentIsToldWhereArticlesBelongAndCheckedWhateverTheCaseOfItsName() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.")
                .article("content/harbor.md", "title: Harbor\ndate: 2019-03-02\ntopics: [harbour]",
                        "[gone](/en/2019/03/gone/)")
                .article("content/Pier.MD", "title: Pier\ndate: 2019-03-02\ntopics: [harbour]",
                        "[gone](/en/2019/03/gone/)");
        assertEquals(List.of(
                "content/Pier.MD: articles belong in a language folder such as content/en/",
                "content/Pier.MD: not read as an article: an article's file name ends in '.md', in lower case; "
                        + "rename it Pier.md",
                "content/Pier.MD:4: unknown topic 'harbour'; topics are listed in content/topics.yml",
                "content/Pier.MD:6: broken link to /en/2019/03/gone/: no such page or file in the site",
                "content/harbor.md: articles belong in a language folder such as content/en/",
                "content/harbor.md:4: unknown topic 'harbour'; topics are listed in content/topics.yml",
                "content/harbor.md:6: broken link to /en/2019/03/gone/: no such page or file in the site"),
                site.problems());
    }

    @Test
    void anUnreadStoryAtTheRootOfContentWhoseFrontMatterGivesADateAndSlugIsCheckedWithoutAnAddress() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.")
                .article("content/harbor.md", "date: 2019-03-02\nslug: harbor\naliases: [/old/harbor/]",
                        "[gone](/en/2019/03/gone/)");
        assertEquals(List.of("content/harbor.md: articles belong in a language folder such as content/en/",
                "content/harbor.md:1: missing 'title': add the headline, e.g. title: \"Harbor reopens\"",
                "content/harbor.md:6: broken link to /en/2019/03/gone/: no such page or file in the site"),
                site.problems());
    }

    @Test
    void theLinksOfAMisnamedStoryAtTheRootOfContentAreCheckedWhenTheyClimbOutOfItsLanguageFolder() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "[nothing](/en/2019/03/nothing/)")
                .article("content/Harbor.MD", "title: Harbor\ndate: 2019-03-02",
                        "[up](../../../../en/gone/) [near](../gone/) [B](../../../../en/2019/03/a/)");
        assertEquals(List.of("content/Harbor.MD: articles belong in a language folder such as content/en/",
                "content/Harbor.MD: not read as an article: an article's file name ends in '.md', in lower "
                        + "case; rename it Harbor.md",
                "content/Harbor.MD:5: broken link to ../../../../en/gone/ (from this page's address it leads to /en/gone/; "
                        + "link an article by its .md file): no such page or file in the site",
                "content/en/2019/a.md:5: broken link to /en/2019/03/nothing/: no such page or file in the site"),
                site.problems());
    }

    @Test
    void theBodyAndFrontMatterOfAMisnamedArticleFileAreCheckedInTheSameRun() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.")
                .article("content/en/2019/Harbor.MD", "title: Harbor\ndate: 2019-03-02\ntopics: [harbour]",
                        "![The pier](pier.png) and [gone](/en/2019/03/gone/).")
                .article("content/ko/2019/x.markdown", "title: X\ndate: 2019-03-02", "[없는 기사](../2018/y.md)");
        String noArticle = "content/ko/2019/x.markdown:5: link to '../2018/y.md' leads to no article (no published "
                + "article content/ko/2018/y.md) (did you mean 'en/2019/a.md'?); links to articles are relative to this "
                + "file, e.g. ../2018/harbor.md";
        assertEquals(List.of(
                "content/en/2019/Harbor.MD: not read as an article: an article's file name ends in '.md', in lower case; "
                        + "rename it Harbor.md",
                "content/en/2019/Harbor.MD:4: unknown topic 'harbour'; topics are listed in content/topics.yml",
                "content/en/2019/Harbor.MD:6: broken link to /en/2019/03/gone/: no such page or file in the site",
                "content/en/2019/Harbor.MD:6: image 'pier.png' not found (paths are relative to this file, or to content/ "
                        + "when they start with '/')",
                "content/ko/2019/x.markdown: not read as an article: an article's file name ends in '.md', in lower case; "
                        + "rename it x.md",
                noArticle), site.problems());
    }

    @Test
    void aPreviewRebuildReportsWhatAColdBuildReportsOfAMisnamedFileSavedOrChanged() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        for (String body : List.of("![The pier](pier.png)", "[Gone](gone.md)", "Text.")) {
            site.article("content/en/2019/Harbor.MD", "title: Harbor\ndate: 2019-03-02", body);
            List<String> problems = preview.build(List.of(site.root().resolve("content/en/2019/Harbor.MD"))).problems()
                    .stream().map(Object::toString).toList();
            assertEquals(site.problems(), problems);
            assertEquals(body.equals("Text.") ? 1 : 2, problems.size(), problems::toString);
        }
    }

    @Test
    void bodiesAreNotCheckedWhenTheSiteSettingsHaveProblemsThatEveryArticleCouldRepeat() {
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML.replace("Asia/Seoul", "Asia/Soul"))
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "![A chart](chart.png)");
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/site.yml:"), problems.get(0));
    }

    @Test
    void imagesAreCopiedOnceUnderMediaAndMissingOnesReported() {
        TestSite site = TestSite.create(dir)
                .bytes("content/images/chart.png", new byte[]{7})
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nimage: {src: /images/chart.png, alt: A chart}",
                        "![chart](../../images/chart.png)")
                .article("content/ko/2019/a.md", "title: 가\ndate: 2019-03-01", "![차트](/images/chart.png)");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("media/images/chart.png"));
        assertTrue(site.read("ko/2019/03/a/index.html").contains("<img src=\"/media/images/chart.png\" alt=\"차트\" />"));
        site.article("content/ko/2019/a.md", "title: 가\ndate: 2019-03-01", "\n![차트](/images/gone.png)");
        assertEquals(List.of("content/ko/2019/a.md:6: image '/images/gone.png' not found (paths are relative to this "
                + "file, or to content/ when they start with '/')"), site.problems());
    }

    @Test
    void imagesAndLinksOfOtherHostsAndAnchorsAreKeptAsWritten() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "![map](//maps.example.org/harbor.png) [up](#top) [mail](mailto:desk@example.org)");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/a/index.html").contains("<img src=\"//maps.example.org/harbor.png\" alt=\"map\" /> "
                + "<a href=\"#top\">up</a> <a href=\"mailto:desk@example.org\">mail</a>"), site.read("en/2019/03/a/index.html"));
    }

    private static final String NOT_PUBLISHED = ": Broadsheet publishes no file of content/ that a browser or a web "
            + "server could run (see docs/security.md); remove the link, or what runs from the file";

    @Test
    void aLinkedPageScriptOrPictureWithAScriptIsAProblemAtItsLineAndNothingOfThemIsPublished() {
        TestSite site = TestSite.create(dir)
                .file("content/en/2019/demo.html", "<p>Demo</p>")
                .file("content/en/2019/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")
                .file("content/en/2019/clean.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>")
                .file("content/en/2019/root-ca.pem", "-----BEGIN CERTIFICATE-----\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "[The demo](demo.html)\n\n![A chart](chart.svg)\n\n![Clean](clean.svg) [The certificate](root-ca.pem)\n");
        assertEquals(List.of(
                "content/en/2019/a.md:5: link to 'demo.html' is a page, script or server program ('.html')" + NOT_PUBLISHED,
                "content/en/2019/a.md:7: image 'chart.svg' holds the event handler onload (on <svg>)" + NOT_PUBLISHED),
                site.problems());
        assertFalse(site.exists("media"));
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "![Clean](clean.svg) [The certificate](root-ca.pem)\n");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("media/en/2019/clean.svg"));
        assertTrue(site.exists("media/en/2019/root-ca.pem"));
        assertFalse(site.exists("media/en/2019/demo.html"));
        assertFalse(site.exists("media/en/2019/chart.svg"));
    }

    @Test
    void aProgramNamedAsWindowsReadsItIsAProblemAtItsLineAndNotPublished() {
        TestSite site = TestSite.create(dir)
                .file("content/en/2019/shell.php ", "GIF89a<?php system($_GET['c']); ?>")
                .file("content/en/2019/app.js .", "alert(1)")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "[The shell](shell.php%20)\n\n[The app](app.js%20.)\n");
        assertEquals(List.of(
                "content/en/2019/a.md:5: link to 'shell.php%20' is a page, script or server program ('.php')" + NOT_PUBLISHED,
                "content/en/2019/a.md:7: link to 'app.js%20.' is a page, script or server program ('.js')" + NOT_PUBLISHED),
                site.problems());
        assertFalse(site.exists("media"));
    }

    @Test
    void aLeadImageOrAnAuthorsPhotoThatCouldRunAScriptIsAProblem() {
        String script = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        TestSite site = TestSite.create(dir)
                .file("content/images/lead.svg", script)
                .file("content/images/oh.svg", script)
                .file("content/authors.yml", "oh-yejin:\n  en: Oh Ye-jin\n  ko: 오예진\n  photo: /images/oh.svg\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nimage: {src: /images/lead.svg, alt: A chart}",
                        "Body.");
        assertEquals(List.of(
                "content/authors.yml:1: the photo of 'oh-yejin', '/images/oh.svg', holds <script>" + NOT_PUBLISHED,
                "content/en/2019/a.md:4: image '/images/lead.svg' holds <script>" + NOT_PUBLISHED), site.problems());
    }

    @Test
    void aSettingsFileOrAnArticlesSourceIsAProblemAtItsLineHoweverItIsNamedAndNeverPublished() throws IOException {
        String settings = "is one of the site's settings files (site.yml, topics.yml, authors.yml, series.yml, "
                + "most-read.yml), which Broadsheet never publishes: link to a page of the site instead, or put what "
                + "readers should get in a file of its own";
        String toTheDraft = "leads to no article (no published article content/en/2019/draft.md) (did you mean "
                + "'en/2019/a.md'?); links to articles are relative to this file, e.g. ../2018/harbor.md";
        TestSite site = TestSite.create(dir)
                .file("content/authors.yml", "oh-yejin:\n  en: Oh Ye-jin\n  ko: 오예진\n  photo: site.yml\n")
                .article("content/en/2019/draft.md", "title: Draft\ndate: 2019-03-01\ndraft: true", "Not yet.")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nimage: {src: /topics.yml, alt: Topics}",
                        "[Settings](/site.yml) ![Authors](../../authors.yml)\n\n[Notes](notes.txt) "
                                + "![Draft](draft.md/.) [Draft](draft.m%64)\n\n[Story](story.txt)\n");
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/en/2019/notes.txt"), Path.of("../../site.yml"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/en/2019/story.txt"), Path.of("draft.md"));
        assertEquals(List.of(
                "content/authors.yml:1: the photo of 'oh-yejin', 'site.yml', " + settings,
                "content/en/2019/a.md:4: image '/topics.yml' " + settings,
                "content/en/2019/a.md:6: image '../../authors.yml' " + settings,
                "content/en/2019/a.md:6: link to '/site.yml' " + settings,
                "content/en/2019/a.md:8: link to 'draft.m%64' " + toTheDraft,
                "content/en/2019/a.md:8: link to 'draft.md/.' " + toTheDraft,
                "content/en/2019/a.md:8: link to 'notes.txt' " + settings,
                "content/en/2019/a.md:10: link to 'story.txt' is an article's Markdown file, which Broadsheet never "
                        + "publishes as a file; a link to an article is written to its .md file as it is named, e.g. "
                        + "../2018/harbor.md, and becomes the article's address"),
                site.problems());
        assertFalse(site.exists("media"));
    }

    @Test
    void aPrivateKeyOrCredentialsAreAProblemAtTheirLineHoweverNamedAndNeverPublished() throws IOException {
        String secret = "holds a private key or other credentials, which Broadsheet never publishes: remove the "
                + "link, and move the file out of content/ (and out of the repository's history)";
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";
        TestSite site = TestSite.create(dir)
                .file("content/files/id_rsa", key)
                .file("content/files/server.pem", key.replace("OPENSSH ", ""))
                .file("content/files/service-account.json", "{\"type\": \"service_account\", \"private_key\": "
                        + "\"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n\"}")
                .file("content/files/backup.kdbx", "KeePass")
                .file("content/images/chart.png", key)
                .file("content/authors.yml", "oh-yejin:\n  en: Oh Ye-jin\n  ko: 오예진\n  photo: /files/server.pem\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nimage: {src: /images/chart.png, alt: A}",
                        "[Key](/files/id_rsa) [PEM](/files/server.pem)\n\n[JSON](/files/service-account.json) "
                                + "[Passwords](/files/backup.kdbx) [Linked](/files/notes.txt)\n");
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/files/notes.txt"), Path.of("id_rsa"));
        assertEquals(List.of(
                "content/authors.yml:1: the photo of 'oh-yejin', '/files/server.pem', " + secret,
                "content/en/2019/a.md:4: image '/images/chart.png' " + secret,
                "content/en/2019/a.md:6: link to '/files/id_rsa' " + secret,
                "content/en/2019/a.md:6: link to '/files/server.pem' " + secret,
                "content/en/2019/a.md:8: link to '/files/backup.kdbx' " + secret,
                "content/en/2019/a.md:8: link to '/files/notes.txt' " + secret,
                "content/en/2019/a.md:8: link to '/files/service-account.json' " + secret),
                site.problems());
        assertFalse(site.exists("media"));
    }

    @Test
    void twoPublishedFilesWhoseNamesDifferOnlyInCaseAreAProblemAndNothingIsPublished() {
        TestSite site = TestSite.create(dir)
                .bytes("content/images/Chart.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .bytes("content/images/chart.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1})
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "![Turnout](/images/Chart.png)")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "![Budget](/images/chart.png)");
        assertEquals(List.of("content/images/chart.png: published under media/ beside content/images/Chart.png, whose "
                + "name differs from it only in case: a host or file system that folds case (IIS, Windows, macOS) keeps "
                + "one of the two, so one page would show the other's file: rename one of them"), site.problems());
        assertFalse(site.exists("media"));
    }

    @Test
    void anImageNamedButForTheCaseOfItsLettersIsAProblemThatNamesTheFile() {
        String otherCase = "? names that differ only in case are different files on Linux and on most web hosts)";
        TestSite site = TestSite.create(dir)
                .bytes("content/en/2019/photo.jpg", new byte[]{1})
                .bytes("content/images/authors/oh.jpg", new byte[]{1})
                .file("content/authors.yml", "oh-yejin:\n  en: Oh Ye-jin\n  ko: 오예진\n  photo: /images/authors/OH.jpg\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nimage: {src: Photo.JPG, alt: A photo}",
                        "![A photo](./PHOTO.jpg) ![Oh](/Images/Authors/oh.jpg)\n\n![None](Photo%00.jpg)\n");
        assumeFalse(site.root().resolve("content/en/2019/PHOTO.JPG").toFile().exists(),
                "a file system that folds case finds the pictures");
        assertEquals(List.of(
                "content/authors.yml:1: the photo of 'oh-yejin', '/images/authors/OH.jpg', is not found (did you mean "
                        + "'/images/authors/oh.jpg'" + otherCase + " (paths are relative to content/, e.g. photo: "
                        + "/images/authors/oh-yejin.jpg)",
                "content/en/2019/a.md:4: image 'Photo.JPG' not found (did you mean 'photo.jpg'" + otherCase
                        + " (paths are relative to the article's folder, or to content/ when they start with '/')",
                "content/en/2019/a.md:6: image './PHOTO.jpg' not found (did you mean './photo.jpg'" + otherCase
                        + " (paths are relative to this file, or to content/ when they start with '/')",
                "content/en/2019/a.md:6: image '/Images/Authors/oh.jpg' not found (did you mean '/images/authors/oh.jpg'"
                        + otherCase + " (paths are relative to this file, or to content/ when they start with '/')",
                "content/en/2019/a.md:8: image 'Photo%00.jpg' not found (paths are relative to this file, or to "
                        + "content/ when they start with '/')"),
                site.problems());
    }

    @Test
    void baseUrlWithAPathPrefixesEveryInternalLink() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\ntopics: [economy]", "Text.");
        assertTrue(site.build(site.options().withBaseUrl("https://example.org/news/")).succeeded());
        String page = site.read("en/2019/03/a/index.html");
        assertTrue(page.matches("(?s).*<link rel=\"stylesheet\" href=\"/news/assets/style\\.[0-9a-f]{8}\\.css\">.*"), page);
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"The Test Ledger\" href=\"/news/en/feed.xml\">"));
        assertTrue(page.contains("<a href=\"/news/en/topics/economy/\">Economy</a>"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.org/news/en/2019/03/a/\">"));
    }
}
