package org.broadsheet.migrate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.markdown.MarkdownSpans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For any text, the Markdown link or image that the importer writes for it shows that text, by whichever way the text
 * came: an HTML image's alt text, the text of an HTML link to a file, a video player's title, a picture tag's or a
 * shortcode's alt text, a shortcode's link text. Line breaks show as spaces, as they do in HTML.
 */
class LinkTextPropertyTest {

    private static final Markdown MARKDOWN = new Markdown(false);
    /** The HTML of a paragraph that is one image, or one link, or of an HTML block around it. */
    private static final Pattern IMAGE = Pattern.compile("(?:<p>\n)?<p><img src=\"[^\"]*\" alt=\"([^\"]*)\" /></p>\n(?:</p>\n)?");
    private static final Pattern TITLED_LINK = Pattern.compile(
            "(?:<p>\n)?<p><a href=\"[^\"]*\" title=\"([^\"]*)\">Report</a></p>\n(?:</p>\n)?");
    private static final Pattern LINK = Pattern.compile("(?:<p>\n)?<p><a href=\"[^\"]*\">([^<]*)</a></p>\n(?:</p>\n)?");

    private static Path old;

    @BeforeContainer
    static void oldSite() throws IOException {
        old = Files.createTempDirectory("link-text");
        for (String file : List.of("img/a.png", "docs/report.pdf", "media/tides.mp4")) {
            Files.createDirectories(old.resolve(file).getParent());
            Files.write(old.resolve(file), new byte[]{1});
        }
    }

    @AfterContainer
    static void removeOldSite() throws IOException {
        try (Stream<Path> files = Files.walk(old)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 300)
    void anHtmlImageShowsItsAltText(@ForAll("imageTexts") String text) {
        String markdown = fromHtml("<img src=\"/img/a.png\" alt=\"" + attribute(text) + "\">\n");
        assertEquals(shown(text), alt(markdown), markdown);
    }

    @Property(tries = 300)
    void anHtmlLinkToAFileShowsItsText(@ForAll("texts") String text) {
        Assume.that(!text.isBlank());
        String markdown = fromHtml("<p><a href=\"/docs/report.pdf\">" + html(text) + "</a></p>\n").strip();
        assertEquals(shown(text.replaceAll("\\s+", " ")), linkText(markdown), markdown);
    }

    @Example
    void aLinkTextThatStartsWithACaretIsNoFootnoteReference() {
        for (String text : List.of("^]:", "^1", "^")) {
            anHtmlLinkToAFileShowsItsText(text);
            anHtmlImageShowsItsAltText(text);
        }
    }

    @Property(tries = 300)
    void anHtmlLinkToAFileKeepsItsTitleWhateverLinesItHolds(@ForAll("imageTexts") String text) {
        Assume.that(!text.isBlank());
        String markdown = fromHtml("<p><a href=\"/docs/report.pdf\" title=\"" + attribute(text) + "\">Report</a></p>\n")
                .strip();
        String rendered = MARKDOWN.toHtml(markdown, (url, line, image) -> url);
        Matcher link = TITLED_LINK.matcher(rendered);
        assertTrue(link.matches(), markdown + " → " + rendered);
        // HTML reads every line break of an attribute as a newline, and CommonMark a NUL as the replacement character
        assertEquals(text.replaceAll("\\r\\n?", "\n").replace('\0', '\uFFFD'), unescaped(link.group(1)), markdown);
    }

    @Property(tries = 300)
    void aVideoPlayerShowsItsTitle(@ForAll("texts") String text) {
        // without a title, the link shows the file's name
        Assume.that(!text.isBlank());
        String markdown = fromHtml("<video src=\"/media/tides.mp4\" title=\"" + attribute(text) + "\"></video>").strip();
        assertEquals(shown(text), linkText(markdown), markdown);
    }

    @Property(tries = 300)
    void aPictureTagShowsItsAltText(@ForAll("imageTexts") String text) {
        String markdown = new PictureTag.Picture("/pier.jpg", text, null).markdown();
        assertEquals(shown(text), alt(markdown), markdown);
    }

    @Property(tries = 300)
    void aShortcodesImageShowsItsAltText(@ForAll("imageTexts") String text) {
        String markdown = ShortcodeBody.image("/pier.jpg", text, null);
        assertEquals(shown(text), alt(markdown), markdown);
    }

    @Property(tries = 300)
    void aThemesLinkShortcodeShowsItsText(@ForAll("texts") String text) {
        String markdown = ThemeShortcodes.convert(Posts.withBody(""), "link", new ShortcodeArguments(
                Map.of("href", "https://x.org/", "content", text), List.of()), null).orElseThrow();
        assertEquals(shown(text), linkText(markdown), markdown);
    }

    @Property(tries = 300)
    void anEmbedsTitleShowsAsItsLinkText(@ForAll("texts") String text) {
        String markdown = EmbedShortcodes.link("youtube", new ShortcodeArguments(Map.of("id", "abc", "title", text),
                List.of())).orElseThrow();
        assertEquals(shown(text), linkText(markdown), markdown);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars("\\`*_[]()<>&~|!#$:;'\"=+-.{}^@%/ \n\t\r").ofMaxLength(6),
                Arbitraries.strings().alpha().numeric().ofMaxLength(6),
                Arbitraries.of("&amp;", "&lt;", "&#91;", "\\", "  \n", "\n\n", "www.x.org", "https://x.org", "a@b.org",
                        "[^1]", "~~s~~", "<b>", "<!-- c -->", "- ", "# ", "1. ", "> ", "```", "세금", "\u00a0", "**b**"),
                Arbitraries.strings().all().ofMaxLength(3));
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    /**
     * Texts without what HTML reads as a character reference ({@code &amp;}): the renderer writes an image's alt text
     * and a link's title into HTML with such references kept, as Flexmark does, so that no Markdown shows one as written
     * there.
     */
    @Provide
    Arbitrary<String> imageTexts() {
        return texts().filter(text -> !text.matches("(?s).*&#?\\w+;.*"));
    }

    /**
     * The body that {@code html} becomes once its HTML images, links to files and video players are Markdown; the
     * property holds for the HTML that Markdown reads as such (a line of the text may start a list, ending the tag).
     */
    private static String fromHtml(String html) {
        Findings findings = new Findings();
        SourcePost post = Posts.withBody(html);
        SourceSite site = new SourceSite(SourceKind.JEKYLL, null, "T", null, null, List.of(), List.of("en"), "en",
                Map.of(), Map.of(), Map.of(), false, SourceSite.LanguageFolders.NONE, List.of(""), List.of(), Map.of(),
                Map.of(), List.of(post));
        BodyEdits edits = new BodyEdits(post.body(), post.bodyLine());
        ImageFiles images = new ImageFiles(old, site, Map.of(), p -> null, findings);
        List<MarkdownSpans.Span> spans = MarkdownSpans.of(post.body());
        HtmlVideos.relink(post, post.body(), spans, edits, images, findings);
        HtmlImages.relink(post, post.body(), spans, edits, images, HtmlFileLinks.relink(post, post.body(), spans, edits,
                images, findings), findings);
        String converted = edits.apply();
        Assume.that(!converted.equals(html));
        return converted;
    }

    /**
     * What a browser shows of {@code text}: a line break is a space, and no space at its ends; a NUL the replacement
     * character, as CommonMark reads it.
     */
    private static String shown(String text) {
        return text.replaceAll("\\r\\n?|\\n", " ").strip().replace('\0', '\uFFFD');
    }

    private static String alt(String markdown) {
        String rendered = MARKDOWN.toHtml(markdown, (url, line, image) -> url);
        Matcher image = IMAGE.matcher(rendered);
        assertTrue(image.matches(), markdown + " → " + rendered);
        return unescaped(image.group(1));
    }

    private static String linkText(String markdown) {
        String rendered = MARKDOWN.toHtml(markdown, (url, line, image) -> url);
        Matcher link = LINK.matcher(rendered);
        assertTrue(link.matches(), markdown + " → " + rendered);
        return unescaped(link.group(1));
    }

    /** {@code text} as an HTML attribute's value in double quotes. */
    private static String attribute(String text) {
        return html(text).replace("\"", "&quot;");
    }

    /** {@code text} as HTML's text. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescaped(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
