package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads loosely typed front matter values (strings, numbers, lists, maps) the way generators do. */
final class Loose {

    private Loose() {
    }

    /** A scalar as stripped text; null for null, blank, lists and maps. */
    static String text(Object value) {
        if (value == null || value instanceof List || value instanceof Map) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** Each item of a list as text, or a single scalar as a list of one; blanks dropped. */
    static List<Object> items(Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(item -> item != null && !item.toString().isBlank()).forEach(items::add);
        } else if (value != null && !value.toString().isBlank()) {
            items.add(value);
        }
        return items;
    }

    /** The value under {@code key} of a map value, or null. */
    static Object get(Object map, String key) {
        return map instanceof Map<?, ?> m ? m.get(key) : null;
    }

    /** Whether the value is {@code true} or {@code "true"}. */
    static boolean isTrue(Object value) {
        return value != null && value.toString().strip().equalsIgnoreCase("true");
    }

    /** Whether the value is {@code false} or {@code "false"}. */
    static boolean isFalse(Object value) {
        return value != null && value.toString().strip().equalsIgnoreCase("false");
    }
}
