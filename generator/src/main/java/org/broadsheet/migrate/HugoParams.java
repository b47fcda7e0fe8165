package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Hugo's own {@code param} shortcode showed, {@code .Page.Param} of its key: the page's front matter value,
 * else the site's params, its language's ({@code languages.ko.params}) before the others ({@code params}). Keys
 * are read in any case and a dotted key ({@code social.github}) reads the maps below its first part, as Hugo
 * reads them. Project sites keep an address that changes with each release there ({@code DocsBaseUrl}) and write
 * it into every post that links to it.
 *
 * @param settings the old site's settings, root keys in lower case
 */
record HugoParams(Map<String, Object> settings) {

    /** The text of the value that {@code {{< param key >}}} showed in {@code post}, or empty when it showed none. */
    Optional<String> value(SourcePost post, String key) {
        List<String> parts = List.of(key.split("\\."));
        LooseField field = post.field(parts.get(0));
        Object own = field == null ? null : below(field.value(), parts);
        if (text(own) != null) {
            return Optional.of(text(own));
        }
        Object language = get(get(get(settings, "languages"), post.oldLanguage()), "params");
        Object site = below(get(language, parts.get(0)), parts);
        if (text(site) == null) {
            site = below(get(settings.get("params"), parts.get(0)), parts);
        }
        return Optional.ofNullable(text(site));
    }

    /** The value of the parts after the first below {@code value}, the first part's value. */
    private static Object below(Object value, List<String> parts) {
        for (String part : parts.subList(1, parts.size())) {
            value = get(value, part);
        }
        return value;
    }

    /** The value of {@code key} in a map, in any case. */
    private static Object get(Object map, String key) {
        if (!(map instanceof Map<?, ?> values)) {
            return null;
        }
        for (Map.Entry<?, ?> e : values.entrySet()) {
            if (String.valueOf(e.getKey()).toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return e.getValue() instanceof LooseField field ? field.value() : e.getValue();
            }
        }
        return null;
    }

    /** A value as Hugo printed it; null for none, a blank or false (which Hugo's {@code with} skips), a list or a map. */
    private static String text(Object value) {
        String text = value instanceof LooseField field ? Loose.text(field.value()) : Loose.text(value);
        return text == null || text.equals("false") ? null : text;
    }
}
