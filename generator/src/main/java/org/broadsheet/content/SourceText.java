package org.broadsheet.content;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.XmlChars;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decodes a content file: strict UTF-8, without a byte order mark, with {@code \n} line ends, and
 * without the characters that XML forbids ({@link XmlChars}).
 */
final class SourceText {

    private SourceText() {
    }

    /** The text, or empty when the bytes are not UTF-8 (then no guess is made: no mojibake). */
    static Optional<String> decode(byte[] bytes) {
        return decode(bytes, null, null);
    }

    /** {@link #decode(byte[])}, warning about each line of {@code path} that lost characters XML forbids. */
    static Optional<String> decode(byte[] bytes, String path, Problems problems) {
        try {
            // String's own decoding is much cheaper than a strict decoder (see bench/README.md); it replaces
            // malformed input with U+FFFD, so a text holding one is decoded again, strictly
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            return Optional.of(problems == null ? XmlChars.cleaned(text) : cleaned(text, path, problems));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** How many lines of one file a warning about removed characters names; the rest are counted in one more. */
    static final int WARNED_LINES = 5;

    /**
     * The text without the characters XML forbids, with a warning for each of the first {@link #WARNED_LINES}
     * lines that lost some and one that counts the rest: a hostile file with one on every line gives a
     * writer six lines, not a million (and the build keeps no list per line).
     */
    private static String cleaned(String text, String path, Problems problems) {
        Map<Integer, StringBuilder> byLine = new TreeMap<>();
        Beyond beyond = new Beyond();
        int[] line = {1};
        int[] counted = {0};
        String cleaned = XmlChars.cleaned(text, (index, codePoint) -> {
            for (; counted[0] < index; counted[0]++) {
                if (text.charAt(counted[0]) == '\n') {
                    line[0]++;
                }
            }
            StringBuilder chars = byLine.get(line[0]);
            if (chars == null && byLine.size() < WARNED_LINES) {
                chars = new StringBuilder();
                byLine.put(line[0], chars);
            }
            if (chars != null) {
                removed(chars, codePoint);
            } else {
                beyond.count(line[0]);
            }
        });
        byLine.forEach((number, chars) -> warnRemoved(path, number, chars, problems));
        if (beyond.chars > 0) {
            problems.warn(path, beyond.firstLine, "removed " + beyond.chars + " more characters that XML forbids, on "
                    + beyond.lines + " lines from here on (warnings name " + WARNED_LINES + " lines of a file)");
        }
        return cleaned;
    }

    /** The removed characters past the lines that warnings name. */
    private static final class Beyond {
        int chars;
        int lines;
        int firstLine;
        int lastLine;

        void count(int line) {
            chars++;
            if (line != lastLine) {
                lines++;
                lastLine = line;
                firstLine = firstLine == 0 ? line : firstLine;
            }
        }
    }

    /** {@code value} of a field on {@code line}, warning when it loses characters XML forbids (YAML escapes give them). */
    static String cleanedValue(String value, String path, int line, Problems problems) {
        StringBuilder chars = new StringBuilder();
        String cleaned = XmlChars.cleaned(value, (index, codePoint) -> removed(chars, codePoint));
        if (!chars.isEmpty()) {
            warnRemoved(path, line, chars, problems);
        }
        return cleaned;
    }

    /** Adds the name of a removed code point to a line's list, once, and only while the list is short. */
    private static void removed(StringBuilder chars, int codePoint) {
        String name = "U+" + HexFormat.of().withUpperCase().toHexDigits((char) codePoint);
        if (chars.length() < 60 && chars.indexOf(name) < 0) {
            chars.append(chars.isEmpty() ? "" : ", ").append(name);
        }
    }

    private static void warnRemoved(String path, int line, CharSequence chars, Problems problems) {
        problems.warn(path, line, "removed characters that XML forbids (" + chars + "): they would make the feeds "
                + "unreadable; text pasted from word processors often holds them");
    }
}
