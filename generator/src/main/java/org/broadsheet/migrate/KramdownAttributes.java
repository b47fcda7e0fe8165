package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes kramdown's attribute lists ({@code {: .lead}}, {@code {:target="_blank"}}), which Broadsheet's
 * Markdown would show as text; each removal is counted in the report. In code they are text (a Ruby
 * hash such as {@code {:a => 1}}), and stay. The list that a {@code {:toc}} follows, which kramdown replaced with
 * the post's headings, goes with it: Broadsheet makes no table of contents, and readers would see its seed text.
 */
final class KramdownAttributes {

    /** {@code {: .lead}}, {@code {:target="_blank"}}, or the name of an attribute list defined elsewhere ({@code {:toc}}). */
    private static final Pattern ATTRIBUTES = Pattern.compile(
            "\\{:(?::|\\s*[.#]|\\s*[\\w-]+=[\"'\\w])[^}\\n]*\\}|\\{:\\s*[A-Za-z][\\w-]*\\s*\\}");
    /**
     * The lines of a list, which {@link #TABLE_OF_CONTENTS} may follow: its items (often one, "* Contents") are only a
     * seed that kramdown replaced. Possessive: giving back a line could not help, and a greedy group recurses once per
     * line, so that thousands of them overflow the stack.
     */
    private static final Pattern LIST = Pattern.compile("(?m)^(?:[ \\t]{0,3}(?:[*+-]|\\d+\\.)[ \\t]+\\S.*\\n)++");
    /**
     * {@code {:toc}} directly below a {@link #LIST}. Looked for only where a whole list ends: a list found from each of
     * its lines ends where it does, so that one pattern of both, tried at every line of a long list that no
     * {@code {:toc}} follows, takes time that grows with the square of its length.
     */
    private static final Pattern TABLE_OF_CONTENTS = Pattern.compile("(?m)[ \\t]*(\\{:\\s*toc\\s*\\})[ \\t]*(?=\\n|$)");
    /**
     * An attribute list alone on its line leaves a blank line, so that the lines below keep their numbers. On a line
     * of its own kramdown takes whatever stands between {@code {:} and {@code }} as one, even what it cannot read
     * ({@code {: file = "a.json"}}, spaces around the {@code =}), and shows nothing of it.
     */
    private static final Pattern ON_OWN_LINE = Pattern.compile("(?m)^[ \\t]*(" + ATTRIBUTES.pattern()
            + "|\\{:(?![:/])[^}\\n]+\\})[ \\t]*(\\n|$)");

    private KramdownAttributes() {
    }

    /** Adds to {@code edits} the removal of each attribute list of {@code body} outside code. */
    static void remove(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, Findings findings) {
        if (!body.contains("{:")) {
            return;
        }
        CodeRegions code = CodeRegions.of(spans);
        var list = LIST.matcher(body);
        var toc = TABLE_OF_CONTENTS.matcher(body);
        List<Integer> tocs = new ArrayList<>();
        while (list.find()) {
            if (toc.region(list.end(), body.length()).lookingAt() && !code.contains(toc.start(1))) {
                tocs.add(toc.start(1));
                String removed = body.substring(list.start(), toc.end());
                // a blank line for each line removed, so that the lines below keep their numbers
                edits.replace(list.start(), toc.end(), "\n".repeat((int) removed.chars().filter(c -> c == '\n').count()));
                findings.add(Category.ATTRIBUTES, post.path(), edits.line(list.start()), "kramdown table of contents '"
                        + removed.strip().replace('\n', ' ') + "' removed with the list it replaced");
            }
        }
        var ownLine = ON_OWN_LINE.matcher(body);
        while (ownLine.find()) {
            if (!code.contains(ownLine.start(1)) && !tocs.contains(ownLine.start(1))) {
                edits.replace(ownLine.start(), ownLine.end(), ownLine.group(2));
                report(post, edits, ownLine.start(1), ownLine.group(1), findings);
            }
        }
        var inline = ATTRIBUTES.matcher(body);
        while (inline.find()) {
            if (!code.contains(inline.start()) && !tocs.contains(inline.start())) {
                edits.replace(inline.start(), inline.end(), "");
                report(post, edits, inline.start(), inline.group(), findings);
            }
        }
    }

    private static void report(SourcePost post, BodyEdits edits, int offset, String attributes, Findings findings) {
        findings.add(Category.ATTRIBUTES, post.path(), edits.line(offset), "kramdown attribute '" + attributes + "' removed");
    }
}
