package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements of spans of a post's body, applied together; and the file line of an offset of the body. */
final class BodyEdits {

    private record Edit(int start, int end, String text) {
    }

    private final String body;
    private final int bodyLine;
    private final List<Edit> edits = new ArrayList<>();

    BodyEdits(String body, int bodyLine) {
        this.body = body;
        this.bodyLine = bodyLine;
    }

    void replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text));
    }

    /** The line of the file on which the body's character at {@code offset} is. */
    int line(int offset) {
        int line = bodyLine;
        for (int i = body.indexOf('\n'); i >= 0 && i < offset; i = body.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /** The body with every replacement; of overlapping ones, the first given wins. */
    String apply() {
        if (edits.isEmpty()) {
            return body;
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(body.length() + 64);
        int at = 0;
        for (Edit edit : sorted) {
            if (edit.start() >= at) {
                out.append(body, at, edit.start()).append(edit.text());
                at = edit.end();
            }
        }
        return out.append(body, at, body.length()).toString();
    }
}
