package org.broadsheet.model;

/**
 * One edition of the site: a language code (the name of its folder under {@code content/}) with
 * the site title and description shown in that language.
 */
public record Language(String code, String title, String description) {
}
