package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Whole files as writers save them, and the problems of settings, topics and the theme. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void windowsFileWithBomAndCrlfBuildsNormally() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "---\r\ntitle: Saved on Windows\r\ndate: 2019-03-01\r\n---\r\nLine one\r\n\r\nLine two\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        TestSite site = TestSite.create(dir).bytes("content/en/2019/windows.md", file);
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/windows/index.html").contains("<p>Line one</p>\n<p>Line two</p>"));
    }

    @Test
    void koreanFileNameInNfdGetsAnNfcUrl() {
        String nfd = Normalizer.normalize("항구-야시장", Normalizer.Form.NFD);
        TestSite site = TestSite.create(dir)
                .article("content/ko/2024/" + nfd + ".md", "title: 야시장\ndate: 2024-06-01", "본문.");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("ko/2024/06/항구-야시장/index.html"));
        assertTrue(site.read("ko/index.html").contains("href=\"/ko/2024/06/%ED%95%AD%EA%B5%AC-%EC%95%BC%EC%8B%9C%EC%9E%A5/\""));
    }

    @Test
    void filesInHiddenFoldersAndHiddenFilesAreNotArticles() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2024/kept.md", "title: Kept\ndate: 2024-06-01", "Body.")
                .article("content/en/.obsidian/notes.md", "title: Notes\ndate: 2024-06-01", "Body.")
                .article("content/en/2024/.draft.md", "title: Draft\ndate: 2024-06-01", "Body.");
        Files.createSymbolicLink(dir.resolve("content/en/2024/linked.md"), dir.resolve("content/en/2024/kept.md"));
        BuildResult result = site.build();
        assertTrue(result.succeeded(), result.problems().toString());
        assertTrue(site.exists("en/2024/06/kept/index.html"));
        assertTrue(site.exists("en/2024/06/linked/index.html"), "a linked file is read as Files.isRegularFile sees it");
        assertFalse(site.exists("en/2024/06/notes/index.html"));
        assertFalse(site.exists("en/2024/06/.draft/index.html"));
    }

    @Test
    void editorsTemporaryFilesAreNeitherArticlesNorPublished() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2024/kept.md", "title: Kept\ndate: 2024-06-01", "[old](/files/data.csv~)")
                .article("content/en/2024/#kept.md#", "title: Autosaved: half\n", "Body.")
                .article("content/en/2024/#notes.md", "title: Notes\ndate: 2024-06-01", "Body.")
                .file("content/files/data.csv~", "backup")
                .file("templates/assets/.style.css.swp", "vim's swap file")
                .file("templates/assets/#style.css#", "Emacs' autosave")
                .file("templates/assets/style.css~", "a backup")
                .file("templates/assets/style.css___jb_old___", "JetBrains' safe write");
        Files.createSymbolicLink(dir.resolve("content/en/2024/.#kept.md"), Path.of("writer@desk.4242:1700000000"));
        BuildResult result = site.build();
        assertTrue(result.succeeded(), result.problems().toString());
        assertFalse(site.exists("en/2024/06/notes/index.html"));
        assertFalse(site.exists("media/files/data.csv~"));
        assertTrue(site.read("en/2024/06/kept/index.html").contains("<a href=\"/files/data.csv~\">old</a>"));
        try (var assets = Files.list(dir.resolve("site/assets"))) {
            assertEquals(List.of(), assets.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(".") || name.startsWith("#") || name.contains("~")
                            || name.contains("___")).toList());
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithoutGuessing() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\ndate: 2019-03-01\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        TestSite site = TestSite.create(dir).bytes("content/en/2019/latin.md", latin1);
        assertEquals(List.of("content/en/2019/latin.md: the file is not UTF-8 text; save it as UTF-8 in your editor"),
                site.problems());
    }

    @Test
    void emptyFilesAndFilesWithoutFrontMatterAreReported() {
        TestSite site = TestSite.create(dir)
                .file("content/en/2019/empty.md", "")
                .file("content/en/2019/plain.md", "Just text\n")
                .file("content/en/2019/toml.md", "+++\ntitle = \"Harbor\"\ndate = 2019-03-01\n+++\nText.\n")
                .file("content/en/2019/open.md", "---\ntitle: Open\n")
                .file("content/en/2019/blank-first.md", "\n---\ntitle: Blank\ndate: 2019-03-01\n---\n")
                // a lone rule after a blank line is not front matter either, though the whole file, stripped, is '---'
                .file("content/en/2019/blank-rule.md", "\n---\n");
        assertEquals(List.of(
                "content/en/2019/blank-first.md:1: the file does not start with front matter: its first line must be "
                        + "'---', followed by fields such as 'title:' and 'date:' and another '---' line",
                "content/en/2019/blank-rule.md:1: the file does not start with front matter: its first line must be "
                        + "'---', followed by fields such as 'title:' and 'date:' and another '---' line",
                "content/en/2019/empty.md: the file is empty; an article starts with front matter between two '---' lines",
                "content/en/2019/open.md:1: the front matter is not closed: add a line '---' after its last field",
                "content/en/2019/plain.md:1: the file does not start with front matter: its first line must be '---', "
                        + "followed by fields such as 'title:' and 'date:' and another '---' line",
                "content/en/2019/toml.md:1: the file starts with '+++', Hugo's TOML front matter: write the fields in YAML "
                        + "between two '---' lines instead (title: \"…\", date: 2019-02-20); a whole Hugo archive is "
                        + "converted by mvn -Pimport -Dbroadsheet.from=hugo"), site.problems());
    }

    @Test
    void unknownLanguageFolderIsReported() {
        TestSite site = TestSite.create(dir).article("content/fr/2019/a.md", "title: A\ndate: 2019-03-01", "");
        assertEquals(List.of("content/fr: unknown language folder 'fr': the languages of content/site.yml are en, ko; "
                        + "its articles are checked as 'en' ones but not published until the folder is renamed or its "
                        + "language added to content/site.yml"),
                site.problems());
    }

    @Test
    void anUnknownLanguageFolderNamesTheLanguageItLooksMeantAs() {
        TestSite site = TestSite.create(dir)
                .article("content/kr/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .article("content/English/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .article("content/한국어/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .article("content/eng/2019/a.md", "title: A\ndate: 2019-03-01", "");
        assertEquals(List.of(
                "content/English: unknown language folder 'English' (did you mean 'en'?): the languages of "
                        + "content/site.yml are en, ko; its articles are checked as 'en' ones but not published until "
                        + "the folder is renamed or its language added to content/site.yml",
                "content/eng: unknown language folder 'eng' (did you mean 'en'?): the languages of content/site.yml "
                        + "are en, ko; its articles are checked as 'en' ones but not published until the folder is "
                        + "renamed or its language added to content/site.yml",
                "content/kr: unknown language folder 'kr' (did you mean 'ko'?): the languages of content/site.yml are "
                        + "en, ko; its articles are checked as 'ko' ones but not published until the folder is renamed "
                        + "or its language added to content/site.yml",
                "content/한국어: unknown language folder '한국어' (did you mean 'ko'?): the languages of content/site.yml "
                        + "are en, ko; its articles are checked as 'ko' ones but not published until the folder is "
                        + "renamed or its language added to content/site.yml"),
                site.problems());
    }

    @Test
    void theArticlesOfAnUnknownLanguageFolderAreCheckedForTheirOwnProblemsInTheSameRun() {
        TestSite site = TestSite.create(dir)
                .file("content/series.yml", "harbor: {en: The Harbor}\n")
                .article("content/kr/2019/a.md", "title: 항구\ndate: 2019-02-30\nauthor: 김\nseries: harbor", "본문.")
                .article("content/kr/2019/b.md", "title: B\ndate: 2019-03-01\noriginal: true\ntranslationKey: b",
                        "[Gone](gone.md)")
                .article("content/kr/2019/c.md", "title: [unclosed\ndate: 2019-03-01", "[Gone](gone.md)")
                .article("content/kr/2019/d.md", "date: 2019-03-01", "본문.")
                .article("content/ko/2019/a.md", "title: 항구\ndate: 2019-03-01\noriginal: true\ntranslationKey: b",
                        "[B](../../kr/2019/b.md)");
        assertEquals(List.of(
                "content/kr: unknown language folder 'kr' (did you mean 'ko'?): the languages of content/site.yml are "
                        + "en, ko; its articles are checked as 'ko' ones but not published until the folder is renamed "
                        + "or its language added to content/site.yml",
                "content/kr/2019/a.md:3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days",
                "content/kr/2019/a.md:4: unknown field 'author' (did you mean 'authors'?); known fields are title, "
                        + "date, updated, kicker, subtitle, summary, topics, authors, image, slug, translationKey, "
                        + "original, draft, extra, aliases, corrections, contact, series",
                "content/kr/2019/a.md:5: series 'harbor' has no name in 'ko': add ko: … under harbor in "
                        + "content/series.yml, so that it runs in that edition too",
                "content/kr/2019/b.md:7: link to 'gone.md' leads to no article (no published article "
                        + "content/kr/2019/gone.md); links to articles are relative to this file, e.g. ../2018/harbor.md",
                "content/kr/2019/c.md:3: YAML syntax error: while parsing a flow sequence (a value containing ': ' or "
                        + "starting with a quote, '[' or '{' needs quotes around it)",
                "content/kr/2019/c.md:5: link to 'gone.md' leads to no article (no published article "
                        + "content/kr/2019/gone.md); links to articles are relative to this file, e.g. ../2018/harbor.md",
                "content/kr/2019/d.md:1: missing 'title': add the headline, e.g. title: \"Harbor reopens\""),
                site.problems(), "each file's own problems and its body's, but none of pairing or of links into the "
                        + "folder to a file that is there");
    }

    @Test
    void topicWithoutAKoreanNameIsReportedAtItsLine() {
        TestSite site = TestSite.create(dir).file("content/topics.yml", "economy: {en: Economy, ko: 경제}\nsports:\n  en: Sports\n");
        assertEquals(List.of("content/topics.yml:2: topic 'sports' has no name in 'ko': add ko: … under sports"),
                site.problems());
    }

    @Test
    void siteSettingsProblemsAreReportedWithTheirLines() {
        TestSite site = TestSite.create(dir).file("content/site.yml", """
                baseUrl: news.example.org
                timezone: Asia/Seul
                pagesize: 10
                languages:
                  en: {title: The Test Ledger}
                  ko: {title: 테스트일보}
                """);
        assertEquals(List.of(
                "content/site.yml:1: 'baseUrl' must be an absolute http or https address such as https://news.example.org/ "
                        + "or https://example.org/news/",
                "content/site.yml:2: unknown timezone 'Asia/Seul': use a name of the tz database such as Asia/Seoul or "
                        + "America/New_York",
                "content/site.yml:3: unknown setting 'pagesize' (did you mean 'pageSize'?); settings are baseUrl, "
                        + "timezone, languages, pageSize, missingTranslation, rawHtml, embeds, host, websub, deploy"),
                site.problems());
    }

    @Test
    void missingUiStringNamesTheKeyAndLanguage() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "");
        site.file("templates/i18n/ko.yml", "languageName: 한국어\n");
        List<String> problems = site.problems();
        assertTrue(problems.contains("templates/i18n/ko.yml: missing UI string 'timeline' (other languages have it): "
                + "add timeline: … in this language"), problems.toString());
    }

    @Test
    void uiStringFilesMissingNotUtf8OrWithAListAreProblemsNamingThem() throws Exception {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "");
        String english = Files.readString(dir.resolve("templates/i18n/en.yml"));
        site.delete("templates/i18n/ko.yml");
        assertEquals(List.of("templates/i18n/ko.yml: missing UI strings for language 'ko': copy another language's "
                + "file and translate it"), site.problems());

        site.bytes("templates/i18n/ko.yml", "languageName: Fran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("templates/i18n/ko.yml: the file is not UTF-8 text; save it as UTF-8 in your editor"),
                site.problems());

        site.file("templates/i18n/ko.yml", english.replace("languageName: ", "languageName: [English, 영어]\nx: "));
        assertTrue(site.problems().contains("templates/i18n/ko.yml:3: 'languageName' must be a single text"),
                site.problems().toString());
    }

    @Test
    void aDatePatternThatCannotFormatItsDatesIsAProblemAtItsLineNotACrash() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "");
        String english = Files.readString(dir.resolve("templates/i18n/en.yml"));
        site.file("templates/i18n/en.yml", english.replace("format.day: \"EEEE, MMMM d\"", "format.day: \"HH\"")
                .replace("format.year: \"yyyy\"", "format.year: \"{yyyy}\""));
        List<String> problems = site.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("templates/i18n/en\\.yml:\\d+: 'format\\.day' 'HH' cannot format a day "
                + "\\(Unsupported field: HourOfDay\\): write a pattern of java\\.time\\.format\\.DateTimeFormatter, such "
                + "as the default theme's"), problems.toString());
        assertTrue(problems.get(1).matches("templates/i18n/en\\.yml:\\d+: 'format\\.year' '\\{yyyy\\}' cannot format a "
                + "year \\(Pattern includes reserved character: '\\{'\\): .*"), problems.toString());
    }

    @Test
    void uiStringFilesWithoutAnyStringAreProblemsNotACrash() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "");
        site.file("templates/i18n/en.yml", "{}\n").file("templates/i18n/ko.yml", "{}\n");
        List<String> problems = site.problems();
        assertTrue(problems.contains("templates/i18n/en.yml: missing UI string 'format.date' (the pattern of dates "
                + "that pages show): add format.date: … in this language"), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("templates/i18n/")), problems.toString());
    }

    @Test
    void templateErrorNamesTheTemplateItsLineAndThePage() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "");
        site.file("templates/topics.ftlh", "<#import \"layout.ftlh\" as layout>\n<p>${nothing.here}</p>\n");
        assertEquals(List.of("templates/topics.ftlh:2: The following has evaluated to null or missing: ==> nothing "
                + "[in template \"topics.ftlh\" at line 2, column 6] (while rendering /en/topics/ and 1 other pages)"),
                site.problems());
    }

    @Test
    void aTemplateTheThemeLacksIsNamedWithThePagesThatNeedIt() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .delete("templates/search.ftlh");
        assertEquals(List.of("templates/search.ftlh: template not found: the theme needs search.ftlh (while rendering "
                + "/en/search/ and 1 other pages)"), site.problems());
    }

    @Test
    void aTemplateErrorInTheSharedLayoutNamesTheLayoutAndItsLine() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .edit("templates/layout.ftlh", "<title>${page.title}</title>", "<title>${page.nothing.here}</title>");
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("templates/layout.ftlh:9: The following has evaluated to null or missing: "
                + "==> page.nothing "), problems.get(0));
    }

    @Test
    void aPagesLinkToNoPageIsReportedInTheSameRunAsAnotherPagesTemplateError() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "See [nothing](/en/2019/03/nothing/) and [the topics](/en/topics/).");
        site.file("templates/topics.ftlh", "<#import \"layout.ftlh\" as layout>\n<p>${nothing.here}</p>\n");
        assertEquals(List.of("content/en/2019/a.md:5: broken link to /en/2019/03/nothing/: no such page or file in the site",
                "templates/topics.ftlh:2: The following has evaluated to null or missing: ==> nothing [in template "
                        + "\"topics.ftlh\" at line 2, column 6] (while rendering /en/topics/ and 1 other pages)"),
                site.problems());
    }

    @Test
    void aTemplateErrorOverAnArticlesExtraNamesTheArticlesFileAndTheLineOfExtra() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nextra:\n  desk: [Metro, Sports]", "Text.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-01\nextra: {desk: Metro}", "Text.");
        Path article = dir.resolve("templates/article.ftlh");
        Files.writeString(article, Files.readString(article).replace("</article>",
                "<#if article.extra.desk??><p>${article.extra.desk}</p></#if></article>"));
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:4: the theme cannot show this article's 'extra' "
                + "(templates/article.ftlh:"), problems.get(0));
        assertTrue(problems.get(0).contains("evaluated to a sequence"), problems.get(0));
        assertTrue(problems.get(0).endsWith("; give the field the kind of value the theme expects"), problems.get(0));
    }

    @Test
    void aTemplateErrorOverExtraReachedThroughAnotherVariableNamesTheArticleToo() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\nextra:\n  desk: [Metro, Sports]", "Text.");
        Path article = dir.resolve("templates/article.ftlh");
        String theme = Files.readString(article);
        for (String shown : List.of("<#assign e = article.extra>${e.missing.deep}",
                "<#macro show d><p>${d}</p></#macro><@show d=article.extra.desk/>",
                "<#list article.extra.desk as d>${d.name}</#list>")) {
            Files.writeString(article, theme.replace("</article>", shown + "</article>"));
            List<String> problems = site.problems();
            assertEquals(1, problems.size(), problems::toString);
            assertTrue(problems.get(0).startsWith("content/en/2019/a.md:4: the theme cannot show this article's "
                    + "'extra' (templates/article.ftlh:"), shown + " -> " + problems.get(0));
        }
        Files.writeString(article, theme.replace("</article>", "<#assign e = article.title>${e.missing.deep}</article>"));
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("templates/article.ftlh:"), "a failure on another value is the theme's: "
                + problems.get(0));
    }

    @Test
    void aTemplateErrorOverTheExtraOfAnArticleThatGivesNoneIsTheThemes() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.")
                .edit("templates/article.ftlh", "</article>", "<p>${article.extra.desk}</p></article>");
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("templates/article\\.ftlh:\\d+: The following has evaluated to null or "
                + "missing: ==> article\\.extra\\.desk .*\\(while rendering /en/2019/03/a/\\)"), problems.get(0));
    }

    @Test
    void templateSyntaxErrorNamesTheTemplateAndItsLineWithoutACrash() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "");
        site.file("templates/month.ftlh", "<#import \"layout.ftlh\" as layout>\n<p>${month.label}</p>\n</#if>\n");
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/month.ftlh:3: Encountered \"</#if>\""), problems.toString());
        assertTrue(problems.get(0).endsWith("(while rendering /en/timeline/2019/03/)"), problems.toString());
    }

    @Test
    void aSyntaxErrorInTheSharedLayoutIsOneProblemAtItsLineNotOneForEachTemplateThatImportsIt() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "");
        Path layout = site.root().resolve("templates/layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<title>${page.title}</title>",
                "<title>${page.title</title>"));
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/layout.ftlh:9: "), problems.toString());
        assertFalse(problems.get(0).contains("\n"), problems.toString());
    }

    @Test
    void aTemplatesSyntaxErrorIsReportedInTheSameRunAsAFrontMatterProblem() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-02-30", "");
        Path layout = site.root().resolve("templates/layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<title>${page.title}</title>",
                "<title>${page.title</title>"));
        site.file("templates/month.ftlh", "<#import \"layout.ftlh\" as layout>\n<p>${month.label}</p>\n</#if>\n");
        List<String> problems = site.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:3: 'date': '2019-02-30' is not a real date"),
                problems.toString());
        assertTrue(problems.get(1).startsWith("templates/layout.ftlh:9: "), problems.toString());
        assertFalse(problems.get(1).contains("\n"), problems.toString());
        assertTrue(problems.get(2).startsWith("templates/month.ftlh:3: Encountered \"</#if>\""), problems.toString());
    }

    @Test
    void aRegistryFileWhoseYamlCannotBeReadIsOneProblemNotOneForEveryArticleNamingItsKeys() {
        TestSite site = TestSite.create(dir)
                .file("content/topics.yml", "harbor: {en: Harbor, ko: 항구\n")
                .file("content/authors.yml", "kim: [Kim\n")
                .file("content/series.yml", "tides: {en: Tides\n")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\ntopics: [harbor]\nauthors: [kim]\n"
                        + "series: tides", "Text.")
                .article("content/en/2019/b.md", "title: B\ndate: 2019-02-30\ntopics: [harbor]", "Text.");
        List<String> problems = site.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/authors.yml:1: YAML syntax error"), problems.toString());
        assertTrue(problems.get(1).startsWith("content/en/2019/b.md:3: 'date': '2019-02-30' is not a real date"),
                problems.toString());
        assertTrue(problems.get(2).startsWith("content/series.yml:1: YAML syntax error"), problems.toString());
        assertTrue(problems.get(3).startsWith("content/topics.yml:1: YAML syntax error"), problems.toString());
    }

    @Test
    void aKeyThatAnUnreadableRegistryHoldsNowhereIsReportedInTheSameRunAsTheFixedRegistryWouldReportIt() {
        String topics = "economy: {en: Economy, ko: 경제}\nnorth-korea: {en: North Korea, ko: 북한}\n";
        String authors = "oh-yejin:\n  en: {name: Oh Ye-jin, role: Reporter}\n  ko: {name: 오예진, role: 기자}\n";
        String series = "harbor: {en: Harbor, ko: 항구}\n";
        TestSite site = TestSite.create(dir)
                .file("content/topics.yml", topics.replace("북한}", "북한"))
                .file("content/authors.yml", authors.replace("Reporter}", "Reporter"))
                .file("content/series.yml", series.replace("}", ""))
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01\ntopics: [nort-korea, economy]\n"
                        + "authors: [oh-yejn, oh-yejin]\nseries: harbr", "Text.");
        List<String> problems = site.problems();
        assertEquals(List.of("content/authors.yml:", "content/en/2019/a.md:4: unknown topic 'nort-korea' (did you mean "
                        + "'north-korea'?); topics are listed in content/topics.yml",
                "content/en/2019/a.md:5: unknown author 'oh-yejn' (did you mean 'oh-yejin'?); authors are listed in "
                        + "content/authors.yml (a one-off contributor is written by name, e.g. Kim Seo-yeon, or as "
                        + "{name: …, role: …})",
                "content/en/2019/a.md:6: unknown series 'harbr' (did you mean 'harbor'?); series are listed in "
                        + "content/series.yml", "content/series.yml:", "content/topics.yml:"),
                problems.stream().map(problem -> problem.contains("YAML syntax error")
                        ? problem.substring(0, problem.indexOf(':') + 1) : problem).toList());
        site.file("content/topics.yml", topics).file("content/authors.yml", authors).file("content/series.yml", series);
        assertEquals(problems.subList(1, 4), site.problems(), "what the build reports once the registries are fixed");
    }

    @Test
    void aProjectWithoutItsTemplatesFolderGetsProblemsNamingWhatIsMissingNotACrash() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-02-30", "");
        RepeatedBuildTest.deleteTree(site.root().resolve("templates"));
        List<String> problems = site.problems();
        assertTrue(problems.get(0).startsWith("content/en/2019/a.md:3: 'date': '2019-02-30' is not a real date"),
                problems.toString());
        assertEquals("templates/i18n/en.yml: missing UI strings for language 'en': copy another language's file and "
                + "translate it", problems.get(1));
    }

    @Test
    void aStoryWhoseFileEndsInUpperCaseMdOrMarkdownIsAProblemNotSilentlyLeftOut() {
        TestSite site = TestSite.create(dir)
                .file("content/en/2019/Harbor.MD", "---\ntitle: Harbor\ndate: 2019-03-01\n---\nText.\n")
                .file("content/ko/2019/harbor.markdown", "---\ntitle: 항구\ndate: 2019-03-01\n---\n본문.\n")
                .file("content/en/2019/.notes.markdown", "hidden, an editor's own")
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.");
        assertEquals(List.of(
                "content/en/2019/Harbor.MD: not read as an article: an article's file name ends in '.md', in lower "
                        + "case; rename it Harbor.md",
                "content/ko/2019/harbor.markdown: not read as an article: an article's file name ends in '.md', in "
                        + "lower case; rename it harbor.md"), site.problems());
    }

    @Test
    void aFileOrFolderWhoseNameIsNotUtf8IsAProblemShownSafelyNotSilentlyLeftOut() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "names of raw bytes are made with the shell");
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "See [B](/en/2019/03/b/).")
                .article("content/en/2019/story.md", "title: Story\ndate: 2019-03-01", "Text.")
                .article("content/en/2019/folder/b.md", "title: B\ndate: 2019-03-01", "Text.")
                .bytes("content/en/2019/photo.png", new byte[]{1});
        // Latin-1 names, as an old archive or a zip made on Windows leaves them: bytes \377, \375, \376
        Process rename = new ProcessBuilder("/bin/sh", "-c", "cd content/en/2019 && mv story.md \"$(printf '\\377')b.md\" "
                + "&& mv folder \"$(printf '\\375')d\" && mv photo.png \"$(printf '\\376').png\"")
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, rename.waitFor());
        String notUtf8 = " name is not UTF-8 (shown with \uFFFD, U+FFFD, for its bytes that are not), so Broadsheet "
                + "cannot name it to read it or link to it";
        assertEquals(List.of(
                "content/en/2019/\uFFFD.png: the file's" + notUtf8 + ": rename it",
                "content/en/2019/\uFFFDb.md: the file's" + notUtf8 + ": rename it",
                "content/en/2019/\uFFFDd/: the folder's" + notUtf8 + " or to anything in it: rename it"), site.problems());
    }

    @Test
    void aPreviewRebuildReportsAFileSavedUnderANameThatIsNotUtf8AsAColdBuildDoes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "names of raw bytes are made with the shell");
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        site.article("content/en/2019/story.md", "title: Story\ndate: 2019-03-01", "Text.");
        Process rename = new ProcessBuilder("/bin/sh", "-c", "cd content/en/2019 && mv story.md \"$(printf '\\377')b.md\"")
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, rename.waitFor());
        List<Path> saved;
        try (var files = Files.list(dir.resolve("content/en/2019"))) {
            // as a watcher names it: the bytes on disk
            saved = files.filter(file -> !file.getFileName().toString().equals("a.md")).toList();
        }
        List<String> problems = preview.build(saved).problems().stream().map(Object::toString).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(site.problems(), problems);
    }
}
