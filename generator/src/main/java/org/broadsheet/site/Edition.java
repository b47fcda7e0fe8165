package org.broadsheet.site;

import org.broadsheet.model.Article;
import org.broadsheet.model.Language;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The site in one language.
 *
 * @param articles newest first
 * @param byTopic  topic key → its articles, newest first, for every topic of {@code topics.yml}
 * @param byAuthor author key → the articles whose byline names it, newest first, for every author of
 *                 {@code authors.yml}
 * @param byMonth  month in the site timezone → its articles, oldest first; newest month first
 */
public record Edition(Language language, List<Article> articles, Map<String, List<Article>> byTopic,
                      Map<String, List<Article>> byAuthor,
                      NavigableMap<YearMonth, List<Article>> byMonth) {

    public String code() {
        return language.code();
    }

    /** The years that have articles, newest first. */
    public List<Integer> years() {
        return byMonth.keySet().stream().map(YearMonth::getYear).distinct().toList();
    }

    /** The months of {@code year} that have articles, newest first. */
    public NavigableMap<YearMonth, List<Article>> months(int year) {
        return byMonth.subMap(YearMonth.of(year, 12), true, YearMonth.of(year, 1), true);
    }
}
