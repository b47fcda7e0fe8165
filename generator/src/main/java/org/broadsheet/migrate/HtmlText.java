package org.broadsheet.migrate;

import org.broadsheet.markdown.Markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML's text or an attribute's value as the browser shows it, its character references read. */
final class HtmlText {

    /** {@code &amp;}, {@code &eacute;}, {@code &#91;}, {@code &#x5B;}. */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile(
            "&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private HtmlText() {
    }

    /** {@code html} with each character reference replaced by what it stands for; one that names none stays. */
    static String shown(String html) {
        return html.indexOf('&') < 0 ? html : CHARACTER_REFERENCE.matcher(html)
                .replaceAll(reference -> Matcher.quoteReplacement(Markdown.entity(reference.group())));
    }
}
