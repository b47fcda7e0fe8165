package org.broadsheet.output;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Writes {@code sitemap.xml}: every page with its last modification and, for pages that exist in
 * several languages, {@code xhtml:link} alternates for each language and {@code x-default}. Since
 * every page of a translation group lists the same alternates, they are reciprocal by construction.
 *
 * <p>A site of more than {@link #URLS_PER_FILE} pages gets a sitemap index in {@code sitemap.xml} and the
 * pages in parts ({@code sitemap-1.xml}, {@code sitemap-2.xml}…), each made and written alone, so that no
 * part is ever larger than one of {@link #URLS_PER_FILE} pages, in memory or on disk.
 */
public final class Sitemap {

    /**
     * How many pages one file lists at most: the protocol allows 50,000 URLs and 50 MB a file, and an entry with its
     * alternates is about 450 bytes here, about 4 KB with three languages and the longest addresses a site can have.
     */
    public static final int URLS_PER_FILE = 10_000;

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

    /** The files of the sitemap of {@code pages} pages: {@code sitemap.xml}, and its parts when there are more than one. */
    public static List<String> files(int pages) {
        List<String> files = new ArrayList<>();
        files.add(SiteUrls.sitemap());
        int parts = parts(pages);
        for (int part = 1; parts > 1 && part <= parts; part++) {
            files.add(SiteUrls.sitemapPart(part));
        }
        return files;
    }

    /**
     * Writes the sitemap of {@code pages} to {@code writer} (site path → XML): {@code entries} makes the entries of
     * {@link #URLS_PER_FILE} pages at a time, which {@code absolute} gives a part's absolute URL in the index.
     */
    public static <P> void write(List<P> pages, Function<List<P>, List<Entry>> entries, UnaryOperator<String> absolute,
                                 BiConsumer<String, String> writer) {
        int parts = parts(pages.size());
        if (parts == 1) {
            writer.accept(SiteUrls.sitemap(), urls(entries.apply(pages)));
            return;
        }
        Map<String, String> partsModified = new LinkedHashMap<>();
        for (int part = 1; part <= parts; part++) {
            List<Entry> listed = entries.apply(pages.subList((part - 1) * URLS_PER_FILE,
                    Math.min(pages.size(), part * URLS_PER_FILE)));
            writer.accept(SiteUrls.sitemapPart(part), urls(listed));
            partsModified.put(absolute.apply(SiteUrls.sitemapPart(part)),
                    latest(listed.stream().map(Entry::lastModified).toList()));
        }
        writer.accept(SiteUrls.sitemap(), index(partsModified));
    }

    /**
     * A sitemap index of {@code parts}: each part's absolute URL and the latest last modification of what it lists
     * (null for none).
     */
    static String index(Map<String, String> parts) {
        return XmlDocument.write("sitemapindex", SITEMAP, xml -> {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                XmlDocument.indent(xml, 1);
                xml.writeStartElement("sitemap");
                XmlDocument.text(xml, 2, "loc", part.getKey());
                if (part.getValue() != null) {
                    XmlDocument.text(xml, 2, "lastmod", part.getValue());
                }
                XmlDocument.indent(xml, 1);
                xml.writeEndElement();
            }
        });
    }

    /** The sitemap of {@code entries} in one file. */
    private static String urls(List<Entry> entries) {
        return XmlDocument.write("urlset", SITEMAP, xml -> {
            xml.writeNamespace("xhtml", XHTML);
            for (Entry entry : entries) {
                entry(xml, entry);
            }
        });
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
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

    private static int parts(int pages) {
        return Math.max(1, (pages + URLS_PER_FILE - 1) / URLS_PER_FILE);
    }

    /** The latest of {@code times} (ISO 8601 with offsets, or null), as it is written there; null when none is one. */
    static String latest(List<String> times) {
        return times.stream().filter(Objects::nonNull).max(Comparator.comparing(OffsetDateTime::parse)).orElse(null);
    }
}
