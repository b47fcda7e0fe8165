package org.broadsheet.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into search tokens, the same way as {@code templates/assets/search.js} does in the
 * browser (a test runs both on the same samples): text is NFKC-normalised and lower-cased; runs of
 * Hangul syllables give their character bigrams (a run of one syllable gives itself), so that
 * "서울" finds "서울은" whatever particle follows; runs of other letters and digits give words, with
 * simple English plural stemming ("ferries" → "ferry", "bridges" → "bridge") and without the
 * possessive "'s".
 */
public final class Tokenizer {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private Tokenizer() {
    }

    /**
     * Receives the tokens of a text: words as text, Hangul tokens as codes (a syllable's char, or a
     * bigram's two chars in one int, see {@link #hangulText}), which an index of thousands of Korean
     * articles can count without making a string of each.
     */
    public interface Sink {
        void word(String word);

        void hangul(int code);
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        forEach(text, new Sink() {
            @Override
            public void word(String word) {
                tokens.add(word);
            }

            @Override
            public void hangul(int code) {
                tokens.add(hangulText(code));
            }
        });
        return tokens;
    }

    /** Passes each token of {@code text} to {@code tokens}, in order, repeated tokens included. */
    public static void forEach(String text, Sink tokens) {
        String normalized = (stableUnderNfkc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC))
                .toLowerCase(Locale.ROOT);
        normalized = withoutPossessives(normalized);
        int runStart = -1;
        boolean hangulRun = false;
        for (int i = 0; i <= normalized.length(); i++) {
            char c = i < normalized.length() ? normalized.charAt(i) : ' ';
            boolean hangul = c >= '\uAC00' && c <= '\uD7A3';
            boolean word = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : !hangul && Character.isLetterOrDigit(c);
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
     * {@code text} without each "'s" or "’s" that follows a letter and ends a word: what search.js's
     * {@code replace(/(\p{L})['’]s(?![\p{L}\p{Nd}])/gu, "$1")} gives, scanned by hand: in Java the regular
     * expression was tried at every character of every English article that has an apostrophe.
     */
    static String withoutPossessives(String text) {
        StringBuilder out = null;
        int kept = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '’') && text.charAt(i + 1) == 's'
                    && i - Character.charCount(text.codePointBefore(i)) >= kept
                    && Character.isLetter(text.codePointBefore(i))
                    && (i + 2 == text.length() || !Character.isLetterOrDigit(text.codePointAt(i + 2)))) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, kept, i);
                kept = i + 2;
            }
        }
        return out == null ? text : out.append(text, kept, text.length()).toString();
    }

    /** The text of a Hangul token's code. */
    public static String hangulText(int code) {
        return code >>> 16 == 0 ? String.valueOf((char) code)
                : new String(new char[]{(char) (code >>> 16), (char) code});
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
    private static void flush(String text, int start, int end, boolean hangul, Sink tokens) {
        if (!hangul) {
            tokens.word(stem(text.substring(start, end)));
        } else if (end - start == 1) {
            tokens.hangul(text.charAt(start));
        } else {
            for (int i = start; i + 1 < end; i++) {
                tokens.hangul(text.charAt(i) << 16 | text.charAt(i + 1));
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
        int hash = FNV_OFFSET;
        for (int i = 0; i < token.length(); i++) {
            hash = (hash ^ token.charAt(i)) * FNV_PRIME;
        }
        return Integer.remainderUnsigned(hash, shards);
    }

    /** The shard of a Hangul token's code: the same as that of its text. */
    public static int shard(int hangulCode, int shards) {
        int hash = FNV_OFFSET;
        if (hangulCode >>> 16 != 0) {
            hash = (hash ^ (hangulCode >>> 16)) * FNV_PRIME;
        }
        hash = (hash ^ (hangulCode & 0xFFFF)) * FNV_PRIME;
        return Integer.remainderUnsigned(hash, shards);
    }
}
