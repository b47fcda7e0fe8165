package org.broadsheet.output;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.broadsheet.site.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteUrlsTest {

    @Test
    void anArticlesAddressHasTheMonthOfItsDateInTheSitesTimezoneInTwoDigits() {
        SiteUrls urls = new SiteUrls("https://news.example.org/", ZoneId.of("Asia/Seoul"));

        assertEquals("en/2024/09/a/", urls.article(article("en", "a", "2024-09-30T00:00:00+09:00")));
        assertEquals("en/2024/10/b/", urls.article(article("en", "b", "2024-09-30T15:00:00Z")));
        assertEquals("ko/2024/12/c/", urls.article(article("ko", "c", "2024-12-01T00:00:00+09:00")));
    }

    @Test
    void encodingKeepsLettersDigitsAndTheUnreservedMarksAndEscapesEveryOtherByte() {
        assertEquals("/az/AZ/09/-._~", SiteUrls.encode("/az/AZ/09/-._~"));
        // the characters next to each kept range
        assertEquals("%60%7B%40%5B%3A%20%2C", SiteUrls.encode("`{@[: ,"));
        assertEquals("ko/%ED%95%AD%EA%B5%AC/", SiteUrls.encode("ko/항구/"));
    }
}
