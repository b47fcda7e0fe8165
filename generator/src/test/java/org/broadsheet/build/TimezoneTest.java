package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates are grouped and shown in the site timezone, whatever the machine's timezone and locale. */
class TimezoneTest {

    @TempDir
    Path dir;
    private TimeZone machineZone;
    private Locale machineLocale;

    @BeforeEach
    void pretendToBeAMachineInLosAngelesWithAKoreanLocale() {
        machineZone = TimeZone.getDefault();
        machineLocale = Locale.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        Locale.setDefault(Locale.KOREA);
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(machineZone);
        Locale.setDefault(machineLocale);
    }

    @Test
    void articlePublishedAfterMidnightKstFallsInMarchInBothEditions() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells\ndate: 2019-03-01T01:00:00+09:00", "Body.")
                .article("content/ko/2019/bells.md", "title: 종소리\ndate: 2019-03-01T01:00:00+09:00", "본문.");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("en/2019/03/bells/index.html"));
        assertTrue(site.exists("ko/2019/03/bells/index.html"));
        assertTrue(site.read("en/timeline/2019/03/index.html").contains("Bells"));
        assertTrue(site.read("ko/timeline/2019/03/index.html").contains("종소리"));
        assertFalse(site.exists("en/timeline/2019/02/index.html"));
        assertTrue(site.read("en/2019/03/bells/index.html").contains(
                "<time datetime=\"2019-03-01T01:00:00+09:00\">March 1, 2019, 1:00 AM KST</time>"));
        assertTrue(site.read("ko/2019/03/bells/index.html").contains(
                "<time datetime=\"2019-03-01T01:00:00+09:00\">2019년 3월 1일 오전 1:00 KST</time>"));
    }

    @Test
    void aThemesOwnNumbersBooleansAndDatesAreWrittenTheSameOnEveryMachine() throws IOException {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells\ndate: 2019-03-01T01:00:00+09:00", "Body.");
        Path article = dir.resolve("templates/article.ftlh");
        Files.writeString(article, Files.readString(article).replace("</article>", "<p id=\"formats\">${1234567} ${0.5} "
                + "${true} ${\"2019-03-01T00:30:00Z\"?datetime.iso?string(\"MMMM d HH:mm\")}</p></article>"));
        assertTrue(site.build().succeeded());
        String page = site.read("en/2019/03/bells/index.html");
        assertTrue(page.contains("<p id=\"formats\">1234567 0.5 true Mar 1 00:30</p>"), page);
    }

    @Test
    void articleWrittenWithAnotherOffsetIsShownInTheSiteTimezone() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/late.md", "title: Late\ndate: 2019-02-28 16:30:00 +0000", "Body.");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/03/late/index.html").contains(
                "<time datetime=\"2019-02-28T16:30:00Z\">March 1, 2019, 1:30 AM KST</time>"));
        assertTrue(site.read("en/timeline/2019/03/index.html").contains("Friday, March 1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "America/New_York | 2019-01-15T12:00:00-05:00 | January 15, 2019, 12:00 PM EST | 2019-07-15T12:00:00-04:00 | July 15, 2019, 12:00 PM EDT",
            "Europe/Lisbon    | 2019-01-15T12:00:00Z      | January 15, 2019, 12:00 PM UTC | 2019-07-15T12:00:00+01:00 | July 15, 2019, 12:00 PM UTC+01:00"})
    void aTimeIsFollowedByItsZonesAbbreviationForTheSeasonOrItsOffsetFromUtc(String zone, String winter, String winterText,
                                                                            String summer, String summerText) {
        TestSite site = TestSite.create(dir).file("content/site.yml", TestSite.SITE_YML.replace("Asia/Seoul", zone))
                .article("content/en/2019/winter.md", "title: Winter\ndate: " + winter, "Body.")
                .article("content/en/2019/summer.md", "title: Summer\ndate: " + summer, "Body.");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/01/winter/index.html").contains(">" + winterText + "</time>"));
        assertTrue(site.read("en/2019/07/summer/index.html").contains(">" + summerText + "</time>"));
    }
}
