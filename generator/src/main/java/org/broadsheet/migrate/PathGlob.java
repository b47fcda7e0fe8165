package org.broadsheet.migrate;

import java.util.regex.Pattern;

/**
 * A path glob as the old generators match them: {@code **} across folders, {@code *} and {@code ?} within one, and,
 * where the generator reads them (Hugo's targets, not Jekyll's scopes), {@code {a,b}} for either.
 */
final class PathGlob {

    private PathGlob() {
    }

    static Pattern of(String glob, boolean braces) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (braces && c == '{') {
                regex.append("(?:");
            } else if (braces && c == '}') {
                regex.append(')');
            } else if (braces && c == ',') {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
