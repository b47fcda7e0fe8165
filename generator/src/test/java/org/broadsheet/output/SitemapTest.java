package org.broadsheet.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SitemapTest {

    @ParameterizedTest(name = "{0} pages: {1}")
    @CsvSource(delimiter = '|', textBlock = """
                0 | sitemap.xml
            10000 | sitemap.xml
            10001 | sitemap.xml sitemap-1.xml sitemap-2.xml
            20000 | sitemap.xml sitemap-1.xml sitemap-2.xml
            20001 | sitemap.xml sitemap-1.xml sitemap-2.xml sitemap-3.xml
            """)
    void aPartListsAtMostTenThousandPagesAndTheIndexComesWithTwoOrMore(int pages, String files) {
        assertEquals(List.of(files.split(" ")), Sitemap.files(pages));
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            numbers.add(i);
        }
        Map<String, String> written = new LinkedHashMap<>();
        Sitemap.write(numbers, part -> part.stream().map(i -> new Sitemap.Entry("https://x.example/" + i + "/",
                null, Map.of())).toList(), path -> "https://x.example/" + path, written::put);
        assertEquals(Sitemap.files(pages).stream().sorted().toList(), written.keySet().stream().sorted().toList());
        assertEquals(pages, written.values().stream().mapToInt(xml -> xml.split("<url>", -1).length - 1).sum());
    }

    @Test
    void theIndexNamesEachPartWithTheLatestChangeOfItsPages() {
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (int i = 0; i <= Sitemap.URLS_PER_FILE; i++) {
            // the latest of the first part is written in another offset than the others
            String modified = i == 7 ? "2020-01-02T01:00:00+09:00" : i == 8 ? "2020-01-01T17:30:00Z"
                    : i == Sitemap.URLS_PER_FILE ? null : "2019-12-31T00:00:00+09:00";
            entries.add(new Sitemap.Entry("https://x.example/" + i + "/", modified, Map.of()));
        }
        Map<String, String> written = new LinkedHashMap<>();
        Sitemap.write(entries, part -> part, path -> "https://x.example/" + path, written::put);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"), List.copyOf(written.keySet()));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap>
                    <loc>https://x.example/sitemap-1.xml</loc>
                    <lastmod>2020-01-01T17:30:00Z</lastmod>
                  </sitemap>
                  <sitemap>
                    <loc>https://x.example/sitemap-2.xml</loc>
                  </sitemap>
                </sitemapindex>
                """, written.get("sitemap.xml"));
    }
}
