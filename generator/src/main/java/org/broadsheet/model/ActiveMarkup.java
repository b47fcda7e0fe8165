package org.broadsheet.model;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What in a file of markup (an SVG picture, a GPX track, any XML) could run a script when a browser shows
 * the file as a document of the site: read as browsers read XML (its own encoding, internal entities
 * expanded, nothing fetched from elsewhere), then every element and attribute looked at. A file that is
 * not well-formed is refused too, since a browser runs what precedes the first error.
 */
final class ActiveMarkup {

    private static final Set<String> FOREIGN_NAMESPACES = Set.of("http://www.w3.org/1999/xhtml",
            "http://www.w3.org/1998/Math/MathML");
    /**
     * Elements that run a script or show another document in HTML, SVG or XML Events, in lower case: refused
     * in every namespace, since a browser that reads the file as HTML puts them all in HTML's.
     */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "frame", "frameset",
            "object", "embed", "applet", "portal", "handler", "listener", "base", "meta", "link", "form");
    /** SVG's animations, which may set a link to {@code javascript:} after every check of the file. */
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform",
            "animatecolor");
    /** Attributes whose value a browser follows or loads as an address. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "data");
    /** The addresses with a scheme that markup may have: the web's, e-mail, and embedded raster pictures. */
    private static final Pattern SAFE_SCHEME = Pattern.compile("(?:https?|mailto):.*|data:image/(?:png|jpeg|gif|webp|avif)[;,].*",
            Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);
    /** What browsers ignore in an address: ASCII white space and control characters, anywhere in it. */
    private static final Pattern IGNORED_IN_ADDRESSES = Pattern.compile("[\\x00-\\x20\\x7F]");

    private ActiveMarkup() {
    }

    /** What in the markup {@code in} could run (for problems, e.g. {@code "holds <script>"}), or empty. */
    static Optional<String> of(InputStream in) throws IOException {
        Input input = new Input(in);
        Checker checker = new Checker(input);
        try {
            SAXParser parser = parser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", checker);
            parser.parse(input, checker);
            return Optional.empty();
        } catch (Found found) {
            return Optional.of(found.getMessage());
        } catch (SAXException | EndInDoctype e) {
            return Optional.of("is not well-formed XML, so Broadsheet cannot check what it runs");
        }
    }

    /**
     * The file as the parser reads it, whose end between the DOCTYPE and the root element (both included) is an
     * {@link EndInDoctype} rather than an end:
     * the JDK's parser meets that end with an {@code EOFException} that it prints to the standard error itself
     * ({@code XMLDocumentScannerImpl.DTDDriver}, whatever the error handler) before it reports the file as not
     * well-formed, and a build prints nothing but its log.
     */
    private static final class Input extends FilterInputStream {

        /** From the start of a DOCTYPE to the start of the root element. */
        private boolean inDoctype;

        Input(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            return ended(super.read(bytes, offset, length));
        }

        private int ended(int read) throws IOException {
            if (read < 0 && inDoctype) {
                throw new EndInDoctype();
            }
            return read;
        }
    }

    /** The file ended inside its DOCTYPE. Not an {@code EOFException}, which the parser would print. */
    private static final class EndInDoctype extends IOException {
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // a DOCTYPE is read (pictures exported from drawing programs declare entities in it), but nothing is
            // fetched: no external DTD or entity, as browsers fetch none
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser takes these features", e);
        }
    }

    /** Stops the parse at the first thing that could run. */
    private static final class Found extends SAXException {
        Found(String what) {
            super(what);
        }
    }

    private static final class Checker extends DefaultHandler2 {

        private final Input input;

        Checker(Input input) {
            this.input = input;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) {
            input.inDoctype = true;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            input.inDoctype = false;
            String name = localName.toLowerCase(Locale.ROOT);
            if (FOREIGN_NAMESPACES.contains(uri)) {
                throw new Found("holds an element of HTML or MathML (<" + qName + ">)");
            }
            if (ACTIVE_ELEMENTS.contains(name)) {
                throw new Found("holds <" + qName + ">");
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                String value = attributes.getValue(i);
                if (attribute.startsWith("on")) {
                    throw new Found("holds the event handler " + attributes.getQName(i) + " (on <" + qName + ">)");
                }
                if (XMLConstants.XML_NS_URI.equals(attributes.getURI(i)) && attribute.equals("base")) {
                    throw new Found("holds xml:base (on <" + qName + ">)");
                }
                if (ADDRESSES.contains(attribute) && !safeAddress(value)) {
                    throw new Found("holds a link to '" + shown(value) + "' (on <" + qName + ">)");
                }
                if (ANIMATIONS.contains(name) && attribute.equals("attributename")) {
                    String animated = value.strip().toLowerCase(Locale.ROOT);
                    if (animated.endsWith("href") || animated.startsWith("on")) {
                        throw new Found("holds an animation of " + value.strip() + " (<" + qName + ">)");
                    }
                }
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            // <?xml-stylesheet?> makes the browser run a transform, which may write a script
            throw new Found("holds the processing instruction <?" + target + "?>");
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            throw new Found("holds the entity &" + name + "; which Broadsheet does not read");
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void warning(SAXParseException e) {
            // a warning (an unused declaration, say) leaves the document as it is
        }
    }

    /** Whether a browser reads {@code value} as a relative address, a fragment, or one with a safe scheme. */
    private static boolean safeAddress(String value) {
        String read = IGNORED_IN_ADDRESSES.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        return !SCHEME.matcher(read).matches() || SAFE_SCHEME.matcher(read).matches();
    }

    /** {@code value} as a problem quotes it: on one line, at most 40 characters. */
    private static String shown(String value) {
        String line = value.strip().replaceAll("\\p{Cntrl}", "?");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
