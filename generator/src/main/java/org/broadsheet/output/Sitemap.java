package org.broadsheet.output;

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
        return XmlDocument.write("urlset", SITEMAP, xml -> {
            xml.writeNamespace("xhtml", XHTML);
            for (Entry entry : entries) {
                XmlDocument.indent(xml, 1);
                xml.writeStartElement("url");
                XmlDocument.text(xml, 2, "loc", entry.url());
                if (entry.lastModified() != null) {
                    XmlDocument.text(xml, 2, "lastmod", entry.lastModified());
                }
                for (Map.Entry<String, String> alternate : entry.alternates().entrySet()) {
                    XmlDocument.indent(xml, 2);
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.getKey());
                    XmlDocument.attribute(xml, "href", alternate.getValue());
                }
                XmlDocument.indent(xml, 1);
                xml.writeEndElement();
            }
        });
    }
}
