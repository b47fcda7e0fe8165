package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Source posts for unit tests, of a Hugo site below {@code content/}, else of a Jekyll site: fields given as name,
 * value pairs, one per line from line 2.
 */
final class Posts {

    private Posts() {
    }

    static SourcePost post(String path, String fileDate, Object... nameValues) {
        Map<String, LooseField> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            String name = (String) nameValues[i];
            fields.put(name, new LooseField(name, 2 + i / 2, nameValues[i + 1]));
        }
        SourceKind kind = path.startsWith("content/") ? SourceKind.HUGO : SourceKind.JEKYLL;
        return new SourcePost(kind, path, "en", "en", fields, "", 10, fileDate, "bells", "bells", false,
                List.of(), List.of());
    }

    /** A post whose body starts on line 10, with fields given as name, value pairs from line 2. */
    static SourcePost withBody(String body, Object... nameValues) {
        SourcePost post = post("_posts/2019-12-25-bells.md", null, nameValues);
        return new SourcePost(SourceKind.JEKYLL, post.path(), "en", "en", post.fields(), body, 10, null, "bells", "bells",
                false, List.of(), List.of());
    }
}
