package org.broadsheet.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One article in one language, as read from its Markdown file.
 *
 * @param source         the file, relative to the project root with {@code /} separators
 * @param contentPath    the file, relative to {@code content/} (e.g. {@code en/2019/budget.md})
 * @param language       the language code (the first folder below {@code content/})
 * @param pathInLanguage the file below its language folder without extension (e.g. {@code 2019/budget})
 * @param slug           last URL segment
 * @param title          headline
 * @param date           first publication, with the offset it was written with (or the site's)
 * @param updated        last modification, or null
 * @param kicker         section label above the headline, or null
 * @param subtitle       standfirst, or null
 * @param summary        one-paragraph summary: the front matter's, or derived from the body
 * @param topics         topic keys, each present in {@code topics.yml}
 * @param authors        the byline
 * @param image          the lead image, or null
 * @param translationKey pairs translations whose paths differ, or null
 * @param originalLine   the line of the file on which {@code original: true} is written, or 0 when this
 *                       language version is not marked the original
 * @param draft          whether the article is a draft
 * @param extra          free-form data for templates
 * @param aliases        old addresses that redirect to the article
 * @param corrections    corrections printed at the end, oldest first
 * @param contact        whether the article ends with the contact line ("Please direct questions or comments to …")
 * @param series         the key of the series in {@code series.yml} that the article is a part of, or null
 * @param body           the Markdown body
 * @param bodyLine       the line of the file on which the body starts
 * @param extraLine      the line of the file on which {@code extra} is written, or 0 when it is empty
 */
public record Article(String source, String contentPath, String language, String pathInLanguage, String slug,
                      String title, OffsetDateTime date, OffsetDateTime updated, String kicker, String subtitle,
                      String summary, List<String> topics, List<Author> authors, Image image,
                      String translationKey, int originalLine, boolean draft, Map<String, Object> extra,
                      List<Alias> aliases, List<Correction> corrections, boolean contact, String series, Body body,
                      int bodyLine, int extraLine) {

    /**
     * By file and body only, consistent with {@code equals} (which compares every component): articles
     * are map keys throughout a build, and hashing all their lists and dates at every lookup shows in
     * profiles, while two versions of one file with the same body rarely meet in one map.
     */
    @Override
    public int hashCode() {
        return source.hashCode() * 31 + body.hashCode();
    }

    /** Whether this language version is marked the original. */
    public boolean original() {
        return originalLine > 0;
    }

    /** The date of the last change: the latest of {@code updated} (else {@code date}) and the corrections. */
    public OffsetDateTime lastModified() {
        OffsetDateTime last = updated != null ? updated : date;
        for (Correction correction : corrections) {
            if (correction.date().isAfter(last)) {
                last = correction.date();
            }
        }
        return last;
    }
}
