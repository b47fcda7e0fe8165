package org.broadsheet.content;

import org.broadsheet.model.ContentPaths;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings an alias to the one form in which the build compares it with the site's files: percent
 * escapes decoded, {@code .} and empty segments dropped, a trailing {@code /} kept. Two spellings of
 * one address ({@code /en/./2019/}, {@code /en//2019/}, {@code /%65n/2019/}) are then one path, and
 * one that names a page Broadsheet generates can be told and refused.
 */
final class Aliases {

    /** Characters that are not file names on every system the site may be built or served from. */
    private static final String NOT_IN_FILE_NAMES = "\\?#\"*:<>|";

    private Aliases() {
    }

    /** The alias in its one form, or empty when it cannot be a file of the site ({@link #problem} says why). */
    static Optional<String> normalized(String written) {
        if (!written.startsWith("/") || written.startsWith("//")) {
            return Optional.empty();
        }
        Optional<String> decoded = percentDecoded(written);
        if (decoded.isEmpty() || !fileName(decoded.get())) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        String[] parts = decoded.get().split("/", -1);
        for (String part : parts) {
            if (part.equals("..") || !ContentPaths.fitsFileName(part + "index.html")) {
                return Optional.empty();
            }
            if (!part.isEmpty() && !part.equals(".")) {
                segments.add(part);
            }
        }
        String last = parts[parts.length - 1];
        boolean folder = last.isEmpty() || last.equals(".");
        return Optional.of("/" + String.join("/", segments) + (folder && !segments.isEmpty() ? "/" : ""));
    }

    /** Why {@code written} is no alias. */
    static String problem(String written) {
        if (!written.startsWith("/") || written.startsWith("//")) {
            return "alias '" + printable(written) + "' must be a path of the site starting with '/', e.g. "
                    + "/2019/12/25/bells.html or /posts/bells/";
        }
        return "alias '" + printable(written) + "' cannot be a file of the site: write it without '..', spaces, "
                + "control characters, '%2F', broken percent escapes or any of " + NOT_IN_FILE_NAMES + ", each part at most "
                + (ContentPaths.MAX_NAME_BYTES - "index.html".length()) + " bytes";
    }

    private static boolean fileName(String path) {
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                    || type == Character.FORMAT || type == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF
                    || NOT_IN_FILE_NAMES.indexOf(c) >= 0) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code path} with its {@code %XX} escapes decoded as UTF-8; empty when one is broken or stands for a '/'. */
    private static Optional<String> percentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(path);
        }
        StringBuilder decoded = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                if (!flush(bytes, decoded)) {
                    return Optional.empty();
                }
                decoded.append(c);
                continue;
            }
            int value = i + 2 < path.length() ? hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)) : -1;
            if (value < 0 || value == '/') {
                return Optional.empty();
            }
            bytes.write(value);
            i += 2;
        }
        return flush(bytes, decoded) ? Optional.of(decoded.toString()) : Optional.empty();
    }

    private static boolean flush(ByteArrayOutputStream bytes, StringBuilder decoded) {
        if (bytes.size() == 0) {
            return true;
        }
        try {
            decoded.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())));
            bytes.reset();
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
            return (c | 0x20) - 'a' + 10;
        }
        return -256;
    }

    /** The alias as problems show it: control characters as {@code U+XXXX}, so that the message stays one readable line. */
    private static String printable(String written) {
        StringBuilder out = new StringBuilder();
        written.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
