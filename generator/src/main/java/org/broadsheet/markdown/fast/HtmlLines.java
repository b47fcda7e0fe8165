package org.broadsheet.markdown.fast;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML being written, with the line handling of Flexmark's {@code HtmlWriter} under our
 * options (no indentation, leading whitespace of a line trimmed outside preformatted text):
 * {@link #line()} ends the current line unless it is empty.
 *
 * <p>Flexmark trims and collapses whitespace at the start of lines, which ordinary Markdown never
 * produces there; rather than reproduce those rules this writer gives up ({@link Unrenderable})
 * whenever text would start a line with whitespace or add a blank line.
 */
final class HtmlLines {

    private final StringBuilder html;

    HtmlLines(int capacity) {
        html = new StringBuilder(capacity);
    }

    /** Ends the current line, if it has anything on it. */
    HtmlLines line() {
        int length = html.length();
        if (length > 0 && html.charAt(length - 1) != '\n') {
            html.append('\n');
        }
        return this;
    }

    /** Markup we write ourselves: known not to start with whitespace. */
    HtmlLines raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Text or markup that comes from the document, outside preformatted text. */
    HtmlLines rawChecked(CharSequence chars) {
        String text = chars.toString();
        checkLines(text, 0, text.length());
        html.append(text);
        return this;
    }

    /** Text from the document, escaped as Flexmark escapes text ({@code & < > "}). */
    HtmlLines text(CharSequence chars) {
        return text(chars, 0, chars.length());
    }

    /** The text between {@code start} and {@code end} of {@code chars}, escaped. */
    HtmlLines text(CharSequence chars, int start, int end) {
        String text = chars.toString();
        checkLines(text, start, end);
        return escaped(text, start, end);
    }

    /** Escaped text inside {@code <pre>}, where Flexmark keeps every space and line as it is. */
    HtmlLines preText(CharSequence chars) {
        return escaped(chars.toString(), 0, chars.length());
    }

    /**
     * Appends the runs between special characters whole: most text has none. A string, not a sequence: a fresh JVM's
     * first compiler calls an interface's {@code charAt} through a table lookup for every char of every article.
     */
    private HtmlLines escaped(String chars, int start, int end) {
        int run = start;
        for (int i = start; i < end; i++) {
            String entity = switch (chars.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                html.append(chars, run, i).append(entity);
                run = i + 1;
            }
        }
        html.append(chars, run, end);
        return this;
    }

    /**
     * Raw HTML from the document, which Flexmark writes as preformatted; a leading line break would
     * be dropped at the start of a line, a case left to Flexmark.
     */
    HtmlLines rawPre(CharSequence chars) {
        if (chars.length() > 0 && chars.charAt(0) == '\n') {
            throw new Unrenderable("raw HTML starting with a line break");
        }
        html.append(chars);
        return this;
    }

    /** An attribute of the tag being opened: {@code name="value"}, escaped keeping entities, as Flexmark does. */
    HtmlLines attribute(String name, CharSequence value) {
        html.append(' ').append(name).append("=\"");
        if (needsEscaping(value)) {
            html.append(Escaping.escapeHtml(value, true));
        } else {
            html.append(value);
        }
        html.append('"');
        return this;
    }

    private static boolean needsEscaping(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** Gives up where Flexmark would trim leading whitespace or collapse blank lines. */
    private void checkLines(String chars, int start, int end) {
        if (start == end) {
            return;
        }
        int last = html.length() - 1;
        boolean lineStart = last < 0 || html.charAt(last) == '\n';
        for (int i = start; i < end; i++) {
            char c = chars.charAt(i);
            if (lineStart && (c == ' ' || c == '\t' || c == '\n')) {
                throw new Unrenderable("whitespace or a blank line at the start of a line");
            }
            lineStart = c == '\n';
        }
    }

    boolean endsWithLine() {
        int length = html.length();
        return length == 0 || html.charAt(length - 1) == '\n';
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
