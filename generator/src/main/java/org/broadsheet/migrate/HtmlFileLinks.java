package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw-HTML links of a body to a file that the importer copies ({@code <a href="/images/x.png">},
 * a picture's full size around its {@code <img>}) into Markdown links, so that the importer copies the file
 * and Broadsheet publishes it: the build publishes files only for Markdown links and images, and leaves the
 * addresses of raw HTML as written. Among the text of a paragraph, the opening and closing tags become the
 * brackets of the link; in a block of HTML, where Markdown is not read, a link whose content is a picture
 * or plain text is set on lines of its own, as {@link HtmlImages} sets pictures. Other links stay for
 * {@link OldLinks}.
 */
final class HtmlFileLinks {

    private static final Pattern OPEN = Pattern.compile("<a\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_START = Pattern.compile("<a\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("</a\\s*+>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\shref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    /** An attribute of a tag, read one after the other so that a value's text is never taken for an attribute. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?<!\\s)\\s++([^\\s\"'>/=]++)(?:\\s*+=\\s*+(?:\"([^\"]*+)\"|'([^']*+)'|([^\\s\"'=<>`]++)))?");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

    /**
     * What the links took: the offsets of the {@code href} values made Markdown links, which {@link OldLinks}
     * leaves alone, and the offsets {@code [start, end)} of the elements of HTML blocks replaced whole, whose
     * pictures {@link HtmlImages} leaves alone.
     */
    record Taken(Set<Integer> hrefs, List<int[]> elements) {

        /** Whether {@code offset} is inside one of the elements, which were taken in the order of the body. */
        boolean inElement(int offset) {
            int low = 0;
            int high = elements.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int[] element = elements.get(middle);
                if (offset < element[0]) {
                    high = middle - 1;
                } else if (offset >= element[1]) {
                    low = middle + 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }

    private HtmlFileLinks() {
    }

    /** Adds to {@code edits} the Markdown link of each raw-HTML link of the body to a file that the old site has. */
    static Taken relink(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, ImageFiles images,
                        Findings findings) {
        Taken taken = new Taken(new HashSet<>(), new ArrayList<>());
        for (int i = 0; i < spans.size(); i++) {
            MarkdownSpans.Span span = spans.get(i);
            if (span.kind() == MarkdownSpans.Kind.HTML && OPEN.matcher(body).region(span.start(), span.end()).matches()) {
                inline(post, body, spans, i, edits, images, findings, taken);
            } else if (span.kind() == MarkdownSpans.Kind.HTML_BLOCK) {
                block(post, body, span, edits, images, findings, taken);
            }
        }
        return taken;
    }

    /** An opening tag among the text of a paragraph, closed later in the same paragraph. */
    private static void inline(SourcePost post, String body, List<MarkdownSpans.Span> spans, int open, BodyEdits edits,
                               ImageFiles images, Findings findings, Taken taken) {
        MarkdownSpans.Span tag = spans.get(open);
        Matcher href = HREF.matcher(body).region(tag.start(), tag.end());
        if (!href.find() || !copied(address(href), post, images)) {
            return;
        }
        int closeIndex = closing(body, spans, open);
        if (closeIndex < 0 || !balanced(body, spans.subList(open + 1, closeIndex), tag.end(), spans.get(closeIndex).start())) {
            return;
        }
        MarkdownSpans.Span close = spans.get(closeIndex);
        String url = address(href);
        int line = edits.line(tag.start());
        Optional<String> copy = images.use(url, post, line);
        if (copy.isPresent()) {
            Kept kept = Kept.of(body.substring(tag.start(), tag.end()));
            edits.replace(tag.start(), tag.end(), kept.open() + "[");
            edits.replace(close.start(), close.end(), "](" + ImageFiles.destination(copy.get()) + kept.title() + ")"
                    + kept.close());
            taken.hrefs().add(href.start(href.group(1) != null ? 1 : 2));
            findings.add(Category.HTML_LINKS, post.path(), line, "the link to '" + url + "' made a Markdown link");
        }
    }

    /**
     * The index of the tag that closes the link opened by {@code spans.get(open)} in the same paragraph, or -1 when
     * there is none, or another link comes first (a link holds no link).
     */
    private static int closing(String body, List<MarkdownSpans.Span> spans, int open) {
        // the text between spans is searched for a blank line once, span after span
        int from = spans.get(open).end();
        for (int j = open + 1; j < spans.size(); j++) {
            MarkdownSpans.Span next = spans.get(j);
            if (BLANK_LINE.matcher(body).region(from, Math.max(from, next.outerStart())).find()) {
                return -1;
            }
            from = Math.max(from, next.outerEnd());
            switch (next.kind()) {
                case HTML -> {
                    if (OPEN.matcher(body).region(next.start(), next.end()).matches()) {
                        return -1;
                    }
                    if (CLOSE.matcher(body).region(next.start(), next.end()).matches()) {
                        return j;
                    }
                }
                case LINK, LINK_REFERENCE, AUTOLINK, HTML_BLOCK -> {
                    return -1;
                }
                default -> {
                }
            }
        }
        return -1;
    }

    /** Links in a block of HTML whose content is a picture or plain text. */
    private static void block(SourcePost post, String body, MarkdownSpans.Span span, BodyEdits edits, ImageFiles images,
                              Findings findings, Taken taken) {
        // an element is an opening tag, up to its first '>', and what follows up to the first closing tag: found
        // with searches that only move forward, so that a block full of '<a' that nothing closes is read once
        Matcher start = OPEN_START.matcher(body).region(span.start(), span.end());
        Matcher close = CLOSE.matcher(body);
        int tagEnd = -1;
        while (start.find()) {
            tagEnd = tagEnd >= start.end() ? tagEnd : body.indexOf('>', start.end());
            if (tagEnd < 0 || tagEnd >= span.end() || !close.region(tagEnd + 1, span.end()).find()) {
                return;
            }
            int elementStart = start.start();
            int elementEnd = close.end();
            start.region(elementEnd, span.end());
            Matcher href = HREF.matcher(body).region(elementStart, tagEnd + 1);
            if (!href.find() || !copied(address(href), post, images)) {
                continue;
            }
            String content = body.substring(tagEnd + 1, close.start()).strip();
            int line = edits.line(elementStart);
            String text;
            if (HtmlImages.IMG.matcher(content).matches()) {
                text = HtmlImages.markdown(content, post, line, images);
            } else if (content.indexOf('<') < 0 && !BLANK_LINE.matcher(content).find()) {
                text = ImageFiles.linkText(HtmlText.shown(content.replaceAll("\\s+", " ")));
            } else {
                continue;
            }
            String url = address(href);
            if (VerbatimBlocks.holds(post, body, span, elementStart, "the link to '" + url + "'", line, findings)) {
                continue;
            }
            Optional<String> copy = images.use(url, post, line);
            if (copy.isPresent()) {
                String indent = HtmlImages.indent(body, elementStart);
                Kept kept = Kept.of(body.substring(elementStart, tagEnd + 1));
                edits.replace(elementStart, elementEnd, "\n\n" + indent + kept.open() + "[" + text + "]("
                        + ImageFiles.destination(copy.get()) + kept.title() + ")" + kept.close() + "\n\n" + indent);
                taken.hrefs().add(href.start(href.group(1) != null ? 1 : 2));
                taken.elements().add(new int[]{elementStart, elementEnd});
                findings.add(Category.HTML_LINKS, post.path(), line, "the link to '" + url + "' of a block of HTML set "
                        + "on lines of its own, as a Markdown link");
            }
        }
    }

    /**
     * What a link's tag said besides its address, around its Markdown link: its {@code id} and {@code class} on a
     * {@code <span>} (the place that {@code #part-2} leads to, the look the theme gave it), its {@code name} as that
     * span's id when it has none, as the build reads a name, else on an empty {@code <a name>} before it; its
     * {@code title} as the Markdown link's.
     */
    private record Kept(String open, String close, String title) {

        static Kept of(String tag) {
            Map<String, String> values = new HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(tag).region(2, tag.length());
            while (attribute.find()) {
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                values.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value);
            }
            String name = blankToNull(values.get("name"));
            String id = blankToNull(values.get("id"));
            String classes = blankToNull(values.get("class"));
            StringBuilder open = new StringBuilder();
            if (name != null && id != null && !name.equals(id)) {
                open.append("<a name=\"").append(quoted(name)).append("\"></a>");
            }
            String spanId = id != null ? id : name;
            String close = "";
            if (spanId != null || classes != null) {
                open.append("<span");
                if (spanId != null) {
                    open.append(" id=\"").append(quoted(spanId)).append('"');
                }
                if (classes != null) {
                    open.append(" class=\"").append(quoted(classes)).append('"');
                }
                open.append('>');
                close = "</span>";
            }
            String title = blankToNull(values.get("title"));
            return new Kept(open.toString(), close, title == null ? "" : " \"" + oneLine(title.replace("\\", "\\\\")
                    .replace("\"", "\\\"")) + "\"");
        }

        /**
         * The title on one line, each line break a character reference that shows the same break: a line of a title
         * written on several lines may be one that Markdown reads as a block of its own (blank, a heading, an item of a
         * list), which would end the link before its title closes.
         */
        private static String oneLine(String title) {
            return LINE_BREAK.matcher(title).replaceAll("&#10;");
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        private static String quoted(String value) {
            return value.replace("\"", "&quot;");
        }
    }

    private static String address(Matcher href) {
        return (href.group(1) != null ? href.group(1) : href.group(2)).strip();
    }

    /** Whether {@code url} names a file of the old site that the importer copies (one the build publishes). */
    private static boolean copied(String url, SourcePost post, ImageFiles images) {
        return !url.isEmpty() && !url.startsWith("#") && images.ofOldSite(url)
                && ImageFiles.isFile(url.split("[?#]", 2)[0]) && images.exists(url, post);
    }

    /**
     * Whether the Markdown between {@code from} and {@code to} has its brackets balanced, so that it can be a
     * link's text: code, raw HTML and images ({@code between}: the spans there), which stay whole, are not counted.
     */
    private static boolean balanced(String body, List<MarkdownSpans.Span> between, int from, int to) {
        int depth = 0;
        int at = from;
        for (MarkdownSpans.Span inside : between) {
            if (inside.outerStart() >= from && inside.outerEnd() <= to) {
                depth = brackets(body, at, inside.outerStart(), depth);
                at = inside.outerEnd();
            }
        }
        return brackets(body, at, to, depth) == 0;
    }

    /** {@code depth} after the brackets of {@code body} from {@code from} to {@code to}; -1 once one closes unopened. */
    private static int brackets(String body, int from, int to, int depth) {
        for (int i = from; i < to && depth >= 0; i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth;
    }
}
