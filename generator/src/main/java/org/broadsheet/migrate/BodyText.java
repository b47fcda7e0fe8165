package org.broadsheet.migrate;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the matches of a pattern in a post's body while knowing the file line of each match. */
final class BodyText {

    private BodyText() {
    }

    /** A match, with the line of the source file on which it starts. */
    record Match(Matcher matcher, int line) {
        String group(int group) {
            return matcher.group(group);
        }
    }

    /** {@code body} with each match of {@code pattern} replaced by what {@code replace} returns for it. */
    static String replace(String body, int bodyLine, Pattern pattern, Function<Match, String> replace) {
        Matcher matcher = pattern.matcher(body);
        StringBuilder out = new StringBuilder();
        int line = bodyLine;
        int counted = 0;
        while (matcher.find()) {
            for (int i = counted; i < matcher.start(); i++) {
                if (body.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = matcher.start();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replace.apply(new Match(matcher, line))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
