package org.broadsheet.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import org.broadsheet.diag.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front matter and settings of Jekyll and Hugo sites as they are found in the wild: YAML
 * ({@code ---}), TOML ({@code +++}) or JSON (Hugo's {@code {…}}), after blank lines, with a byte order
 * mark, CRLF line ends or tabs indenting the YAML, a key given twice (the last value wins, as in Jekyll
 * and Hugo). Values come back as plain Java, each field with its line.
 */
public final class LooseFrontMatter {

    private static final TomlMapper TOML = new TomlMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEADING_TABS = Pattern.compile("(?m)^( *)(\\t+)");

    private LooseFrontMatter() {
    }

    /** The document, or empty after reporting why it cannot be read (not UTF-8, unclosed or broken front matter). */
    public static Optional<LooseDocument> read(byte[] bytes, String path, Problems problems) {
        Optional<String> decoded = SourceText.decode(bytes);
        if (decoded.isEmpty()) {
            problems.add(path, 0, "the file is not UTF-8 text");
            return Optional.empty();
        }
        String text = decoded.get();
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        String fence = first < lines.length ? lines[first].strip() : "";
        if (fence.startsWith("{")) {
            return json(text, first, path, problems);
        }
        if (!fence.equals("---") && !fence.equals("+++")) {
            return Optional.of(new LooseDocument(Map.of(), false, text, 1, List.of()));
        }
        int close = first + 1;
        while (close < lines.length && !(lines[close].strip().equals(fence)
                || fence.equals("---") && lines[close].strip().equals("..."))) {
            close++;
        }
        if (close >= lines.length) {
            problems.add(path, first + 1, "the front matter is not closed by a '" + fence + "' line");
            return Optional.empty();
        }
        String block = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, close)) + "\n";
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, close + 1, lines.length));
        List<LooseField> replaced = new ArrayList<>();
        Optional<Map<String, LooseField>> fields = fence.equals("---")
                ? yaml(block, path, first + 2, problems, replaced) : toml(block, path, first + 2, problems);
        int bodyLine = close + 2;
        return fields.map(f -> new LooseDocument(f, true, body, bodyLine, List.copyOf(replaced)));
    }

    /**
     * Hugo's JSON front matter: the object that opens the file (from line {@code first}, 0-based); the
     * body starts on the line after its closing brace.
     */
    private static Optional<LooseDocument> json(String text, int first, String path, Problems problems) {
        int start = 0;
        for (int line = 0; line < first; line++) {
            start = text.indexOf('\n', start) + 1;
        }
        String object = text.substring(start);
        Map<String, LooseField> fields = new LinkedHashMap<>();
        List<LooseField> replaced = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(object)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = first + parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                LooseField field = new LooseField(name, line, YamlFields.toPlainJava(JSON.readTree(parser)));
                LooseField earlier = fields.put(name, field);
                if (earlier != null) {
                    replaced.add(earlier);
                }
            }
            int end = (int) parser.currentLocation().getCharOffset();
            int lineEnd = object.indexOf('\n', end);
            String rest = lineEnd < 0 ? "" : object.substring(lineEnd + 1);
            int bodyLine = first + parser.currentLocation().getLineNr() + 1;
            return Optional.of(new LooseDocument(fields, true, rest, bodyLine, List.copyOf(replaced)));
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            problems.add(path, location == null ? first + 1 : first + location.getLineNr(), "JSON syntax error: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A settings file ({@code _config.yml}, {@code hugo.toml}…) by its extension, or empty after reporting why not. */
    public static Optional<Map<String, LooseField>> settings(byte[] bytes, String path, Problems problems) {
        Optional<String> text = SourceText.decode(bytes);
        if (text.isEmpty()) {
            problems.add(path, 0, "the file is not UTF-8 text");
            return Optional.empty();
        }
        return path.endsWith(".toml") ? toml(text.get(), path, 1, problems)
                : yaml(text.get(), path, 1, problems, new ArrayList<>());
    }

    /** The whole value of a data file (YAML or JSON) as plain Java, or empty after reporting why it cannot be read. */
    public static Optional<Object> value(byte[] bytes, String path, Problems problems) {
        Optional<String> text = SourceText.decode(bytes);
        if (text.isEmpty()) {
            problems.add(path, 0, "the file is not UTF-8 text");
            return Optional.empty();
        }
        return YamlFields.value(text.get(), path, problems);
    }

    /**
     * The top-level fields of YAML text; tabs that indent a line (which YAML forbids and editors
     * insert) count as two spaces each.
     */
    static Optional<Map<String, LooseField>> yaml(String yaml, String path, int firstLine, Problems problems,
                                                  List<LooseField> replaced) {
        Matcher tabs = LEADING_TABS.matcher(yaml);
        StringBuilder untabbed = new StringBuilder();
        while (tabs.find()) {
            tabs.appendReplacement(untabbed, tabs.group(1) + "  ".repeat(tabs.group(2).length()));
        }
        tabs.appendTail(untabbed);
        List<YamlFields.Field> replacedYaml = new ArrayList<>();
        return YamlFields.read(untabbed.toString().replace("\t", " "), path, firstLine, problems, replacedYaml).map(read -> {
            replacedYaml.forEach(field -> replaced.add(loose(field)));
            Map<String, LooseField> fields = new LinkedHashMap<>();
            read.forEach((name, field) -> fields.put(name, loose(field)));
            return fields;
        });
    }

    private static LooseField loose(YamlFields.Field field) {
        return new LooseField(field.name(), field.line(), YamlFields.toPlainJava(field.value()));
    }

    /** The top-level fields of TOML text, each with the line of its key (or of its table header). */
    static Optional<Map<String, LooseField>> toml(String toml, String path, int firstLine, Problems problems) {
        JsonNode tree;
        try {
            tree = TOML.readTree(toml);
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            problems.add(path, firstLine, "TOML syntax error: " + message);
            return Optional.empty();
        }
        String[] lines = toml.split("\n", -1);
        Map<String, LooseField> fields = new LinkedHashMap<>();
        tree.fields().forEachRemaining(e -> fields.put(e.getKey(), new LooseField(e.getKey(),
                firstLine + lineOf(lines, e.getKey()), YamlFields.toPlainJava(e.getValue()))));
        return Optional.of(fields);
    }

    private static int lineOf(String[] lines, String key) {
        Pattern keyLine = Pattern.compile("\\s*(\\[+\\s*)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*(=|\\]|\\.).*");
        for (int i = 0; i < lines.length; i++) {
            if (keyLine.matcher(lines[i]).matches()) {
                return i;
            }
        }
        return 0;
    }
}
