package org.broadsheet.search;

import org.broadsheet.model.Body;

/**
 * What an article contributes to its edition's search index: what a result shows (link, headline,
 * kicker, date, summary), and the texts whose tokens find it, weighted by where they stand
 * ({@link TokenWeights}).
 *
 * @param key      what identifies the article's content from one build to the next, such as its digest: a full
 *                 build keeps the postings of each key, and the next counts the tokens of new keys only
 * @param url      the link to the article page
 * @param headline the headline
 * @param kicker   the section label above the headline, empty when there is none
 * @param date     the date of publication as the edition writes it
 * @param summary  the summary, given or derived from the body
 * @param body     the Markdown body, read again when its tokens are counted
 */
public record SearchDocument(String key, String url, String headline, String kicker, String date, String summary,
                             Body body) {
}
