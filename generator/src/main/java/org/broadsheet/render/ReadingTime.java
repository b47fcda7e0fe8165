package org.broadsheet.render;

/**
 * How long an article takes to read, counted the way each script is read: English (and any other
 * language spaced into words) in words, Korean in characters, since a Korean space-separated unit
 * (eojeol) holds a word and its particles and varies too much in length to be a measure.
 * The speeds and their sources are listed in docs/content.md.
 */
final class ReadingTime {

    /** Silent reading of English non-fiction by adults (Brysbaert 2019). */
    static final int WORDS_PER_MINUTE = 238;

    /** Silent reading of Korean by adults, in non-space characters (see docs/content.md). */
    static final int KOREAN_CHARACTERS_PER_MINUTE = 640;

    private ReadingTime() {
    }

    /** Whole minutes to read {@code text} in {@code language}, rounded up, at least 1. */
    static int minutes(String text, String language) {
        boolean korean = "ko".equals(language);
        long count = korean ? characters(text) : words(text);
        int speed = korean ? KOREAN_CHARACTERS_PER_MINUTE : WORDS_PER_MINUTE;
        return (int) Math.max(1, (count + speed - 1) / speed);
    }

    /** The runs of characters between white space. */
    static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = !common(c) && whitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * The characters other than white space: Hangul syllables, and the digits, Latin letters and punctuation between
     * them; a surrogate pair is one character.
     */
    static long characters(String text) {
        long characters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (common(c) || !whitespace(c)
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                characters++;
            }
        }
        return characters;
    }

    /**
     * Whether {@code c} is printable ASCII other than the space, or a Hangul syllable: nearly every char of an article,
     * answered in a method small enough for the compiler to inline, where {@link #whitespace} is not.
     */
    private static boolean common(char c) {
        return c > ' ' && c < 0x7F || c >= '\uAC00' && c <= '\uD7A3';
    }

    /** {@link Character#isWhitespace}, answered without its tables for ASCII. */
    private static boolean whitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
    }
}
