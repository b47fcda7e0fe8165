package org.broadsheet.output;

import org.broadsheet.model.XmlChars;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.List;
import java.util.Locale;

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

    private NewsSitemap() {
    }

    /**
     * @param publication the edition's name, as Google News shows it
     * @param language    the edition's language code
     * @param entries     at least one: the protocol has no empty sitemap
     */
    public static String write(String publication, String language, List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a news sitemap lists at least one article");
        }
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
        xml.writeCharacters(XmlChars.cleaned(value));
        xml.writeEndElement();
    }
}
