package org.broadsheet.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language code a Google News sitemap takes for an edition's code. */
class NewsLanguageTest {

    @ParameterizedTest
    @CsvSource({"en, en", "ko, ko", "KO, ko", "pt-BR, pt", "fil, fil", "zh-CN, zh-cn", "zh-tw, zh-tw",
            "zh-Hant-TW, zh", "ko-KR, ko"})
    void theCodeLosesItsRegionExceptForChinese(String edition, String news) {
        assertEquals(news, NewsSitemap.newsLanguage(edition));
    }
}
