package org.broadsheet.migrate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date forms of real archives, normalised to ISO 8601 with the offset the writer meant. */
class PostDatesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @ParameterizedTest(name = "{0} (file date {1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2019-12-25 00:00:00 +0000 | -          | 2019-12-25T00:00:00+00:00 | -
            2024-03-21 4:00:00 +0000  | -          | 2024-03-21T04:00:00+00:00 | -
            2022-11-11T17:00:00+09:00 | -          | 2022-11-11T17:00:00+09:00 | -
            2022-11-11T08:00:00Z      | -          | 2022-11-11T08:00:00+00:00 | -
            2024-08-02 22:34:02 UTC+09:00 | -      | 2024-08-02T22:34:02+09:00 | -
            2024-08-02 22:34 GMT+9    | -          | 2024-08-02T22:34:00+09:00 | -
            2024-08-28 16:37:00 +900  | -          | 2024-08-28T16:37:00+09:00 | -
            2024-08-28 16:37 -530     | -          | 2024-08-28T16:37:00-05:30 | -
            2024-08-28 16:37:00 +9    | -          | 2024-08-28T16:37:00+09:00 | -
            2023-06-11 10:09:16 +0000 UTC | -      | 2023-06-11T10:09:16+00:00 | -
            2023-06-11 10:09:16 -0700 MST | -      | 2023-06-11T10:09:16-07:00 | -
            2024-03-21                | -          | 2024-03-21T00:00:00+09:00 | -
            2022-11-11 17:00          | -          | 2022-11-11T17:00:00+09:00 | -
            February 21, 2017         | -          | 2017-02-21T00:00:00+09:00 | -
            November 1 2019           | 2019-01-11 | 2019-11-01T00:00:00+09:00 | -
            Sept. 3rd, 2021 10:30 +0200 | -      | 2021-09-03T10:30:00+02:00 | -
            Tue, 5 March 2024         | -          | 2024-03-05T00:00:00+09:00 | -
            Marchx 5 2024             | 2024-03-05 | 2024-03-05T00:00:00+09:00 | _posts/a.md:2: 'date': 'Marchx 5 2024' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00; took 2024-03-05 from the file name, at 00:00 Asia/Seoul (2024-03-05T00:00:00+09:00): correct it if the time matters
            -                         | 2021-06-01 | 2021-06-01T00:00:00+09:00 | _posts/a.md:1: no date in the front matter; took 2021-06-01 from the file name, at 00:00 Asia/Seoul (2021-06-01T00:00:00+09:00)
            yesterday                 | 2021-06-01 | 2021-06-01T00:00:00+09:00 | _posts/a.md:2: 'date': 'yesterday' is not a date; write it as 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00; took 2021-06-01 from the file name, at 00:00 Asia/Seoul (2021-06-01T00:00:00+09:00): correct it if the time matters
            -                         | -          | -                         | _posts/a.md:1: not imported: no date in the front matter or the file name; add 'date:' to it and import again
            -                         | 2019-02-30 | -                         | _posts/a.md:1: not imported: no date in the front matter or the file name; add 'date:' to it and import again
            """)
    void datesAreNormalisedOrTakenFromTheFileName(String written, String fileDate, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = written == null ? Posts.post("_posts/a.md", fileDate) : Posts.post("_posts/a.md", fileDate, "date", written);
        String date = dates(SEOUL, SourceKind.JEKYLL, findings).published(post).map(PostDates.ISO::format).orElse(null);
        assertEquals(expected, date);
        assertEquals(finding == null ? List.of() : List.of(finding),
                findings.sorted().stream().map(Finding::toString).toList());
    }

    @ParameterizedTest(name = "Hugo''s {0}")
    @CsvSource({"publishDate", "pubdate", "published"})
    void hugoDateFieldsAreRead(String field) {
        SourcePost post = Posts.post("content/a.md", null, field, "2020-05-05");
        assertEquals("2020-05-05T00:00:00+09:00", dates(SEOUL, SourceKind.HUGO, new Findings()).published(post)
                .map(PostDates.ISO::format).orElseThrow());
    }

    @ParameterizedTest(name = "{0}, when there is no date")
    @CsvSource({"created_at", "published_at", "post_date", "Created"})
    void aCustomDateFieldGivesTheDateWhenThereIsNoDateAndTheReportNamesIt(String field) {
        Findings findings = new Findings();
        SourcePost post = Posts.post("content/a.md", null, "title", "A", field, "2020-05-05 10:00");
        assertEquals("2020-05-05T10:00:00+09:00", dates(SEOUL, SourceKind.JEKYLL, findings).published(post)
                .map(PostDates.ISO::format).orElseThrow());
        assertEquals(List.of("content/a.md:3: no 'date'; took '" + field + "' (2020-05-05 10:00)"),
                findings.sorted().stream().map(Finding::toString).toList());
        assertEquals(Category.DATE_FROM_FIELD, findings.sorted().get(0).category());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            HUGO   | 2026-02-12T00:00:00+09:00 | content/a.md:3: no 'date'; took 'lastmod' (2026-02-12), as Hugo dated the page
            JEKYLL | -                         | content/a.md:1: not imported: no date in the front matter or the file name; add 'date:' to it and import again
            """)
    void aHugoPageWithoutADateIsDatedByItsLastModificationAsHugoDatesIt(SourceKind kind, String expected, String finding) {
        Findings findings = new Findings();
        SourcePost post = Posts.post("content/a.md", null, "title", "A", "lastmod", "2026-02-12");
        assertEquals(expected, dates(SEOUL, kind, findings).published(post).map(PostDates.ISO::format).orElse(null));
        assertEquals(List.of(finding), findings.sorted().stream().map(Finding::toString).toList());
    }

    @org.junit.jupiter.api.Test
    void dateWinsOverACustomDateField() {
        Findings findings = new Findings();
        SourcePost post = Posts.post("_posts/a.md", null, "created_at", "2020-05-05", "date", "2020-06-06");
        assertEquals("2020-06-06T00:00:00+09:00", dates(SEOUL, SourceKind.JEKYLL, findings).published(post)
                .map(PostDates.ISO::format).orElseThrow());
        assertEquals(List.of(), findings.sorted());
    }

    @ParameterizedTest(name = "created_at {0}, file name 2024-04-05, site in UTC -> {1}")
    @CsvSource({"2024-04-05 08:44:57 +09:00, 2024-04-05T08:44:57+09:00", "2024-04-06 06:59:45 +09:00, 2024-04-05T00:00:00Z",
            "2024-04-04 23:00:00 -05:00, 2024-04-05T00:00:00Z"})
    void theDayOfACustomDateFieldIsTheDayAsWrittenNotInTheSiteTimezone(String createdAt, String expected) {
        SourcePost post = Posts.post("_posts/2024-04-05-a.md", "2024-04-05", "created_at", createdAt);
        assertEquals(OffsetDateTime.parse(expected), dates(ZoneOffset.UTC, SourceKind.JEKYLL, new Findings())
                .published(post).orElseThrow());
    }

    @ParameterizedTest(name = "created_at {0}, file name 2021-06-01 -> {1}")
    @CsvSource({"2021-06-01 18:30, 2021-06-01T18:30:00+09:00", "2020-05-05 10:00, 2021-06-01T00:00:00+09:00"})
    void aCustomDateFieldGivesTheTimeOfTheFileNamesDayButNotAnotherDay(String createdAt, String expected) {
        SourcePost post = Posts.post("_posts/2021-06-01-a.md", "2021-06-01", "created_at", createdAt);
        assertEquals(expected, dates(SEOUL, SourceKind.JEKYLL, new Findings()).published(post).map(PostDates.ISO::format)
                .orElseThrow());
    }

    @ParameterizedTest(name = "[frontmatter] date = {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                             | date, publishdate, pubdate, published, lastmod, modified
            createdAt, :default           | createdat, date, publishdate, pubdate, published, lastmod, modified
            :filename, publishDate        | :filename, publishdate, pubdate, published
            lastMod                       | lastmod, modified
            """)
    void hugosFrontmatterDateSettingIsExpandedAsHugoExpandsIt(String configured, String expected) {
        assertEquals(List.of(expected.split(", ")), PostDates.dateKeys(SourceKind.HUGO,
                configured == null ? null : List.of(configured.split(", "))));
    }

    private static PostDates dates(ZoneId zone, SourceKind kind, Findings findings) {
        return new PostDates(zone, kind, PostDates.dateKeys(kind, null), findings);
    }
}
