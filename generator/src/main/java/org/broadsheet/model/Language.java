package org.broadsheet.model;

/**
 * One edition of the site: a language code (the name of its folder under {@code content/}) with
 * the site title and description shown in that language, and the desk's e-mail address that the
 * contact line of its articles gives when their authors have none (or null).
 */
public record Language(String code, String title, String description, String contact) {
}
