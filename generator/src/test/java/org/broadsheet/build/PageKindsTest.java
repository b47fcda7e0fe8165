package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topic pagination, the timeline and the language of each edition's pages. */
class PageKindsTest {

    @TempDir
    Path dir;

    private TestSite threeEconomyArticles() {
        return TestSite.create(dir)
                .article("content/en/2019/a.md", "title: First\ndate: 2019-01-10\ntopics: [economy]", "")
                .article("content/en/2019/b.md", "title: Second\ndate: 2019-02-10\ntopics: [economy]", "")
                .article("content/en/2020/c.md", "title: Third\ndate: 2020-03-10\ntopics: economy", "")
                .article("content/ko/2020/c.md", "title: 셋째\ndate: 2020-03-10\ntopics: economy", "");
    }

    @Test
    void topicPagesArePaginatedWithoutAPageOne() {
        TestSite site = threeEconomyArticles();
        assertTrue(site.build().succeeded());
        String first = site.read("en/topics/economy/index.html");
        assertTrue(first.contains("Third") && first.contains("Second") && !first.contains("First"));
        assertTrue(first.contains("<a rel=\"next\" href=\"/en/topics/economy/page/2/\">"));
        String second = site.read("en/topics/economy/page/2/index.html");
        assertTrue(second.contains("First"));
        assertTrue(second.contains("<a rel=\"prev\" href=\"/en/topics/economy/\">"));
        assertFalse(site.exists("en/topics/economy/page/1/index.html"));
        assertFalse(second.contains("hreflang=\"ko\" href"), "the Korean topic has one page only");
    }

    @Test
    void timelineHasYearAndMonthPagesWithCounts() {
        TestSite site = threeEconomyArticles();
        assertTrue(site.build().succeeded());
        String timeline = site.read("en/timeline/index.html");
        assertTrue(timeline.contains("<a href=\"/en/timeline/2019/\">2019</a> <span class=\"count\">2 articles</span>"), timeline);
        assertTrue(timeline.contains("<a class=\"month-cell\" href=\"/en/timeline/2019/02/\"><span class=\"month-name\">Feb"
                + "</span><span class=\"month-count\">1</span><span class=\"visually-hidden\"> (February 2019: 1 article)"
                + "</span></a>"), timeline);
        assertTrue(site.read("en/timeline/2019/index.html").contains("Thursday, January 10"));
        assertTrue(site.exists("en/timeline/2020/03/index.html"));
        assertFalse(site.exists("ko/timeline/2019/index.html"));
    }

    @Test
    void koreanPagesUseKoreanNamesDatesAndUiStrings() {
        TestSite site = threeEconomyArticles();
        assertTrue(site.build().succeeded());
        String timeline = site.read("ko/timeline/index.html");
        assertTrue(timeline.contains("<html lang=\"ko\">"));
        assertTrue(timeline.contains("<a href=\"/ko/timeline/2020/\">2020년</a> <span class=\"count\">기사 1건</span>"), timeline);
        assertTrue(timeline.contains("2020년 3월"));
        String article = site.read("ko/2020/03/c/index.html");
        assertTrue(article.contains("<a href=\"/ko/topics/economy/\">경제</a>"));
        assertTrue(article.contains("입력 <time datetime=\"2020-03-10T00:00:00+09:00\">2020년 3월 10일 오전 12:00 KST</time>"));
        assertTrue(site.read("ko/topics/index.html").contains("<h1 class=\"page-title\">주제</h1>"));
    }

    @Test
    void languageChooserAndNotFoundPageLeadToBothEditions() {
        TestSite site = threeEconomyArticles();
        assertTrue(site.build().succeeded());
        String chooser = site.read("index.html");
        assertTrue(chooser.contains("<a href=\"/en/\" hreflang=\"en\">The Test Ledger</a>"));
        assertTrue(chooser.contains("<a href=\"/ko/\" hreflang=\"ko\">테스트일보</a>"));
        assertTrue(chooser.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://news.example.org/\">"));
        String notFound = site.read("404.html");
        assertTrue(notFound.contains("Page not found") && notFound.contains("페이지를 찾을 수 없습니다"));
    }
}
