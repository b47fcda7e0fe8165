package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.search.Tokenizer;
import org.broadsheet.site.Edition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
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

    /**
     * Writes every file of the edition's index to {@code sink} (site path, JSON), one at a time:
     * postings are kept as growing int arrays, so that an archive of tens of thousands of Korean
     * articles (a thousand bigrams each) fits in memory.
     *
     * @param weightsCache each article's token weights kept between builds, or null to keep none
     */
    static void write(Edition edition, SiteUrls urls, DateTexts dates,
                      Map<Article, Map<String, Integer>> weightsCache, BiConsumer<String, String> sink) {
        List<Article> articles = edition.articles();
        int shards = shardCount(articles.size());
        List<Map<String, Postings>> terms = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            terms.add(new HashMap<>());
        }
        for (int id = 0; id < articles.size(); id++) {
            Article article = articles.get(id);
            Map<String, Integer> weights = weightsCache == null ? weights(article)
                    : weightsCache.computeIfAbsent(article, SearchIndex::weights);
            for (Map.Entry<String, Integer> weight : weights.entrySet()) {
                terms.get(Tokenizer.shard(weight.getKey(), shards))
                        .computeIfAbsent(weight.getKey(), t -> new Postings()).add(id, weight.getValue());
            }
        }
        String base = SiteUrls.search(edition.code());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("shards", shards);
        meta.put("docsPerShard", DOCS_PER_SHARD);
        meta.put("documents", articles.size());
        sink.accept(base + "meta.json", JsonLd.write(meta));
        for (int i = 0; i < shards; i++) {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, Postings> term : new TreeMap<>(terms.get(i)).entrySet()) {
                json.append(json.length() > 1 ? "," : "").append(JsonLd.write(term.getKey())).append(":");
                term.getValue().appendJson(json);
            }
            terms.set(i, null);
            sink.accept(base + "terms-" + i + ".json", json.append('}').toString());
        }
        for (int from = 0; from < Math.max(1, articles.size()); from += DOCS_PER_SHARD) {
            List<List<Object>> docs = new ArrayList<>();
            for (Article article : articles.subList(from, Math.min(articles.size(), from + DOCS_PER_SHARD))) {
                docs.add(List.of(urls.href(urls.article(article)), article.title(), nullToEmpty(article.kicker()),
                        dates.date(article.date()).text(), article.summary()));
            }
            sink.accept(base + "docs-" + from / DOCS_PER_SHARD + ".json", JsonLd.write(docs));
        }
    }

    /** The postings of one token: document and weight pairs, in document order. */
    private static final class Postings {
        private int[] pairs = new int[4];
        private int size;

        void add(int document, int weight) {
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = document;
            pairs[size++] = weight;
        }

        void appendJson(StringBuilder json) {
            json.append('[');
            for (int i = 0; i < size; i += 2) {
                json.append(i > 0 ? ",[" : "[").append(pairs[i]).append(',').append(pairs[i + 1]).append(']');
            }
            json.append(']');
        }
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
