package org.broadsheet.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Open Graph names the locale of an edition. */
class PageHeadsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"en, en_US", "ko, ko_KR", "ja, ja_JP", "zh, zh_CN", "fr, fr_FR", "pt-BR, pt_BR", "zh-Hant, zh_Hant"})
    void aLanguageCodeGivesItsOpenGraphLocale(String lang, String locale) {
        assertEquals(locale, PageHeads.ogLocale(lang));
    }
}
