package org.broadsheet.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spec table of {@link PublishableFiles#refusal}: a file of {@code content/} (name and bytes) and why it is not
 * published, or nothing when it is.
 */
class PublishableFilesTest {

    private static final String SVG = "xmlns=\"http://www.w3.org/2000/svg\"";
    private static final String XLINK = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    static Stream<Arguments> table() {
        return Stream.of(
                row("a picture", "chart.png", PNG, null),
                row("a picture drawn from an SVG, named as Wikimedia names it", "Curl-logo.svg.png", PNG, null),
                row("a PDF", "report.pdf", text("%PDF-1.4\n<< /Type /Catalog >>\n"), null),
                row("a 3D model of a page bundle", "teapot.obj", text("v 0 0 0\nv 1 0 0\nf 1 2 3\n"), null),
                row("a certificate", "root-ca.pem", text("-----BEGIN CERTIFICATE-----\nMIIB\n"), null),
                row("a certificate in DER", "root-ca.der", new byte[]{0x30, (byte) 0x82, 1, 10}, null),
                row("a Python script, which no host runs without being told to", "plot.py",
                        text("print('<html>')\n"), null),
                row("a table", "votes.csv", text("district,votes\n<unknown>,3\n"), null),
                row("an SVG exported with a DOCTYPE, links, an embedded picture and a style", "map.svg",
                        text("<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg " + SVG + " " + XLINK + ">"
                                + "<style>rect{fill:red}</style><a xlink:href=\"https://example.org/\"><rect/></a>"
                                + "<use href=\"#c\"/><image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>\n"), null),
                row("an SVG whose namespace is an entity, as a drawing program writes it", "logo.svg",
                        text("<!DOCTYPE svg [<!ENTITY ns_svg \"http://www.w3.org/2000/svg\">]>\n"
                                + "<svg xmlns=\"&ns_svg;\"><rect/></svg>\n"), null),
                row("a GPS track", "route.gpx", text("<?xml version=\"1.0\"?><gpx><trk><name>Walk</name></trk></gpx>"), null),

                row("a page", "demo.html", text("<p>Demo</p>"), "is a page, script or server program ('.html')"),
                row("a script", "app.js", text("alert(1)"), "is a page, script or server program ('.js')"),
                row("a PHP program named as a picture, which Apache runs", "shell.php.png", PNG,
                        "is a page, script or server program ('.php')"),
                row("a PHP program whose name ends in a space, which Windows drops", "shell.php ", text("GIF89a<?php"),
                        "is a page, script or server program ('.php')"),
                row("a script whose name ends in spaces and dots, which Windows drops", "app.js . .", text("alert(1)"),
                        "is a page, script or server program ('.js')"),
                row("a page named with its NTFS data stream", "demo.aspx::$DATA", text("GIF89a"),
                        "is a page, script or server program ('.aspx')"),
                row("a host's settings named with a final dot", "_headers.", text("/*\n  X-Frame-Options: ALLOW\n"),
                        "is a file that web hosts read as their settings"),
                row("a script named as a stream of a picture, which Apache serves as a script", "chart.png:x.js", PNG,
                        "is a page, script or server program ('.js')"),
                row("a host's settings named with its NTFS data stream", "web.config::$DATA", text("<configuration/>"),
                        "is a file that web hosts read as their settings"),
                row("a picture whose name holds a colon", "chart:2019.png", PNG, null),
                row("a compressed SVG", "chart.svgz", new byte[]{0x1f, (byte) 0x8b, 8}, "is a page, script or server program ('.svgz')"),
                row("a page hidden from XML in CDATA, named with .svg before another extension", "chart.svg.obj",
                        text("<html><body><![CDATA[><img src=x onerror=alert(1)>]]></body></html>"),
                        "starts like an HTML page, which browsers take it for when a host does not say what the file is"),
                row("a host's settings", "Web.Config", text("<configuration/>"), "is a file that web hosts read as their settings"),
                row("an SVG with a script", "chart.svg", text("<svg " + SVG + "><script>alert(1)</script></svg>"),
                        "holds <script>"),
                row("an SVG with a script under another prefix", "chart.svg",
                        text("<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></s:svg>"),
                        "holds <s:script>"),
                row("an SVG with a script hidden in an entity", "chart.svg",
                        text("<!DOCTYPE svg [<!ENTITY x \"<script>alert(1)</script>\">]><svg " + SVG + ">&x;</svg>"),
                        "holds <script>"),
                row("an SVG with an event handler", "chart.svg", text("<svg " + SVG + " onload=\"alert(1)\"/>"),
                        "holds the event handler onload (on <svg>)"),
                row("an SVG linking to javascript: with a tab in it", "chart.svg",
                        text("<svg " + SVG + " " + XLINK + "><a xlink:href=\" java&#x09;script:alert(1)\">x</a></svg>"),
                        "holds a link to 'java?script:alert(1)' (on <a>)"),
                row("an SVG embedding another SVG", "chart.svg",
                        text("<svg " + SVG + "><use href=\"data:image/svg+xml;base64,PHN2Zy8+#x\"/></svg>"),
                        "holds a link to 'data:image/svg+xml;base64,PHN2Zy8+#x' (on <use>)"),
                row("an SVG animating a link", "chart.svg",
                        text("<svg " + SVG + "><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/>x</a></svg>"),
                        "holds an animation of href (<set>)"),
                row("an SVG holding HTML", "chart.svg",
                        text("<svg " + SVG + "><foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p>"
                                + "</foreignObject></svg>"), "holds <foreignObject>"),
                row("an element of HTML in XML", "data.xml",
                        text("<root><h:img xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"x\"/></root>"),
                        "holds an element of HTML or MathML (<h:img>)"),
                row("a style sheet that transforms the picture", "chart.svg",
                        text("<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"a.xsl\"?><svg " + SVG + "/>"),
                        "holds the processing instruction <?xml-stylesheet?>"),
                row("an SVG that is not well-formed", "chart.svg", text("<svg " + SVG + "><rect></svg>"),
                        "is not well-formed XML, so Broadsheet cannot check what it runs"),
                row("a compressed SVG under another name", "chart.svg.gz", new byte[]{0x1f, (byte) 0x8b, 8, 0},
                        "is not well-formed XML, so Broadsheet cannot check what it runs"),
                row("markup in UTF-16 without a byte-order mark, in a file of any name", "notes.txt",
                        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg " + SVG + "><script>alert(1)</script></svg>")
                                .getBytes(StandardCharsets.UTF_16LE), "holds <script>"),
                row("a text that starts like an HTML page", "notes.txt", text("  <!DOCTYPE html><title>x</title>"),
                        "starts like an HTML page, which browsers take it for when a host does not say what the file is"),
                row("a file of a kind hosts may not know that starts like HTML", "scene.obj", text("<p>hello"),
                        "starts like an HTML page, which browsers take it for when a host does not say what the file is"));
    }

    private static Arguments row(String name, String file, byte[] bytes, String refusal) {
        return Arguments.of(name, file, bytes, Optional.ofNullable(refusal));
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void fileOfContent(String name, String file, byte[] bytes, Optional<String> refusal, @TempDir Path contentDir)
            throws IOException {
        Files.createDirectories(contentDir.resolve("files"));
        Files.write(contentDir.resolve("files").resolve(file), bytes);
        assertEquals(refusal, PublishableFiles.refusal(contentDir, "files/" + file));
    }

    @Test
    void anSvgWithADoctypeCutAnywhereIsRefusedAndNothingIsPrintedOutsideTheLog(@TempDir Path contentDir)
            throws IOException {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"b\">\n<!-- c -->\n]>\n<svg " + SVG
                + ">&a;</svg>\n";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (int length = 1; length < svg.indexOf("</svg>") + "</svg>".length(); length++) {
                Path file = contentDir.resolve("cut" + length + ".svg");
                Files.writeString(file, svg.substring(0, length));
                assertEquals(Optional.of("is not well-formed XML, so Broadsheet cannot check what it runs"),
                        PublishableFiles.refusal(contentDir, file.getFileName().toString()), svg.substring(0, length));
            }
        } finally {
            System.setErr(standardError);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        Files.writeString(contentDir.resolve("whole.svg"), svg);
        assertEquals(Optional.empty(), PublishableFiles.refusal(contentDir, "whole.svg"));
    }

    /** For any page or program, whatever case, final dots and spaces or NTFS stream its name has, it is refused. */
    @Property(tries = 300, seed = "20261207")
    void aProgramIsRefusedHoweverItsNameEnds(@ForAll("programName") String name) throws IOException {
        Path contentDir = Files.createTempDirectory("publishable");
        try {
            Files.write(contentDir.resolve(name), text("GIF89a"));
            Optional<String> refusal = PublishableFiles.refusal(contentDir, name);
            assertTrue(refusal.isPresent() && refusal.get().startsWith("is a page, script or server program"),
                    name + ": " + refusal);
        } finally {
            Files.delete(contentDir.resolve(name));
            Files.delete(contentDir);
        }
    }

    @Provide
    Arbitrary<String> programName() {
        Arbitrary<String> extension = Arbitraries.of("php", "html", "js", "aspx", "shtml", "cgi", "svgz")
                .flatMap(e -> Arbitraries.of(e, e.toUpperCase(Locale.ROOT), e.substring(0, 1).toUpperCase(Locale.ROOT)
                        + e.substring(1)));
        Arbitrary<String> end = Arbitraries.strings().withChars(". ").ofMaxLength(4);
        Arbitrary<String> stream = Arbitraries.of("", "::$DATA", ":x", ":x.png", ":$DATA .");
        Arbitrary<String> before = Arbitraries.of("shell", "shell.png", "a b", "x.tar");
        return net.jqwik.api.Combinators.combine(before, extension, end, stream, Arbitraries.of("", ".png", ".obj"))
                .as((b, e, d, s, after) -> after.isEmpty() ? b + "." + e + d + s : b + "." + e + after + s + d)
                .filter(n -> !n.endsWith("/"));
    }
}
