package org.broadsheet.model;

import java.util.Map;

/** A topic of {@code content/topics.yml}: its key and its name and description per language. */
public record Topic(String key, Map<String, String> names, Map<String, String> descriptions) {

    public String name(String language) {
        return names.getOrDefault(language, key);
    }

    public String description(String language) {
        return descriptions.getOrDefault(language, "");
    }
}
