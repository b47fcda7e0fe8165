package org.broadsheet.migrate;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's inline shortcodes ({@code {{< year.inline >}}…{{< /year.inline >}}}, with {@code enableInlineShortcodes}),
 * whose template is the text between their tags. One whose text only loads scripts or styles for the page — template
 * actions, HTML comments, {@code <script>}, {@code <style>}, {@code <link>}, as PaperMod's example loads KaTeX — showed
 * readers nothing.
 */
final class InlineShortcodes {

    /**
     * What shows a reader nothing: a template action that prints nothing (a condition, a loop, an assignment, a
     * comment), an HTML comment, a script, a style sheet, a link to either.
     */
    private static final Pattern INVISIBLE = Pattern.compile("\\{\\{-?\\s*+(?:if\\b|else\\b|end\\b|with\\b|range\\b|/\\*"
            + "|\\$\\w*+\\s*+:?=).*?}}|<!--.*?-->|<script\\b.*?</script\\s*>"
            + "|<style\\b.*?</style\\s*>|<link\\b[^>]*+>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private InlineShortcodes() {
    }

    /**
     * The end of the closing tag of the inline shortcode {@code name} whose opening tag ends at {@code from}, when the
     * text between them shows nothing; empty otherwise.
     */
    static OptionalInt invisibleUntil(String body, int from, String name) {
        Matcher close = Pattern.compile("\\{\\{[<%]\\s*+/\\s*+" + Pattern.quote(name) + "\\s*+[>%]\\}\\}")
                .matcher(body).region(from, body.length());
        if (!close.find()) {
            return OptionalInt.empty();
        }
        String inner = body.substring(from, close.start());
        return INVISIBLE.matcher(inner).replaceAll("").isBlank() ? OptionalInt.of(close.end()) : OptionalInt.empty();
    }
}
