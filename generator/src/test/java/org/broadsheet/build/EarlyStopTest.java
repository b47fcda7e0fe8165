package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that stops early for content problems reports what the later stages would have found as well, exactly
 * as they word it, and nothing that a full build of the fixed files would accept.
 */
class EarlyStopTest {

    private static final String IMAGE_NOT_FOUND = " not found (paths are relative to this file, or to content/ when "
            + "they start with '/')";

    @TempDir
    Path dir;

    @Test
    void anUnknownLanguageFolderLeavesTheOtherArticlesBodiesChecked() {
        TestSite site = TestSite.create(dir)
                .article("content/fr/2019/a.md", "title: A\ndate: 2019-03-01", "Texte.")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "[Gone](gone.md), [in French](../../fr/2019/a.md), [its page](/fr/2019/03/a/).\n\n"
                                + "![A chart](chart.png) [nothing](/en/2019/03/nothing/) [French](/en/fr/)");
        assertEquals(List.of(
                "content/en/2019/a.md:5: link to 'gone.md' leads to no article (no published article "
                        + "content/en/2019/gone.md) (did you mean 'en/2019/a.md'?); links to articles are relative to "
                        + "this file, e.g. ../2018/harbor.md",
                "content/en/2019/a.md:7: broken link to /en/2019/03/nothing/: no such page or file in the site",
                // no page of the folder's articles will be there, whatever the folder becomes
                "content/en/2019/a.md:7: broken link to /en/fr/: no such page or file in the site",
                "content/en/2019/a.md:7: image 'chart.png'" + IMAGE_NOT_FOUND,
                "content/fr: unknown language folder 'fr': the languages of content/site.yml are en, ko; its articles "
                        + "are checked as 'en' ones but not published until the folder is renamed or its language added "
                        + "to content/site.yml"),
                site.problems());
    }

    @Test
    void theBodyOfAnArticleInAnUnknownLanguageFolderIsCheckedAsItWillBeOnceTheFolderIsRenamed() throws Exception {
        String body = "![A chart](chart.png) [Gone](gone.md) [nothing](/en/2019/03/nothing/) [B](../../en/2019/b.md)\n\n"
                + "[up](../../../../en/gone/) ![Secret](/keys/id_rsa) [fine](/en/2019/03/b/)";
        TestSite site = TestSite.create(dir)
                .file("content/keys/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----\n")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-01", "Text.")
                .article("content/kr/2019/a.md", "title: A\ndate: 2019-03-01", body)
                .article("content/kr/2019/c.md", "title: C\ndate: 2019-02-30", "![C](c.png)");
        // the closest article a link could mean is one published: the folder's own are, once it is renamed
        UnaryOperator<String> withoutHint = problem -> problem.replaceAll(" \\(did you mean '[^']*'\\?\\)", "");
        List<String> first = site.problems().stream().map(withoutHint).toList();
        assertTrue(first.contains("content/kr/2019/a.md:5: image 'chart.png'" + IMAGE_NOT_FOUND), first::toString);
        java.nio.file.Files.move(dir.resolve("content/kr"), dir.resolve("content/ko"));
        List<String> renamed = site.problems().stream().map(withoutHint)
                .map(problem -> problem.replace("/ko/", "/kr/")).toList();
        assertEquals(7, renamed.size(), renamed::toString);
        assertEquals(List.of(), renamed.stream().filter(problem -> !first.contains(problem)).toList(),
                () -> "the first run reported " + first);
    }

    @Test
    void linksToTheNewsSitemapAndMostReadListAreLeftToTheFullBuildWhichKnowsTheHourAndTheExport() {
        TestSite site = TestSite.create(dir)
                .file("content/most-read.yml", "en:\n  - en/2019/a.md\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01T09:00:00Z",
                        "[news](/en/news-sitemap.xml) [most read](/en/most-read.json)")
                .article("content/en/2019/c.md", "title: C\ndate: 2019-02-30", "Text.");
        BuildOptions options = site.options().withNow(Instant.parse("2019-03-01T12:00:00Z"));
        assertEquals(List.of("content/en/2019/c.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days"),
                site.build(options).problems().stream().map(Object::toString).toList());
        site.article("content/en/2019/c.md", "title: C\ndate: 2019-02-28", "Text.");
        BuildResult full = site.build(options);
        assertTrue(full.succeeded(), full.problems().toString());
        assertTrue(site.exists("en/news-sitemap.xml") && site.exists("en/most-read.json"));
    }

    @Test
    void linksToFeedsMediaAndFilesAreCheckedWithAnotherArticlesFrontMatterProblemAsTheFullBuildChecksThem() {
        String fine = "[feed](/en/feed.xml) [topic feed](/en/topics/economy/feed.xml) [Korean](../../../../ko/feed.xml) "
                + "[map](/sitemap.xml) [robots](/robots.txt) [index](/en/search/meta.json) [icon](/assets/favicon.svg) "
                + "[headers](/_headers) [chart](/media/images/chart.png) [pdf](report.pdf) [pics](../pics/a.png)";
        String broken = "[no feed](/en/topics/sports/feed.xml) [old feed](/en/rss.xml) [style](/assets/style.css) "
                + "[gone](gone.pdf) [old](/media/images/old.png) [no pics](../pics/b.png) [doc](/en/2019/03/a/a.pdf)";
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "host: netlify\n")
                .bytes("content/images/chart.png", new byte[]{7})
                .bytes("content/en/2019/report.pdf", new byte[]{7})
                .bytes("content/en/pics/a.png", new byte[]{7})
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\ntopics: [economy]",
                        "![A chart](/images/chart.png)\n\n" + fine + "\n\n" + broken)
                .article("content/en/2019/c.md", "title: C\ndate: 2019-02-30", "Text.");
        List<String> problems = site.problems();
        String dateProblem = "content/en/2019/c.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days";
        assertEquals(List.of(
                "content/en/2019/a.md:10: broken link to ../pics/b.png (from this page's address it leads to "
                        + "/en/2019/03/pics/b.png; a file of content/ is linked by its path from the article's file): no "
                        + "such page or file in the site",
                "content/en/2019/a.md:10: broken link to /assets/style.css: no such page or file in the site",
                "content/en/2019/a.md:10: broken link to /en/2019/03/a/a.pdf: no such page or file in the site",
                "content/en/2019/a.md:10: broken link to /en/rss.xml: no such page or file in the site",
                "content/en/2019/a.md:10: broken link to /en/topics/sports/feed.xml: no such page or file in the site",
                "content/en/2019/a.md:10: broken link to /media/images/old.png: no such page or file in the site",
                "content/en/2019/a.md:10: broken link to gone.pdf (from this page's address it leads to "
                        + "/en/2019/03/a/gone.pdf; a file of content/ is linked by its path from the article's file): no "
                        + "such page or file in the site",
                dateProblem), problems);
        site.article("content/en/2019/c.md", "title: C\ndate: 2019-02-28", "Text.");
        assertEquals(problems.subList(0, problems.size() - 1), site.problems(), "what the full build reports");
    }

    @Test
    void aLinkToAnUnreadableArticleThroughItsAliasIsLeftToThatArticlesProblem() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                        "[B](/en/old/harbor/) [C](/en/2018/cranes.html) [D](/en/old/port) [nothing](/en/old/nothing/)")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30\naliases: [/en/x/, \"/en/old/harbor/\"]", "Text.")
                .article("content/en/2019/c.md", "title: C\ndate: soon\naliases:\n  - '/en/2018/cranes.html'\n  - /x/", "Text.")
                .article("content/en/2019/d.md", "title: [D\ndate: 2019-03-01\naliases: /en/old/port", "Text.");
        List<String> problems = site.problems();
        assertEquals(4, problems.size(), problems::toString);
        assertEquals("content/en/2019/a.md:5: broken link to /en/old/nothing/: no such page or file in the site",
                problems.get(0));
        assertEquals(List.of("content/en/2019/b.md:3:", "content/en/2019/c.md:3:", "content/en/2019/d.md:3:"),
                problems.subList(1, 4).stream().map(p -> p.substring(0, p.indexOf(':', p.indexOf(':') + 1) + 1)).toList());
    }

    @Test
    void anAliasAtTheKnownAddressOfAnArticleWithoutItsTitleIsReportedAsTheFullBuildReportsIt() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [/en/2019/03/b/, "
                        + "/en/2019/03/harbor/index.html, /en/2019/03/drafted/, /en/2019/03/c/, /en/2099/01/later/]", "Text.")
                .article("content/en/2019/b.md", "date: 2019-03-02", "Text.")
                .article("content/en/2019/port.md", "date: 2019-03-02\nslug: harbor", "Text.")
                .article("content/en/2019/drafted.md", "date: 2019-03-02\ndraft: true", "Text.")
                .article("content/en/2019/later.md", "date: 2099-01-02", "Text.")
                .article("content/en/2019/c.md", "title: C\ndate: 2019-03-02\nslug: C D", "Text.");
        String clashes = "content/en/2019/a.md:4: alias '/en/2019/03/b/' is the address of a page Broadsheet generates "
                + "(en/2019/03/b/index.html); remove it from 'aliases'|content/en/2019/a.md:4: alias "
                + "'/en/2019/03/harbor/index.html' is the address of a page Broadsheet generates "
                + "(en/2019/03/harbor/index.html); remove it from 'aliases'";
        List<String> problems = site.problems();
        assertEquals(clashes, String.join("|", problems.subList(0, 2)), problems::toString);
        assertEquals(List.of("content/en/2019/b.md:", "content/en/2019/c.md:", "content/en/2019/drafted.md:",
                        "content/en/2019/later.md:", "content/en/2019/port.md:"),
                problems.subList(2, problems.size()).stream().map(p -> p.substring(0, p.indexOf(':') + 1)).toList(),
                "only the pages whose whole address is known, and which the build would publish");
        site.article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "Text.")
                .article("content/en/2019/port.md", "title: Port\ndate: 2019-03-02\nslug: harbor", "Text.")
                .article("content/en/2019/drafted.md", "title: D\ndate: 2019-03-02\ndraft: true", "Text.")
                .article("content/en/2019/later.md", "title: L\ndate: 2099-01-02", "Text.")
                .delete("content/en/2019/c.md");
        assertEquals(clashes, String.join("|", site.problems()), "what the full build reports");
    }

    @Test
    void theAliasesOfAnUnreadableDraftOrScheduledArticleClaimNothing() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [/en/old/shared/]", "Text.")
                .article("content/en/2019/b.md", "date: 2019-03-02\ndraft: true\naliases: [/en/old/shared/]", "Text.")
                .article("content/en/2019/c.md", "date: 2099-03-02\naliases: [/en/old/shared/]", "Text.");
        List<String> problems = site.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/b.md:1: missing 'title'"), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/en/2019/c.md:1: missing 'title'"), problems.get(1));
        // what the full build, which publishes neither, reports
        site.article("content/en/2019/b.md", "title: B\ndate: 2019-03-02\ndraft: true\naliases: [/en/old/shared/]", "Text.")
                .article("content/en/2019/c.md", "title: C\ndate: 2099-03-02\naliases: [/en/old/shared/]", "Text.");
        assertEquals(List.of(), site.problems());
    }

    @Test
    void theAliasesOfAnArticleWhoseDateOrSlugCannotBeReadAreCheckedAgainstThePagesAndTheOtherAliases() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\naliases: [/en/old/shared/, /en/old/c/]",
                        "Text.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30\naliases:\n  - /en/2019/03/a/\n"
                        + "  - /en/old/shared/\n  - /EN/2019/03/A/", "Text.")
                .article("content/en/2019/c.md", "title: C\ndate: 2019-03-02\nslug: c/d\naliases: [/en/topics/, /en/old/c/]",
                        "Text.");
        List<String> first = site.problems();
        assertEquals(List.of(
                "content/en/2019/a.md:4: alias '/en/old/c/' is claimed by this article and content/en/2019/c.md; keep it "
                        + "in one of them",
                "content/en/2019/a.md:4: alias '/en/old/shared/' is claimed by this article and content/en/2019/b.md; "
                        + "keep it in one of them",
                "content/en/2019/b.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
                "content/en/2019/b.md:5: alias '/en/2019/03/a/' is the address of a page Broadsheet generates "
                        + "(en/2019/03/a/index.html); remove it from 'aliases'",
                "content/en/2019/b.md:6: alias '/en/old/shared/' is claimed by this article and content/en/2019/a.md; "
                        + "keep it in one of them",
                "content/en/2019/b.md:7: alias '/EN/2019/03/A/' is the address of a page Broadsheet generates "
                        + "(en/2019/03/a/index.html); remove it from 'aliases'"),
                first.subList(0, 6));
        assertEquals(List.of("content/en/2019/c.md:5: alias '/en/old/c/' is claimed by this article and "
                        + "content/en/2019/a.md; keep it in one of them",
                "content/en/2019/c.md:5: alias '/en/topics/' is the address of a page Broadsheet generates "
                        + "(en/topics/index.html); remove it from 'aliases'"),
                first.subList(first.size() - 2, first.size()));
        site.article("content/en/2019/b.md", "title: B\ndate: 2019-02-28\naliases:\n  - /en/2019/03/a/\n"
                        + "  - /en/old/shared/\n  - /EN/2019/03/A/", "Text.")
                .article("content/en/2019/c.md", "title: C\ndate: 2019-03-02\nslug: c-d\naliases: [/en/topics/, /en/old/c/]",
                        "Text.");
        List<String> fixed = site.problems();
        assertEquals(List.of(), fixed.stream().filter(problem -> !first.contains(problem)).toList(),
                () -> "the full build reports " + fixed);
    }

    @Test
    void aSettingThatNoAddressOrLinkDependsOnLeavesTheBodiesChecked() {
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "missingTranslation: maybe\ncolour: blue\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "![A chart](chart.png)");
        List<String> problems = site.problems();
        assertEquals(List.of("content/en/2019/a.md:5: image 'chart.png'" + IMAGE_NOT_FOUND,
                "content/site.yml:7: 'missingTranslation' must be 'hide' (no language switch on an untranslated "
                        + "article) or 'home' (the switch leads to the other edition's home)",
                "content/site.yml:8: unknown setting 'colour'; settings are baseUrl, timezone, languages, pageSize, "
                        + "missingTranslation, rawHtml, embeds, host, websub, deploy"), problems);
    }

    @Test
    void aSettingThatAddressesOrLinksDependOnOrMaybeOneMisspeltLeavesTheBodiesUnchecked() {
        for (String setting : List.of("timezone: Asia/Soul", "pageSize: many", "rawHtml: escap", "pagesize: 3",
                "baseUrl: news.example.org")) {
            String settings = TestSite.SITE_YML.lines()
                    .filter(line -> !line.startsWith(setting.substring(0, setting.indexOf(':'))))
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n")) + setting + "\n";
            TestSite site = TestSite.create(dir).file("content/site.yml", settings)
                    .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "![A chart](chart.png)");
            List<String> problems = site.problems();
            assertEquals(1, problems.size(), problems::toString);
            assertEquals("content/site.yml:", problems.get(0).substring(0, 17), setting);
        }
    }

    @Test
    void theLinksFromTheSitesRootOfAFileWhoseFrontMatterCannotBeReadAreCheckedWithItsProblem() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nslug: a/b",
                        "[nothing](/en/2019/03/nothing/) [feed](/en/rss.xml) [B](/en/2019/03/b/) [home](/en/)\n\n"
                                + "[up](../nothing/) [C](/en/2019/03/c/)")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "Text.")
                .article("content/en/2019/c.md", "title: C: colon\ndate: 2019-03-03", "[gone](/en/gone/)");
        assertEquals(List.of("content/en/2019/a.md:4: 'slug' 'a/b' cannot be a URL segment: use letters, digits and "
                        + "'-' only, without '/', '..' or spaces, at most 255 bytes, not ending in '.' nor a name Windows "
                        + "keeps for devices (con, nul, com1…), e.g. slug: harbor-reopens",
                "content/en/2019/a.md:6: broken link to /en/2019/03/nothing/: no such page or file in the site",
                "content/en/2019/a.md:6: broken link to /en/rss.xml: no such page or file in the site",
                "content/en/2019/a.md:8: broken link to ../nothing/ (from this page's address it leads to "
                        + "/en/2019/03/nothing/; link an article by its .md file): no such page or file in the site",
                "content/en/2019/c.md:2: YAML syntax error: mapping values are not allowed here (a value containing ': ' "
                        + "or starting with a quote, '[' or '{' needs quotes around it)",
                "content/en/2019/c.md:5: broken link to /en/gone/: no such page or file in the site"), site.problems());
    }

    @Test
    void theRelativeLinksOfAFileWhoseFrontMatterCannotBeReadAreCheckedAsFarAsItsAddressIsKnown() {
        String links = "[up](../nothing/) [here](nothing/) [before](../../../2019/02/gone/) [B](../b/)";
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nslug: a/b", links)
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", "Text.")
                .article("content/en/2019/c.md", "title: C: colon\ndate: 2019-03-03", links);
        List<String> early = site.problems();
        assertEquals(List.of("content/en/2019/a.md:4: 'slug' 'a/b' cannot be a URL segment: use letters, digits and "
                        + "'-' only, without '/', '..' or spaces, at most 255 bytes, not ending in '.' nor a name Windows "
                        + "keeps for devices (con, nul, com1…), e.g. slug: harbor-reopens",
                "content/en/2019/a.md:6: broken link to ../../../2019/02/gone/ (from this page's address it leads to "
                        + "/en/2019/02/gone/; link an article by its .md file): no such page or file in the site",
                "content/en/2019/a.md:6: broken link to ../nothing/ (from this page's address it leads to "
                        + "/en/2019/03/nothing/; link an article by its .md file): no such page or file in the site",
                "content/en/2019/c.md:2: YAML syntax error: mapping values are not allowed here (a value containing ': ' "
                        + "or starting with a quote, '[' or '{' needs quotes around it)",
                "content/en/2019/c.md:5: broken link to ../../../2019/02/gone/ (from this page's address it leads to "
                        + "/en/2019/02/gone/; link an article by its .md file): no such page or file in the site"),
                early);
        site.article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nslug: a-b", links)
                .article("content/en/2019/c.md", "title: \"C: colon\"\ndate: 2019-03-03", links);
        List<String> full = site.problems();
        assertTrue(full.containsAll(List.of(early.get(1), early.get(2), early.get(4))), "the full build reports them "
                + "as the early stop did: " + full);
    }

    @Test
    void aBodysLinkToNoFeedOrFileIsReportedWithATemplatesFailureAsTheFullBuildReportsIt() throws Exception {
        String topics = java.nio.file.Files.readString(TestSite.repositoryRoot().resolve("templates/topics.ftlh"));
        TestSite site = TestSite.create(dir)
                .bytes("content/images/chart.png", new byte[]{7})
                .bytes("content/images/authors/oh.png", new byte[]{7})
                .file("content/authors.yml", "oh-yejin:\n  en: Oh Ye-jin\n  ko: 오예진\n  photo: /images/authors/oh.png\n")
                .file("templates/topics.ftlh", topics.replace("${t.topics}", "${nothing}"))
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nauthors: [oh-yejin]\n"
                                + "image: {src: /images/chart.png, alt: A chart}",
                        "[feed](/en/feed.xml) [author](/en/authors/oh-yejin/feed.xml) [old](/en/rss.xml) "
                                + "[photo](/media/images/authors/oh.png) [gone](/media/images/gone.png)");
        List<String> problems = site.problems();
        assertEquals(List.of("content/en/2019/a.md:7: broken link to /en/rss.xml: no such page or file in the site",
                "content/en/2019/a.md:7: broken link to /media/images/gone.png: no such page or file in the site"),
                problems.subList(0, 2));
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(2).startsWith("templates/topics.ftlh:4: "), problems.get(2));
        site.file("templates/topics.ftlh", topics);
        assertEquals(problems.subList(0, 2), site.problems(), "what the full build reports");
    }

    @Test
    void aTemplateMistakeThatShowsOnlyWhileRenderingIsReportedWithAnArticlesProblemAndSiteIsLeftAsItWas()
            throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nextra: {desk: [Metro]}", "Text.");
        assertTrue(site.build().succeeded());
        Map<String, String> before = RepeatedBuildTest.files(dir.resolve("site"));
        site.edit("templates/topics.ftlh", "${t.topics}", "${nothing}")
                .edit("templates/article.ftlh", "</article>", "<p>${article.extra.desk!}</p></article>")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30", "Text.");
        List<String> problems = site.problems();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:4: the theme cannot show this article's 'extra' "
                + "(templates/article.ftlh:"), problems.get(0));
        assertEquals("content/en/2019/b.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
                problems.get(1));
        assertTrue(problems.get(2).startsWith("templates/topics.ftlh:4: The following has evaluated to null or missing: "
                + "==> nothing "), problems.get(2));
        assertEquals(before, RepeatedBuildTest.files(dir.resolve("site")), "site/ is left as it was");
        site.article("content/en/2019/b.md", "title: B\ndate: 2019-02-28", "Text.");
        assertEquals(List.of(problems.get(0), problems.get(2)), site.problems(), "what the full build reports");
    }

    @Test
    void aTemplatesSyntaxErrorIsReportedWithASettingsProblemAsTheFullBuildReportsIt() throws Exception {
        String year = java.nio.file.Files.readString(TestSite.repositoryRoot().resolve("templates/year.ftlh"));
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "missingTranslation: maybe\n")
                .file("templates/year.ftlh", year.replaceFirst("</#if>", "</#iff>"))
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.");
        List<String> problems = site.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/site.yml:7: 'missingTranslation' must be"), problems.get(0));
        site.file("content/site.yml", TestSite.SITE_YML);
        List<String> full = site.problems();
        assertTrue(full.get(0).startsWith("templates/year.ftlh:20: Unknown directive: #iff."), full::toString);
        assertEquals(full.stream().map(TemplatesAheadPropertyTest::withoutPages).toList(), problems.subList(1, 2),
                "what the full build reports, but the pages it names");
    }

    @Test
    void aTemplatesSyntaxErrorThatThePagesRenderedForTheThemeMeetIsReportedOnce() {
        TestSite site = TestSite.create(dir)
                .edit("templates/article.ftlh", "</article>", "<#if></article>")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30", "Text.");
        List<String> problems = site.problems();
        assertEquals(List.of("content/en/2019/b.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
                "templates/article.ftlh:73: #if is an existing directive, but the tag is malformed. (See FreeMarker "
                        + "Manual / Directive Reference.) (while rendering /en/2019/03/a/)"), problems);
    }

    /** A mistake of a writer: a file as it was saved, and as it is once fixed (null: deleted), in as many lines. */
    private record Mistake(String path, String wrong, String right) {
    }

    @Test
    void everyProblemThatFixingTheOthersWouldRevealIsReportedInTheFirstRun() throws Exception {
        String koStrings = java.nio.file.Files.readString(TestSite.repositoryRoot().resolve("templates/i18n/ko.yml"));
        String year = java.nio.file.Files.readString(TestSite.repositoryRoot().resolve("templates/year.ftlh"));
        String authors = "oh-yejin:\n  en: {name: Oh Ye-jin, role: Reporter}\n  ko: {name: 오예진, role: 기자}\n";
        List<Mistake> mistakes = List.of(
                new Mistake("content/site.yml", TestSite.SITE_YML + "missingTranslation: maybe\n",
                        TestSite.SITE_YML + "missingTranslation: hide\n"),
                new Mistake("content/topics.yml", TestSite.TOPICS_YML + "sports: {en: Sports}\n",
                        TestSite.TOPICS_YML + "sports: {en: Sports, ko: 스포츠}\n"),
                new Mistake("content/authors.yml", authors + "lee: {en: Lee, ko: 이\n", authors + "lee: {en: Lee, ko: 이}\n"),
                new Mistake("content/series.yml", "harbor: {en: Harbor, ko: 항구\n", "harbor: {en: Harbor, ko: 항구}\n"),
                new Mistake("templates/i18n/ko.yml", koStrings.replace("latest: 최신 기사\n", "latest:\n"), koStrings),
                new Mistake("templates/year.ftlh", year.replaceFirst("</#if>", "</#iff>"), year),
                new Mistake("content/fr/2019/a.md", "---\ntitle: A\ndate: 2019-03-01\n---\nTexte.", null),
                article("sumary: x", "summary: x", "[Gone](gone.md)"),
                article("date: 2019-02-30", "date: 2019-02-28", "![A chart](chart.png)"),
                article("date: yesterday", "date: 2019-03-04", "[nothing](/en/nothing/)"),
                article("topics: [nort-korea]", "topics: [north-korea]", "[feed](/en/rss.xml)"),
                article("authors: [oh-yejn]", "authors: [oh-yejin]", "[pdf](report.pdf)"),
                article("series: harbr", "series: harbor", "[old](/media/old.png)"),
                article("slug: a/b", "slug: ab", "[topic](/en/topics/sports/x/)"),
                article("title: A: colon", "title: \"A: colon\"", "[Gone](gone.md) [page](/en/2019/03/none/)"),
                article("title\uFF1A A", "title: A", "![B](b.png)"),
                article("aliases: [/en/topics/]", "aliases: [/en/old/a/]", "[old](/en/old/b/)"),
                article("date: 2019-02-31\naliases: [/en/old/b/]", "date: 2019-03-30\naliases: [/en/old/b/]", "Text."),
                new Mistake("content/ko/2019/a.md", "---\ntitle: 가\ndate: 2019년 3월 26일\n---\n[없음](/ko/none/)",
                        "---\ntitle: 가\ndate: 2019-03-26\n---\n[없음](/ko/none/)"));
        TestSite site = TestSite.create(dir);
        for (int i = 0; i < mistakes.size(); i++) {
            site.file(numbered(mistakes.get(i).path(), i), numbered(mistakes.get(i).wrong(), i));
        }
        List<String> first = site.problems();
        for (int i = 0; i < mistakes.size(); i++) {
            Mistake mistake = mistakes.get(i);
            if (mistake.right() == null) {
                site.delete(numbered(mistake.path(), i));
            } else {
                site.file(numbered(mistake.path(), i), numbered(mistake.right(), i));
            }
        }
        List<String> fixed = site.problems();
        assertEquals(11, fixed.size(), fixed::toString);
        assertEquals(List.of(), fixed.stream().filter(problem -> !first.contains(problem)).toList(),
                () -> "the first run reported " + first);
    }

    private static String numbered(String text, int n) {
        return text.replace("{n}", String.valueOf(n));
    }

    /** An English article with a mistake in its front matter, {@code wrong} fixed as {@code right}, and a body. */
    private static Mistake article(String wrong, String right, String body) {
        return new Mistake("content/en/2019/a{n}.md", frontMatter(wrong) + body, frontMatter(right) + body);
    }

    /** Front matter with {@code fields}, and a title and a date unless they are among them. */
    private static String frontMatter(String fields) {
        return "---\n" + (fields.startsWith("title") ? "" : "title: A{n}\n")
                + (fields.contains("date:") ? "" : "date: 2019-03-01\n") + fields + "\n---\n";
    }
}
