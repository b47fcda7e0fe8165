package org.broadsheet.site;

import org.broadsheet.model.Article;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The related articles of an article: same edition, most shared topics first, then the newest. */
public final class Related {

    private Related() {
    }

    public static List<Article> of(Edition edition, Article article, int count) {
        Map<Article, Integer> shared = new IdentityHashMap<>();
        for (String topic : article.topics()) {
            for (Article other : edition.byTopic().getOrDefault(topic, List.of())) {
                if (other != article) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Article, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, SiteAssembler.NEWEST_FIRST))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }
}
