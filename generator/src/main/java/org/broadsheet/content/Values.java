package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.diag.Problems;
import org.broadsheet.diag.Suggestions;
import org.broadsheet.model.ContentPaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed reads of YAML values for one file, reporting a problem for each value of the wrong shape. */
final class Values {

    /**
     * An address that a {@code mailto:} link can carry: no spaces, one {@code @}, a domain of letters, digits, dots
     * and {@code -}; {@link #email} checks that the domain has dots only between its parts. The pattern has no
     * repeated group: java.util.regex recurses once per repetition of a group, so a domain of thousands of dotted parts
     * would overflow the stack.
     */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"(),;:\\\\\\[\\]]+@[\\p{L}\\p{N}.-]+");
    /** The longest address that mail can carry (RFC 5321). */
    private static final int EMAIL_MAX_LENGTH = 254;

    private final String path;
    private final Problems problems;

    Values(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    void problem(int line, String message) {
        problems.add(path, line, message);
    }

    /** A text value; numbers and booleans are taken as written. Null when absent or reported. */
    String text(YamlFields.Field field) {
        return text(field.value(), field.name(), field.line());
    }

    String text(JsonNode value, String name, int line) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            problem(line, "'" + name + "' must be a single text value, not a " + (value.isArray() ? "list" : "map"));
            return null;
        }
        String text = SourceText.cleanedValue(value.asText(), path, line, problems).strip();
        return text.isEmpty() ? null : text;
    }

    /** An e-mail address, e.g. {@code desk@example.org}; null when absent or reported. */
    String email(JsonNode value, String name, int line) {
        String text = text(value, name, line);
        if (text != null && text.length() > EMAIL_MAX_LENGTH) {
            problem(line, "'" + name + "' is " + text.length() + " characters long: an e-mail address has at most "
                    + EMAIL_MAX_LENGTH + " (RFC 5321); write one such as desk@example.org");
            return null;
        }
        if (text != null && !isEmail(text)) {
            problem(line, "'" + name + "' '" + text + "' is not an e-mail address: write one such as desk@example.org");
            return null;
        }
        return text;
    }

    private static boolean isEmail(String text) {
        String domain = text.substring(text.indexOf('@') + 1);
        return EMAIL.matcher(text).matches() && domain.contains(".") && !domain.startsWith(".")
                && !domain.endsWith(".") && !domain.contains("..");
    }

    /**
     * Whether the key of {@code field} can name a {@code what} of a registry (topics, authors), and a URL segment:
     * lower-case letters, digits and {@code -}; reported when it cannot.
     */
    boolean registryKey(YamlFields.Field field, String what, String example) {
        if (ContentPaths.isKey(field.name()) && ContentPaths.fitsFileName(field.name())) {
            return true;
        }
        problem(field.line(), what + " key '" + field.name() + "' cannot be a URL segment: use lower-case letters, "
                + "digits and '-', at most " + ContentPaths.MAX_NAME_BYTES + " bytes, e.g. " + example);
        return false;
    }

    /**
     * The {@code description} of a registry entry ({@code topics.yml}, {@code series.yml}): a map of language
     * → text, under the entry {@code key}; empty when absent or reported.
     */
    Map<String, String> descriptions(JsonNode description, String key, int line, Set<String> languages) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        if (description != null && !description.isNull()) {
            map(description, key + ".description", line, languages).ifPresent(d -> d.forEach((code, value) -> {
                String text = text(value, "description", line);
                if (text != null) {
                    descriptions.put(code, text);
                }
            }));
        }
        return Map.copyOf(descriptions);
    }

    /** true or false; anything else is reported and taken as false. */
    boolean bool(YamlFields.Field field) {
        if (field.value().isBoolean()) {
            return field.value().booleanValue();
        }
        problem(field.line(), "'" + field.name() + "' must be true or false, not '" + field.value().asText() + "'");
        return false;
    }

    /** A list of texts; a single text stands for a list of one. */
    List<String> texts(YamlFields.Field field) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> items = items(field.value());
        for (int i = 0; i < items.size(); i++) {
            String text = text(items.get(i), field.name(), field.line(i));
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The elements of a list, or the value itself when it is not a list. */
    static List<JsonNode> items(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        return items;
    }

    /** The fields of a map value, reporting keys outside {@code known}; empty when not a map. */
    Optional<Map<String, JsonNode>> map(YamlFields.Field field, Set<String> known) {
        return map(field.value(), field.name(), field.line(), known);
    }

    Optional<Map<String, JsonNode>> map(JsonNode value, String name, int line, Set<String> known) {
        if (!value.isObject()) {
            problem(line, "'" + name + "' must be a map of " + String.join(", ", known) + " (each on its own indented line)");
            return Optional.empty();
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> {
            if (known.contains(e.getKey())) {
                fields.put(e.getKey(), e.getValue());
            } else {
                problem(line, "unknown field '" + e.getKey() + "' in '" + name + "'"
                        + Suggestions.hint(e.getKey(), known) + "; known fields are " + String.join(", ", known));
            }
        });
        return Optional.of(fields);
    }
}
