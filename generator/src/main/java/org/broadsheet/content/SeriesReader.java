package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.Language;
import org.broadsheet.model.Series;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code content/series.yml}: series key → name per language, optional description. Unlike a topic, a
 * series may be named in some languages only: it then runs in those editions only.
 */
final class SeriesReader {

    private SeriesReader() {
    }

    /** The series of the fields of {@code series.yml} (named {@code path} in problems). */
    static Map<String, Series> read(Map<String, YamlFields.Field> fields, String path, List<Language> languages,
                                    Problems problems) {
        Values values = new Values(path, problems);
        Set<String> codes = new LinkedHashSet<>(languages.stream().map(Language::code).toList());
        Set<String> known = new LinkedHashSet<>(codes);
        known.add("description");
        Map<String, Series> series = new LinkedHashMap<>();
        for (YamlFields.Field field : fields.values()) {
            String key = field.name();
            if (!values.registryKey(field, "series", "harbor-at-100")) {
                continue;
            }
            Map<String, JsonNode> map = values.map(field, known).orElse(null);
            if (map == null) {
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (String code : codes) {
                String name = values.text(map.get(code), code, field.line());
                if (name != null) {
                    names.put(code, name);
                }
            }
            if (names.isEmpty()) {
                values.problem(field.line(), "series '" + key + "' has no name: add the name in each language it "
                        + "runs in, e.g. " + key + ": {" + String.join(": …, ", codes) + ": …}");
                continue;
            }
            series.put(key, new Series(key, Map.copyOf(names),
                    values.descriptions(map.get("description"), key, field.line(), names.keySet())));
        }
        return series;
    }
}
