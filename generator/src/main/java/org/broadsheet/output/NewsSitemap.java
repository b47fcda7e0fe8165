package org.broadsheet.output;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes an edition's Google News sitemap: a sitemap whose entries carry the {@code news:} extension
 * (the publication's name and language, the publication date and the title), for the articles of the
 * last two days.
 */
public final class NewsSitemap {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    /** An article: absolute URL, first publication (ISO 8601 with offset) and headline. */
    public record Entry(String url, String published, String title) {
    }

    /** How many articles one news sitemap lists at most: Google News reads no more than 1,000 from one file. */
    public static final int ARTICLES_PER_FILE = 1000;

    private NewsSitemap() {
    }

    /**
     * The news sitemap of an edition, site path → XML: {@code {lang}/news-sitemap.xml}, or, for more than {@link
     * #ARTICLES_PER_FILE} articles, a sitemap index there of parts {@code {lang}/news-sitemap-1.xml}… in the order of
     * {@code entries}, which {@code absolute} gives their absolute URLs.
     *
     * @param publication the edition's name, as Google News shows it
     * @param language    the edition's language code
     * @param entries     at least one: the protocol has no empty sitemap
     */
    public static Map<String, String> files(String publication, String language, List<Entry> entries,
                                            UnaryOperator<String> absolute) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a news sitemap lists at least one article");
        }
        Map<String, String> files = new LinkedHashMap<>();
        if (entries.size() <= ARTICLES_PER_FILE) {
            files.put(SiteUrls.newsSitemap(language), urls(publication, language, entries));
            return files;
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (int from = 0, part = 1; from < entries.size(); from += ARTICLES_PER_FILE, part++) {
            List<Entry> listed = entries.subList(from, Math.min(entries.size(), from + ARTICLES_PER_FILE));
            files.put(SiteUrls.newsSitemapPart(language, part), urls(publication, language, listed));
            parts.put(absolute.apply(SiteUrls.newsSitemapPart(language, part)),
                    Sitemap.latest(listed.stream().map(Entry::published).toList()));
        }
        files.put(SiteUrls.newsSitemap(language), Sitemap.index(parts));
        return files;
    }

    private static String urls(String publication, String language, List<Entry> entries) {
        String newsLanguage = newsLanguage(language);
        return XmlDocument.write("urlset", SITEMAP, xml -> {
            xml.writeNamespace("news", NEWS);
            for (Entry entry : entries) {
                XmlDocument.indent(xml, 1);
                xml.writeStartElement("url");
                XmlDocument.text(xml, 2, "loc", entry.url());
                XmlDocument.indent(xml, 2);
                xml.writeStartElement("news", "news", NEWS);
                XmlDocument.indent(xml, 3);
                xml.writeStartElement("news", "publication", NEWS);
                news(xml, 4, "name", publication);
                news(xml, 4, "language", newsLanguage);
                XmlDocument.indent(xml, 3);
                xml.writeEndElement();
                news(xml, 3, "publication_date", entry.published());
                news(xml, 3, "title", entry.title());
                XmlDocument.indent(xml, 2);
                xml.writeEndElement();
                XmlDocument.indent(xml, 1);
                xml.writeEndElement();
            }
        });
    }

    /**
     * The language as Google News takes it: an ISO 639 code of two or three letters, or {@code zh-cn} /
     * {@code zh-tw}; a region ({@code pt-BR}) is dropped.
     */
    static String newsLanguage(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.equals("zh-cn") || lower.equals("zh-tw")) {
            return lower;
        }
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    private static void news(XMLStreamWriter xml, int depth, String name, String value)
            throws XMLStreamException {
        XmlDocument.indent(xml, depth);
        xml.writeStartElement("news", name, NEWS);
        XmlDocument.characters(xml, value);
        xml.writeEndElement();
    }
}
