package org.broadsheet.search;

import org.broadsheet.output.Json;
import org.broadsheet.output.SiteUrls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    static final int DOCS_PER_SHARD = 100;
    private static final int TOKENIZED_BLOCK = 1024;
    /** The keys of a {@link PostingsStore}: the documents' keys, and each shard's postings. */
    private static final String DOCUMENTS = "documents";
    private static final String SHARD = "shard-";

    private SearchIndex() {
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
     *                  it is there (false when not): a block of documents whose articles are the ones kept
     *                  is not written again
     */
    public static void write(String language, List<SearchDocument> documents,
                             Function<SearchDocument, TokenWeights> tokens, PostingsStore store,
                             BiConsumer<String, byte[]> sink, Predicate<String> unchanged) {
        int shardCount = shardCount(documents.size());
        List<String> documentKeys = store == null ? List.of() : documents.stream().map(SearchDocument::key).toList();
        Renumbering renumbering = store == null ? null : Renumbering.of(store.kept(DOCUMENTS), documentKeys);
        List<Shard> shards = postings(documents,
                renumbering == null ? IntStream.range(0, documents.size()).toArray() : renumbering.added(),
                tokens, shardCount);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("shards", shardCount);
        meta.put("docsPerShard", DOCS_PER_SHARD);
        meta.put("documents", documents.size());
        sink.accept(SiteUrls.searchMeta(language), utf8(Json.write(meta)));
        IntStream.range(0, shardCount).parallel().forEach(i -> {
            TreeMap<String, Postings> terms = shards.get(i).sorted();
            if (renumbering != null) {
                terms = renumbering.merge(store.kept(SHARD + i), terms);
            }
            // written as UTF-8 bytes, not as a String: a Korean shard's Hangul keys would make all its
            // digits UTF-16 chars, encoded again afterwards
            Bytes json = new Bytes(1 << 12);
            Bytes kept = store == null ? null : new Bytes(1 << 12);
            json.ascii('{');
            for (Map.Entry<String, Postings> term : terms.entrySet()) {
                if (json.size > 1) {
                    json.ascii(',');
                }
                json.bytes(utf8(Json.write(term.getKey())));
                json.ascii(':');
                term.getValue().appendJson(json);
                if (kept != null) {
                    byte[] token = utf8(term.getKey());
                    kept.varint(token.length);
                    kept.bytes(token);
                    term.getValue().appendTo(kept);
                }
            }
            json.ascii('}');
            sink.accept(SiteUrls.searchTerms(language, i), json.toArray());
            if (kept != null) {
                store.keep(SHARD + i, kept.toArray());
            }
        });
        if (store != null) {
            store.keep(DOCUMENTS, utf8(String.join("\n", documentKeys)));
        }
        IntStream.range(0, Math.max(1, (documents.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD)).parallel().forEach(shard -> {
            List<List<Object>> docs = new ArrayList<>();
            int from = shard * DOCS_PER_SHARD;
            int to = Math.min(documents.size(), from + DOCS_PER_SHARD);
            String path = SiteUrls.searchDocuments(language, shard);
            if (renumbering != null && renumbering.keptBlock(from, to, documentKeys) && unchanged.test(path)) {
                return;
            }
            for (SearchDocument document : documents.subList(from, to)) {
                docs.add(List.of(document.url(), document.headline(), document.kicker(), document.date(),
                        document.summary()));
            }
            sink.accept(path, utf8(Json.write(docs)));
        });
    }

    /**
     * The postings of {@code documents} (numbers of {@code articles}, ascending), by shard. Articles are
     * tokenized in parallel, a block at a time, so that only one block's tokens are held; then each
     * thread adds the postings of its own shards, in document order.
     */
    private static List<Shard> postings(List<SearchDocument> articles, int[] documents,
                                        Function<SearchDocument, TokenWeights> tokens,
                                        int shardCount) {
        List<Shard> shards = IntStream.range(0, shardCount).mapToObj(i -> new Shard()).toList();
        int threads = Runtime.getRuntime().availableProcessors();
        int[] owners = IntStream.range(0, shardCount).map(shard -> owner(shard, shardCount, threads)).toArray();
        for (int from = 0; from < documents.length; from += TOKENIZED_BLOCK) {
            int[] numbers = Arrays.copyOfRange(documents, from, Math.min(documents.length, from + TOKENIZED_BLOCK));
            List<Tokenized> block = Arrays.stream(numbers).parallel()
                    .mapToObj(document -> Tokenized.of(tokens.apply(articles.get(document)), shardCount))
                    .toList();
            IntStream.range(0, threads).parallel().forEach(thread -> {
                for (int i = 0; i < block.size(); i++) {
                    add(block.get(i), numbers[i], shards, owners, thread);
                }
                for (int shard = 0; shard < shardCount; shard++) {
                    if (owners[shard] == thread) {
                        shards.get(shard).addStaged();
                    }
                }
            });
        }
        return shards;
    }

    /**
     * How the documents of the postings a full build kept ({@code kept}: their keys) are numbered today
     * ({@code numbers}, by kept number; -1 when gone), and today's documents that were not kept
     * ({@code added}, ascending).
     */
    private record Renumbering(String[] kept, int[] numbers, int[] added) {

        /** Whether today's documents {@code from} to {@code to} (by {@code keys}) are the kept ones of those numbers. */
        boolean keptBlock(int from, int to, List<String> keys) {
            // the kept block of that number must end where today's does
            if (to != Math.min(kept.length, from + DOCS_PER_SHARD)) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (!kept[i].equals(keys.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The renumbering from the documents kept ({@code kept}: their keys, a line each) to those of
         * {@code keys}; null when none were kept, when the shards differ, when the kept documents are in
         * another order, or when more than half of today's are new: counting all tokens again is then as quick.
         */
        static Renumbering of(byte[] kept, List<String> keys) {
            if (kept == null) {
                return null;
            }
            String[] keptKeys = kept.length == 0 ? new String[0] : new String(kept, StandardCharsets.UTF_8).split("\n");
            Map<String, Integer> today = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                today.put(keys.get(i), i);
            }
            if (today.size() < keys.size() || shardCount(keptKeys.length) != shardCount(keys.size())) {
                return null;
            }
            int[] numbers = new int[keptKeys.length];
            boolean[] found = new boolean[keys.size()];
            int last = -1;
            for (int i = 0; i < keptKeys.length; i++) {
                Integer number = today.get(keptKeys[i]);
                numbers[i] = number == null ? -1 : number;
                if (number != null) {
                    if (number <= last) {
                        return null;
                    }
                    last = number;
                    found[number] = true;
                }
            }
            int[] added = IntStream.range(0, keys.size()).filter(i -> !found[i]).toArray();
            return added.length * 2 > keys.size() ? null : new Renumbering(keptKeys, numbers, added);
        }

        /**
         * The postings of a shard as kept ({@code kept}, see {@link Postings#appendTo}), renumbered, with
         * the postings of the added documents ({@code added}, by token) merged in.
         */
        TreeMap<String, Postings> merge(byte[] kept, TreeMap<String, Postings> added) {
            if (kept == null) {
                throw new IllegalStateException("the search postings kept under target/ cannot be read:"
                        + " delete target/ and build again");
            }
            TreeMap<String, Postings> all = new TreeMap<>();
            Cursor entries = new Cursor(kept, 0, kept.length);
            while (entries.position < kept.length) {
                int length = entries.varint();
                String token = new String(kept, entries.position, length, StandardCharsets.UTF_8);
                entries.position += length;
                int size = entries.varint();
                Postings postings = merge(new Cursor(kept, entries.position, entries.position + size), added.remove(token));
                entries.position += size;
                if (postings.size > 0) {
                    all.put(token, postings);
                }
            }
            all.putAll(added);
            return all;
        }

        private Postings merge(Cursor kept, Postings added) {
            Postings merged = new Postings();
            Cursor more = added == null ? new Cursor(new byte[0], 0, 0) : new Cursor(added.bytes, 0, added.size);
            boolean another = more.next();
            while (kept.next()) {
                int document = numbers[kept.document];
                if (document >= 0) {
                    for (; another && more.document < document; another = more.next()) {
                        merged.add(more.document, more.weight);
                    }
                    merged.add(document, kept.weight);
                }
            }
            for (; another; another = more.next()) {
                merged.add(more.document, more.weight);
            }
            return merged;
        }
    }

    /** A document's token weights with the shard of each token, found once for the threads that add them. */
    private record Tokenized(TokenWeights weights, int[] wordShards, int[] hangulShards) {

        static Tokenized of(TokenWeights weights, int shardCount) {
            int[] wordShards = new int[weights.words().length];
            for (int t = 0; t < wordShards.length; t++) {
                wordShards[t] = Tokenizer.shard(weights.words()[t], shardCount);
            }
            int[] hangulShards = new int[weights.hangul().length];
            for (int t = 0; t < hangulShards.length; t++) {
                hangulShards[t] = Tokenizer.shard(weights.hangul()[t], shardCount);
            }
            return new Tokenized(weights, wordShards, hangulShards);
        }
    }

    /**
     * Stages the postings of one document in the shards that {@code thread} owns ({@code owners}: by shard). A method
     * of its own, called for every document, so that the JIT compiles it early in a cold build rather than
     * replacing a long-running loop.
     */
    private static void add(Tokenized tokenized, int document, List<Shard> shards, int[] owners, int thread) {
        TokenWeights weights = tokenized.weights();
        for (int t = 0; t < weights.words().length; t++) {
            int shard = tokenized.wordShards()[t];
            if (owners[shard] == thread) {
                shards.get(shard).stage(weights.words()[t], document, weights.wordWeights()[t]);
            }
        }
        for (int t = 0; t < weights.hangul().length; t++) {
            int shard = tokenized.hangulShards()[t];
            if (owners[shard] == thread) {
                shards.get(shard).stage(weights.hangul()[t], document, weights.hangulWeights()[t]);
            }
        }
    }

    /**
     * The thread of {@code threads} that adds the postings of {@code shard}: each owns a run of consecutive
     * shards. Every other shard was not an even split: FNV-1a keeps its input's lowest bit through each
     * multiplication, so a Hangul bigram's shard is odd or even by its two syllables' codes, and the thread
     * with the odd shards had half as much again to do as the other.
     */
    private static int owner(int shard, int shardCount, int threads) {
        return (int) ((long) shard * threads / shardCount);
    }

    /**
     * The tokens of one shard, numbered (words by text, Hangul tokens by code), with their postings. The
     * postings of a block of documents are first staged as they come, document after document, then
     * numbered and added shard by shard and token by token: added one by one, each Korean posting reached
     * a table and a token's postings of their own somewhere in memory, and the few stores that add a
     * posting were a visible share of a warm build (see bench/README.md).
     */
    private static final class Shard {
        private final Map<String, Integer> words = new HashMap<>();
        private final CodeNumbers hangulNumbers = new CodeNumbers(64);
        /** Token number of each Hangul number. */
        private int[] hangulTokens = new int[64];
        private final List<Postings> postings = new ArrayList<>();
        /** Code (then token), document and weight of each staged Hangul posting, then of the words'. */
        private int[] staged = new int[3 * 64];
        private int stagedCount;
        private String[] stagedWords = new String[64];
        /** Document and weight of each staged word posting. */
        private int[] stagedWordPostings = new int[2 * 64];
        private int stagedWordCount;

        void stage(int hangulCode, int document, int weight) {
            if (stagedCount * 3 == staged.length) {
                staged = Arrays.copyOf(staged, staged.length * 2);
            }
            staged[stagedCount * 3] = hangulCode;
            staged[stagedCount * 3 + 1] = document;
            staged[stagedCount * 3 + 2] = weight;
            stagedCount++;
        }

        void stage(String word, int document, int weight) {
            if (stagedWordCount == stagedWords.length) {
                stagedWords = Arrays.copyOf(stagedWords, stagedWordCount * 2);
                stagedWordPostings = Arrays.copyOf(stagedWordPostings, stagedWordCount * 4);
            }
            stagedWords[stagedWordCount] = word;
            stagedWordPostings[stagedWordCount * 2] = document;
            stagedWordPostings[stagedWordCount * 2 + 1] = weight;
            stagedWordCount++;
        }

        /**
         * Adds the staged postings to their tokens, numbering new tokens, grouped by token (a counting sort
         * keeps document order).
         */
        void addStaged() {
            for (int i = 0; i < stagedCount; i++) {
                staged[i * 3] = hangulToken(staged[i * 3]);
            }
            for (int i = 0; i < stagedWordCount; i++) {
                stage(wordToken(stagedWords[i]), stagedWordPostings[i * 2], stagedWordPostings[i * 2 + 1]);
                stagedWords[i] = null;
            }
            int[] starts = new int[postings.size() + 1];
            for (int i = 0; i < stagedCount; i++) {
                starts[staged[i * 3] + 1]++;
            }
            for (int token = 0; token < postings.size(); token++) {
                starts[token + 1] += starts[token];
            }
            int[] byToken = new int[stagedCount];
            for (int i = 0; i < stagedCount; i++) {
                byToken[starts[staged[i * 3]]++] = i;
            }
            for (int i : byToken) {
                postings.get(staged[i * 3]).add(staged[i * 3 + 1], staged[i * 3 + 2]);
            }
            stagedCount = 0;
            stagedWordCount = 0;
        }

        private int wordToken(String word) {
            Integer token = words.get(word);
            if (token == null) {
                token = newToken();
                words.put(word, token);
            }
            return token;
        }

        private int hangulToken(int code) {
            int known = hangulNumbers.size();
            int number = hangulNumbers.numberOf(code);
            if (number == known) {
                if (number == hangulTokens.length) {
                    hangulTokens = Arrays.copyOf(hangulTokens, number * 2);
                }
                hangulTokens[number] = newToken();
            }
            return hangulTokens[number];
        }

        private int newToken() {
            postings.add(new Postings());
            return postings.size() - 1;
        }

        /** Every token's postings, by token text. */
        TreeMap<String, Postings> sorted() {
            TreeMap<String, Postings> all = new TreeMap<>();
            words.forEach((word, token) -> all.put(word, postings.get(token)));
            for (int number = 0; number < hangulNumbers.size(); number++) {
                all.put(Tokenizer.hangulText(hangulNumbers.code(number)), postings.get(hangulTokens[number]));
            }
            return all;
        }
    }

    /**
     * The postings of one token: document and weight pairs, in document order, each number as a varint
     * (documents as the gap from the one before), so that an archive of a hundred thousand Korean
     * articles, a hundred million postings, fits in a few hundred megabytes.
     */
    private static final class Postings {
        private byte[] bytes = new byte[0];
        private int size;
        private int lastDocument;

        void add(int document, int weight) {
            if (size + 10 > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + 10, bytes.length * 3 / 2));
            }
            int gap = document - lastDocument;
            if ((gap | weight) < 0x80) {
                // the usual posting, a near document in the body: two one-byte varints, without a call
                bytes[size] = (byte) gap;
                bytes[size + 1] = (byte) weight;
                size += 2;
            } else {
                size = varint(bytes, size, gap);
                size = varint(bytes, size, weight);
            }
            lastDocument = document;
        }

        void appendJson(Bytes json) {
            json.ascii('[');
            Cursor postings = new Cursor(bytes, 0, size);
            boolean first = true;
            for (int previous = 0; postings.next(); previous = postings.document) {
                if (!first) {
                    json.ascii(',');
                }
                first = false;
                int gap = postings.document - previous;
                if (postings.weight == 1) {
                    json.number(gap);
                } else {
                    json.ascii('-');
                    json.number(gap + 1);
                    json.ascii(',');
                    json.number(postings.weight);
                }
            }
            json.ascii(']');
        }

        /** The postings as a {@link PostingsStore} keeps them: their length in bytes, then the bytes. */
        void appendTo(Bytes kept) {
            kept.varint(size);
            kept.bytes(bytes, size);
        }
    }

    /** Reads varints from {@code bytes[position, end)}: postings as document numbers and weights, or lengths. */
    private static final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int position;
        private int document;
        private int weight;

        Cursor(byte[] bytes, int position, int end) {
            this.bytes = bytes;
            this.position = position;
            this.end = end;
        }

        /** Moves to the next posting, if there is one. */
        boolean next() {
            if (position >= end) {
                return false;
            }
            document += varint();
            weight = varint();
            return true;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }

    /** Writes {@code value} (not negative) as a varint at {@code bytes[at]}, and returns where it ends. */
    private static int varint(byte[] bytes, int at, int value) {
        while ((value & ~0x7F) != 0) {
            bytes[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
    }

    /** A growing byte array: JSON text as UTF-8 (ASCII characters, numbers, encoded strings), or varints. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void ascii(char c) {
            room(1);
            bytes[size++] = (byte) c;
        }

        /** A number that is not negative, in decimal. */
        void number(int value) {
            room(10);
            if (value < 100) {
                // most numbers of the postings: gaps between near documents, and weights
                if (value >= 10) {
                    bytes[size++] = (byte) ('0' + value / 10);
                }
                bytes[size++] = (byte) ('0' + value % 10);
                return;
            }
            int digits = 1;
            for (int rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            for (int i = size + digits - 1; i >= size; i--) {
                bytes[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += digits;
        }

        void varint(int value) {
            room(5);
            size = SearchIndex.varint(bytes, size, value);
        }

        void bytes(byte[] encoded) {
            bytes(encoded, encoded.length);
        }

        /** The first {@code length} bytes of {@code from}. */
        void bytes(byte[] from, int length) {
            room(length);
            System.arraycopy(from, 0, bytes, size, length);
            size += length;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
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
