package org.broadsheet.migrate;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small old sites written inline: what the importer refuses, guesses and reports. */
class ImportDecisionsTest {

    @TempDir
    Path dir;

    private Path old(String path, String text) throws IOException {
        Path file = dir.resolve("old").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return dir.resolve("old");
    }

    private ImportResult run(SourceKind kind, String timezone) throws IOException {
        return Importer.run(new ImportOptions(kind, dir.resolve("old"), dir.resolve("project"), timezone, false, null), BuildLog.SILENT);
    }

    private String article(String path) throws IOException {
        return Files.readString(dir.resolve("project/content").resolve(path));
    }

    @Test
    void aMissingOrForeignSourceOrAnUnknownTimezoneIsRefused() throws IOException {
        assertTrue(run(SourceKind.JEKYLL, null).refusals().get(0).contains("does not exist: give it with -Dbroadsheet.source=DIR"));
        old("notes.txt", "hello");
        assertTrue(run(SourceKind.JEKYLL, null).refusals().get(0).endsWith("does not look like a Jekyll site (no "
                + "_config.yml or _posts folder): check -Dbroadsheet.from and -Dbroadsheet.source"));
        old("_config.yml", "title: T\n");
        assertEquals(List.of("unknown timezone 'Asia/Seul' in -Dbroadsheet.timezone: give a tz database name such as "
                + "Asia/Seoul"), run(SourceKind.JEKYLL, "Asia/Seul").refusals());
        assertFalse(Files.exists(dir.resolve("project")));
    }

    @Test
    void withoutATimezoneDatesAreUtcAndTheReportSaysSo() throws IOException {
        old("_config.yml", "title: T\nurl: https://t.example.org\n");
        old("_posts/2020-05-05-a.md", "---\ntitle: A\ndate: 2020-05-05 10:00\n---\nA.\n");
        ImportResult result = run(SourceKind.JEKYLL, null);
        assertTrue(article("en/2020/a.md").contains("date: 2020-05-05T10:00:00+00:00"));
        assertTrue(result.findings().stream().map(Finding::toString).toList().contains("_config.yml: the old site "
                + "names no timezone; read dates without an offset as UTC: import again with "
                + "-Dbroadsheet.timezone=Asia/Seoul (for example) if they meant another"), result.findings().toString());
        assertTrue(article("site.yml").contains("timezone: UTC"));

        assertEquals(List.of("these files exist already and would be overwritten: content/en/2020/a.md; "
                + "move them away, or import with -Dbroadsheet.force=true to replace them"),
                run(SourceKind.JEKYLL, "Asia/Seoul").refusals());
    }

    @Test
    void aPublishedPostDoesNotLinkToADraftAndARemoteLeadImageStaysInExtra() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("_drafts/plan.md", "---\ntitle: Plan\ndate: 2020-01-01\n---\nDraft.\n");
        old("_posts/2020-05-05-a.md", "---\ntitle: A\nimage: https://cdn.example.org/a.jpg\n---\n"
                + "See [the plan]({% link _drafts/plan.md %}).\n");
        ImportResult result = run(SourceKind.JEKYLL, null);
        String a = article("en/2020/a.md");
        assertTrue(a.contains("See [the plan]({% link _drafts/plan.md %})."), a);
        assertTrue(a.contains("extra:\n  image: https://cdn.example.org/a.jpg\n"), a);
        assertTrue(article("en/2020/plan.md").contains("draft: true"));
        List<String> findings = result.findings().stream().map(Finding::toString).toList();
        assertTrue(findings.contains("_posts/2020-05-05-a.md:5: '{% link _drafts/plan.md %}' names no imported post "
                + "(or a draft); kept as text"), findings.toString());
        assertTrue(findings.contains("_posts/2020-05-05-a.md:3: the lead image 'https://cdn.example.org/a.jpg' is on "
                + "another site; kept in 'extra' (Broadsheet's lead image is a file of content/): download it if it "
                + "should stay"), findings.toString());
    }

    @Test
    void unrelatedPostsThatMeetAtOnePathGetKeysOfTheirOwn() throws IOException {
        old("hugo.toml", "timeZone = 'Asia/Seoul'\n");
        old("content/news/update.md", "---\ntitle: Update\ndate: 2020-01-01\n---\nEnglish.\n");
        old("content/notes/update.ko.md", "---\ntitle: 소식\ndate: 2020-02-01\n---\n한국어.\n");
        run(SourceKind.HUGO, null);
        assertTrue(article("en/2020/update.md").contains("translationKey: news/update"));
        assertTrue(article("ko/2020/update.md").contains("translationKey: notes/update"));
        TestSite.copyTree(TestSite.repositoryRoot().resolve("templates"), dir.resolve("project/templates"));
        assertEquals(List.of(), org.broadsheet.build.Generator.build(org.broadsheet.build.BuildOptions.standard(
                dir.resolve("project")), org.broadsheet.build.BuildLog.SILENT).problems());
    }

    @Test
    void hugoContentFoldersPerLanguagePairByPath() throws IOException {
        old("config.yaml", """
                baseURL: https://h.example.org/
                timeZone: Asia/Seoul
                defaultContentLanguage: ko
                languages:
                  en: {contentDir: content/english, title: Harbor}
                  ko: {contentDir: content/korean, title: 항구}
                """);
        old("content/english/posts/bells.md", "---\ntitle: Bells\ndate: 2020-01-01\n---\nEnglish.\n");
        old("content/korean/posts/bells.md", "---\ntitle: 종소리\ndate: 2020-01-01\n---\n한국어.\n");
        ImportResult result = run(SourceKind.HUGO, null);
        assertEquals(List.of("content/korean/posts/bells.md:1: the original ('original: true'): published at the same "
                + "time as its translation, and in the site's default language; content/english/posts/bells.md its "
                + "translation"), result.findings().stream().map(Finding::toString).toList());
        assertTrue(article("ko/2020/bells.md").contains("original: true\n"), article("ko/2020/bells.md"));
        assertTrue(article("en/2020/bells.md").contains("aliases:\n  - /en/posts/bells/\n"), article("en/2020/bells.md"));
        assertTrue(article("ko/2020/bells.md").contains("aliases:\n  - /posts/bells/\n"), article("ko/2020/bells.md"));
        assertFalse(article("ko/2020/bells.md").contains("translationKey"));
        assertEquals("""
                baseUrl: https://h.example.org/
                timezone: Asia/Seoul
                languages:
                  ko:
                    title: 항구
                  en:
                    title: Harbor
                """, article("site.yml"));
    }

    @Test
    void aSecondSummaryLikeFieldAndAHugoPagesParamsAreKeptInExtra() throws IOException {
        old("config.yaml", "baseURL: https://h.example.org/\ntimeZone: Asia/Seoul\n");
        old("content/posts/bells.md", "---\ntitle: Bells\ndate: 2020-01-01\nsummary: The bells ring.\n"
                + "description: Bells of the harbor\nparams:\n  mood: calm\n---\nText.\n");
        run(SourceKind.HUGO, null);
        String bells = article("en/2020/bells.md");
        assertTrue(bells.contains("summary: The bells ring.\n"), bells);
        assertTrue(bells.contains("extra:\n  description: Bells of the harbor\n  mood: calm\n"), bells);
        assertFalse(bells.contains("\n  summary:"), "the summary taken is not kept in extra too: " + bells);
    }
}
