package org.broadsheet.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The Markdown body of one article file, and where it is: what checking a body's links and images needs, for an
 * {@link Article} or for a file whose front matter could not be read into one.
 *
 * @param source      the file as problems name it
 * @param contentPath the file relative to {@code content/}
 * @param text        the Markdown after the front matter
 * @param line        the line of the file on which {@code text} starts
 * @param date        the first publication that the front matter gives, or null when it gives none that can be read:
 *                    with the language, the month of the article's address
 * @param slug        the last segment of the article's address, when the front matter gives one that can be read or
 *                    none (then its file's name); null when not known
 * @param draft       whether the front matter marks the article a draft
 * @param aliases     the old addresses that the front matter gives, as far as it could be read: the article claims
 *                    them wherever its own address is
 */
public record BodyText(String source, String contentPath, String text, int line, OffsetDateTime date, String slug,
                       boolean draft, List<Alias> aliases) {

    public BodyText {
        aliases = List.copyOf(aliases);
    }

    /** The body of {@code article}, read from its file. */
    public static BodyText of(Article article) {
        return new BodyText(article.source(), article.contentPath(), article.body().text(), article.bodyLine(),
                article.date(), article.slug(), article.draft(), article.aliases());
    }
}
