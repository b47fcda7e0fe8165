package org.broadsheet.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.model.XmlChars;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For any text, a feed's or sitemap's element holds it as the JDK's XML writer escapes text itself: the documents
 * escape their text by hand, and the bytes of feeds that readers' services have fetched must not change.
 */
class XmlDocumentPropertyTest {

    @Property(tries = 2000)
    void textIsEscapedAsTheJdkWriterEscapesIt(@ForAll("texts") String text) throws XMLStreamException {
        String written = XmlDocument.write("feed", "urn:x", xml -> XmlDocument.text(xml, 1, "title", text));
        assertEquals(escapedByTheJdk(XmlChars.cleaned(text)), written);
    }

    /** The same document through the JDK's writer with its own escaping. */
    private static String escapedByTheJdk(String cleaned) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("urn:x");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("title");
        xml.writeCharacters(cleaned);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    @Provide
    Arbitrary<String> texts() {
        // markup, entities, quotes, CDATA's end, controls XML forbids, Hangul, lone and paired surrogates
        Arbitrary<String> pieces = Arbitraries.of("&", "<", ">", "\"", "'", "&amp;", "&lt;", "]]>", "<b>", "</p>",
                "\u0000", "\u000B", "\r", "\n", "\t", "\uFFFE", "한국어", "\uD83D\uDE00", "\uD83D", "\uDE00", "a", " ");
        return Arbitraries.oneOf(pieces.list().ofMaxSize(30).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(60));
    }
}
