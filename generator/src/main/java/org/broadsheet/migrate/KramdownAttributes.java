package org.broadsheet.migrate;

import java.util.regex.Pattern;

/**
 * Removes kramdown's attribute lists ({@code {: .lead}}, {@code {:target="_blank"}}), which Broadsheet's
 * Markdown would show as text; each removal is reported so that a human can restore the effect.
 */
final class KramdownAttributes {

    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:[^}\\n]*\\}");
    private static final Pattern ON_OWN_LINE = Pattern.compile("(?m)^[ \\t]*\\{:[^}\\n]*\\}[ \\t]*(\\n|$)");

    private KramdownAttributes() {
    }

    static String remove(SourcePost post, String body, Findings findings) {
        BodyText.replace(body, post.bodyLine(), ATTRIBUTES, match -> {
            findings.add(Category.ATTRIBUTES, post.path(), match.line(), "kramdown attribute '" + match.group(0)
                    + "' removed");
            return match.group(0);
        });
        return ATTRIBUTES.matcher(ON_OWN_LINE.matcher(body).replaceAll("")).replaceAll("");
    }
}
