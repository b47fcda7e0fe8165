package org.broadsheet.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.broadsheet.LinearTime;
import org.broadsheet.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds, sitemap, head metadata, pagination and assets: what search engines, feed readers and hosts see. */
class PublishingTest {

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    Path dir;

    private TestSite pair() throws IOException {
        return TestSite.create(dir)
                .bytes("content/images/photo.png", png(40, 30))
                .article("content/en/2019/bells.md", """
                        title: Bells & whistles
                        date: 2019-03-01T01:00:00+09:00
                        updated: 2019-03-02 10:00
                        summary: The bells rang.
                        topics: [economy]
                        authors: [{name: Kim Seo-yeon, role: Reporter}]
                        image: {src: /images/photo.png, alt: Bells}
                        """, "Body with ![a photo](/images/photo.png) and [the other](older.md).")
                .article("content/en/2019/older.md", "title: Older\ndate: 2019-01-05\ntopics: [economy]", "Older.")
                .article("content/ko/2019/bells.md", "title: 종소리\ndate: 2019-03-01T01:00:00+09:00\noriginal: true\n"
                        + "topics: [economy]", "본문.");
    }

    @Test
    void editionAndTopicFeedsAreAtomWithNewestEntriesFirst() throws Exception {
        TestSite site = pair();
        assertTrue(site.build().succeeded());
        org.w3c.dom.Document feed = xml(site.read("en/feed.xml"));
        Element root = feed.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("https://news.example.org/en/feed.xml", text(root, "id"));
        NodeList entries = root.getElementsByTagName("entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("Bells & whistles", text(first, "title"));
        assertEquals("2019-03-01T01:00:00+09:00", text(first, "published"));
        assertEquals("2019-03-02T10:00:00+09:00", text(first, "updated"));
        assertEquals("Kim Seo-yeon", text(first, "name"));
        assertEquals("The bells rang.", text(first, "summary"));
        assertTrue(text(first, "content").contains("<a href=\"https://news.example.org/en/2019/01/older/\">the other</a>"));
        assertTrue(text(first, "content").contains("src=\"https://news.example.org/media/images/photo.png\""));
        assertEquals("Older", text((Element) entries.item(1), "title"));
        assertEquals(1, xml(site.read("ko/topics/economy/feed.xml")).getElementsByTagName("entry").getLength());
        assertTrue(site.read("en/topics/economy/index.html").contains(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Economy — The Test Ledger\" "
                        + "href=\"/en/topics/economy/feed.xml\">"));
    }

    @Test
    void sitemapListsEveryPageWithReciprocalAlternatesAndRobotsNamesIt() throws Exception {
        TestSite site = pair();
        assertTrue(site.build().succeeded());
        org.w3c.dom.Document sitemap = xml(site.read("sitemap.xml"));
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAPS, "url");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            locations.add(text((Element) urls.item(i), "loc"));
        }
        assertEquals(indexedPages(), locations.stream().sorted().toList());
        String xml = site.read("sitemap.xml");
        assertTrue(xml.contains("""
                    <loc>https://news.example.org/ko/2019/03/bells/</loc>
                    <lastmod>2019-03-01T01:00:00+09:00</lastmod>
                    <xhtml:link rel="alternate" hreflang="en" href="https://news.example.org/en/2019/03/bells/"/>
                    <xhtml:link rel="alternate" hreflang="ko" href="https://news.example.org/ko/2019/03/bells/"/>
                    <xhtml:link rel="alternate" hreflang="x-default" href="https://news.example.org/ko/2019/03/bells/"/>
                  </url>""".indent(2)), xml);
        assertTrue(xml.contains("""
                    <loc>https://news.example.org/en/2019/01/older/</loc>
                    <lastmod>2019-01-05T00:00:00+09:00</lastmod>
                  </url>""".indent(2)), "a page in one language has no alternates");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\n", site.read("robots.txt"));
    }

    @Test
    void aSiteOfMoreThanTenThousandPagesGetsASitemapIndexOfPartsThatGoWhenItShrinks() throws Exception {
        // with one article a page, each article also makes a page of the home and of each of its topics
        TestSite site = TestSite.create(dir).file("content/site.yml", TestSite.SITE_YML.replace("pageSize: 2", "pageSize: 1"));
        for (int i = 0; i < 2600; i++) {
            site.article("content/en/a" + i + ".md", "title: Story " + i + "\ndate: 2019-01-01T00:00:00+09:00\n"
                    + "updated: 2019-02-01T00:00:00+09:00\ntopics: [economy, north-korea]", "Text.");
        }
        site.article("content/en/latest.md", "title: Latest\ndate: 2019-01-01T00:00:00+09:00\n"
                + "updated: 2020-05-06T07:08:09+09:00", "Text.");
        assertTrue(site.build().succeeded());
        org.w3c.dom.Document index = xml(site.read("sitemap.xml"));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        NodeList parts = index.getElementsByTagNameNS(SITEMAPS, "sitemap");
        List<String> locations = new ArrayList<>();
        List<String> partsModified = new ArrayList<>();
        for (int i = 0; i < parts.getLength(); i++) {
            Element part = (Element) parts.item(i);
            assertEquals("https://news.example.org/sitemap-" + (i + 1) + ".xml", text(part, "loc"));
            NodeList urls = xml(site.read("sitemap-" + (i + 1) + ".xml")).getElementsByTagNameNS(SITEMAPS, "url");
            assertTrue(urls.getLength() <= 10_000, urls.getLength() + " pages in one file");
            String latest = "";
            for (int u = 0; u < urls.getLength(); u++) {
                Element url = (Element) urls.item(u);
                locations.add(text(url, "loc"));
                NodeList modified = url.getElementsByTagNameNS(SITEMAPS, "lastmod");
                if (modified.getLength() > 0 && modified.item(0).getTextContent().compareTo(latest) > 0) {
                    latest = modified.item(0).getTextContent();
                }
            }
            assertEquals(latest, text(part, "lastmod"));
            partsModified.add(latest);
        }
        assertEquals(2, parts.getLength());
        assertTrue(partsModified.contains("2020-05-06T07:08:09+09:00"), partsModified.toString());
        assertEquals(indexedPages(), locations.stream().sorted().toList());

        for (int i = 0; i < 200; i++) {
            site.delete("content/en/a" + i + ".md");
        }
        assertTrue(site.build().succeeded());
        org.w3c.dom.Document sitemap = xml(site.read("sitemap.xml"));
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(indexedPages().size(), sitemap.getElementsByTagNameNS(SITEMAPS, "url").getLength());
        assertFalse(site.exists("sitemap-1.xml"));
        assertFalse(site.exists("sitemap-2.xml"));
    }

    /** The address of every page of the site that search engines should know, sorted. */
    private List<String> indexedPages() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("site"))) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> "https://news.example.org/" + dir.resolve("site").relativize(p.getParent()).toString()
                            .replace('\\', '/') + "/")
                    .map(u -> u.replace(".org//", ".org/")).filter(u -> !u.endsWith("/search/")).sorted().toList();
        }
    }

    @Test
    void articleHeadCarriesOpenGraphTwitterAndNewsArticleJsonLd() throws Exception {
        TestSite site = pair();
        assertTrue(site.build().succeeded());
        Document page = Jsoup.parse(site.read("en/2019/03/bells/index.html"));
        assertEquals("https://news.example.org/en/2019/03/bells/", page.select("link[rel=canonical]").attr("href"));
        assertEquals("article", page.select("meta[property=og:type]").attr("content"));
        assertEquals("en_US", page.select("meta[property=og:locale]").attr("content"));
        assertEquals("ko_KR", page.select("meta[property=og:locale:alternate]").attr("content"));
        assertEquals("https://news.example.org/media/images/photo.png", page.select("meta[property=og:image]").attr("content"));
        assertEquals("summary_large_image", page.select("meta[name=twitter:card]").attr("content"));
        assertEquals("The bells rang.", page.select("meta[name=description]").attr("content"));
        JsonNode json = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
        assertEquals("NewsArticle", json.get("@type").asText());
        assertEquals("Bells & whistles", json.get("headline").asText());
        assertEquals("2019-03-01T01:00:00+09:00", json.get("datePublished").asText());
        assertEquals("2019-03-02T10:00:00+09:00", json.get("dateModified").asText());
        assertEquals("Kim Seo-yeon", json.get("author").get(0).get("name").asText());
        assertEquals("Reporter", json.get("author").get(0).get("jobTitle").asText());
        assertEquals("en", json.get("inLanguage").asText());
        assertEquals("The Test Ledger", json.get("publisher").get("name").asText());
        assertEquals("https://news.example.org/ko/2019/03/bells/", json.get("translationOfWork").get("@id").asText());
        JsonNode korean = new ObjectMapper().readTree(Jsoup.parse(site.read("ko/2019/03/bells/index.html"))
                .select("script[type=application/ld+json]").html());
        assertEquals("https://news.example.org/en/2019/03/bells/", korean.get("workTranslation").get(0).get("@id").asText());
    }

    @Test
    void aFeedEntryFollowsTheNewAddressOfTheArticleItLinksToWhenOnlyThatArticleIsSaved() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/old.md", "title: Old\ndate: 2019-03-01", "Old.")
                .article("content/en/2019/new.md", "title: New\ndate: 2019-03-02", "See [the old story](old.md).");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        site.article("content/en/2019/old.md", "title: Old\ndate: 2019-03-01\nslug: harbor", "Old.");
        assertTrue(preview.build(List.of(site.root().resolve("content/en/2019/old.md"))).succeeded());
        Element newest = (Element) xml(site.read("en/feed.xml")).getDocumentElement().getElementsByTagName("entry").item(0);
        assertEquals("New", text(newest, "title"));
        assertTrue(text(newest, "content").contains("<a href=\"https://news.example.org/en/2019/03/harbor/\">the old story</a>"),
                text(newest, "content"));
    }

    @Test
    void theLatestCorrectionDatesTheArticleUnlessUpdatedIsLater() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/fixed.md", """
                        title: Fixed
                        date: 2019-03-01 09:00
                        updated: 2019-03-02 10:00
                        corrections:
                          - {date: 2019-03-04 08:00, text: "The pier is Pier 3, not Pier 4."}
                          - {date: 2019-03-03 12:00, text: An earlier version misspelled the mayor's name.}
                        """, "Body.")
                .article("content/en/2019/later.md", """
                        title: Later
                        date: 2019-03-01 09:00
                        updated: 2019-03-09 10:00
                        corrections: [{date: 2019-03-04 08:00, text: A name was misspelled.}]
                        """, "Body.")
                .article("content/en/2019/born-corrected.md", """
                        title: Born corrected
                        date: 2019-03-01 09:00
                        corrections: [{date: 2019-03-01 09:00, text: Corrected before this edition was published.}]
                        """, "Body.");
        assertTrue(site.build().succeeded());
        Document bornCorrected = Jsoup.parse(site.read("en/2019/03/born-corrected/index.html"));
        assertEquals(List.of(), bornCorrected.select("meta[property=article:modified_time]").eachAttr("content"),
                "a correction dated at publication modifies nothing a reader saw");
        List<String> updated = new ArrayList<>();
        NodeList entries = xml(site.read("en/feed.xml")).getDocumentElement().getElementsByTagName("entry");
        for (int i = 0; i < entries.getLength(); i++) {
            updated.add(text((Element) entries.item(i), "title") + " " + text((Element) entries.item(i), "updated"));
        }
        assertEquals(List.of("Born corrected 2019-03-01T09:00:00+09:00", "Fixed 2019-03-04T08:00:00+09:00",
                "Later 2019-03-09T10:00:00+09:00"),
                updated.stream().sorted().toList());
        Document page = Jsoup.parse(site.read("en/2019/03/fixed/index.html"));
        JsonNode json = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
        assertEquals("2019-03-04T08:00:00+09:00", json.get("dateModified").asText());
        JsonNode corrections = json.get("correction");
        assertEquals(2, corrections.size());
        assertEquals("CorrectionComment", corrections.get(0).get("@type").asText());
        assertEquals("An earlier version misspelled the mayor's name.", corrections.get(0).get("text").asText());
        assertEquals("2019-03-03T12:00:00+09:00", corrections.get(0).get("datePublished").asText());
        assertEquals(List.of("Correction"), page.select(".corrections h2").eachText());
        assertEquals(List.of("March 3, 2019, 12:00 PM KST: An earlier version misspelled the mayor's name.",
                "March 4, 2019, 8:00 AM KST: The pier is Pier 3, not Pier 4."), page.select(".correction").eachText());
    }

    @Test
    void jsonLdCannotBeClosedByAHeadline() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/x.md", "title: \"</script><script>alert(1)</script>\"\ndate: 2019-03-01", "");
        assertTrue(site.build().succeeded());
        String page = site.read("en/2019/03/x/index.html");
        assertFalse(page.contains("<script>alert(1)"), page);
        assertEquals("</script><script>alert(1)</script>", new ObjectMapper().readTree(
                Jsoup.parse(page).select("script[type=application/ld+json]").html()).get("headline").asText());
    }

    @Test
    void imagesCarryTheirPixelSize() throws Exception {
        TestSite site = pair().article("content/en/2019/chart.md", "title: Chart\ndate: 2019-03-04\ntopics: [economy]",
                "The chart, ![by reference][chart].\n\n[chart]: ../../images/photo.png \"A chart\"\n");
        BuildResult built = site.build();
        assertTrue(built.succeeded(), built.problems().toString());
        String page = site.read("en/2019/03/bells/index.html");
        assertTrue(page.contains("<img src=\"/media/images/photo.png\" alt=\"Bells\" width=\"40\" height=\"30\">"), page);
        assertTrue(page.contains("<img src=\"/media/images/photo.png\" alt=\"a photo\" width=\"40\" height=\"30\" />"), page);
        assertTrue(site.read("en/2019/03/chart/index.html").contains("<img src=\"/media/images/photo.png\" "
                + "alt=\"by reference\" title=\"A chart\" width=\"40\" height=\"30\" />"), site.read("en/2019/03/chart/index.html"));
    }

    @Test
    void editionHomeIsPaginatedWithoutAPageOne() throws Exception {
        TestSite site = pair().article("content/en/2019/third.md", "title: Third\ndate: 2019-02-01", "x");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/index.html").contains("<a rel=\"next\" href=\"/en/page/2/\">"));
        assertTrue(site.read("en/page/2/index.html").contains("Older"));
        assertFalse(site.exists("en/page/1/index.html"));
        assertFalse(site.exists("ko/page/2/index.html"));
        assertFalse(site.read("en/page/2/index.html").contains("hreflang=\"ko\" href"));
    }

    @Test
    void stylesheetIsFingerprintedByItsContent() throws Exception {
        TestSite site = pair();
        assertTrue(site.build().succeeded());
        String first = Jsoup.parse(site.read("en/index.html")).select("link[rel=stylesheet]").attr("href");
        assertTrue(first.matches("/assets/style\\.[0-9a-f]{8}\\.css"), first);
        assertTrue(site.exists(first.substring(1)));
        site.file("templates/assets/style.css", "body { color: red; }\n");
        assertTrue(site.build().succeeded());
        String second = Jsoup.parse(site.read("en/index.html")).select("link[rel=stylesheet]").attr("href");
        assertNotEquals(first, second);
        assertFalse(site.exists(first.substring(1)), "the old stylesheet is removed");
    }

    @Test
    void brokenLinkIntoTheSiteFailsTheBuildAndOtherHostPathsOnlyWarn() throws Exception {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01",
                "[gone](/en/2018/01/gone/) and [about us](/about/)");
        List<String> warnings = new ArrayList<>();
        BuildResult result = Generator.build(site.options(), new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        });
        assertEquals(List.of("content/en/2019/a.md:5: broken link to /en/2018/01/gone/: no such page or file in "
                + "the site"), result.problems().stream().map(Object::toString).toList());
        assertEquals(List.of("content/en/2019/a.md:5: link to /about/ leads to no page Broadsheet generates "
                + "(fine if the host serves it)"), warnings);
    }

    @Test
    void anArticleOfTwentyThousandBrokenLinksIsReportedWholeInLinearTime() {
        AtomicInteger sites = new AtomicInteger();
        // each broken link once searched for in a body read anew took minutes
        LinearTime.assertLinearOverThreads("broken links", 5_000, links -> {
            StringBuilder body = new StringBuilder("First line.\n\n");
            for (int i = 0; i < links; i++) {
                body.append("[a](/en/gone-").append(i).append("/) ");
            }
            TestSite site = TestSite.create(dir.resolve("site-" + sites.incrementAndGet()))
                    .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", body.toString());
            List<String> problems = site.problems();
            assertEquals(links, problems.size());
            assertTrue(problems.contains("content/en/2019/a.md:7: broken link to /en/gone-0/: no such page or file in the site"),
                    problems.subList(0, 3).toString());
            assertEquals(BrokenLinks.PLACED_PER_ARTICLE, problems.stream().filter(p -> p.startsWith("content/en/2019/a.md:7:"))
                    .count());
            assertEquals(links - BrokenLinks.PLACED_PER_ARTICLE, problems.stream()
                    .filter(p -> p.startsWith("content/en/2019/a.md: broken link to /en/gone-")).count());
        });
    }

    @Test
    void aTemplatesBrokenLinkIsReportedOnThePageItIsOn() throws Exception {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Text.");
        Path template = site.root().resolve("templates/article.ftlh");
        Files.writeString(template, Files.readString(template).replace("</article>",
                "<a href=\"/en/desk/\">The desk</a></article>"));
        assertEquals(List.of("site/en/2019/03/a/index.html: broken link to /en/desk/: no such page or file in the site"),
                site.problems());
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
