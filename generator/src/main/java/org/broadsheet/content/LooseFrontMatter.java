package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import org.broadsheet.diag.Problems;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front matter and settings of Jekyll and Hugo sites as they are found in the wild: YAML
 * ({@code ---}) or TOML ({@code +++}), after blank lines, with a byte order mark, CRLF line ends or
 * tabs indenting the YAML. Values come back as plain Java, each field with its line.
 */
public final class LooseFrontMatter {

    private static final TomlMapper TOML = new TomlMapper();
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
        if (!fence.equals("---") && !fence.equals("+++")) {
            return Optional.of(new LooseDocument(Map.of(), false, text, 1));
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
        Optional<Map<String, LooseField>> fields = fence.equals("---")
                ? yaml(block, path, first + 2, problems) : toml(block, path, first + 2, problems);
        int bodyLine = close + 2;
        return fields.map(f -> new LooseDocument(f, true, body, bodyLine));
    }

    /** A settings file ({@code _config.yml}, {@code hugo.toml}…) by its extension, or empty after reporting why not. */
    public static Optional<Map<String, LooseField>> settings(byte[] bytes, String path, Problems problems) {
        Optional<String> text = SourceText.decode(bytes);
        if (text.isEmpty()) {
            problems.add(path, 0, "the file is not UTF-8 text");
            return Optional.empty();
        }
        return path.endsWith(".toml") ? toml(text.get(), path, 1, problems) : yaml(text.get(), path, 1, problems);
    }

    /**
     * The top-level fields of YAML text; tabs that indent a line (which YAML forbids and editors
     * insert) count as two spaces each.
     */
    static Optional<Map<String, LooseField>> yaml(String yaml, String path, int firstLine, Problems problems) {
        Matcher tabs = LEADING_TABS.matcher(yaml);
        StringBuilder untabbed = new StringBuilder();
        while (tabs.find()) {
            tabs.appendReplacement(untabbed, tabs.group(1) + "  ".repeat(tabs.group(2).length()));
        }
        tabs.appendTail(untabbed);
        return YamlFields.read(untabbed.toString().replace("\t", " "), path, firstLine, problems).map(read -> {
            Map<String, LooseField> fields = new LinkedHashMap<>();
            read.forEach((name, field) -> fields.put(name,
                    new LooseField(name, field.line(), YamlFields.toPlainJava(field.value()))));
            return fields;
        });
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
