package org.broadsheet.model;

/**
 * The Markdown body of one article file, and where it is: what checking a body's links and images needs, for an
 * {@link Article} or for a file whose front matter could not be read into one.
 *
 * @param source      the file as problems name it
 * @param contentPath the file relative to {@code content/}
 * @param text        the Markdown after the front matter
 * @param line        the line of the file on which {@code text} starts
 */
public record BodyText(String source, String contentPath, String text, int line) {

    /** The body of {@code article}, read from its file. */
    public static BodyText of(Article article) {
        return new BodyText(article.source(), article.contentPath(), article.body().text(), article.bodyLine());
    }
}
