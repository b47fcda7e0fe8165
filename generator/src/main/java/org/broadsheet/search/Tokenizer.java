package org.broadsheet.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits text into search tokens, the same way as {@code templates/assets/search.js} does in the
 * browser (a test runs both on the same samples): text is NFKC-normalised and lower-cased; runs of
 * Hangul syllables give their character bigrams (a run of one syllable gives itself), so that
 * "서울" finds "서울은" whatever particle follows; runs of other letters and digits give words, with
 * simple English plural stemming ("ferries" → "ferry", "bridges" → "bridge") and without the
 * possessive "'s".
 */
public final class Tokenizer {

    private static final Pattern POSSESSIVE = Pattern.compile("(\\p{L})['’]s(?![\\p{L}\\p{Nd}])");

    private Tokenizer() {
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        forEach(text, tokens::add);
        return tokens;
    }

    /** Passes each token of {@code text} to {@code tokens}, in order, repeated tokens included. */
    public static void forEach(String text, Consumer<String> tokens) {
        String normalized = (stableUnderNfkc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT);
        if (normalized.indexOf('\'') >= 0 || normalized.indexOf('’') >= 0) {
            normalized = POSSESSIVE.matcher(normalized).replaceAll("$1");
        }
        int runStart = -1;
        boolean hangulRun = false;
        for (int i = 0; i <= normalized.length(); i++) {
            char c = i < normalized.length() ? normalized.charAt(i) : ' ';
            boolean hangul = c >= '\uAC00' && c <= '\uD7A3';
            boolean word = !hangul && Character.isLetterOrDigit(c);
            if (runStart >= 0 && (hangul != hangulRun || !(hangul || word))) {
                flush(normalized, runStart, i, hangulRun, tokens);
                runStart = -1;
            }
            if ((hangul || word) && runStart < 0) {
                runStart = i;
                hangulRun = hangul;
            }
        }
    }

    /**
     * Whether NFKC leaves {@code text} as it is because it holds only printable ASCII, line breaks, tabs
     * and Hangul syllables: the usual article, which then skips the costlier normalisation.
     */
    private static boolean stableUnderNfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' || c > '~') && c != '\n' && c != '\r' && c != '\t' && (c < '\uAC00' || c > '\uD7A3')) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of the run {@code text[start, end)}: its Hangul bigrams, or the word stemmed. */
    private static void flush(String text, int start, int end, boolean hangul, Consumer<String> tokens) {
        if (!hangul) {
            tokens.accept(stem(text.substring(start, end)));
        } else if (end - start == 1) {
            tokens.accept(text.substring(start, end));
        } else {
            for (int i = start; i + 1 < end; i++) {
                tokens.accept(text.substring(i, i + 2));
            }
        }
    }

    /** Plural and possessive endings of English words; other words are kept as they are. */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The shard of a token: FNV-1a over its UTF-16 code units, as search.js computes it. */
    public static int shard(String token, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            hash ^= token.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, shards);
    }
}
