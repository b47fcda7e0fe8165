package org.broadsheet.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the blocks of HTML whose content kramdown read as Markdown ({@code <div markdown="1">},
 * {@code <details markdown="block">}). kramdown parsed that content as Markdown whatever line followed the tag;
 * CommonMark reads the lines below an HTML tag as HTML up to a blank line, so a code fence right below the tag became
 * text, and the code's {@code <Props>} tags that the sanitiser removes. A blank line after the tag makes the content
 * Markdown again; the attribute, which the sanitiser would remove, goes.
 */
final class KramdownBlocks {

    /** An opening tag alone on its line, with a line right below; read possessively, once, whatever the line holds. */
    private static final Pattern TAG_LINE = Pattern.compile("(?m)^[ \\t]*+<[A-Za-z][\\w-]*+([^<>\\n]*+)>[ \\t]*+\\n"
            + "(?=[ \\t]*+\\S)");
    /** kramdown's block-level {@code markdown} attribute. */
    private static final Pattern MARKDOWN = Pattern.compile("(?<!\\s)\\s++markdown\\s*+=\\s*+(?:\"(?:1|block)\"|'(?:1|block)'"
            + "|(?:1|block)(?![^\\s>]))");

    private KramdownBlocks() {
    }

    /** Adds to {@code edits} a blank line after each such tag of the body outside code, and the attribute's removal. */
    static void open(SourcePost post, BodyEdits edits, Findings findings) {
        String body = edits.body();
        if (!body.contains("markdown")) {
            return;
        }
        CodeRegions code = null;
        Matcher line = TAG_LINE.matcher(body);
        Matcher attribute = MARKDOWN.matcher(body);
        while (line.find()) {
            if (!attribute.region(line.start(1), line.end(1)).find()) {
                continue;
            }
            code = code == null ? CodeRegions.of(body) : code;
            if (code.contains(line.start())) {
                continue;
            }
            edits.replace(attribute.start(), attribute.end(), "");
            edits.replace(line.end(), line.end(), "\n");
            findings.add(Category.MARKDOWN_IN_HTML, post.path(), edits.line(line.start()), "a blank line set after "
                    + "the tag with markdown=\"1\", so that its content is read as Markdown, as kramdown read it");
        }
    }
}
