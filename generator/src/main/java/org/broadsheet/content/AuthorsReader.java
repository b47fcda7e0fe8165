package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;
import org.broadsheet.model.Language;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code content/authors.yml}: author key → per language a name, role and bio, with an optional
 * e-mail address and photo.
 */
final class AuthorsReader {

    private static final Set<String> LANGUAGE_FIELDS = new LinkedHashSet<>(List.of("name", "role", "bio"));

    private AuthorsReader() {
    }

    /** The authors of the fields of {@code authors.yml} (named {@code path} in problems). */
    static Map<String, AuthorProfile> read(Map<String, YamlFields.Field> entries, String path, Path contentDir,
                                           List<Language> languages, Problems problems) {
        Values values = new Values(path, problems);
        Set<String> known = new LinkedHashSet<>();
        languages.forEach(l -> known.add(l.code()));
        known.add("email");
        known.add("photo");
        Map<String, AuthorProfile> authors = new LinkedHashMap<>();
        for (YamlFields.Field field : entries.values()) {
            String key = field.name();
            if (!values.registryKey(field, "author", "oh-yejin")) {
                continue;
            }
            Map<String, JsonNode> map = values.map(field, known).orElse(null);
            if (map == null) {
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> roles = new LinkedHashMap<>();
            Map<String, String> bios = new LinkedHashMap<>();
            for (Language language : languages) {
                String code = language.code();
                JsonNode entry = map.get(code);
                // a language's entry may be the name alone: en: Oh Ye-jin
                boolean nameOnly = entry == null || entry.isNull() || entry.isValueNode();
                Map<String, JsonNode> fields = nameOnly ? Map.of()
                        : values.map(entry, key + "." + code, field.line(), LANGUAGE_FIELDS).orElse(Map.of());
                String name = values.text(nameOnly ? entry : fields.get("name"), "name", field.line());
                if (name == null) {
                    values.problem(field.line(), "author '" + key + "' has no name in '" + code + "': add "
                            + code + ": {name: …, role: …, bio: …} under " + key);
                    name = key;
                }
                names.put(code, name);
                Optional.ofNullable(values.text(fields.get("role"), "role", field.line())).ifPresent(r -> roles.put(code, r));
                Optional.ofNullable(values.text(fields.get("bio"), "bio", field.line())).ifPresent(b -> bios.put(code, b));
            }
            String email = map.containsKey("email") ? values.email(map.get("email"), "email", field.line()) : null;
            String photo = photo(map.get("photo"), key, contentDir, field.line(), values);
            authors.put(key, new AuthorProfile(key, Map.copyOf(names), Map.copyOf(roles), Map.copyOf(bios), email, photo));
        }
        return authors;
    }

    /** The photo's file relative to {@code content/}, or null (reported when it is not there). */
    private static String photo(JsonNode value, String key, Path contentDir, int line, Values values) {
        String src = values.text(value, "photo", line);
        if (src == null) {
            return null;
        }
        // authors.yml lies in content/: a path with or without '/' is relative to content/
        Optional<String> file = ContentPaths.resolve("authors.yml", src);
        ContentPaths.Found found = file.map(f -> ContentPaths.find(contentDir, f)).orElse(ContentPaths.Found.MISSING);
        if (found.refusal() != null) {
            values.problem(line, "the photo of '" + key + "', '" + src + "', " + found.refusal());
            return null;
        }
        if (found == ContentPaths.Found.MISSING) {
            values.problem(line, "the photo of '" + key + "', '" + src + "', is not found"
                    + file.map(f -> ContentPaths.otherCaseHint(contentDir, src, f)).orElse("")
                    + " (paths are relative to content/, e.g. photo: /images/authors/" + key + ".jpg)");
            return null;
        }
        Optional<String> refusal = PublishableFiles.refusal(contentDir, file.get());
        if (refusal.isPresent()) {
            values.problem(line, "the photo of '" + key + "', '" + src + "', " + refusal.get()
                    + PublishableFiles.NOT_PUBLISHED);
            return null;
        }
        return file.get();
    }
}
