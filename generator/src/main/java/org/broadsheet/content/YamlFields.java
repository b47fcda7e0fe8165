package org.broadsheet.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.broadsheet.diag.Problems;
import org.yaml.snakeyaml.LoaderOptions;

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
 * Reads a YAML mapping field by field, keeping the line of each field so that problems can point
 * at it. The one place that parses YAML.
 */
final class YamlFields {

    /**
     * A top-level field with the file line of its key and, when its value is a list, the line on which
     * each item starts.
     */
    record Field(String name, int line, JsonNode value, List<Integer> itemLines) {

        /** The line of the {@code index}th item of a list, or of the key when it is not a list. */
        int line(int index) {
            return index < itemLines.size() ? itemLines.get(index) : line;
        }
    }

    /** Front matter and settings are a few levels deep; deeper YAML is damage or an attack, rejected early. */
    static final int MAX_DEPTH = 32;
    /** How SnakeYAML reports a tab in an indentation, with the line it is on. */
    private static final Pattern TAB_MARK = Pattern.compile("found character '\\\\t\\(TAB\\)'.*?, line (\\d+),",
            Pattern.DOTALL);
    private static final String TAB = "a tab indents this line: YAML indents with spaces only; replace the tab with spaces";
    /** A field's name, then a character that looks like a colon but is not one (full-width, as a Korean or Japanese input method types it). */
    private static final Pattern LOOKALIKE_COLON = Pattern.compile("^[ \\t]*(?:-[ \\t]+)?[\\w-]+[ \\t]*([\\uFF1A\\uFE55\\u2236])");
    /** A space that YAML does not take for one: after a field's colon, or in an indentation. */
    private static final Pattern ODD_SPACE = Pattern.compile(
            "^[ \\t]*(?:-[ \\t]+)?(?:[\\w-]+:)?([\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF])");

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(2_000_000).build())
            .loaderOptions(loaderOptions())
            .build());

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(4_000_000);
        return options;
    }

    private YamlFields() {
    }

    /** Reads a small document, so that the classes of Jackson's YAML reader are loaded and ready. */
    static void prepare() {
        read("a: [1, {b: c}]\nd: 'e'\n", "", 1, new Problems());
    }

    /**
     * The top-level fields of {@code yaml}, in order, or empty after reporting why they could not
     * be read.
     *
     * @param firstLine the line of the file on which {@code yaml} starts
     */
    static Optional<Map<String, Field>> read(String yaml, String path, int firstLine, Problems problems) {
        return read(yaml, path, firstLine, problems, null);
    }

    /**
     * As {@link #read(String, String, int, Problems)}, but a key given twice is not a problem when
     * {@code replaced} is given: the last value wins, as in Jekyll and Hugo, and the field it replaced
     * is added to {@code replaced}.
     */
    static Optional<Map<String, Field>> read(String yaml, String path, int firstLine, Problems problems,
                                             List<Field> replaced) {
        Map<String, Field> fields = new LinkedHashMap<>();
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Optional.of(fields);
            }
            if (token != JsonToken.START_OBJECT) {
                if (!lookalike(yaml, path, firstLine, problems)) {
                    problems.add(path, firstLine, "expected 'field: value' lines, found a single value");
                }
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int line = firstLine + parser.currentTokenLocation().getLineNr() - 1;
                Field field = field(parser, name, line, firstLine);
                if (fields.containsKey(name) && replaced != null) {
                    replaced.add(fields.get(name));
                    fields.put(name, field);
                } else if (fields.containsKey(name)) {
                    problems.add(path, line, "'" + name + "' is given twice (first on line "
                            + fields.get(name).line() + "); keep one");
                } else {
                    fields.put(name, field);
                }
            }
            return Optional.of(fields);
        } catch (StreamConstraintsException e) {
            problems.add(path, firstLine, "the YAML is nested more than " + MAX_DEPTH + " levels deep; "
                    + "fields here are at most a few levels deep, so this is likely damage");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            int tab = tabIndented(e);
            JsonLocation location = e.getLocation();
            int line = location == null ? firstLine : firstLine + location.getLineNr() - 1;
            if (tab > 0) {
                problems.add(path, firstLine + tab - 1, TAB);
            } else if (!lookalike(yaml, path, firstLine, problems)) {
                problems.add(path, line, "YAML syntax error: " + firstLineOf(e.getOriginalMessage())
                        + " (a value containing ': ' or starting with a quote, '[' or '{' needs quotes around it)");
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the value of the field whose name the parser is on, noting where each item of a list starts. */
    private static Field field(JsonParser parser, String name, int line, int firstLine) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return new Field(name, line, MAPPER.readTree(parser), List.of());
        }
        ArrayNode items = MAPPER.createArrayNode();
        List<Integer> lines = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            lines.add(firstLine + parser.currentTokenLocation().getLineNr() - 1);
            JsonNode item = MAPPER.readTree(parser);
            items.add(item);
        }
        return new Field(name, line, items, List.copyOf(lines));
    }

    /** A whole YAML document as plain Java (null when empty), or empty after reporting why it could not be read. */
    static Optional<Object> value(String yaml, String path, Problems problems) {
        try {
            return Optional.ofNullable(toPlainJava(MAPPER.readTree(yaml)));
        } catch (StreamConstraintsException e) {
            problems.add(path, 1, "the YAML is nested more than " + MAX_DEPTH + " levels deep");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            int tab = tabIndented(e);
            JsonLocation location = e.getLocation();
            if (tab > 0) {
                problems.add(path, tab, TAB);
            } else if (!lookalike(yaml, path, 1, problems)) {
                problems.add(path, location == null ? 1 : location.getLineNr(), "YAML syntax error: "
                        + firstLineOf(e.getOriginalMessage()));
            }
            return Optional.empty();
        }
    }

    /** The value as plain Java maps, lists, strings, numbers and booleans. */
    static Object toPlainJava(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /**
     * The line (from 1) of the tab that the parser found in an indentation, or 0 when its error is another: YAML
     * indents with spaces only, and neither the parser's first line ("while scanning for the next token") nor the
     * location it gives (the token before) says where.
     */
    private static int tabIndented(JsonProcessingException e) {
        Matcher tab = TAB_MARK.matcher(String.valueOf(e.getOriginalMessage()));
        return tab.find() ? Integer.parseInt(tab.group(1)) : 0;
    }

    /**
     * Reports the first line of {@code yaml} (which starts on line {@code firstLine}) that a look-alike character
     * breaks, if one does: a colon or a space that looks right in an editor but is another character, typed by an
     * input method or pasted from a word processor or a web page. The parser's own error is then of no help: it
     * reads the line as a single value, or stumbles a line later.
     */
    private static boolean lookalike(String yaml, String path, int firstLine, Problems problems) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher colon = LOOKALIKE_COLON.matcher(lines[i]);
            Matcher space = ODD_SPACE.matcher(lines[i]);
            if (colon.find()) {
                problems.add(path, firstLine + i, "this line has " + character(colon.group(1).charAt(0))
                        + " where YAML needs a colon ':'; type it again as ':' followed by a space");
                return true;
            }
            if (space.find()) {
                problems.add(path, firstLine + i, "this line has " + character(space.group(1).charAt(0))
                        + " where YAML needs an ordinary space; type it again as a space");
                return true;
            }
        }
        return false;
    }

    private static String character(char c) {
        String name = switch (c) {
            case '\uFF1A' -> "a full-width colon";
            case '\u00A0', '\u202F' -> "a no-break space";
            case '\u3000' -> "a full-width space";
            case '\uFEFF', '\u200B' -> "an invisible zero-width character";
            default -> "a look-alike character";
        };
        return name + String.format(" (U+%04X)", (int) c);
    }

    private static String firstLineOf(String message) {
        String line = message == null ? "" : message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }
}
