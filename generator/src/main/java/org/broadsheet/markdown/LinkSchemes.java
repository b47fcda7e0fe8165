package org.broadsheet.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import org.broadsheet.sanitize.HtmlPolicy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which addresses a Markdown link or image may have: none with a scheme outside
 * {@link HtmlPolicy#SCHEMES}, read as a browser reads the address once it is in the page — entities
 * and backslash escapes decoded, tabs and line breaks dropped, leading spaces and control characters
 * ignored, the scheme in any case. So {@code JavaScript:}, {@code &#106;avascript:} and
 * {@code \u0001 javascript:} are all {@code javascript:}. Flexmark's own suppression knew only
 * {@code javascript:} in lower case.
 */
final class LinkSchemes {

    /**
     * The URLs that both renderers write as plain text: a scheme outside the allowed ones, in any case,
     * after leading spaces or control characters. It catches autolinks ({@code <JavaScript:x>}), whose
     * text is linked as written; other links have had their address read by {@link #allowed} already.
     */
    static final String SUPPRESSED = "(?is)[\\x00-\\x20]*(?!(?:" + String.join("|", HtmlPolicy.SCHEMES)
            + "):)[a-z][a-z0-9+.-]*:.*";

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\t\\n\\r]");

    private LinkSchemes() {
    }

    /** Whether {@code written} (a link's address as the Markdown gives it) is relative or has an allowed scheme. */
    static boolean allowed(String written) {
        // most addresses are a plain "https://…" or a relative path: no escape can hide or change a scheme
        if (written.indexOf(':') < 0 && written.indexOf('&') < 0 && written.indexOf('\\') < 0) {
            return true;
        }
        String url = effective(written);
        int colon = url.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String scheme = scheme(url);
        return !SCHEME.matcher(scheme).matches() || HtmlPolicy.SCHEMES.contains(scheme);
    }

    /** The scheme of {@code effective} (an address as a browser reads it, with a scheme), in lower case. */
    static String scheme(String effective) {
        return effective.substring(0, effective.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    /** The address as a browser reads it from the page that Markdown's rendering of {@code written} gives. */
    static String effective(String written) {
        String url = written.indexOf('&') >= 0 || written.indexOf('\\') >= 0 ? Escaping.unescapeString(written) : written;
        if (url.indexOf('\t') >= 0 || url.indexOf('\n') >= 0 || url.indexOf('\r') >= 0) {
            url = LINE_BREAKS_AND_TABS.matcher(url).replaceAll("");
        }
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        return url.substring(start);
    }
}
