package org.broadsheet.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON: maps, lists, strings, numbers and booleans, with {@code <}, {@code >} and {@code &}
 * escaped so that no text can close the {@code <script type="application/ld+json">} element of a
 * page's schema.org data. The search index's files are written with it too.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() == null) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, entry.getKey().toString());
                out.append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(out, String.valueOf(value));
        }
    }

    /** A JSON string; characters that need no escape are copied in runs. */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                        ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                out.append(text, kept, i).append(escaped);
                kept = i + 1;
            }
        }
        out.append(text, kept, text.length()).append('"');
    }
}
