package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Series: {@code content/series.yml} spec style (each row the file and the exact problems), then the parts'
 * order and navigation, the series pages, and what drafts, scheduled parts and one-language series do.
 */
class SeriesTest {

    private static final String FILE = "content/series.yml:";
    private static final String SERIES_YML = """
            harbor-at-100:
              en: Harbor at 100
              ko: 개항 100년
              description: {en: "A century of the port.", ko: 항구의 한 세기}
            island-notes:
              en: Island notes
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> table() {
        return Stream.of(
                row("names in both languages and a description", SERIES_YML),
                row("a key that cannot be a URL segment", "Harbor at 100: {en: Harbor at 100}\n",
                        FILE + "1: series key 'Harbor at 100' cannot be a URL segment: use lower-case letters, digits "
                                + "and '-', at most 255 bytes, e.g. harbor-at-100"),
                row("no name at all", "harbor-at-100: {description: {en: A century.}}\n",
                        FILE + "1: series 'harbor-at-100' has no name: add the name in each language it runs in, "
                                + "e.g. harbor-at-100: {en: …, ko: …}"),
                row("a misspelt field, a description in a language without a name", """
                        harbor-at-100:
                          en: Harbor at 100
                          descripton: {en: A century.}
                        tides:
                          en: Tides
                          description: {ko: 물때}
                        """,
                        FILE + "1: unknown field 'descripton' in 'harbor-at-100' (did you mean 'description'?); "
                                + "known fields are en, ko, description",
                        FILE + "4: unknown field 'ko' in 'tides.description' (did you mean 'en'?); known fields are en"),
                row("a series that is not a map", "harbor-at-100: Harbor at 100\n",
                        FILE + "1: 'harbor-at-100' must be a map of en, ko, description (each on its own indented line)"));
    }

    private static Arguments row(String name, String series, String... problems) {
        return Arguments.of(name, series, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void seriesFile(String name, String series, List<String> expected) {
        TestSite site = TestSite.create(dir).file("content/series.yml", series)
                .article("content/en/2019/a.md", "title: Harbor reopens\ndate: 2019-02-20", "Body.\n");
        assertEquals(expected, site.problems());
    }

    @Test
    void anUnknownKeyOrASeriesWithoutANameInTheArticlesLanguageIsAProblemOfTheArticle() {
        TestSite site = TestSite.create(dir).file("content/series.yml", SERIES_YML)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-02-20\nseries: harbour-at-100", "Body.\n")
                .article("content/ko/2019/b.md", "title: 나\ndate: 2019-02-20\nseries: island-notes", "본문.\n")
                .article("content/en/2019/c.md", "title: C\ndate: 2019-02-20\nseries: [harbor-at-100]", "Body.\n");
        assertEquals(List.of("content/en/2019/a.md:4: unknown series 'harbour-at-100' (did you mean 'harbor-at-100'?); "
                        + "series are listed in content/series.yml",
                "content/en/2019/c.md:4: 'series' must be a single text value, not a list",
                "content/ko/2019/b.md:4: series 'island-notes' has no name in 'ko': add ko: … under island-notes in "
                        + "content/series.yml, so that it runs in that edition too"), site.problems());
    }

    @Test
    void partsRunInOrderOfPublicationWithTiesByFileAndEachKnowsItsNeighbours() {
        TestSite site = TestSite.create(dir).file("content/series.yml", SERIES_YML)
                .article("content/en/2026/c-third.md", "title: Third\ndate: 2026-05-01\nseries: harbor-at-100", "C.\n")
                .article("content/en/2026/b-second.md", "title: Second\ndate: 2026-04-01 09:00\nseries: harbor-at-100", "B.\n")
                .article("content/en/2026/a-first.md", "title: First\ndate: 2026-04-01 09:00\nseries: harbor-at-100", "A.\n")
                .article("content/en/2026/other.md", "title: Other\ndate: 2026-04-15", "Not in the series.\n");
        assertTrue(site.build(site.options().withNow(Instant.parse("2026-06-01T00:00:00Z"))).succeeded());

        String first = site.read("en/2026/04/a-first/index.html");
        assertTrue(first.contains("<a href=\"/en/series/harbor-at-100/\">Harbor at 100</a> · Part 1 of 3</p>"), first);
        assertFalse(first.contains("rel=\"prev\""));
        assertTrue(first.contains("<a href=\"/en/2026/04/b-second/\" rel=\"next\">Second</a>"));
        String second = site.read("en/2026/04/b-second/index.html");
        assertTrue(second.contains("Part 2 of 3"));
        assertTrue(second.contains("<a href=\"/en/2026/04/a-first/\" rel=\"prev\">First</a>"));
        assertTrue(second.contains("<a href=\"/en/2026/05/c-third/\" rel=\"next\">Third</a>"));
        assertTrue(second.contains("\"isPartOf\":{\"@type\":\"CreativeWorkSeries\",\"@id\":"
                + "\"https://news.example.org/en/series/harbor-at-100/\",\"name\":\"Harbor at 100\","
                + "\"url\":\"https://news.example.org/en/series/harbor-at-100/\"}"), second);
        String third = site.read("en/2026/05/c-third/index.html");
        assertTrue(third.contains("Part 3 of 3"));
        assertFalse(third.contains("rel=\"next\""));
        assertFalse(site.read("en/2026/04/other/index.html").contains("series-nav"));

        assertEquals(List.of("First", "Second", "Third"), titles(site.read("en/series/harbor-at-100/index.html")));
        assertTrue(site.read("en/series/index.html").contains("<a href=\"/en/series/harbor-at-100/\">Harbor at 100</a>"));
        assertTrue(site.read("sitemap.xml").contains("<loc>https://news.example.org/en/series/harbor-at-100/</loc>"));
    }

    @Test
    void aPartSavedInThePreviewRenumbersTheOtherPartsAsAColdBuildWould() throws Exception {
        TestSite site = TestSite.create(dir).file("content/series.yml", SERIES_YML)
                .article("content/en/2026/one.md", "title: One\ndate: 2026-04-01\nseries: harbor-at-100", "A.\n")
                .article("content/en/2026/two.md", "title: Two\ndate: 2026-05-01", "B.\n");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        assertTrue(site.read("en/2026/04/one/index.html").contains("Part 1 of 1"));

        site.article("content/en/2026/two.md", "title: Two\ndate: 2026-05-01\nseries: harbor-at-100", "B.\n");
        assertTrue(preview.build(List.of(site.root().resolve("content/en/2026/two.md"))).succeeded());
        String one = site.read("en/2026/04/one/index.html");
        assertTrue(one.contains("Part 1 of 2"), "the other part learns of the new one");
        assertTrue(one.contains("<a href=\"/en/2026/05/two/\" rel=\"next\">Two</a>"));
        assertEquals(List.of("One", "Two"), titles(site.read("en/series/harbor-at-100/index.html")));

        site.article("content/en/2026/two.md", "title: Two, renamed\ndate: 2026-05-01\nseries: harbor-at-100", "B.\n");
        assertTrue(preview.build(List.of(site.root().resolve("content/en/2026/two.md"))).succeeded());
        assertTrue(site.read("en/2026/04/one/index.html").contains("rel=\"next\">Two, renamed</a>"));
    }

    @Test
    void aSeriesRunsOnlyInTheEditionsWhereItHasParts() {
        TestSite site = TestSite.create(dir).file("content/series.yml", SERIES_YML)
                .article("content/en/2026/tides.md", "title: Tides\ndate: 2026-04-01\nseries: island-notes", "A.\n")
                .article("content/en/2026/harbor.md", "title: Harbor\ndate: 2026-04-02\nseries: harbor-at-100", "B.\n")
                .article("content/ko/2026/harbor.md", "title: 항구\ndate: 2026-04-02\nseries: harbor-at-100", "나.\n");
        assertTrue(site.build(site.options().withNow(Instant.parse("2026-06-01T00:00:00Z"))).succeeded());
        assertTrue(site.exists("en/series/island-notes/index.html"));
        assertFalse(site.exists("ko/series/island-notes/index.html"));
        String english = site.read("en/series/island-notes/index.html");
        assertFalse(english.contains("hreflang=\"ko\""), english);
        assertFalse(site.read("ko/series/index.html").contains("island-notes"));
        assertTrue(site.read("ko/series/harbor-at-100/index.html").contains("<p class=\"count\">전체 1회</p>"));
        assertTrue(site.read("ko/2026/04/harbor/index.html").contains("개항 100년</a> · 전체 1회 중 1회</p>"));
    }

    @Test
    void draftsAndScheduledPartsCountOnlyWhereTheyArePublished() {
        TestSite site = TestSite.create(dir).file("content/series.yml", SERIES_YML)
                .article("content/en/2026/one.md", "title: One\ndate: 2026-04-01\nseries: harbor-at-100", "A.\n")
                .article("content/en/2026/two.md", "title: Two\ndate: 2026-04-08\nseries: harbor-at-100\ndraft: true", "B.\n")
                .article("content/en/2026/three.md", "title: Three\ndate: 2026-07-01\nseries: harbor-at-100", "C.\n");
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        assertTrue(site.build(site.options().withNow(now)).succeeded());
        String published = site.read("en/2026/04/one/index.html");
        assertTrue(published.contains("Part 1 of 1"), published);
        assertFalse(published.contains("/en/2026/04/two/"));
        assertFalse(published.contains("/en/2026/07/three/"));
        assertEquals(List.of("One"), titles(site.read("en/series/harbor-at-100/index.html")));

        assertTrue(site.build(site.options().withNow(now).withDrafts(true)).succeeded());
        assertTrue(site.read("en/2026/04/one/index.html").contains("Part 1 of 3"));
        assertEquals(List.of("One", "Two", "Three"), titles(site.read("en/series/harbor-at-100/index.html")));
    }

    /** The headlines of a page's cards, in order. */
    private static List<String> titles(String html) {
        Matcher matcher = Pattern.compile("class=\"card-title\"><a href=\"[^\"]*\">([^<]*)</a>").matcher(html);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
