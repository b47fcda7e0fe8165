package org.broadsheet.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tokens of one shard, numbered (words by text, Hangul tokens by code), with their postings. The
 * postings of a block of documents are first staged as they come, document after document, then
 * numbered and added shard by shard and token by token: added one by one, each Korean posting reached
 * a table and a token's postings of their own somewhere in memory, and the few stores that add a
 * posting were a visible share of a warm build (see bench/README.md).
 */
final class Shard {

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
