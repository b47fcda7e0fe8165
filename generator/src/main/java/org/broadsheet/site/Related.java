package org.broadsheet.site;

import org.broadsheet.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The related articles of an edition's articles: the ones sharing the most topics, then the newest.
 *
 * <p>Every article page asks for its related articles, so in an archive of tens of thousands this
 * must not sort all candidates: each topic's articles are kept as their ranks in the edition
 * (newest first = lowest rank), and the topic lists are merged in rank order, stopping as soon as
 * no later article can do better.
 */
public final class Related {

    private final List<Article> articles;
    private final Map<Article, Integer> rankOf = new IdentityHashMap<>();
    private final Map<String, int[]> ranksByTopic = new HashMap<>();

    public Related(Edition edition) {
        this.articles = edition.articles();
        for (int rank = 0; rank < articles.size(); rank++) {
            rankOf.put(articles.get(rank), rank);
        }
        edition.byTopic().forEach((topic, list) ->
                ranksByTopic.put(topic, list.stream().mapToInt(rankOf::get).toArray()));
    }

    /** Up to {@code count} articles sharing topics with {@code article}: most shared topics first, then newest. */
    public List<Article> of(Article article, int count) {
        int self = rankOf.get(article);
        List<int[]> lists = new ArrayList<>();
        for (String topic : article.topics()) {
            lists.add(ranksByTopic.getOrDefault(topic, new int[0]));
        }
        int[] position = new int[lists.size()];
        int[] bestRank = new int[count];
        int[] bestShared = new int[count];
        int found = 0;
        while (true) {
            int rank = Integer.MAX_VALUE;
            for (int j = 0; j < lists.size(); j++) {
                if (position[j] < lists.get(j).length) {
                    rank = Math.min(rank, lists.get(j)[position[j]]);
                }
            }
            if (rank == Integer.MAX_VALUE) {
                break;
            }
            int shared = 0;
            for (int j = 0; j < lists.size(); j++) {
                if (position[j] < lists.get(j).length && lists.get(j)[position[j]] == rank) {
                    shared++;
                    position[j]++;
                }
            }
            if (rank == self) {
                continue;
            }
            // ranks only grow, so a candidate beats a kept one only by sharing more topics
            int at = found;
            while (at > 0 && bestShared[at - 1] < shared) {
                at--;
            }
            if (at < count) {
                int last = Math.min(found, count - 1);
                System.arraycopy(bestRank, at, bestRank, at + 1, last - at);
                System.arraycopy(bestShared, at, bestShared, at + 1, last - at);
                bestRank[at] = rank;
                bestShared[at] = shared;
                found = Math.min(found + 1, count);
            }
            if (found == count && bestShared[count - 1] == lists.size()) {
                break;
            }
        }
        List<Article> related = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            related.add(articles.get(bestRank[i]));
        }
        return related;
    }
}
