package org.broadsheet.search;

import org.broadsheet.output.Json;
import org.broadsheet.output.SiteUrls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The static search index of one edition, as JSON files under {@code /{lang}/search/}: {@code meta.json},
 * the postings split into shards by token ({@code terms-N.json}, so that a query fetches only the
 * shards of its tokens) and the documents in blocks ({@code docs-N.json}). A token's postings are one
 * flat array with a number per document, its gap (its number less the one before, the first from 0),
 * when the token weighs 1 there, else two: {@code -(gap + 1)} and the weight. The weight says where the
 * token is ({@link TokenWeights}: 4 headline, 2 kicker or summary, 1 body, as bits), so most postings are
 * one number: gaps make the largest index, the Korean one, about half the size of {@code [document, weight]}
 * pairs, and the single numbers a quarter smaller again. Documents are numbered newest first.
 */
public final class SearchIndex {

    static final int DOCS_PER_BLOCK = 100;

    private SearchIndex() {
    }

    /** The files of an edition's index of {@code documents} articles, as {@link #write} names them. */
    public static List<String> files(String language, int documents) {
        List<String> files = new ArrayList<>(List.of(SiteUrls.searchMeta(language)));
        IntStream.range(0, shardCount(documents)).forEach(shard -> files.add(SiteUrls.searchTerms(language, shard)));
        IntStream.range(0, blocks(documents)).forEach(block -> files.add(SiteUrls.searchDocuments(language, block)));
        return files;
    }

    private static int blocks(int documents) {
        return Math.max(1, (documents + DOCS_PER_BLOCK - 1) / DOCS_PER_BLOCK);
    }

    /**
     * Writes every file of the index of the edition of {@code language} to {@code sink} (site path, JSON),
     * from several threads at once: postings are kept as growing varint arrays, so that an archive of tens
     * of thousands of Korean articles (a thousand bigrams each) fits in memory. With a {@code store}, the
     * postings are kept there for the next full build; and when the last one kept them, and at most half of
     * today's documents are not among those it kept (by {@link SearchDocument#key}), only those documents'
     * tokens are counted: the kept postings are renumbered, without the documents gone, and theirs are
     * merged in.
     *
     * @param documents the edition's articles, newest first
     * @param tokens each document's token weights: {@link TokenWeights#of}, or kept from an earlier build
     * @param store where the postings are kept between full builds, or null
     * @param unchanged keeps the site's file at a path as the full build that kept the postings wrote it, if
     *                  it is there (false when not): a block of documents whose articles are the ones kept,
     *                  and a shard whose postings are the ones kept, are not written again
     */
    public static void write(String language, List<SearchDocument> documents,
                             Function<SearchDocument, TokenWeights> tokens, PostingsStore store,
                             BiConsumer<String, byte[]> sink, Predicate<String> unchanged) {
        int shardCount = shardCount(documents.size());
        KeptIndex kept = store == null ? null : new KeptIndex(store);
        List<String> keys = kept == null ? List.of() : documents.stream().map(SearchDocument::key).toList();
        Renumbering renumbering = kept == null ? null : Renumbering.of(kept.documents(), keys);
        List<Shard> shards = Indexer.postings(documents,
                renumbering == null ? IntStream.range(0, documents.size()).toArray() : renumbering.added(),
                tokens, shardCount);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("shards", shardCount);
        meta.put("docsPerShard", DOCS_PER_BLOCK);
        meta.put("documents", documents.size());
        sink.accept(SiteUrls.searchMeta(language), utf8(Json.write(meta)));
        IntStream.range(0, shardCount).parallel().forEach(shard -> {
            TreeMap<String, Postings> terms = shards.get(shard).sorted();
            String path = SiteUrls.searchTerms(language, shard);
            if (renumbering != null) {
                Renumbering.Merged merged = renumbering.merge(kept, shard, terms);
                if (merged.asKept() != null && unchanged.test(path)) {
                    // an edit touches most shards of a Korean index; those left as they were need no JSON
                    kept.keepShard(shard, merged.asKept());
                    return;
                }
                terms = merged.terms();
            }
            sink.accept(path, termsJson(terms));
            if (kept != null) {
                kept.keepShard(shard, terms);
            }
        });
        if (kept != null) {
            kept.keepDocuments(keys);
        }
        IntStream.range(0, blocks(documents.size())).parallel().forEach(block -> {
            int from = block * DOCS_PER_BLOCK;
            int to = Math.min(documents.size(), from + DOCS_PER_BLOCK);
            String path = SiteUrls.searchDocuments(language, block);
            if (renumbering == null || !renumbering.keptBlock(from, to, keys) || !unchanged.test(path)) {
                sink.accept(path, documentsJson(documents.subList(from, to)));
            }
        });
    }

    /**
     * A shard's tokens with their postings, written as UTF-8 bytes, not as a String: a Korean shard's
     * Hangul keys would make all its digits UTF-16 chars, encoded again afterwards.
     */
    private static byte[] termsJson(TreeMap<String, Postings> terms) {
        Bytes json = new Bytes(1 << 12);
        json.ascii('{');
        boolean first = true;
        for (Map.Entry<String, Postings> term : terms.entrySet()) {
            if (!first) {
                json.ascii(',');
            }
            first = false;
            json.bytes(utf8(Json.write(term.getKey())));
            json.ascii(':');
            term.getValue().appendJson(json);
        }
        json.ascii('}');
        return json.toArray();
    }

    /** What the results show of each of {@code documents}: link, headline, kicker, date and summary. */
    private static byte[] documentsJson(List<SearchDocument> documents) {
        List<List<Object>> json = new ArrayList<>();
        for (SearchDocument document : documents) {
            json.add(List.of(document.url(), document.headline(), document.kicker(), document.date(),
                    document.summary()));
        }
        return utf8(Json.write(json));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** About 30 documents' postings per shard, between 8 and 1,024 shards. */
    static int shardCount(int documents) {
        int shards = 8;
        while (shards < 1024 && shards * 30 < documents) {
            shards *= 2;
        }
        return shards;
    }
}
