package org.broadsheet.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a tag of Liquid or a Hugo shortcode that stands for a block of HTML is written: on a line of its own, set
 * apart by blank lines from the Markdown it holds, which Markdown then reads inside the HTML.
 */
final class BlockLines {

    /** A text set in bold as a whole, {@code **Sources**} or {@code __Sources__}. */
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?!\\s)((?:(?!\\1).)+)(?<!\\s)\\1");

    private BlockLines() {
    }

    /**
     * A line break that sets a fence opening at the start of a line apart from the line above, so that it is code
     * even inside a block of HTML ({@code <div>} on the line above), which Markdown would otherwise show as written;
     * Hugo put the diagram there, after reading the Markdown.
     */
    static String blankLineBefore(String body, BodyText.Match match) {
        int start = match.matcher().start();
        return start >= 2 && body.charAt(start - 1) == '\n' && body.charAt(start - 2) != '\n' ? "\n" : "";
    }

    /** Whether the tag stands on a line of its own. */
    static boolean ownLine(String body, BodyText.Match match) {
        int start = match.matcher().start();
        int end = match.matcher().end();
        return (start == 0 || body.charAt(start - 1) == '\n') && (end == body.length() || body.charAt(end) == '\n');
    }

    /**
     * The start of a {@code <details>} block that stands for the tag {@code match}: its summary (a default one when
     * {@code summary} is blank), then the text up to the end, which stays the writer's Markdown.
     */
    static String detailsStart(String summary, String body, BodyText.Match match) {
        String text = htmlText(summary == null || summary.isBlank() ? "Details" : summary.strip());
        // the themes rendered the summary as Markdown: one set in bold as a whole showed bold, without its asterisks
        Matcher strong = STRONG.matcher(text);
        return "<details>\n<summary>" + (strong.matches() ? "<strong>" + strong.group(2) + "</strong>" : text)
                + "</summary>" + blankLineAfter(body, match);
    }

    /** The end of a {@code <details>} block that stands for the closing tag {@code match}. */
    static String detailsEnd(String body, BodyText.Match match) {
        return blankLineBefore(body, match) + "</details>";
    }

    private static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The same below a closing fence at the start of a line, before a line of text ({@code </div>}). */
    static String blankLineAfter(String body, BodyText.Match match) {
        int start = match.matcher().start();
        int end = match.matcher().end();
        boolean lineStart = start == 0 || body.charAt(start - 1) == '\n';
        return lineStart && end + 1 < body.length() && body.charAt(end) == '\n' && body.charAt(end + 1) != '\n' ? "\n" : "";
    }
}
