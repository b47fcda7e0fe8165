package org.broadsheet.output;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code sitemap.xml}: every page with its last modification and, for pages that exist in
 * several languages, {@code xhtml:link} alternates for each language and {@code x-default}. Since
 * every page of a translation group lists the same alternates, they are reciprocal by construction.
 */
public final class Sitemap {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /**
     * A page: absolute URL, last modification (ISO 8601, or null), and its alternates
     * (hreflang → absolute URL, {@code x-default} included; empty for a page in one language).
     */
    public record Entry(String url, String lastModified, Map<String, String> alternates) {
    }

    private Sitemap() {
    }

    public static String write(List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            for (Entry entry : entries) {
                AtomFeed.indent(xml, 1);
                xml.writeStartElement("url");
                AtomFeed.indent(xml, 2);
                xml.writeStartElement("loc");
                xml.writeCharacters(entry.url());
                xml.writeEndElement();
                if (entry.lastModified() != null) {
                    AtomFeed.indent(xml, 2);
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(entry.lastModified());
                    xml.writeEndElement();
                }
                for (Map.Entry<String, String> alternate : entry.alternates().entrySet()) {
                    AtomFeed.indent(xml, 2);
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.getKey());
                    xml.writeAttribute("href", alternate.getValue());
                }
                AtomFeed.indent(xml, 1);
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a sitemap to a string cannot fail", e);
        }
        return out.toString();
    }
}
