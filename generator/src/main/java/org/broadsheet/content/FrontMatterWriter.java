package org.broadsheet.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes front matter and settings as YAML that Broadsheet reads back to the same values: strings
 * quoted only where YAML needs it (and always when they look like numbers or booleans), Unicode kept.
 */
public final class FrontMatterWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private FrontMatterWriter() {
    }

    /** {@code fields} (in their order; values are strings, numbers, booleans, lists and maps) as a YAML mapping. */
    public static String yaml(Map<String, ?> fields) {
        try {
            return YAML.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article file: the front matter between {@code ---} lines, then the body. */
    public static String article(Map<String, ?> fields, String body) {
        return "---\n" + yaml(fields) + "---\n" + body;
    }
}
