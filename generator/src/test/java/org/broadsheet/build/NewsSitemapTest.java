package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each edition's Google News sitemap: the articles of the two days before the build, valid against Google's
 * schema (kept in {@code src/test/resources/schemas}), and named in {@code robots.txt}.
 */
class NewsSitemapTest {

    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Path SCHEMAS = TestSite.repositoryRoot().resolve("generator/src/test/resources/schemas");
    private static final Instant NOW = Instant.parse("2021-05-10T12:00:00Z");

    @TempDir
    Path dir;

    private TestSite newsroom() {
        return TestSite.create(dir)
                .article("content/en/2021/today.md", "title: \"Harbor <reopens> & ships return\"\ndate: 2021-05-10T09:00:00+09:00",
                        "Today.")
                .article("content/en/2021/yesterday.md", "title: Council meets\ndate: 2021-05-09T08:00:00Z", "Yesterday.")
                .article("content/en/2021/old.md", "title: Old news\ndate: 2021-05-08T11:00:00Z", "Three days ago.")
                .article("content/en/2021/later.md", "title: Scheduled\ndate: 2021-05-11T08:00:00Z", "Tomorrow.")
                .article("content/en/2021/draft.md", "title: Draft\ndate: 2021-05-10T08:00:00Z\ndraft: true", "Draft.")
                .article("content/ko/2021/old.md", "title: 지난 기사\ndate: 2021-05-01", "오래된 기사.");
    }

    private BuildResult build(TestSite site, Instant now) {
        return site.build(site.options().withNow(now));
    }

    @Test
    void anEditionsNewsSitemapListsItsArticlesOfTheLastTwoDaysAndValidates() throws Exception {
        TestSite site = newsroom();
        assertTrue(build(site, NOW).succeeded());
        String xml = site.read("en/news-sitemap.xml");
        validate(xml);
        Document document = parse(xml);
        List<String> urls = new ArrayList<>();
        NodeList locs = document.getElementsByTagNameNS(SITEMAPS, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertEquals(List.of("https://news.example.org/en/2021/05/today/", "https://news.example.org/en/2021/05/yesterday/"), urls);
        Element first = (Element) document.getElementsByTagNameNS(NEWS, "news").item(0);
        assertEquals("The Test Ledger", text(first, "name"));
        assertEquals("en", text(first, "language"));
        assertEquals("2021-05-10T09:00:00+09:00", text(first, "publication_date"));
        assertEquals("Harbor <reopens> & ships return", text(first, "title"));
    }

    @Test
    void robotsNamesTheNewsSitemapsThatExistAndAnEditionWithoutRecentArticlesHasNone() {
        TestSite site = newsroom();
        assertTrue(build(site, NOW).succeeded());
        assertFalse(site.exists("ko/news-sitemap.xml"));
        assertEquals("""
                User-agent: *
                Allow: /

                Sitemap: https://news.example.org/sitemap.xml
                Sitemap: https://news.example.org/en/news-sitemap.xml
                """, site.read("robots.txt"));
    }

    @Test
    void aLaterBuildDropsTheSitemapWhenItsArticlesAgeAndTheKoreanOneAppearsWithANewArticle() throws Exception {
        TestSite site = newsroom();
        assertTrue(build(site, NOW).succeeded());
        site.article("content/ko/2021/new.md", "title: 새 기사\ndate: 2021-05-14 10:00", "새로운 기사.");
        assertTrue(build(site, Instant.parse("2021-05-14T12:00:00Z")).succeeded());
        assertFalse(site.exists("en/news-sitemap.xml"));
        validate(site.read("ko/news-sitemap.xml"));
        assertEquals("ko", text((Element) parse(site.read("ko/news-sitemap.xml"))
                .getElementsByTagNameNS(NEWS, "news").item(0), "language"));
        assertFalse(site.read("robots.txt").contains("en/news-sitemap.xml"));
        assertTrue(site.read("robots.txt").contains("Sitemap: https://news.example.org/ko/news-sitemap.xml\n"));
    }

    @Test
    void anEditionWithMoreThanAThousandRecentArticlesGetsAnIndexOfPartsThatGoAsTheyAge() throws Exception {
        TestSite site = newsroom();
        for (int i = 0; i < 1000; i++) {
            site.article("content/en/2021/wire-" + i + ".md", "title: Wire " + i + "\ndate: 2021-05-10T0"
                    + (i % 10) + ":00:00Z", "Text.");
        }
        assertTrue(build(site, NOW).succeeded());
        Document index = parse(site.read("en/news-sitemap.xml"));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        NodeList locs = index.getElementsByTagNameNS(SITEMAPS, "loc");
        NodeList modified = index.getElementsByTagNameNS(SITEMAPS, "lastmod");
        assertEquals(2, locs.getLength());
        List<String> listed = new ArrayList<>();
        for (int part = 1; part <= 2; part++) {
            assertEquals("https://news.example.org/en/news-sitemap-" + part + ".xml", locs.item(part - 1).getTextContent());
            String xml = site.read("en/news-sitemap-" + part + ".xml");
            validate(xml);
            NodeList dates = parse(xml).getElementsByTagNameNS(NEWS, "publication_date");
            assertEquals(dates.item(0).getTextContent(), modified.item(part - 1).getTextContent(), "newest first");
            NodeList urls = parse(xml).getElementsByTagNameNS(SITEMAPS, "url");
            for (int i = 0; i < urls.getLength(); i++) {
                listed.add(((Element) urls.item(i)).getElementsByTagNameNS(SITEMAPS, "loc").item(0).getTextContent());
            }
        }
        assertEquals(1002, listed.size(), "the thousand, today's and yesterday's, each once");
        assertEquals(1002, listed.stream().distinct().count());
        assertTrue(site.read("robots.txt").endsWith("Sitemap: https://news.example.org/en/news-sitemap.xml\n"));
        assertFalse(site.read("robots.txt").contains("news-sitemap-"));

        assertTrue(build(site, Instant.parse("2021-05-14T12:00:00Z")).succeeded());
        assertFalse(site.exists("en/news-sitemap.xml"));
        assertFalse(site.exists("en/news-sitemap-1.xml"));
        assertFalse(site.exists("en/news-sitemap-2.xml"));
    }

    @Test
    void feedsAnnounceTheWebSubHubOfSiteYml() throws Exception {
        TestSite site = newsroom().file("content/site.yml", TestSite.SITE_YML + "websub: https://hub.example.org/\n");
        assertTrue(build(site, NOW).succeeded());
        for (String feed : List.of("en/feed.xml", "ko/feed.xml")) {
            NodeList links = parse(site.read(feed)).getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
            List<String> hubs = new ArrayList<>();
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element) links.item(i);
                if (link.getAttribute("rel").equals("hub")) {
                    hubs.add(link.getAttribute("href"));
                }
            }
            assertEquals(List.of("https://hub.example.org/"), hubs, feed);
        }
        site.file("content/site.yml", TestSite.SITE_YML);
        assertTrue(build(site, NOW).succeeded());
        assertFalse(site.read("en/feed.xml").contains("rel=\"hub\""));
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = factory.newSchema(new Source[] {new StreamSource(SCHEMAS.resolve("sitemap.xsd").toFile()),
                new StreamSource(SCHEMAS.resolve("sitemap-news.xsd").toFile())});
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
    }

    private static String text(Element news, String name) {
        return news.getElementsByTagNameNS(NEWS, name).item(0).getTextContent();
    }
}
