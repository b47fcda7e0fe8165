package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML {@code <img>} tags of a body that show a file of the old site into Markdown images,
 * so that the importer copies their files and Broadsheet publishes them (it publishes files only for
 * Markdown images and links). In a block of HTML, where Markdown is not read, the image is set on lines
 * of its own, which Markdown reads again; the tags around it stay.
 */
final class HtmlImages {

    /** An {@code <img>} tag, which holds no other {@code <}: a text of {@code <img <img…} is read in linear time. */
    static final Pattern IMG = Pattern.compile("<img\\b[^<>]*+>", Pattern.CASE_INSENSITIVE);
    /**
     * An attribute's value as browsers read it: quoted, or unquoted up to a space ({@code src=/a.png}); or, a quote
     * left open ({@code src="/a.png>}), up to the tag's end, where its writer ended it.
     */
    private static final String VALUE = "(\"[^\"]*\"|'[^']*'|[\"'][^\"'>]*?(?=/?>$)|[^\\s\"'=<>`]+)";
    private static final Pattern SRC = Pattern.compile("\\ssrc\\s*=\\s*" + VALUE, Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*" + VALUE, Pattern.CASE_INSENSITIVE);

    private HtmlImages() {
    }

    /**
     * Adds to {@code edits} the Markdown image of each {@code <img>} of the body's raw HTML that shows an old site's
     * file, but those inside the links that {@link HtmlFileLinks} replaced whole ({@code links}).
     */
    static void relink(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, ImageFiles images,
                       HtmlFileLinks.Taken links, Findings findings) {
        for (MarkdownSpans.Span span : spans) {
            if (span.kind() != MarkdownSpans.Kind.HTML && span.kind() != MarkdownSpans.Kind.HTML_BLOCK) {
                continue;
            }
            Matcher img = IMG.matcher(body).region(span.start(), span.end());
            while (img.find()) {
                String url = source(img.group(), images);
                if (url == null || links.inElement(img.start())) {
                    continue;
                }
                int line = edits.line(img.start());
                if (span.kind() == MarkdownSpans.Kind.HTML_BLOCK
                        && VerbatimBlocks.holds(post, body, span, img.start(), "the image '" + url + "'", line, findings)) {
                    continue;
                }
                String markdown = markdown(img.group(), post, line, images);
                if (span.kind() == MarkdownSpans.Kind.HTML_BLOCK) {
                    String indent = indent(body, img.start());
                    markdown = "\n\n" + indent + markdown + "\n\n" + indent;
                    findings.add(Category.HTML_IMAGES, post.path(), line, "the image '" + url + "' of a block of HTML "
                            + "set on lines of its own, as a Markdown image");
                }
                edits.replace(img.start(), img.end(), markdown);
            }
        }
    }

    /** The file that the {@code <img>} tag {@code tag} shows from the old site, or null when it shows none. */
    private static String source(String tag, ImageFiles images) {
        Matcher src = SRC.matcher(tag);
        if (!src.find()) {
            return null;
        }
        String url = unquote(src.group(1));
        return url.isEmpty() || !images.ofOldSite(url) ? null : url;
    }

    /**
     * The Markdown image of the {@code <img>} tag {@code tag} (its file copied), or a note that stands for it; the
     * tag itself when it shows no file of the old site.
     */
    static String markdown(String tag, SourcePost post, int line, ImageFiles images) {
        String url = source(tag, images);
        if (url == null) {
            return tag;
        }
        Matcher alt = ALT.matcher(tag);
        String altText = alt.find() ? unquote(alt.group(1)) : "";
        return images.use(url, post, line)
                .map(copy -> "![" + ImageFiles.linkText(HtmlText.shown(altText)) + "](" + ImageFiles.destination(copy)
                        + ")")
                .orElseGet(() -> images.missing(url, post));
    }

    /**
     * The indent for what is set on lines of its own at {@code offset}: that of its line, which keeps it in a list
     * item, unless it is four spaces or more, which would make it code outside one.
     */
    static String indent(String body, int offset) {
        int start = body.lastIndexOf('\n', offset - 1) + 1;
        int end = start;
        while (end < body.length() && (body.charAt(end) == ' ' || body.charAt(end) == '\t')) {
            end++;
        }
        String indent = body.substring(start, end);
        return indent.replace("\t", "    ").length() >= 4 ? "" : indent;
    }

    private static String unquote(String value) {
        char first = value.charAt(0);
        if (first != '"' && first != '\'') {
            return value.strip();
        }
        boolean closed = value.length() > 1 && value.charAt(value.length() - 1) == first;
        return value.substring(1, closed ? value.length() - 1 : value.length()).strip();
    }
}
