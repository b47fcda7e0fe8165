package org.broadsheet.model;

import java.util.List;
import java.util.Map;

/**
 * {@code content/most-read.yml}: per language, the articles readers read most, most read first, as an
 * analytics export lists them.
 *
 * @param file       the file's path, for warnings
 * @param byLanguage language code → its entries, in the file's order
 */
public record MostRead(String file, Map<String, List<Entry>> byLanguage) {

    /** The name of the file in {@code content/}. */
    public static final String FILE = "most-read.yml";

    /**
     * One line of the list.
     *
     * @param written the article as written: its file below {@code content/}, or its address
     * @param line    the line of the file it is written on
     */
    public record Entry(String written, int line) {
    }

    public List<Entry> entries(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }
}
