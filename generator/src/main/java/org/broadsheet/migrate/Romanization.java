package org.broadsheet.migrate;

/** Revised Romanization of Korean, syllable by syllable, for topic keys (which are ASCII URL segments). */
final class Romanization {

    private static final String[] INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
            "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIALS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private Romanization() {
    }

    /** {@code text} with each Hangul syllable romanized ({@code 북한} → {@code bukhan}); other characters kept. */
    static String of(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0xAC00 && c <= 0xD7A3) {
                int index = c - 0xAC00;
                out.append(INITIALS[index / 588]).append(MEDIALS[index % 588 / 28]).append(FINALS[index % 28]);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
