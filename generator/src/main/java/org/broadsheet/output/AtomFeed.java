package org.broadsheet.output;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.List;

import static org.broadsheet.output.XmlDocument.indent;
import static org.broadsheet.output.XmlDocument.text;

/** Writes an Atom 1.0 feed (RFC 4287). */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * A feed. Dates are ISO 8601 with offset; URLs absolute.
     *
     * @param self    the feed's own URL (also its id)
     * @param page    the HTML page the feed follows
     * @param updated the latest change of any entry (or of the site when there is none)
     * @param author  the author named when an entry has none (the newsroom)
     * @param hub     the WebSub hub that readers' feed services may subscribe at, or null
     */
    public record Feed(String language, String title, String subtitle, String self, String page, String updated,
                       String author, String hub, List<Entry> entries) {
    }

    /** An article as a feed entry; {@code content} is HTML with absolute links. */
    public record Entry(String url, String title, String published, String updated, List<String> authors,
                        String summary, String content) {
    }

    private AtomFeed() {
    }

    public static String write(Feed feed) {
        return XmlDocument.write("feed", ATOM, xml -> {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", feed.language());
            text(xml, 1, "id", feed.self());
            text(xml, 1, "title", feed.title());
            if (feed.subtitle() != null && !feed.subtitle().isEmpty()) {
                text(xml, 1, "subtitle", feed.subtitle());
            }
            text(xml, 1, "updated", feed.updated());
            link(xml, 1, "self", "application/atom+xml", feed.self());
            link(xml, 1, "alternate", "text/html", feed.page());
            if (feed.hub() != null) {
                link(xml, 1, "hub", null, feed.hub());
            }
            author(xml, 1, feed.author());
            for (Entry entry : feed.entries()) {
                entry(xml, entry);
            }
        });
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("entry");
        text(xml, 2, "id", entry.url());
        text(xml, 2, "title", entry.title());
        link(xml, 2, "alternate", "text/html", entry.url());
        text(xml, 2, "published", entry.published());
        text(xml, 2, "updated", entry.updated());
        for (String author : entry.authors()) {
            author(xml, 2, author);
        }
        if (entry.summary() != null && !entry.summary().isEmpty()) {
            text(xml, 2, "summary", entry.summary());
        }
        indent(xml, 2);
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        XmlDocument.characters(xml, entry.content());
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void author(XMLStreamWriter xml, int depth, String name) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement("author");
        text(xml, depth + 1, "name", name);
        indent(xml, depth);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, int depth, String rel, String type, String href)
            throws XMLStreamException {
        indent(xml, depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        XmlDocument.attribute(xml, "href", href);
    }
}
