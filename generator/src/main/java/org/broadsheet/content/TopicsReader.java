package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.Language;
import org.broadsheet.model.Topic;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code content/topics.yml}: topic key → name per language, optional description. */
final class TopicsReader {

    private TopicsReader() {
    }

    /** The topics of the fields of {@code topics.yml} (named {@code path} in problems). */
    static Map<String, Topic> read(Map<String, YamlFields.Field> fields, String path, List<Language> languages,
                                   Problems problems) {
        Values values = new Values(path, problems);
        Map<String, Topic> topics = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        languages.forEach(l -> known.add(l.code()));
        known.add("description");
        for (YamlFields.Field field : fields.values()) {
            String key = field.name();
            if (!values.registryKey(field, "topic", "north-korea")) {
                continue;
            }
            Map<String, JsonNode> map = values.map(field, known).orElse(null);
            if (map == null) {
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (Language language : languages) {
                String name = values.text(map.get(language.code()), language.code(), field.line());
                if (name == null) {
                    values.problem(field.line(), "topic '" + key + "' has no name in '" + language.code()
                            + "': add " + language.code() + ": … under " + key);
                    name = key;
                }
                names.put(language.code(), name);
            }
            Set<String> codes = new LinkedHashSet<>(languages.stream().map(Language::code).toList());
            Map<String, String> descriptions = values.descriptions(map.get("description"), key, field.line(), codes);
            topics.put(key, new Topic(key, Map.copyOf(names), descriptions));
        }
        return topics;
    }
}
