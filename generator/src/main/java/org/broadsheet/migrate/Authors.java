package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The byline of a post: {@code author}/{@code authors} as a name, a list of names, or maps with a name. */
final class Authors {

    private Authors() {
    }

    /** Names as strings, or {@code {name, role}} maps where the old site gave a role; unreadable entries reported. */
    static List<Object> of(SourcePost post, Findings findings) {
        List<Object> authors = new ArrayList<>();
        for (String field : List.of("authors", "author")) {
            for (Object item : Loose.items(post.value(field))) {
                if (item instanceof Map<?, ?> map) {
                    String name = Loose.text(firstOf(map, "name", "display_name", "displayName", "title"));
                    if (name == null) {
                        findings.add(Category.FIELDS, post.path(), post.line(field), "an author without a name "
                                + map + " was left out");
                        continue;
                    }
                    String role = Loose.text(firstOf(map, "role", "position", "job"));
                    if (role == null) {
                        authors.add(name);
                    } else {
                        Map<String, Object> author = new LinkedHashMap<>();
                        author.put("name", name);
                        author.put("role", role);
                        authors.add(author);
                    }
                } else if (item instanceof List) {
                    findings.add(Category.FIELDS, post.path(), post.line(field), "a nested list of authors was left out");
                } else if (!authors.contains(item.toString().strip())) {
                    authors.add(item.toString().strip());
                }
            }
        }
        return authors;
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
