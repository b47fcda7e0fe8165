package org.broadsheet.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        String normalized = POSSESSIVE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("$1");
        List<String> tokens = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean hangulRun = false;
        for (int i = 0; i <= normalized.length(); i++) {
            char c = i < normalized.length() ? normalized.charAt(i) : ' ';
            boolean hangul = c >= '\uAC00' && c <= '\uD7A3';
            boolean word = !hangul && (Character.isLetterOrDigit(c));
            if (run.length() > 0 && (hangul != hangulRun || !(hangul || word))) {
                flush(run, hangulRun, tokens);
            }
            if (hangul || word) {
                run.append(c);
                hangulRun = hangul;
            }
        }
        return tokens;
    }

    private static void flush(StringBuilder run, boolean hangul, List<String> tokens) {
        String text = run.toString();
        run.setLength(0);
        if (hangul) {
            if (text.length() == 1) {
                tokens.add(text);
            }
            for (int i = 0; i + 1 < text.length(); i++) {
                tokens.add(text.substring(i, i + 2));
            }
        } else {
            tokens.add(stem(text));
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
