package org.broadsheet.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The search tokens of one article with their weights, which say where the token is: 4 in the headline,
 * 2 in the kicker or the summary, 1 in the body, added up as bits (a token of the headline and the body
 * weighs 5, however often it occurs), so that the search ranks headline matches first. Words are kept as text, Hangul
 * tokens as the codes of {@link Tokenizer#hangulText} (in the order first met), all in arrays rather than maps,
 * because an index counts a thousand bigrams per Korean article and the preview keeps them for
 * thousands of articles.
 */
public record TokenWeights(String[] words, int[] wordWeights, int[] hangul, int[] hangulWeights) {

    /**
     * Counts the tokens of {@code document}; {@code entities} gives the text an HTML entity of the body stands
     * for ({@code "&amp;"} → {@code "&"}), or the entity itself when it is none.
     */
    public static TokenWeights of(SearchDocument document, UnaryOperator<String> entities) {
        Counter counter = new Counter();
        counter.add(document.headline(), 4);
        counter.add(document.kicker(), 2);
        counter.add(document.summary(), 2);
        counter.add(withoutMarkup(document.body().text(), entities), 1);
        return counter.weights();
    }

    /** Counts the tokens of an article's texts: words in a map, Hangul codes numbered, their weights by number. */
    private static final class Counter implements Tokenizer.Sink {
        private final Map<String, Integer> words = new HashMap<>();
        /** Made at the first Hangul token, with room for a long Korean article's distinct bigrams; null in English. */
        private CodeNumbers hangul;
        private int[] hangulWeights;
        private int weight;

        void add(String text, int textWeight) {
            if (text != null) {
                weight = textWeight;
                Tokenizer.forEach(text, this);
            }
        }

        @Override
        public void word(String word) {
            words.merge(word, weight, (a, b) -> a | b);
        }

        @Override
        public void hangul(int code) {
            if (hangul == null) {
                hangul = new CodeNumbers(2048);
                hangulWeights = new int[2048];
            }
            int number = hangul.numberOf(code);
            if (number == hangulWeights.length) {
                hangulWeights = Arrays.copyOf(hangulWeights, number * 2);
            }
            hangulWeights[number] |= weight;
        }

        TokenWeights weights() {
            String[] wordTexts = new String[words.size()];
            int[] wordValues = new int[words.size()];
            int w = 0;
            for (Map.Entry<String, Integer> entry : words.entrySet()) {
                wordTexts[w] = entry.getKey();
                wordValues[w++] = entry.getValue();
            }
            int[] codes = new int[hangul == null ? 0 : hangul.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = hangul.code(i);
            }
            int[] values = hangul == null ? new int[0] : Arrays.copyOf(hangulWeights, codes.length);
            return new TokenWeights(wordTexts, wordValues, codes, values);
        }
    }

    /**
     * The Markdown with link targets ({@code ](…)}), footnote references ({@code [^…]}), HTML tags and
     * bare URLs each replaced by a space, so that their words are not indexed, and HTML entities replaced by
     * the text they stand for ({@code entities}), so that {@code AT&amp;T} indexes no {@code amp} and
     * {@code caf&eacute;} is {@code café}. But for entities, the same as replacing the matches of
     * {@code \](…)|\[\^…]|<…>|https?://\S+} with a space, scanned by hand because a regular expression with
     * alternatives costs more than tokenizing on an archive of thousands.
     */
    static String withoutMarkup(String markdown, UnaryOperator<String> entities) {
        StringBuilder text = null;
        int kept = 0;
        Next parenthesis = new Next(markdown, ')');
        Next bracket = new Next(markdown, ']');
        Next angle = new Next(markdown, '>');
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            // only these chars start markup: the scan of every other char is the whole cost
            if (c == ']' || c == '[' || c == '<' || c == 'h' || c == '&') {
                int end = c == '&' ? entityEnd(markdown, i) : markupEnd(markdown, i, parenthesis, bracket, angle);
                if (end > i) {
                    text = text == null ? new StringBuilder(markdown.length()) : text;
                    text.append(markdown, kept, i)
                            .append(c == '&' ? entities.apply(markdown.substring(i, end)) : " ");
                    kept = end;
                    i = end - 1;
                }
            }
        }
        return text == null ? markdown : text.append(markdown, kept, markdown.length()).toString();
    }

    /**
     * Where a char next occurs in a text, asked from positions that only grow: the answer is kept until
     * it lies behind, so that a text full of {@code <} that none closes is searched once, not once for each.
     */
    private static final class Next {
        private final String text;
        private final char c;
        private int found = -2;

        Next(String text, char c) {
            this.text = text;
            this.c = c;
        }

        /** The index of the char at or after {@code from}, or -1. */
        int from(int from) {
            if (found == -1 || found >= from) {
                return found;
            }
            found = text.indexOf(c, from);
            return found;
        }
    }

    /** Where the markup starting at {@code i} ends, or {@code i} when none starts there. */
    private static int markupEnd(String s, int i, Next parenthesis, Next bracket, Next angle) {
        char c = s.charAt(i);
        if (c == ']' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
            int close = parenthesis.from(i + 2);
            if (close >= 0) {
                return close + 1;
            }
        }
        if (c == '[' && i + 1 < s.length() && s.charAt(i + 1) == '^') {
            int close = bracket.from(i + 2);
            if (close >= 0) {
                return close + 1;
            }
        }
        if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) != '>') {
            int close = angle.from(i + 2);
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

    /**
     * Where the HTML entity starting at {@code i} ends ({@code &name;}, {@code &#digits;} or {@code &#xhex;}, as
     * CommonMark reads them), or {@code i} when none starts there.
     */
    private static int entityEnd(String s, int i) {
        int j = i + 1;
        boolean numeric = j < s.length() && s.charAt(j) == '#';
        boolean hex = numeric && j + 1 < s.length() && (s.charAt(j + 1) == 'x' || s.charAt(j + 1) == 'X');
        j += hex ? 2 : numeric ? 1 : 0;
        int start = j;
        int longest = hex ? 6 : numeric ? 7 : 32;
        while (j < s.length() && j - start < longest && entityChar(s.charAt(j), numeric, hex, j == start)) {
            j++;
        }
        return j > start && j < s.length() && s.charAt(j) == ';' ? j + 1 : i;
    }

    private static boolean entityChar(char c, boolean numeric, boolean hex, boolean first) {
        boolean digit = c >= '0' && c <= '9';
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (hex) {
            return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return numeric ? digit : letter || (digit && !first);
    }

    /** The characters of {@code \s} in Java's regular expressions. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
