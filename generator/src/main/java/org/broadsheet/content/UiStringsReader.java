package org.broadsheet.content;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the UI strings of the theme, {@code templates/i18n/{language}.yml}, and checks that every
 * language has every key, so that no page shows a word of another language.
 */
public final class UiStringsReader {

    private UiStringsReader() {
    }

    /**
     * @param prefix how {@code i18nDir} is named in problems, e.g. {@code templates/i18n/}
     * @return language code → key → text
     */
    public static Map<String, Map<String, String>> read(Path i18nDir, String prefix, List<Language> languages,
                                                        Problems problems) throws IOException {
        Map<String, Map<String, String>> strings = new LinkedHashMap<>();
        for (Language language : languages) {
            String path = prefix + language.code() + ".yml";
            Path file = i18nDir.resolve(language.code() + ".yml");
            Map<String, String> texts = new TreeMap<>();
            if (!Files.isRegularFile(file)) {
                problems.add(path, 0, "missing UI strings for language '" + language.code()
                        + "': copy another language's file and translate it");
            } else if (ContentPaths.realInside(i18nDir.getParent(), file).isEmpty()) {
                problems.add(path, 0, "leads outside templates/ through a symbolic link; Broadsheet reads nothing "
                        + "from outside content/ and templates/: put the file itself in templates/");
            } else {
                String text = SourceText.decode(Files.readAllBytes(file)).orElse(null);
                if (text == null) {
                    problems.add(path, 0, "the file is not UTF-8 text; save it as UTF-8 in your editor");
                } else {
                    YamlFields.read(text, path, 1, problems).orElse(Map.of()).values().forEach(field -> {
                        if (field.value().isValueNode()) {
                            // not stripped: a separator such as " and " keeps its spaces
                            texts.put(field.name(), field.value().isNull() ? "" : field.value().asText());
                        } else {
                            problems.add(path, field.line(), "'" + field.name() + "' must be a single text");
                        }
                    });
                }
            }
            strings.put(language.code(), texts);
        }
        TreeSet<String> allKeys = new TreeSet<>();
        strings.values().forEach(texts -> allKeys.addAll(texts.keySet()));
        strings.forEach((code, texts) -> {
            if (texts.isEmpty()) {
                return;
            }
            for (String key : allKeys) {
                if (!texts.containsKey(key)) {
                    problems.add(prefix + code + ".yml", 0, "missing UI string '" + key
                            + "' (other languages have it): add " + key + ": … in this language");
                }
            }
        });
        return strings;
    }
}
