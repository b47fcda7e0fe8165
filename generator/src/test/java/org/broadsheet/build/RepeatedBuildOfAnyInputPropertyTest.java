package org.broadsheet.build;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.broadsheet.TestSite;
import org.broadsheet.diag.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of edits to any of a project's inputs — articles of both editions and their pairing,
 * {@code series.yml}, {@code authors.yml}, {@code topics.yml}, {@code most-read.yml} and {@code site.yml} —
 * each followed by a build that takes up the state the last one kept on disk. After every step the problems
 * are the cold build's; a build that succeeds leaves the cold build's site, one that fails leaves the site as
 * it was. An edit may leave an article naming a series or author that another edit removed: that build fails.
 */
class RepeatedBuildOfAnyInputPropertyTest {

    /** The inputs an edit rewrites: four English articles, their four Korean versions, and five settings files. */
    enum Input { EN, KO, SERIES, AUTHORS, TOPICS, MOST_READ, SITE }

    record Edit(Input input, int article, int version) {
    }

    @Property(tries = 15, seed = "20261206")
    void everyRebuildAfterEditsOfAnyInputEqualsAColdBuild(@ForAll("edits") List<Edit> edits) throws IOException {
        Statistics.label("failed").collect(check(edits));
        Statistics.label("failed").coverage(coverage -> coverage.check(true).count(count -> count >= 1));
    }

    /** A series renamed, then taken away while an article names it, then given back. */
    @Example
    void aSeriesRenamedRemovedAndRestored() throws IOException {
        check(List.of(new Edit(Input.SERIES, 0, 3), new Edit(Input.SERIES, 0, 2), new Edit(Input.SERIES, 0, 1)));
    }

    /** A Korean version that pairs by key, then by path, then is deleted; the original flag moves with it. */
    @Example
    void aTranslationPairedByKeyThenByPathThenDeleted() throws IOException {
        check(List.of(new Edit(Input.KO, 1, 1), new Edit(Input.KO, 1, 2), new Edit(Input.EN, 1, 3),
                new Edit(Input.KO, 1, 0)));
    }

    /** Runs the edits on a project of four paired articles; whether any build failed. */
    private static boolean check(List<Edit> edits) throws IOException {
        Path dir = Files.createTempDirectory("broadsheet-repeated-any");
        boolean anyFailed = false;
        try {
            TestSite site = TestSite.create(dir.resolve("project"));
            for (Input input : Input.values()) {
                for (int article = 0; article < (input.ordinal() < 2 ? 4 : 1); article++) {
                    write(site, new Edit(input, article, 1));
                }
            }
            assertTrue(site.build().succeeded(), "the first build");
            int step = 1;
            for (Edit edit : edits) {
                write(site, edit);
                Map<String, String> before = RepeatedBuildTest.files(site.root().resolve("site"));
                BuildResult result = site.build();
                Path cold = dir.resolve("cold-" + step);
                BuildResult coldResult = RepeatedBuildTest.coldResult(site, cold);
                String after = "after edit " + step + " of " + edits;
                assertEquals(texts(coldResult), texts(result), after);
                Map<String, String> expected = result.succeeded()
                        ? RepeatedBuildTest.files(cold.resolve("site")) : before;
                assertEquals(expected, RepeatedBuildTest.files(site.root().resolve("site")), after);
                anyFailed |= !result.succeeded();
                step++;
            }
        } finally {
            RepeatedBuildTest.deleteTree(dir);
        }
        return anyFailed;
    }

    private static List<String> texts(BuildResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    /**
     * Edits of the series and the authors three times as often as of other inputs, half of whose versions take
     * away the series or the author that articles name, so that most tries have a failing build: with equal
     * weights and a third of the versions, a run of 15 tries had none about one time in ten, and the coverage
     * check failed.
     */
    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Input> input = Arbitraries.of(Input.EN, Input.KO, Input.SERIES, Input.SERIES, Input.SERIES,
                Input.AUTHORS, Input.AUTHORS, Input.AUTHORS, Input.TOPICS, Input.MOST_READ, Input.SITE);
        return Combinators.combine(input, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 5)).as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }

    /** Writes the version of the edited input; version 0 of an article deletes it. */
    private static void write(TestSite site, Edit edit) {
        int v = edit.version();
        int a = edit.article();
        switch (edit.input()) {
            case EN -> article(site, "content/en/2020/story-" + a + ".md", v == 0 ? null : "title: Story " + a
                    + " v" + v % 3 + "\ndate: 2020-0" + (1 + (a + v) % 3) + "-1" + a + "T09:00:00+09:00"
                    + "\ntopics: [" + (v % 2 == 0 ? "economy" : "north-korea") + "]"
                    + (v % 3 == 1 ? "\nseries: harbor" : "")
                    + (v % 2 == 1 ? "\nauthors: [kim]" : "")
                    + (v == 3 ? "\noriginal: true" : "")
                    + (v == 5 ? "\ncorrections: [{date: 2020-05-01, text: A name was misspelled.}]" : "")
                    + (a == 1 && v == 3 ? "\ntranslationKey: pair-1" : ""), "Body " + v + " of story " + a + ".\n");
            case KO -> {
                article(site, "content/ko/2020/story-" + a + ".md", null, null);
                article(site, "content/ko/2020/이야기-" + a + ".md", null, null);
                article(site, "content/ko/2020/" + (v == 1 ? "story-" + a : "이야기-" + a) + ".md",
                        v == 0 ? null : "title: 이야기 " + a + " 판 " + v + "\ndate: 2020-06-0" + (1 + a)
                        + (v == 1 || a % 2 == 0 ? "" : "\ntranslationKey: pair-" + a)
                        + (v % 2 == 0 ? "\noriginal: true" : "") + (v == 4 ? "\nseries: harbor" : ""),
                        "이야기 " + a + "의 본문 " + v + ".\n");
            }
            case SERIES -> site.file("content/series.yml", v % 2 == 0 ? "harbors: {en: The Harbors}\n"
                    : v % 4 == 1 ? "harbor: {en: Harbor at 100, ko: 개항 100년}\n"
                    : "harbor:\n  en: The Harbor Years\n  ko: 항구의 세월\n  description: {en: A series}\n");
            case AUTHORS -> site.file("content/authors.yml", v % 2 == 0 ? "lee: {en: Lee Jun, ko: 이준}\n"
                    : "kim:\n  en: {name: Kim Seo-yeon" + (v % 4 == 1 ? ", role: Reporter" : "") + "}\n  ko: 김서연\n");
            case TOPICS -> site.file("content/topics.yml", v % 2 == 1 ? TestSite.TOPICS_YML
                    : TestSite.TOPICS_YML.replace("Economy", "Money").replace("경제", "돈"));
            case MOST_READ -> site.file("content/most-read.yml", v % 3 == 0 ? "en: []\n"
                    : "en:\n  - /en/2020/0" + (1 + v % 3) + "/story-" + v % 4 + "/\n  - en/2020/story-" + a
                    + ".md\nko:\n  - ko/2020/story-" + a + ".md\n");
            case SITE -> site.file("content/site.yml", TestSite.SITE_YML.replace("pageSize: 2", "pageSize: " + (1 + v % 3)));
        }
    }

    /** Writes the article, or deletes it when {@code frontMatter} is null. */
    private static void article(TestSite site, String path, String frontMatter, String body) {
        if (frontMatter != null) {
            site.article(path, frontMatter, body);
        } else if (Files.exists(site.root().resolve(path))) {
            site.delete(path);
        }
    }
}
