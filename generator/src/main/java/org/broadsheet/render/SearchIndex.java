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
import java.util.stream.IntStream;

/**
 * The static search index of one edition, as JSON files under {@code /{lang}/search/}: {@code meta.json},
 * the postings split into shards by token ({@code terms-N.json}, so that a query fetches only the
 * shards of its tokens) and the documents in blocks ({@code docs-N.json}). A posting is
 * {@code [document, weight]}: a token in the headline weighs 8, in the kicker 3, in the summary 4, in
 * the body 1. Documents are numbered newest first.
 */
final class SearchIndex {

    static final int DOCS_PER_SHARD = 100;
    private static final int TOKENIZED_BLOCK = 1024;

    private SearchIndex() {
    }

    /**
     * Writes every file of the edition's index to {@code sink} (site path, JSON), from several threads
     * at once: postings are kept as growing int arrays, so that an archive of tens of thousands of Korean
     * articles (a thousand bigrams each) fits in memory.
     *
     * @param weightsCache each article's token weights kept between builds, or null to keep none
     */
    static void write(Edition edition, SiteUrls urls, DateTexts dates, Map<Article, TokenWeights> weightsCache,
                      BiConsumer<String, String> sink) {
        List<Article> articles = edition.articles();
        int shardCount = shardCount(articles.size());
        List<Map<String, Postings>> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(new HashMap<>());
        }
        // Articles are tokenized in parallel, a block at a time, so that only one block's tokens are held;
        // then each thread adds the postings of its own shards, in document order.
        int threads = Runtime.getRuntime().availableProcessors();
        for (int from = 0; from < articles.size(); from += TOKENIZED_BLOCK) {
            int first = from;
            List<TokenWeights> block = articles.subList(from, Math.min(articles.size(), from + TOKENIZED_BLOCK))
                    .parallelStream()
                    .map(article -> weightsCache == null ? TokenWeights.of(article)
                            : weightsCache.computeIfAbsent(article, TokenWeights::of))
                    .toList();
            int[][] shardOf = block.parallelStream().map(weights -> Arrays.stream(weights.tokens())
                    .mapToInt(token -> Tokenizer.shard(token, shardCount)).toArray()).toArray(int[][]::new);
            IntStream.range(0, threads).parallel().forEach(thread -> {
                for (int i = 0; i < block.size(); i++) {
                    TokenWeights weights = block.get(i);
                    for (int t = 0; t < weights.tokens().length; t++) {
                        int shard = shardOf[i][t];
                        if (shard % threads == thread) {
                            shards.get(shard).computeIfAbsent(weights.tokens()[t], key -> new Postings())
                                    .add(first + i, weights.weights()[t]);
                        }
                    }
                }
            });
        }
        String base = SiteUrls.search(edition.code());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("shards", shardCount);
        meta.put("docsPerShard", DOCS_PER_SHARD);
        meta.put("documents", articles.size());
        sink.accept(base + "meta.json", JsonLd.write(meta));
        IntStream.range(0, shardCount).parallel().forEach(i -> {
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, Postings> term : new TreeMap<>(shards.get(i)).entrySet()) {
                json.append(json.length() > 1 ? "," : "").append(JsonLd.write(term.getKey())).append(":");
                term.getValue().appendJson(json);
            }
            sink.accept(base + "terms-" + i + ".json", json.append('}').toString());
        });
        IntStream.range(0, Math.max(1, (articles.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD)).parallel().forEach(shard -> {
            List<List<Object>> docs = new ArrayList<>();
            int from = shard * DOCS_PER_SHARD;
            for (Article article : articles.subList(from, Math.min(articles.size(), from + DOCS_PER_SHARD))) {
                docs.add(List.of(urls.href(urls.article(article)), article.title(), nullToEmpty(article.kicker()),
                        dates.date(article.date()).text(), article.summary()));
            }
            sink.accept(base + "docs-" + shard + ".json", JsonLd.write(docs));
        });
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
