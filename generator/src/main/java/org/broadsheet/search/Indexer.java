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
                    .mapToObj(document -> Tokenized.of(tokens.apply(documents.get(document)), shardCount))
                    .toList();
            IntStream.range(0, threads).parallel().forEach(thread -> {
                for (int i = 0; i < tokenized.size(); i++) {
                    add(tokenized.get(i), block[i], shards, owners, thread);
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
}
