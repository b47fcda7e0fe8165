package org.broadsheet.model;

/**
 * The characters that XML 1.0 forbids: control characters other than tab and line ends, U+FFFE,
 * U+FFFF and surrogates that are not part of a pair. One of them in a feed or sitemap makes every
 * XML parser reject the whole file, and they reach articles through text pasted from word
 * processors (U+000B is Word's line break) or through escapes in YAML and entities in Markdown.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** Receives each forbidden code point found, with its index in the text. */
    @FunctionalInterface
    public interface Found {
        void at(int index, int codePoint);
    }

    /** {@code text} without its forbidden characters. */
    public static String cleaned(String text) {
        return cleaned(text, null);
    }

    /** {@code text} without its forbidden characters, each given to {@code found} (when not null). */
    public static String cleaned(String text, Found found) {
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (!forbiddenAt(text, i)) {
                out.append(text.charAt(i));
            } else if (found != null) {
                found.at(i, text.charAt(i));
            }
        }
        return out.toString();
    }

    // String rather than CharSequence: a fresh JVM's first compiler calls an interface's charAt through a
    // table lookup for every char, and every article is scanned when it is read
    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // the common case first: printable ASCII and most of the BMP below the surrogates
            if (c >= ' ' && c < '\uD800' || c == '\n' || c == '\t' || c == '\r') {
                continue;
            }
            if (forbiddenAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the char at {@code i} is forbidden; each half of a surrogate pair is allowed. */
    private static boolean forbiddenAt(String text, int i) {
        char c = text.charAt(i);
        if (c < ' ') {
            return c != '\n' && c != '\t' && c != '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\uFFFE' || c == '\uFFFF';
    }
}
