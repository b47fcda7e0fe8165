package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Math between {@code $$} (Kramdown's, and that of a Hugo site whose theme loads KaTeX or MathJax), which the
 * old site typeset and Broadsheet's Markdown would read as text with emphasis in it ({@code x_i … y_j}): kept
 * as its LaTeX source, in a code span, or a fenced {@code math} block when it stands on lines of its own, and
 * reported, since Broadsheet does not typeset math. Math holding a backtick is left as it is, and reported too.
 */
final class DollarMath {

    private static final Pattern MATH = Pattern.compile("\\$\\$(.+?)\\$\\$", Pattern.DOTALL);
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

    private DollarMath() {
    }

    /** Adds to {@code edits} the keeping of each piece of math of {@code body} outside code. */
    static void keep(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, Findings findings) {
        if (!body.contains("$$")) {
            return;
        }
        CodeRegions code = CodeRegions.of(spans);
        Matcher math = MATH.matcher(body);
        int from = 0;
        while (from < body.length() && math.find(from)) {
            from = math.end();
            if (code.contains(math.start()) || math.group(1).isBlank()) {
                continue;
            }
            String tex = math.group();
            boolean block = (math.start() == 0 || body.charAt(math.start() - 1) == '\n')
                    && (math.end() == body.length() || body.charAt(math.end()) == '\n');
            if (!block && BLANK_LINE.matcher(tex).find()) {
                // Kramdown reads math in a paragraph's text only, so a lone $$ ("wrap it in $$") stays a dollar
                // sign rather than opening math that ends in the next paragraph; only a block may hold a blank line.
                from = math.start() + 2;
                continue;
            }
            String shown = tex.length() > 60 ? tex.substring(0, 60) + "…" : tex;
            if (tex.indexOf('`') >= 0) {
                findings.add(Category.MATH, post.path(), edits.line(math.start()), "math " + shown.replace('\n', ' ')
                        + " left as written (it holds a backtick): readers see its LaTeX, with what Markdown makes of it");
                continue;
            }
            edits.replace(math.start(), math.end(), block ? "```math\n" + tex + "\n```" : "`" + tex + "`");
            findings.add(Category.MATH, post.path(), edits.line(math.start()), "math " + shown.replace('\n', ' ')
                    + " kept as its LaTeX source, in code: Broadsheet does not typeset math");
        }
    }
}
