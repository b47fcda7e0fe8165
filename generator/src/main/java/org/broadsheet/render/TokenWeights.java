package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.search.Tokenizer;

import java.util.HashMap;
import java.util.Map;

/**
 * The search tokens of one article with their weights: a token in the headline weighs 8, in the
 * kicker 3, in the summary 4, in the body 1 (summed over occurrences). Kept as two arrays, not a map,
 * because the preview holds them for thousands of articles.
 */
public record TokenWeights(String[] tokens, int[] weights) {

    static TokenWeights of(Article article) {
        Map<String, Integer> weights = new HashMap<>();
        add(weights, article.title(), 8);
        add(weights, article.kicker(), 3);
        add(weights, article.summary(), 4);
        add(weights, withoutMarkup(article.body()), 1);
        String[] tokens = new String[weights.size()];
        int[] values = new int[weights.size()];
        int i = 0;
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            tokens[i] = weight.getKey();
            values[i++] = weight.getValue();
        }
        return new TokenWeights(tokens, values);
    }

    private static void add(Map<String, Integer> weights, String text, int weight) {
        if (text != null) {
            Tokenizer.forEach(text, token -> weights.merge(token, weight, Integer::sum));
        }
    }

    /**
     * The Markdown with link targets ({@code ](…)}), footnote references ({@code [^…]}), HTML tags and
     * bare URLs each replaced by a space, so that their words are not indexed. The same as replacing
     * the matches of {@code \](…)|\[\^…]|<…>|https?://\S+} with a space, scanned by hand because a
     * regular expression with alternatives costs more than tokenizing on an archive of thousands.
     */
    static String withoutMarkup(String markdown) {
        StringBuilder text = new StringBuilder(markdown.length());
        int i = 0;
        while (i < markdown.length()) {
            int end = markupEnd(markdown, i);
            if (end > i) {
                text.append(' ');
                i = end;
            } else {
                text.append(markdown.charAt(i++));
            }
        }
        return text.toString();
    }

    /** Where the markup starting at {@code i} ends, or {@code i} when none starts there. */
    private static int markupEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == ']' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
            int close = s.indexOf(')', i + 2);
            if (close >= 0) {
                return close + 1;
            }
        }
        if (c == '[' && i + 1 < s.length() && s.charAt(i + 1) == '^') {
            int close = s.indexOf(']', i + 2);
            if (close >= 0) {
                return close + 1;
            }
        }
        if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) != '>') {
            int close = s.indexOf('>', i + 2);
            if (close >= 0) {
                return close + 1;
            }
        }
        if (c == 'h' && s.startsWith("http", i)) {
            int scheme = s.startsWith("s://", i + 4) ? i + 8 : s.startsWith("://", i + 4) ? i + 7 : -1;
            if (scheme >= 0 && scheme < s.length() && !whitespace(s.charAt(scheme))) {
                int end = scheme;
                while (end < s.length() && !whitespace(s.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return i;
    }

    /** The characters of {@code \s} in Java's regular expressions. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
