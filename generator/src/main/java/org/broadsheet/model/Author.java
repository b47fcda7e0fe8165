package org.broadsheet.model;

/**
 * A name in an article's byline, with an optional role such as "Washington correspondent".
 *
 * @param key  the author's key in {@code authors.yml}, whose name and role (in the article's language) these
 *             are; null for a one-off contributor named in the front matter
 * @param name as printed in the byline
 * @param role the role, or null
 */
public record Author(String key, String name, String role) {
}
