package org.broadsheet.model;

/** A name in an article's byline, with an optional role such as "Washington correspondent". */
public record Author(String name, String role) {
}
