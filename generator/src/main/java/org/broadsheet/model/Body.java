package org.broadsheet.model;

/**
 * The Markdown body of an article. It is read from its file again whenever it is needed, so that an
 * archive of a hundred thousand articles is not held in memory with all its text; its {@code toString}
 * names the file and a digest of the text, so that a changed body changes the article's text.
 */
public interface Body {

    /** The Markdown after the front matter. */
    String text();
}
