package org.broadsheet.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files of {@code content/} Broadsheet may publish (under {@code media/}) when an article links or
 * shows them: none that a browser or a web server would run on the site's address. Articles come from many
 * hands, and a page, a script or a picture with a script, published on the site, runs with the site's
 * rights; so does a PHP file on a host that runs PHP. Refused, whatever {@code rawHtml} says:
 * <ul>
 *   <li>a name with the extension of a page, script or server program anywhere in it ({@code a.html},
 *   {@code a.php.png}, which Apache runs as PHP), or that hosts read as their settings;</li>
 *   <li>markup (a file whose text starts with {@code <}, and any {@code .svg} or {@code .xml}) that holds a
 *   script, an event handler, a link to {@code javascript:} and the like ({@link ActiveMarkup}), or is not
 *   well-formed;</li>
 *   <li>a file of another kind whose first bytes browsers take for an HTML page when the host does not say
 *   what the file is (the MIME Sniffing Standard's patterns).</li>
 * </ul>
 */
public final class PublishableFiles {

    /** Extensions of pages, scripts and programs that browsers or web servers run, in lower case. */
    private static final Set<String> RUN = Set.of("html", "htm", "xhtml", "xht", "shtml", "shtm", "stm", "mht", "mhtml",
            "hta", "htc", "js", "mjs", "cjs", "vbs", "swf", "xul", "svgz", "php", "php3", "php4", "php5", "php7", "php8",
            "phtml", "pht", "phar", "phps", "asp", "aspx", "asa", "asax", "ascx", "ashx", "asmx", "axd", "cshtml",
            "vbhtml", "jsp", "jspx", "jspf", "cfm", "cfml", "cfc", "cgi", "fcgi");
    /** Extensions that every host serves as XML: checked as markup, and never taken for HTML. */
    private static final Set<String> XML = Set.of("svg", "xml");
    /**
     * Extensions of pictures, sound, video and documents, which every host types a file by when it is the last:
     * {@code curl-logo.svg.png}, as Wikimedia names its pictures drawn from SVG, is served as a PNG. Not
     * {@code .gz}, which Apache reads as an encoding of the type before it ({@code chart.svg.gz} is an SVG).
     */
    private static final Set<String> MEDIA = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico", "tif",
            "tiff", "pdf", "mp3", "mp4", "m4a", "ogg", "oga", "webm", "wav", "zip");
    /**
     * Names that a host (Apache, IIS, Netlify, Cloudflare Pages, Azure Static Web Apps) reads as its settings,
     * wherever they are in the site; lower case.
     */
    public static final Set<String> HOST_SETTINGS = Set.of("web.config", "_worker.js", "staticwebapp.config.json",
            "_redirects", "_headers");
    /** The first bytes that browsers read as an HTML page (MIME Sniffing Standard, "scriptable" patterns). */
    private static final Pattern HTML_START = Pattern.compile("(?i)<(?:!doctype html|html|head|script|iframe|h1|div|font"
            + "|table|a|style|title|b|body|br|p)[\\s/>].*|<!--.*", Pattern.DOTALL);
    /** What a problem says after the file and {@link #refusal why}. */
    public static final String NOT_PUBLISHED = ": Broadsheet publishes no file of content/ that a browser or a web "
            + "server could run (see docs/security.md); remove the link, or what runs from the file";
    /** As many bytes as browsers look at to tell a file's kind. */
    private static final int SNIFFED = 1445;

    private PublishableFiles() {
    }

    /**
     * Why {@code contentFile} (relative to {@code contentDir}, a regular file) must not be published, as a
     * phrase about it ({@code "is a page, script or server program ('.html')"}), or empty when it may be.
     */
    public static Optional<String> refusal(Path contentDir, String contentFile) {
        String name = withoutWindowsEnd(contentFile.substring(contentFile.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
        // Windows reads what follows a ':' as a stream of the file (a.aspx ::$DATA is a.aspx), Apache the whole name
        String windows = withoutWindowsEnd(name.split(":", 2)[0]);
        boolean xml = false;
        for (String reading : List.of(name, windows)) {
            if (HOST_SETTINGS.contains(reading)) {
                return Optional.of("is a file that web hosts read as their settings");
            }
            String[] parts = reading.split("\\.");
            boolean media = parts.length > 1 && MEDIA.contains(parts[parts.length - 1]);
            for (int i = 1; i < parts.length; i++) {
                if (RUN.contains(parts[i])) {
                    return Optional.of("is a page, script or server program ('." + parts[i] + "')");
                }
                xml |= XML.contains(parts[i]) && !media;
            }
        }
        String[] parts = name.split("\\.");
        // Apache types chart.svg.obj by every extension, as SVG; other hosts by the last, and browsers may sniff it
        // as HTML: such a file must be safe read either way
        boolean typedAsXml = XML.contains(parts[parts.length - 1]) && parts.length > 1;
        Path file = contentDir.resolve(contentFile);
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SNIFFED);
            }
            Start start = Start.of(head);
            if (!typedAsXml && !start.byteOrderMark() && start.markup() && HTML_START.matcher(start.text()).matches()) {
                return Optional.of("starts like an HTML page, which browsers take it for when a host does not say "
                        + "what the file is");
            }
            if (xml || start.markup()) {
                try (InputStream in = Files.newInputStream(file)) {
                    return ActiveMarkup.of(in);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * {@code name} without the dots and spaces that end it, which Windows drops: a site copied to a Windows
     * server, or built there, holds {@code shell.php .} as {@code shell.php}, which IIS runs.
     */
    private static String withoutWindowsEnd(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(0, end);
    }

    /**
     * How a file begins: its first characters after a byte-order mark and white space, read as UTF-16 when it
     * has the mark or the zero bytes of one, else as ASCII (which every encoding browsers read markup in agrees with).
     */
    private record Start(String text, boolean byteOrderMark) {

        static Start of(byte[] head) {
            int at = 0;
            Charset charset = StandardCharsets.ISO_8859_1;
            boolean mark = false;
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                at = 3;
                mark = true;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
                at = 2;
                charset = StandardCharsets.UTF_16BE;
                mark = true;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
                at = 2;
                charset = StandardCharsets.UTF_16LE;
                mark = true;
            } else if (head.length >= 2 && head[0] == 0 && head[1] != 0) {
                charset = StandardCharsets.UTF_16BE;
            } else if (head.length >= 2 && head[0] != 0 && head[1] == 0) {
                charset = StandardCharsets.UTF_16LE;
            }
            String text = new String(head, at, head.length - at, charset);
            return new Start(text.stripLeading(), mark);
        }

        boolean markup() {
            return text.startsWith("<");
        }
    }
}
