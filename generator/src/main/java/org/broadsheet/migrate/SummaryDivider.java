package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.Map;

/**
 * The summary divider of a post — Hugo's {@code <!--more-->}, or the {@code excerpt_separator} that a Jekyll
 * post or site names — before which the old site took the summary it showed in lists. Broadsheet has no
 * divider: an HTML comment is removed (it showed nothing), and the text before it becomes the summary of a
 * post that names none.
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
     * Splits the body that {@code edits} give at the first {@code divider} outside code; the summary is the text
     * before it as one paragraph of plain text when {@code wanted}, reported: as routine when that is the text as
     * written, else to check (its paragraphs, formatting, links or pictures are not in a summary).
     */
    static Split split(SourcePost post, BodyEdits edits, String divider, boolean wanted, Findings findings) {
        String body = edits.apply();
        int at = divider == null ? -1 : body.indexOf(divider);
        if (at < 0) {
            return new Split(body, null);
        }
        CodeRegions code = CodeRegions.of(body);
        while (at >= 0 && code.contains(at)) {
            at = body.indexOf(divider, at + divider.length());
        }
        if (at < 0) {
            return new Split(body, null);
        }
        // the edits may have added lines above the divider; a finding names the line of the file
        int line = edits.line(edits.original(at));
        String rest = body;
        if (divider.startsWith("<!--") && divider.endsWith("-->")) {
            int lineStart = body.lastIndexOf('\n', at) + 1;
            int lineEnd = body.indexOf('\n', at) < 0 ? body.length() : body.indexOf('\n', at);
            boolean alone = body.substring(lineStart, at).isBlank()
                    && body.substring(at + divider.length(), lineEnd).isBlank();
            // alone on its line, the line is left blank, so that the lines below keep their numbers
            rest = alone ? body.substring(0, lineStart) + body.substring(lineEnd)
                    : body.substring(0, at) + body.substring(at + divider.length());
        }
        if (!wanted) {
            return new Split(rest, null);
        }
        String head = body.substring(0, at).strip();
        String summary = MarkdownSpans.text(head).replaceAll("\\s+", " ").strip();
        if (head.isEmpty()) {
            // the divider opens the body, as some themes' new posts have it: the old site's lists showed no text
            findings.add(Category.DIVIDER_FIRST, post.path(), line, "'" + divider + "' before any text: removed, the "
                    + "summary being the body's first paragraph");
            return new Split(rest, null);
        }
        if (summary.isEmpty()) {
            findings.add(Category.SUMMARIES, post.path(), line, "the text before '" + divider + "' has no words: "
                    + "no summary taken from it (Broadsheet's is the body's first paragraph)");
            return new Split(rest, null);
        }
        if (summary.equals(head.replaceAll("\\s+", " ")) && !head.matches("(?s).*\\n\\s*\\n.*")) {
            findings.add(Category.SUMMARY_FROM_DIVIDER, post.path(), line, "summary taken from the text before '"
                    + divider + "'");
        } else {
            findings.add(Category.SUMMARIES, post.path(), line, "summary taken from the text before '" + divider
                    + "', as one paragraph of plain text: check that it reads well without the paragraphs, "
                    + "formatting, links or pictures it had");
        }
        return new Split(rest, summary);
    }
}
