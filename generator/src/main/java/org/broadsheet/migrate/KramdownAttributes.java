package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes kramdown's attribute lists ({@code {: .lead}}, {@code {:target="_blank"}}), which Broadsheet's
 * Markdown would show as text; each removal is counted in the report. In code they are text (a Ruby
 * hash such as {@code {:a => 1}}), and stay.
 */
final class KramdownAttributes {

    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:(?::|\\s*[.#]|\\s*[\\w-]+=[\"'\\w])[^}\\n]*\\}");
    /** An attribute list alone on its line leaves a blank line, so that the lines below keep their numbers. */
    private static final Pattern ON_OWN_LINE = Pattern.compile("(?m)^[ \\t]*(" + ATTRIBUTES.pattern() + ")[ \\t]*(\\n|$)");

    private KramdownAttributes() {
    }

    /** Adds to {@code edits} the removal of each attribute list of {@code body} outside code. */
    static void remove(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, Findings findings) {
        if (!body.contains("{:")) {
            return;
        }
        CodeRegions code = CodeRegions.of(spans);
        var ownLine = ON_OWN_LINE.matcher(body);
        while (ownLine.find()) {
            if (!code.contains(ownLine.start(1))) {
                edits.replace(ownLine.start(), ownLine.end(), ownLine.group(2));
                report(post, edits, ownLine.start(1), ownLine.group(1), findings);
            }
        }
        var inline = ATTRIBUTES.matcher(body);
        while (inline.find()) {
            if (!code.contains(inline.start())) {
                edits.replace(inline.start(), inline.end(), "");
                report(post, edits, inline.start(), inline.group(), findings);
            }
        }
    }

    private static void report(SourcePost post, BodyEdits edits, int offset, String attributes, Findings findings) {
        findings.add(Category.ATTRIBUTES, post.path(), edits.line(offset), "kramdown attribute '" + attributes + "' removed");
    }
}
