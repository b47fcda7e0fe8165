package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How translations pair, link to each other and announce themselves to search engines. */
class TranslationTest {

    @TempDir
    Path dir;

    @Test
    void articlesWithTheSamePathAreTranslationsAndLinkEachOther() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells\ndate: 2019-03-01", "Body.")
                .article("content/ko/2019/bells.md", "title: 종소리\ndate: 2019-03-01\noriginal: true", "본문.");
        assertTrue(site.build().succeeded());
        String en = site.read("en/2019/03/bells/index.html");
        assertTrue(en.contains("<a href=\"/ko/2019/03/bells/\" hreflang=\"ko\">Read the original Korean article</a>"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://news.example.org/ko/2019/03/bells/\">"));
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/ko/2019/03/bells/\">"));
        String ko = site.read("ko/2019/03/bells/index.html");
        assertTrue(ko.contains("<a href=\"/en/2019/03/bells/\" hreflang=\"en\">영문 기사 보기</a>"), ko);
        assertTrue(ko.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example.org/en/2019/03/bells/\">"));
    }

    @Test
    void translationKeyPairsArticlesWhosePathsDiffer() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2021/bridge-opening.md", "title: Bridge\ndate: 2021-05-01\ntranslationKey: bridge", "")
                .article("content/ko/2021/다리.md", "title: 다리\ndate: 2021-05-01\ntranslationKey: bridge", "");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2021/05/bridge-opening/index.html")
                .contains("href=\"/ko/2021/05/%EB%8B%A4%EB%A6%AC/\" hreflang=\"ko\">Read this article in Korean</a>"));
    }

    @Test
    void withoutAnOriginalTheDefaultLanguagesVersionIsTheXDefaultOfBothPages() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells\ndate: 2019-03-01", "Body.")
                .article("content/ko/2019/bells.md", "title: 종소리\ndate: 2019-03-01", "본문.");
        assertTrue(site.build().succeeded());
        String xDefault = "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/en/2019/03/bells/\">";
        assertTrue(site.read("ko/2019/03/bells/index.html").contains(xDefault), site.read("ko/2019/03/bells/index.html"));
        assertTrue(site.read("en/2019/03/bells/index.html").contains(xDefault));
    }

    @Test
    void articleInOneLanguagePromisesNoPageThatDoesNotExist() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/alone.md", "title: Alone\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        String page = site.read("en/2019/03/alone/index.html");
        assertFalse(page.contains("hreflang=\"ko\""), page);
        assertFalse(page.contains("/ko/"), page);
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/en/2019/03/alone/\">"));
    }

    @Test
    void missingTranslationSettingHomeLeadsToTheOtherEditionWithANotice() {
        TestSite site = TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML + "missingTranslation: home\n")
                .article("content/en/2019/alone.md", "title: Alone\ndate: 2019-03-01", "Body.");
        assertTrue(site.build().succeeded());
        String page = site.read("en/2019/03/alone/index.html");
        assertTrue(page.contains("<a href=\"/ko/\" hreflang=\"ko\" lang=\"ko\" title=\"이 기사는 한국어판이 없습니다."), page);
        assertFalse(page.contains("hreflang=\"ko\" href="), "no hreflang alternate for a missing page");
    }

    @Test
    void twoLanguageVersionsBothMarkedTheOriginalAreAProblemAtEachMark() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2021/a.md", "title: A\ndate: 2021-05-01\noriginal: true", "")
                .article("content/ko/2021/a.md", "title: 가\ndate: 2021-05-01\nkicker: 분석\noriginal: true", "")
                .article("content/en/2021/b.md", "title: B\ndate: 2021-05-01\ntranslationKey: b\noriginal: true", "")
                .article("content/ko/2021/b-ko.md", "title: 나\ndate: 2021-05-01\ntranslationKey: b\noriginal: true", "");
        String mark = ", but only one language version is the original, which the others translate: remove 'original' "
                + "from the version that was translated";
        assertEquals(List.of(
                "content/en/2021/a.md:4: 'original: true' here and in its translation content/ko/2021/a.md" + mark,
                "content/en/2021/b.md:5: 'original: true' here and in its translation content/ko/2021/b-ko.md" + mark,
                "content/ko/2021/a.md:5: 'original: true' here and in its translation content/en/2021/a.md" + mark,
                "content/ko/2021/b-ko.md:5: 'original: true' here and in its translation content/en/2021/b.md" + mark),
                site.problems());
        site.article("content/ko/2021/a.md", "title: 가\ndate: 2021-05-01\noriginal: false", "")
                .article("content/ko/2021/b-ko.md", "title: 나\ndate: 2021-05-01\ntranslationKey: b", "");
        assertTrue(site.build().succeeded());
    }

    @Test
    void twoArticlesOfOneLanguageCannotClaimOneTranslationKey() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2021/a.md", "title: A\ndate: 2021-05-01\ntranslationKey: k", "")
                .article("content/en/2021/b.md", "title: B\ndate: 2021-05-01\ntranslationKey: k", "");
        assertEquals(List.of("content/en/2021/b.md: this article and content/en/2021/a.md claim the same "
                + "translationKey 'k' in one language; give one of them another key"), site.problems());
    }

    @Test
    void twoArticlesWithOneUrlAreBothNamed() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2021/a.md", "title: A\ndate: 2021-05-01\nslug: same", "")
                .article("content/en/2021/b.md", "title: B\ndate: 2021-05-02\nslug: same", "");
        String both = "(content/en/2021/a.md, content/en/2021/b.md): give one of them another 'slug'";
        assertEquals(List.of(
                "content/en/2021/a.md: this article and another have the same URL /en/2021/05/same/ " + both,
                "content/en/2021/b.md: this article and another have the same URL /en/2021/05/same/ " + both),
                site.problems());
    }
}
