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

    /** What {@link #lowerCasedIfPlain} found. */
    private enum Plainness { PLAIN, PLAIN_WITH_APOSTROPHE, NOT_PLAIN }

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
        // the text's chars, lower-cased, in an array of our own: an archive's every char passes the loops below
        char[] chars = text.toCharArray();
        Plainness plain = lowerCasedIfPlain(chars);
        if (plain == Plainness.NOT_PLAIN) {
            chars = withoutPossessives(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                    .toCharArray();
        } else if (plain == Plainness.PLAIN_WITH_APOSTROPHE) {
            // a possessive needs an apostrophe, and ’ is not in a plain text
            chars = withoutPossessives(new String(chars)).toCharArray();
        }
        int runStart = -1;
        boolean hangulRun = false;
        for (int i = 0; i <= chars.length; i++) {
            char c = i < chars.length ? chars[i] : ' ';
            boolean hangul = c >= '\uAC00' && c <= '\uD7A3';
            boolean word = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : !hangul && Character.isLetterOrDigit(c);
            if (runStart >= 0 && (hangul != hangulRun || !(hangul || word))) {
                flush(chars, runStart, i, hangulRun, tokens);
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
     * Whether {@code text} holds only printable ASCII, line breaks, tabs and Hangul syllables, which NFKC leaves as
     * they are and of which only A to Z have lower cases, and then whether it has an apostrophe; lower-cases A to Z
     * as it reads. One pass, since the usual article is plain and then skips the costlier normalisation.
     */
    private static Plainness lowerCasedIfPlain(char[] text) {
        boolean apostrophe = false;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c >= 'A' && c <= 'Z') {
                text[i] = (char) (c + ('a' - 'A'));
            } else if (c == '\'') {
                apostrophe = true;
            } else if ((c < ' ' || c > '~') && c != '\n' && c != '\r' && c != '\t' && (c < '\uAC00' || c > '\uD7A3')) {
                return Plainness.NOT_PLAIN;
            }
        }
        return apostrophe ? Plainness.PLAIN_WITH_APOSTROPHE : Plainness.PLAIN;
    }

    /** The tokens of the run {@code text[start, end)}: its Hangul bigrams, or the word stemmed. */
    private static void flush(char[] text, int start, int end, boolean hangul, Sink tokens) {
        if (!hangul) {
            tokens.word(stem(new String(text, start, end - start)));
        } else if (end - start == 1) {
            tokens.hangul(text[start]);
        } else {
            for (int i = start; i + 1 < end; i++) {
                tokens.hangul(text[i] << 16 | text[i + 1]);
            }
        }
    }

    /**
     * Plural endings of English words; other words are kept as they are: "-ies" → "-y", "-ches", "-shes",
     * "-sses" and "-xes" lose "es" (in words of five letters or more), any other "-s" but "-ss", "-us" and
     * "-is" is dropped (in words of four or more). Read from the last letters, without {@code endsWith}
     * for each rule: this ran for every word of an archive's English articles.
     */
    static String stem(String word) {
        int n = word.length();
        if (n <= 3 || word.charAt(n - 1) != 's') {
            return word;
        }
        char second = word.charAt(n - 2);
        if (n > 4 && second == 'e') {
            char third = word.charAt(n - 3);
            char fourth = word.charAt(n - 4);
            if (third == 'i') {
                return word.substring(0, n - 3) + "y";
            }
            if (third == 'h' && (fourth == 'c' || fourth == 's') || third == 's' && fourth == 's' || third == 'x') {
                return word.substring(0, n - 2);
            }
        }
        return second == 's' || second == 'u' || second == 'i' ? word : word.substring(0, n - 1);
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
