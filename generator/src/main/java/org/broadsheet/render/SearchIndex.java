package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.search.Tokenizer;
import org.broadsheet.site.Edition;

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
import java.util.stream.IntStream;

/**
 * The static search index of one edition, as JSON files under {@code /{lang}/search/}: {@code meta.json},
 * the postings split into shards by token ({@code terms-N.json}, so that a query fetches only the
 * shards of its tokens) and the documents in blocks ({@code docs-N.json}). A token's postings are one
 * flat array, {@code [gap, weight, gap, weight, …]}, each gap the document's number less the one before
 * (the first from 0), which makes the largest index, the Korean one, about half the size of
 * {@code [document, weight]} pairs. A token in the headline weighs 8, in the kicker 3, in the summary 4,
 * in the body 1. Documents are numbered newest first.
 */
final class SearchIndex {

    static final int DOCS_PER_SHARD = 100;
    private static final int TOKENIZED_BLOCK = 1024;

    private SearchIndex() {
    }

    /**
     * Writes every file of the edition's index to {@code sink} (site path, JSON), from several threads
     * at once: postings are kept as growing varint arrays, so that an archive of tens of thousands of Korean
     * articles (a thousand bigrams each) fits in memory.
     *
     * @param tokens each article's token weights (counted, or kept from an earlier build)
     */
    static void write(Edition edition, SiteUrls urls, DateTexts dates, Function<Article, TokenWeights> tokens,
                      BiConsumer<String, byte[]> sink) {
        List<Article> articles = edition.articles();
        int shardCount = shardCount(articles.size());
        List<Shard> shards = IntStream.range(0, shardCount).mapToObj(i -> new Shard()).toList();
        // Articles are tokenized in parallel, a block at a time, so that only one block's tokens are held;
        // then each thread adds the postings of its own shards, in document order.
        int threads = Runtime.getRuntime().availableProcessors();
        int[] owners = IntStream.range(0, shardCount).map(shard -> owner(shard, shardCount, threads)).toArray();
        for (int from = 0; from < articles.size(); from += TOKENIZED_BLOCK) {
            int first = from;
            List<TokenWeights> block = articles.subList(from, Math.min(articles.size(), from + TOKENIZED_BLOCK))
                    .parallelStream()
                    .map(tokens)
                    .toList();
            IntStream.range(0, threads).parallel().forEach(thread -> {
                for (int i = 0; i < block.size(); i++) {
                    add(block.get(i), first + i, shards, owners, thread);
                }
                for (int shard = 0; shard < shardCount; shard++) {
                    if (owners[shard] == thread) {
                        shards.get(shard).addStaged();
                    }
                }
            });
        }
        String base = SiteUrls.search(edition.code());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("shards", shardCount);
        meta.put("docsPerShard", DOCS_PER_SHARD);
        meta.put("documents", articles.size());
        sink.accept(base + "meta.json", utf8(JsonLd.write(meta)));
        IntStream.range(0, shardCount).parallel().forEach(i -> {
            // written as UTF-8 bytes, not as a String: a Korean shard's Hangul keys would make all its
            // digits UTF-16 chars, encoded again afterwards
            JsonBytes json = new JsonBytes();
            json.ascii('{');
            for (Map.Entry<String, Postings> term : shards.get(i).sorted().entrySet()) {
                if (json.size > 1) {
                    json.ascii(',');
                }
                json.bytes(utf8(JsonLd.write(term.getKey())));
                json.ascii(':');
                term.getValue().appendJson(json);
            }
            json.ascii('}');
            sink.accept(base + "terms-" + i + ".json", json.toArray());
        });
        IntStream.range(0, Math.max(1, (articles.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD)).parallel().forEach(shard -> {
            List<List<Object>> docs = new ArrayList<>();
            int from = shard * DOCS_PER_SHARD;
            for (Article article : articles.subList(from, Math.min(articles.size(), from + DOCS_PER_SHARD))) {
                docs.add(List.of(urls.href(urls.article(article)), article.title(), nullToEmpty(article.kicker()),
                        dates.date(article.date()).text(), article.summary()));
            }
            sink.accept(base + "docs-" + shard + ".json", utf8(JsonLd.write(docs)));
        });
    }

    /**
     * Stages the postings of one document in the shards that {@code thread} owns ({@code owners}: by shard). A method
     * of its own, called for every document, so that the JIT compiles it early in a cold build rather than
     * replacing a long-running loop.
     */
    private static void add(TokenWeights weights, int document, List<Shard> shards, int[] owners, int thread) {
        int shardCount = shards.size();
        for (int t = 0; t < weights.words().length; t++) {
            int shard = Tokenizer.shard(weights.words()[t], shardCount);
            if (owners[shard] == thread) {
                shards.get(shard).stage(weights.words()[t], document, weights.wordWeights()[t]);
            }
        }
        for (int t = 0; t < weights.hangul().length; t++) {
            int shard = Tokenizer.shard(weights.hangul()[t], shardCount);
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
     * numbered and added shard by shard and token by token: added one by one, each of ten million Korean
     * postings reached a table and a token's postings of their own somewhere in memory, and the few
     * stores that add a posting were 7.5 % of a warm build.
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
                writeVarint(gap);
                writeVarint(weight);
            }
            lastDocument = document;
        }

        private void writeVarint(int value) {
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) (value & 0x7F | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void appendJson(JsonBytes json) {
            json.ascii('[');
            int[] position = {0};
            while (position[0] < size) {
                if (position[0] > 0) {
                    json.ascii(',');
                }
                json.number(readVarint(position));
            }
            json.ascii(']');
        }

        /** The varint at {@code position[0]}, which moves past it. */
        private int readVarint(int[] position) {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position[0]++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }

    /** A JSON text built as UTF-8 bytes: ASCII characters, numbers, and the bytes of encoded strings. */
    private static final class JsonBytes {
        private byte[] bytes = new byte[1 << 12];
        private int size;

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

        void bytes(byte[] encoded) {
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
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

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
