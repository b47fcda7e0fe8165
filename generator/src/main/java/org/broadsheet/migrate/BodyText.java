package org.broadsheet.migrate;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces the matches of a pattern in a post's body while knowing the file line of each match. */
final class BodyText {

    private BodyText() {
    }

    /** A match, with the line of the source file on which it starts. */
    record Match(Matcher matcher, int line) {
        String group(int group) {
            return matcher.group(group);
        }
    }

    /** Adds to {@code edits} the replacement of each match of {@code pattern} by what {@code replace} returns for it. */
    static void replace(BodyEdits edits, Pattern pattern, Function<Match, String> replace) {
        Matcher matcher = pattern.matcher(edits.body());
        while (matcher.find()) {
            String text = replace.apply(new Match(matcher, edits.line(matcher.start())));
            // a match kept as written is no edit, so that what is on its lines keeps their numbers
            if (!text.equals(matcher.group())) {
                edits.replace(matcher.start(), matcher.end(), text);
            }
        }
    }
}
