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

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\ssrc\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);

    private HtmlImages() {
    }

    /** Adds to {@code edits} the Markdown image of each {@code <img>} of the body's raw HTML that shows an old site's file. */
    static void relink(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, ImageFiles images,
                       Findings findings) {
        for (MarkdownSpans.Span span : spans) {
            if (span.kind() != MarkdownSpans.Kind.HTML && span.kind() != MarkdownSpans.Kind.HTML_BLOCK) {
                continue;
            }
            Matcher img = IMG.matcher(body).region(span.start(), span.end());
            while (img.find()) {
                Matcher src = SRC.matcher(img.group());
                if (!src.find()) {
                    continue;
                }
                String url = unquote(src.group(1));
                if (url.isEmpty() || ImageFiles.external(url) || url.startsWith("data:")) {
                    continue;
                }
                Matcher alt = ALT.matcher(img.group());
                String altText = alt.find() ? unquote(alt.group(1)) : "";
                int line = edits.line(img.start());
                String markdown = images.use(url, post, line)
                        .map(copy -> "![" + altText.replace("]", "\\]") + "](" + ImageFiles.destination(copy) + ")")
                        .orElseGet(() -> images.missing(url, post));
                if (span.kind() == MarkdownSpans.Kind.HTML_BLOCK) {
                    // the indent keeps the image in a list item; four spaces or more outside one would make it code
                    String indent = indentOfLine(body, img.start());
                    indent = indent.replace("\t", "    ").length() >= 4 ? "" : indent;
                    markdown = "\n\n" + indent + markdown + "\n\n" + indent;
                    findings.add(Category.HTML_IMAGES, post.path(), line, "the image '" + url + "' of a block of HTML "
                            + "set on lines of its own, as a Markdown image");
                }
                edits.replace(img.start(), img.end(), markdown);
            }
        }
    }

    /** The spaces and tabs that start the line holding {@code offset}. */
    private static String indentOfLine(String body, int offset) {
        int start = body.lastIndexOf('\n', offset - 1) + 1;
        int end = start;
        while (end < body.length() && (body.charAt(end) == ' ' || body.charAt(end) == '\t')) {
            end++;
        }
        return body.substring(start, end);
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).strip();
    }
}
