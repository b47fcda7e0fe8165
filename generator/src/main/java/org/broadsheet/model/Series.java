package org.broadsheet.model;

import java.util.Map;

/**
 * A series of {@code content/series.yml}: its key, and its name and description in the languages where it
 * runs. A series named in one language only has parts in that edition only.
 *
 * @param key          lower-case letters, digits and {@code -}; the last segment of the series page
 * @param names        language → name, for each language the series runs in
 * @param descriptions language → short description, where given
 */
public record Series(String key, Map<String, String> names, Map<String, String> descriptions) {

    /** The name in {@code language}, or null when the series does not run in it. */
    public String name(String language) {
        return names.get(language);
    }

    /** The description in {@code language}, or null. */
    public String description(String language) {
        return descriptions.get(language);
    }
}
