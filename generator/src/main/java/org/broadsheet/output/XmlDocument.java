package org.broadsheet.output;

import org.broadsheet.model.XmlChars;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/** Writes the small, indented XML documents of the site (feeds, sitemap) with the JDK's XML writer. */
final class XmlDocument {

    /** The JDK's writer's property that turns its escaping of text off (attributes are escaped all the same). */
    private static final String ESCAPE_CHARACTERS = "escapeCharacters";

    /** Writes the root element's namespaces, attributes and children. */
    @FunctionalInterface
    interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlDocument() {
    }

    /** A UTF-8 document whose root element {@code root}, in {@code namespace}, holds what {@code content} writes. */
    static String write(String root, String namespace, Content content) {
        StringWriter out = new StringWriter();
        try {
            // the JDK's own writer, whatever StAX implementation the class path offers: the same input gives the same bytes
            XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
            // text is escaped by characters(), the writer's own escaping goes a char at a time
            factory.setProperty(ESCAPE_CHARACTERS, false);
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
            content.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * {@code <name>value</name>} on a line of its own at {@code depth}, without the characters XML forbids:
     * content was cleaned when it was read, but entities in Markdown ({@code &#11;}) give them too.
     */
    static void text(XMLStreamWriter xml, int depth, String name, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        characters(xml, value);
        xml.writeEndElement();
    }

    /**
     * {@code value} as text, without the characters XML forbids, its {@code &}, {@code <} and {@code >} escaped as the
     * JDK's writer escapes them: the writer does it a char at a time, which took a few percent of a small site's cold
     * build for the feeds' entries, whole articles in HTML.
     */
    static void characters(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeCharacters(XmlChars.cleaned(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    /** An attribute whose value is cleaned like every text: content was cleaned when read, this is the last guard. */
    static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlChars.cleaned(value));
    }

    static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
