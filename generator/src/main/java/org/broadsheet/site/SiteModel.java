package org.broadsheet.site;

import org.broadsheet.model.Article;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.Topic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site, assembled: one {@link Edition} per language side by side, and the links between
 * translations.
 *
 * @param authors      the authors of {@code authors.yml} by key, in its order
 * @param editions     in the order of {@code site.yml}
 * @param translations article content path → its translations in the other languages
 * @param byFile       every published article by its path below {@code content/}
 */
public record SiteModel(SiteConfig config, Map<String, Topic> topics, Map<String, AuthorProfile> authors,
                        List<Edition> editions,
                        Map<String, List<Article>> translations, Map<String, Article> byFile) {

    /** The translations of {@code article}, in the order of the editions. */
    public List<Article> translationsOf(Article article) {
        return translations.getOrDefault(article.contentPath(), List.of());
    }

    public Optional<Article> translation(Article article, String language) {
        return translationsOf(article).stream().filter(a -> a.language().equals(language)).findFirst();
    }
}
