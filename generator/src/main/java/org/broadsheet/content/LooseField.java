package org.broadsheet.content;

/**
 * A top-level field of a foreign front matter or configuration, read without checking it.
 *
 * @param name  the key as written
 * @param line  the line of the file that holds the key
 * @param value plain Java: a String, Number, Boolean, List, Map (string keys) or null
 */
public record LooseField(String name, int line, Object value) {
}
