package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corrections page of an edition: every correction of its articles, newest first, each linking to its article. */
class CorrectionsPageTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryCorrectionNewestFirstInTheEditionsWithCorrections() {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", """
                        title: Bells ring
                        date: 2019-03-01
                        corrections:
                          - {date: 2019-03-02 09:00, text: The bell is 3 m tall.}
                          - {date: 2019-03-20 10:00, text: The ceremony starts at noon.}
                        """, "Body.")
                .article("content/en/2019/cranes.md", """
                        title: Cranes arrive
                        date: 2019-03-05
                        corrections: [{date: 2019-03-10 12:00, text: "Four cranes, not three."}]
                        """, "Body.")
                .article("content/en/2019/quiet.md", "title: Nothing wrong\ndate: 2019-03-06", "Body.")
                .article("content/ko/2019/bells.md", "title: 종이 울린다\ndate: 2019-03-01", "본문.");
        assertTrue(site.build().succeeded(), site.problems().toString());

        Document page = Jsoup.parse(site.read("en/corrections/index.html"));
        assertEquals(List.of("The ceremony starts at noon.", "Four cranes, not three.", "The bell is 3 m tall."),
                page.select(".corrections-list .correction").stream()
                        .map(p -> p.ownText().replaceFirst("^:\\s*", "")).toList());
        assertEquals(List.of("/en/2019/03/bells/", "/en/2019/03/cranes/", "/en/2019/03/bells/"),
                page.select(".corrections-list .card-title a").eachAttr("href"));
        assertEquals("2019-03-20T10:00:00+09:00", page.selectFirst(".corrections-list time").attr("datetime"));

        Element link = Jsoup.parse(site.read("en/2019/03/bells/index.html")).selectFirst(".all-corrections a");
        assertEquals("/en/corrections/", link.attr("href"));
        assertNull(Jsoup.parse(site.read("en/2019/03/quiet/index.html")).selectFirst(".all-corrections"));
        assertFalse(site.exists("ko/corrections/index.html"), "an edition without corrections has no page");
        assertTrue(site.read("sitemap.xml").contains("<loc>https://news.example.org/en/corrections/</loc>"));
    }
}
