package org.broadsheet.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An edition's news sitemap holds at most 1,000 articles a file: past that, an index of parts of 1,000. */
class NewsSitemapPartsTest {

    @ParameterizedTest(name = "{0} articles: {1}")
    @CsvSource(delimiter = '|', textBlock = """
               1 | en/news-sitemap.xml
            1000 | en/news-sitemap.xml
            1001 | en/news-sitemap-1.xml en/news-sitemap-2.xml en/news-sitemap.xml
            2000 | en/news-sitemap-1.xml en/news-sitemap-2.xml en/news-sitemap.xml
            2001 | en/news-sitemap-1.xml en/news-sitemap-2.xml en/news-sitemap-3.xml en/news-sitemap.xml
            """)
    void aPartHoldsAtMostAThousandArticles(int articles, String files) {
        List<NewsSitemap.Entry> entries = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            entries.add(new NewsSitemap.Entry("https://x.example/en/" + i + "/", "2021-05-10T09:00:00+09:00", "Story " + i));
        }
        Map<String, String> written = NewsSitemap.files("The Ledger", "en", entries, path -> "https://x.example/" + path);
        assertEquals(List.of(files.split(" ")), List.copyOf(written.keySet()));
        assertEquals(articles, written.values().stream().mapToInt(xml -> xml.split("<url>", -1).length - 1).sum());
    }
}
