package org.broadsheet.diag;

import java.util.Comparator;

/**
 * A problem in the content or templates that a writer can fix. It prints as one line, whatever the names
 * and values it quotes hold: a control or format character (a line break or an escape in a file name, a
 * right-to-left override in a title) is shown as {@code U+XXXX}, so that no file name can begin a line of its
 * own in a build log, where CI systems read lines such as {@code ::error file=…} as commands, or colour or
 * reorder what follows.
 *
 * @param path    the file, relative to the project root with {@code /} separators
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do
 */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line).thenComparing(Problem::message);

    @Override
    public String toString() {
        return oneLine(line > 0 ? path + ":" + line + ": " + message : path + ": " + message);
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
