package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.search.Tokenizer;
import org.broadsheet.site.Edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The static search index of one edition, as JSON files under {@code /{lang}/search/}: {@code meta.json},
 * the postings split into shards by token ({@code terms-N.json}, so that a query fetches only the
 * shards of its tokens) and the documents in blocks ({@code docs-N.json}). A posting is
 * {@code [document, weight]}: a token in the headline weighs 8, in the kicker 3, in the summary 4, in
 * the body 1. Documents are numbered newest first.
 */
final class SearchIndex {

    static final int DOCS_PER_SHARD = 100;
    private static final Pattern MARKUP = Pattern.compile("\\]\\([^)]*\\)|\\[\\^[^]]*]|<[^>]+>|https?://\\S+");

    private SearchIndex() {
    }

    /** Site path → JSON of every file of the edition's index. */
    static Map<String, String> files(Edition edition, SiteUrls urls, DateTexts dates,
                                     Map<Article, Map<String, Integer>> weightsCache) {
        List<Article> articles = edition.articles();
        int shards = shardCount(articles.size());
        List<Map<String, List<List<Integer>>>> terms = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            terms.add(new TreeMap<>());
        }
        List<List<Object>> docs = new ArrayList<>();
        for (int id = 0; id < articles.size(); id++) {
            Article article = articles.get(id);
            for (Map.Entry<String, Integer> weight : new TreeMap<>(weightsCache.computeIfAbsent(article,
                    SearchIndex::weights)).entrySet()) {
                terms.get(Tokenizer.shard(weight.getKey(), shards))
                        .computeIfAbsent(weight.getKey(), t -> new ArrayList<>()).add(List.of(id, weight.getValue()));
            }
            docs.add(List.of(urls.href(urls.article(article)), article.title(), nullToEmpty(article.kicker()),
                    dates.date(article.date()).text(), article.summary()));
        }
        String base = SiteUrls.search(edition.code());
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("shards", shards);
        meta.put("docsPerShard", DOCS_PER_SHARD);
        meta.put("documents", articles.size());
        files.put(base + "meta.json", JsonLd.write(meta));
        for (int i = 0; i < shards; i++) {
            files.put(base + "terms-" + i + ".json", JsonLd.write(terms.get(i)));
        }
        for (int from = 0; from < Math.max(1, docs.size()); from += DOCS_PER_SHARD) {
            files.put(base + "docs-" + from / DOCS_PER_SHARD + ".json",
                    JsonLd.write(docs.subList(from, Math.min(docs.size(), from + DOCS_PER_SHARD))));
        }
        return files;
    }

    /** About 30 documents' postings per shard, between 8 and 1,024 shards. */
    static int shardCount(int documents) {
        int shards = 8;
        while (shards < 1024 && shards * 30 < documents) {
            shards *= 2;
        }
        return shards;
    }

    /** Token → weight for one article. */
    static Map<String, Integer> weights(Article article) {
        Map<String, Integer> weights = new HashMap<>();
        add(weights, article.title(), 8);
        add(weights, article.kicker(), 3);
        add(weights, article.summary(), 4);
        add(weights, MARKUP.matcher(article.body()).replaceAll(" "), 1);
        return weights;
    }

    private static void add(Map<String, Integer> weights, String text, int weight) {
        if (text != null) {
            for (String token : Tokenizer.tokens(text)) {
                weights.merge(token, weight, Integer::sum);
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
