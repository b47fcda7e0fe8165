package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byline of a post: {@code author}/{@code authors} as a name, a list of names, maps with a name, or
 * keys of the old site's author data ({@code _data/authors.yml}, as minimal-mistakes and Chirpy use it).
 */
final class Authors {

    private Authors() {
    }

    /** The author data of the first of {@code files} that exists: key → a name or a map; empty when none does. */
    static Map<String, Object> data(SourceFiles files, List<String> candidates) {
        return SourceFiles.values(files.settings(candidates));
    }

    /**
     * Names as strings, or {@code {name, role}} maps where the old site gave a role; keys of the author data
     * named from it (reported); unreadable entries reported.
     */
    static List<Object> of(SourcePost post, Map<String, Object> data, Findings findings) {
        List<Object> authors = new ArrayList<>();
        for (String field : List.of("authors", "author")) {
            for (Object item : Loose.items(post.value(field))) {
                Object entry = item;
                if (!(item instanceof Map) && !(item instanceof List) && data.containsKey(item.toString().strip())) {
                    entry = data.get(item.toString().strip());
                    findings.add(Category.AUTHOR_LOOKUP, post.path(), post.line(field), "author '" + item.toString().strip()
                            + "' named from the author data");
                    if (!(entry instanceof Map)) {
                        entry = Loose.text(entry) == null ? item : entry;
                    }
                }
                if (entry instanceof Map<?, ?> map) {
                    author(map, post, field, findings, authors);
                } else if (entry instanceof List) {
                    findings.add(Category.FIELDS, post.path(), post.line(field), "a nested list of authors was left out");
                } else {
                    add(entry.toString().strip(), null, authors);
                }
            }
        }
        return authors;
    }

    private static void author(Map<?, ?> map, SourcePost post, String field, Findings findings, List<Object> authors) {
        String name = Loose.text(firstOf(map, "name", "display_name", "displayName", "title"));
        if (name == null) {
            findings.add(Category.FIELDS, post.path(), post.line(field), "an author without a name " + map
                    + " was left out");
            return;
        }
        add(name, Loose.text(firstOf(map, "role", "position", "job")), authors);
    }

    /**
     * Adds a name to the byline once: as itself, or as {@code {name, role}} when there is a role or when the
     * name is written like a key of authors.yml ("jdoe"), which Broadsheet would look up there.
     */
    private static void add(String name, String role, List<Object> authors) {
        Object author = name;
        if (role != null || ContentPaths.isKey(name)) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            if (role != null) {
                map.put("role", role);
            }
            author = map;
        }
        if (!authors.contains(author)) {
            authors.add(author);
        }
    }

    private static Object firstOf(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            if (map.get(key) != null) {
                return map.get(key);
            }
        }
        return null;
    }
}
