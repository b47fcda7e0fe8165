package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.Language;
import org.broadsheet.model.MostRead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code content/most-read.yml}: per language code, a list of articles. An analytics export rewrites
 * it on its own schedule, so nothing in it stops a build: what cannot be read is a warning and left out.
 */
final class MostReadReader {

    private MostReadReader() {
    }

    static MostRead read(String text, String path, List<Language> languages, Problems warnings) {
        Problems found = new Problems();
        Values values = new Values(path, found);
        List<String> codes = languages.stream().map(Language::code).toList();
        Map<String, List<MostRead.Entry>> byLanguage = new LinkedHashMap<>();
        for (YamlFields.Field field : YamlFields.read(text, path, 1, found).orElse(Map.of()).values()) {
            if (!codes.contains(field.name())) {
                values.problem(field.line(), "'" + field.name() + "' is not a language of content/site.yml ("
                        + String.join(", ", codes) + "); its list is left out");
                continue;
            }
            List<MostRead.Entry> entries = new ArrayList<>();
            List<JsonNode> items = Values.items(field.value());
            for (int i = 0; i < items.size(); i++) {
                String written = values.text(items.get(i), field.name(), field.line(i));
                if (written != null) {
                    entries.add(new MostRead.Entry(written, field.line(i)));
                }
            }
            byLanguage.put(field.name(), List.copyOf(entries));
        }
        found.sorted().forEach(p -> warnings.warn(p.path(), p.line(), p.message()));
        return new MostRead(path, Map.copyOf(byLanguage));
    }
}
