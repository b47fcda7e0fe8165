package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Replacements of spans of a post's body, applied together; and the file line of an offset of the body, also when
 * the body is what earlier edits made of the file's.
 */
final class BodyEdits {

    private record Edit(int start, int end, String text) {
    }

    private final String body;
    private final int bodyLine;
    /** The edits whose result {@link #body} is, which know its lines in the file; or null for the file's body. */
    private final BodyEdits before;
    private final List<Edit> edits = new ArrayList<>();
    /** The offset at which each line of the body after the first starts; null when {@link #before} knows the lines. */
    private final int[] lineStarts;
    /** What {@link #applied()} found, until the next replacement: the edits after these ask it at each finding. */
    private List<Edit> applied;
    /** For each of {@link #applied}, where its text starts in {@link #apply()}'s result. */
    private int[] appliedStarts;

    BodyEdits(String body, int bodyLine) {
        this(body, bodyLine, null);
    }

    /** Edits of the body that {@code before} gives, whose lines are named as in the file {@code before} edits. */
    BodyEdits(BodyEdits before) {
        this(before.apply(), 0, before);
    }

    private BodyEdits(String body, int bodyLine, BodyEdits before) {
        this.body = body;
        this.bodyLine = bodyLine;
        this.before = before;
        this.lineStarts = before != null ? null
                : IntStream.range(0, body.length()).filter(i -> body.charAt(i) == '\n').map(i -> i + 1).toArray();
    }

    /** The body whose spans are replaced. */
    String body() {
        return body;
    }

    void replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text));
        applied = null;
    }

    /** The line of the file on which the body's character at {@code offset} is. */
    int line(int offset) {
        if (before != null) {
            return before.line(before.original(offset));
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        return bodyLine + (found >= 0 ? found + 1 : -found - 1);
    }

    /**
     * The offset of the body from which the character at {@code offset} of {@link #apply()}'s result comes: for one
     * in a replacement's text, the start of the span it replaced.
     */
    int original(int offset) {
        List<Edit> edits = applied();
        int found = Arrays.binarySearch(appliedStarts, offset);
        // the last edit whose text starts at or before the offset; with equal starts (empty texts), the last of them
        int last = found >= 0 ? found : -found - 2;
        while (found >= 0 && last + 1 < edits.size() && appliedStarts[last + 1] == offset) {
            last++;
        }
        if (last < 0) {
            return offset;
        }
        Edit edit = edits.get(last);
        int start = appliedStarts[last];
        if (offset < start + edit.text().length()) {
            return edit.start();
        }
        return edit.end() + (offset - start - edit.text().length());
    }

    /** The body with every replacement; one that overlaps another, which starts before it, is left out. */
    String apply() {
        if (edits.isEmpty()) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + 64);
        int at = 0;
        for (Edit edit : applied()) {
            out.append(body, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(body, at, body.length()).toString();
    }

    /** The replacements that {@link #apply()} makes, in order. */
    private List<Edit> applied() {
        if (applied != null) {
            return applied;
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        applied = new ArrayList<>();
        int at = 0;
        for (Edit edit : sorted) {
            if (edit.start() >= at) {
                applied.add(edit);
                at = edit.end();
            }
        }
        appliedStarts = new int[applied.size()];
        int shift = 0;
        for (int i = 0; i < applied.size(); i++) {
            Edit edit = applied.get(i);
            appliedStarts[i] = edit.start() + shift;
            shift += edit.text().length() - (edit.end() - edit.start());
        }
        return applied;
    }
}
