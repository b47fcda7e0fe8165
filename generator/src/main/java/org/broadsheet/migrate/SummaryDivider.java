package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.List;
import java.util.Map;

/**
 * The summary divider of a post — Hugo's {@code <!--more-->}, or the {@code excerpt_separator} that a Jekyll
 * post or site names — before which the old site took the summary it showed in lists. Broadsheet has no
 * divider: an HTML comment is removed (it showed nothing), and the text before it becomes the summary of a
 * post that names none. Some Jekyll themes also mark where that text starts, with a comment that a setting names
 * ({@code start_excerpt: "<!--start excerpt-->"}) and their layouts split the excerpt at: the summary is then the
 * text between the two marks, and that mark is removed too.
 */
final class SummaryDivider {

    private static final String HUGO = "<!--more-->";

    private SummaryDivider() {
    }

    /**
     * {@code body} without its divider, and the summary that the text before it gives (null when there is none
     * or the post names its own).
     */
    record Split(String body, String summary) {
    }

    /**
     * The divider of {@code post}, or null: Hugo's, or Jekyll's {@code excerpt_separator} of the post, else of the
     * site; without one, Jekyll's excerpt is the first paragraph, as Broadsheet's summary is.
     */
    static String of(SourcePost post, Map<String, Object> settings) {
        if (post.kind() == SourceKind.HUGO) {
            return HUGO;
        }
        Object separator = post.value("excerpt_separator") != null ? post.value("excerpt_separator")
                : settings.get("excerpt_separator");
        return separator == null || separator.toString().isBlank() ? null : separator.toString();
    }

    /**
     * The mark where a Jekyll post's summary starts, or null: {@code start_excerpt} (or {@code excerpt_start}) of the
     * post (its front matter or the site's {@code defaults}), else of the site, which the theme's layouts split the
     * excerpt at.
     */
    static String start(SourcePost post, Map<String, Object> settings) {
        if (post.kind() != SourceKind.JEKYLL) {
            return null;
        }
        for (String name : List.of("start_excerpt", "excerpt_start")) {
            Object mark = post.value(name) != null ? post.value(name) : settings.get(name);
            if (mark instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    /**
     * Splits the body that {@code edits} give at the first {@code divider} outside code; the summary is the text
     * before it (after the first {@code start} mark above it, when the site names one) as one paragraph of plain
     * text when {@code wanted}, reported: as routine when that is the text as written, else to check (its
     * paragraphs, formatting, links or pictures are not in a summary). The marks that are HTML comments are removed.
     */
    static Split split(SourcePost post, BodyEdits edits, String divider, String start, boolean wanted,
                       Findings findings) {
        String body = edits.apply();
        if ((divider == null || !body.contains(divider)) && (start == null || !body.contains(start))) {
            return new Split(body, null);
        }
        CodeRegions code = CodeRegions.of(body);
        int at = outsideCode(body, divider, body.length(), code);
        int from = outsideCode(body, start, at < 0 ? body.length() : at, code);
        if (at < 0) {
            return new Split(from < 0 ? body : without(body, from, start), null);
        }
        // the edits may have added lines above the divider; a finding names the line of the file
        int line = edits.line(edits.original(at));
        String rest = without(body, at, divider);
        rest = from < 0 ? rest : without(rest, from, start);
        if (!wanted) {
            return new Split(rest, null);
        }
        String head = body.substring(from < 0 ? 0 : from + start.length(), at).strip();
        String before = from < 0 ? "the text before '" + divider + "'"
                : "the text between '" + start + "' and '" + divider + "'";
        String summary = MarkdownSpans.text(head).replaceAll("\\s+", " ").strip();
        if (head.isEmpty() && from < 0) {
            // the divider opens the body, as some themes' new posts have it: the old site's lists showed no text
            findings.add(Category.DIVIDER_FIRST, post.path(), line, "'" + divider + "' before any text: removed, the "
                    + "summary being the body's first paragraph");
            return new Split(rest, null);
        }
        if (summary.isEmpty()) {
            findings.add(Category.SUMMARIES, post.path(), line, before + " has no words: "
                    + "no summary taken from it (Broadsheet's is the body's first paragraph)");
            return new Split(rest, null);
        }
        if (summary.equals(head.replaceAll("\\s+", " ")) && !head.matches("(?s).*\\n\\s*\\n.*")) {
            findings.add(Category.SUMMARY_FROM_DIVIDER, post.path(), line, "summary taken from " + before);
        } else {
            findings.add(Category.SUMMARIES, post.path(), line, "summary taken from " + before
                    + ", as one paragraph of plain text: check that it reads well without the paragraphs, "
                    + "formatting, links or pictures it had");
        }
        return new Split(rest, summary);
    }

    /** The offset of the first {@code mark} of {@code body} outside code and before {@code end}, or -1. */
    private static int outsideCode(String body, String mark, int end, CodeRegions code) {
        int at = mark == null ? -1 : body.indexOf(mark);
        while (at >= 0 && code.contains(at)) {
            at = body.indexOf(mark, at + mark.length());
        }
        return at >= 0 && at + mark.length() <= end ? at : -1;
    }

    /**
     * {@code body} without the {@code mark} at {@code at} when it is an HTML comment, which showed nothing; alone on
     * its line, the line is left blank, so that the lines below keep their numbers.
     */
    private static String without(String body, int at, String mark) {
        if (!mark.startsWith("<!--") || !mark.endsWith("-->")) {
            return body;
        }
        int lineStart = body.lastIndexOf('\n', at) + 1;
        int lineEnd = body.indexOf('\n', at) < 0 ? body.length() : body.indexOf('\n', at);
        boolean alone = body.substring(lineStart, at).isBlank() && body.substring(at + mark.length(), lineEnd).isBlank();
        return alone ? body.substring(0, lineStart) + body.substring(lineEnd)
                : body.substring(0, at) + body.substring(at + mark.length());
    }
}
