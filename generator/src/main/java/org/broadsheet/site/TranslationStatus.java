package org.broadsheet.site;

import org.broadsheet.model.Article;
import org.broadsheet.model.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each article stands with its translations, for the translation desk.
 *
 * @param article the article
 * @param state   translated, missing (no version in {@code missing}), or stale (the original changed
 *                after this translation)
 * @param missing the languages without a version of it
 * @param original the version it translates, when it is a translation (null for an original)
 */
public record TranslationStatus(Article article, State state, List<String> missing, Article original) {

    /** The state of an article's translations. */
    public enum State { TRANSLATED, MISSING, STALE }

    /**
     * Every published article's status, by file. The original of a group is the version marked
     * {@code original: true}, else the first published (ties: the edition order); a translation is
     * stale when the original's last change is later than the translation's.
     */
    public static List<TranslationStatus> of(SiteModel site) {
        List<String> languages = site.config().languages().stream().map(Language::code).toList();
        List<TranslationStatus> statuses = new ArrayList<>();
        // loops rather than streams: the preview logs the summary after every save, for every article of the archive
        for (Article article : site.byFile().values()) {
            List<Article> group = group(site, article);
            List<String> missing = new ArrayList<>(0);
            for (String code : languages) {
                if (!inLanguage(group, code)) {
                    missing.add(code);
                }
            }
            Article original = originalOf(group, languages);
            State state = isStale(article, original) ? State.STALE
                    : missing.isEmpty() ? State.TRANSLATED : State.MISSING;
            statuses.add(new TranslationStatus(article, state, List.copyOf(missing),
                    original == article ? null : original));
        }
        return statuses;
    }

    /** The original when it changed after {@code article}, a translation of it, last did; else null. */
    public static Article staleOriginal(SiteModel site, Article article) {
        Article original = originalOf(group(site, article),
                site.config().languages().stream().map(Language::code).toList());
        return isStale(article, original) ? original : null;
    }

    /** The article and its translations. */
    private static List<Article> group(SiteModel site, Article article) {
        List<Article> group = new ArrayList<>(site.translationsOf(article));
        group.add(article);
        return group;
    }

    /** The version marked {@code original: true}, else the first published (ties: the order of {@code languages}). */
    private static Article originalOf(List<Article> group, List<String> languages) {
        Article first = null;
        for (Article article : group) {
            if (article.original()) {
                return article;
            }
            if (first == null || article.date().isBefore(first.date()) || article.date().isEqual(first.date())
                    && languages.indexOf(article.language()) < languages.indexOf(first.language())) {
                first = article;
            }
        }
        return first;
    }

    private static boolean inLanguage(List<Article> group, String code) {
        for (Article article : group) {
            if (article.language().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStale(Article article, Article original) {
        return original != article && original.lastModified().toInstant().isAfter(article.lastModified().toInstant());
    }

    /** "16 translated, 4 missing, 1 stale" over {@code statuses}. */
    public static String summary(List<TranslationStatus> statuses) {
        long translated = statuses.stream().filter(s -> s.state() == State.TRANSLATED).count();
        long missing = statuses.stream().filter(s -> s.state() == State.MISSING).count();
        long stale = statuses.stream().filter(s -> s.state() == State.STALE).count();
        return translated + " translated, " + missing + " missing, " + stale + " stale translations";
    }
}
