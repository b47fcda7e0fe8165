package org.broadsheet.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Counts the postings of an edition's documents into shards, on every core. Documents are tokenized in
 * parallel, a block at a time, so that only one block's tokens are held, and each token's shard is found
 * once, when its document is tokenized; then each thread adds the postings of a run of consecutive
 * shards of its own, in document order.
 */
final class Indexer {

    private static final int TOKENIZED_BLOCK = 1024;

    private Indexer() {
    }

    /**
     * The postings of the documents numbered {@code numbers} (ascending) of {@code documents}, by shard.
     *
     * @param tokens each document's token weights
     */
    static List<Shard> postings(List<SearchDocument> documents, int[] numbers,
                                Function<SearchDocument, TokenWeights> tokens, int shardCount) {
        List<Shard> shards = IntStream.range(0, shardCount).mapToObj(i -> new Shard()).toList();
        int threads = Runtime.getRuntime().availableProcessors();
        int[] owners = IntStream.range(0, shardCount).map(shard -> owner(shard, shardCount, threads)).toArray();
        for (int from = 0; from < numbers.length; from += TOKENIZED_BLOCK) {
            int[] block = Arrays.copyOfRange(numbers, from, Math.min(numbers.length, from + TOKENIZED_BLOCK));
            List<Tokenized> tokenized = Arrays.stream(block).parallel()
                    .mapToObj(document -> Tokenized.of(tokens.apply(documents.get(document)), shardCount, owners,
                            threads))
                    .toList();
            IntStream.range(0, threads).parallel().forEach(thread -> {
                for (int i = 0; i < tokenized.size(); i++) {
                    add(tokenized.get(i), block[i], shards, thread);
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
     * A document's token weights with the tokens that each thread adds: for each thread, the index of each of its
     * tokens and the token's shard, words first, found once, when the document is tokenized.
     *
     * @param hangulFrom for each thread, where its Hangul tokens start in its array
     */
    private record Tokenized(TokenWeights weights, int[][] byThread, int[] hangulFrom) {

        static Tokenized of(TokenWeights weights, int shardCount, int[] owners, int threads) {
            int[] wordShards = new int[weights.words().length];
            int[] hangulShards = new int[weights.hangul().length];
            int[] wordCounts = new int[threads];
            int[] counts = new int[threads];
            for (int t = 0; t < wordShards.length; t++) {
                wordShards[t] = Tokenizer.shard(weights.words()[t], shardCount);
                wordCounts[owners[wordShards[t]]]++;
            }
            for (int t = 0; t < hangulShards.length; t++) {
                hangulShards[t] = Tokenizer.shard(weights.hangul()[t], shardCount);
                counts[owners[hangulShards[t]]]++;
            }
            int[][] byThread = new int[threads][];
            int[] hangulFrom = new int[threads];
            for (int thread = 0; thread < threads; thread++) {
                byThread[thread] = new int[2 * (wordCounts[thread] + counts[thread])];
                hangulFrom[thread] = 2 * wordCounts[thread];
            }
            int[] filled = new int[threads];
            place(wordShards, owners, byThread, filled);
            place(hangulShards, owners, byThread, filled);
            return new Tokenized(weights, byThread, hangulFrom);
        }

        /** Appends each token of {@code shards} (by index) and its shard to its thread's array. */
        private static void place(int[] shards, int[] owners, int[][] byThread, int[] filled) {
            for (int t = 0; t < shards.length; t++) {
                int thread = owners[shards[t]];
                byThread[thread][filled[thread]++] = t;
                byThread[thread][filled[thread]++] = shards[t];
            }
        }
    }

    /**
     * Stages the postings of one document in the shards that {@code thread} owns. A method of its own, called for
     * every document, so that the JIT compiles it early in a cold build rather than replacing a long-running loop.
     */
    private static void add(Tokenized tokenized, int document, List<Shard> shards, int thread) {
        TokenWeights weights = tokenized.weights();
        int[] own = tokenized.byThread()[thread];
        int hangulFrom = tokenized.hangulFrom()[thread];
        for (int i = 0; i < hangulFrom; i += 2) {
            shards.get(own[i + 1]).stage(weights.words()[own[i]], document, weights.wordWeights()[own[i]]);
        }
        for (int i = hangulFrom; i < own.length; i += 2) {
            shards.get(own[i + 1]).stage(weights.hangul()[own[i]], document, weights.hangulWeights()[own[i]]);
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
}
