package org.broadsheet.content;

import org.broadsheet.model.Alias;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Brings an alias to the one form in which the build compares it with the site's files: percent
 * escapes decoded, then NFC, {@code .} and empty segments dropped, a trailing {@code /} kept. Two
 * spellings of one address ({@code /en/./2019/}, {@code /en//2019/}, {@code /%65n/2019/}) are then one
 * path, and one that names a page Broadsheet generates can be told and refused. An alias is refused
 * when it could not be a file on every system the site is built on or served from, or when it names a
 * file that a host reads as its settings. A space inside a part is kept ({@code /unity lesson 3/}, which
 * Jekyll made of a category and static hosts serve for {@code %20}): every file system holds it, and every
 * link and rule the build writes for the address is percent-encoded. A space that starts or ends a part
 * is not: Windows drops one at the end, and neither is a name a writer means. A part that ends in {@code .} is
 * kept ({@code /2017/02/23/history-in-four-posts./}, which Hugo made of a headline ending in a full stop):
 * every host and every system but Windows holds the name, and the redirects compare names without that
 * final {@code .}, as Windows reads them, so that none replaces another file there.
 */
public final class Aliases {

    /** Characters that are not file names on every system the site may be built or served from. */
    private static final String NOT_IN_FILE_NAMES = "\\?#\"*:<>|";
    /**
     * The longest alias, in UTF-8 bytes once decoded: old addresses are far shorter, and the site's own
     * folder must still fit in the 4096 bytes that Linux allows a path.
     */
    static final int MAX_BYTES = 1024;
    /** The most parts an alias has; each is a folder to create. */
    static final int MAX_SEGMENTS = 32;
    /** Names that Windows keeps for devices, with or without an extension, spaces before it included ({@code con .html}). */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9]) *(\\..*)?",
            Pattern.CASE_INSENSITIVE);
    /** How much of an alias a problem quotes. */
    private static final int QUOTED = 60;

    private Aliases() {
    }

    /** Why {@code written} cannot be an alias (as the build would report it), or empty when it can. */
    public static Optional<String> refusal(String written) {
        return Optional.ofNullable(normalized(written).problem());
    }

    /**
     * The file of the site that the redirect of the alias {@code written} would be, or empty when it cannot be an
     * alias: for a file whose front matter could not be read, where a link may lead.
     */
    public static Optional<String> file(String written) {
        return Optional.ofNullable(normalized(written).path()).map(path -> new Alias(path, written, 0).file());
    }

    /** An alias in its one form ({@code path}), or why it cannot be one ({@code problem}); exactly one is null. */
    record Normalized(String path, String problem) {
    }

    /** The alias in its one form, or the problem with it. */
    static Normalized normalized(String written) {
        if (!written.startsWith("/") || written.startsWith("//")) {
            return refused(written, "must be a path of the site starting with '/', e.g. /2019/12/25/bells.html or "
                    + "/posts/bells/");
        }
        // each decoded byte is written as at most three characters; beyond that, no need to decode
        if (written.length() > 3 * MAX_BYTES) {
            return tooLong(written);
        }
        Optional<String> decoded = written.toLowerCase(Locale.ROOT).contains("%2f") ? Optional.empty()
                : ContentPaths.strictlyPercentDecoded(written).map(path -> Normalizer.normalize(path, Normalizer.Form.NFC));
        if (decoded.isEmpty() || !fileName(decoded.get())) {
            return cannotBeAFile(written);
        }
        String[] parts = decoded.get().split("/", -1);
        List<String> segments = new ArrayList<>();
        boolean hostFile = false;
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") || part.startsWith(" ") || part.endsWith(" ") || windowsDevice(part)) {
                return cannotBeAFile(written);
            }
            hostFile |= part.startsWith(".") || PublishableFiles.HOST_SETTINGS.contains(part.toLowerCase(Locale.ROOT));
            if (!ContentPaths.fitsFileName(part)) {
                return tooLong(written);
            }
            segments.add(part);
        }
        String last = parts[parts.length - 1];
        boolean folder = last.isEmpty() || last.equals(".");
        String path = "/" + String.join("/", segments) + (folder && !segments.isEmpty() ? "/" : "");
        if (segments.size() > MAX_SEGMENTS || path.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return tooLong(written);
        }
        if (hostFile) {
            return refused(written, "names a file that web hosts or Broadsheet read as settings, or a hidden one: an "
                    + "old address never needs it; remove it");
        }
        return new Normalized(path, null);
    }

    /**
     * Whether Windows can hold a file or folder named {@code part}: not when it ends in {@code .}, which Windows
     * drops ({@code a.} is {@code a}), or is a name it keeps for devices.
     */
    static boolean windowsFileName(String part) {
        return !part.endsWith(".") && !windowsDevice(part);
    }

    /** Whether {@code part} is a name Windows keeps for devices, which no file of any folder there can have. */
    private static boolean windowsDevice(String part) {
        return WINDOWS_DEVICE.matcher(part).matches();
    }

    private static Normalized tooLong(String written) {
        return refused(written, "is too long: an old address is at most " + MAX_BYTES + " bytes in at most "
                + MAX_SEGMENTS + " parts, each part at most " + ContentPaths.MAX_NAME_BYTES + " bytes");
    }

    private static Normalized cannotBeAFile(String written) {
        return refused(written, "cannot be a file of the site: write it without '..', a space that starts or ends "
                + "a part, other white space, control characters, '%2F', broken percent escapes, any of "
                + NOT_IN_FILE_NAMES + ", or a part that Windows keeps for devices (con, nul, com1…)");
    }

    private static Normalized refused(String written, String why) {
        return new Normalized(null, "alias '" + quoted(written) + "' " + why);
    }

    /** Whether {@code path} holds only characters of file names; a plain space (U+0020) is one. */
    private static boolean fileName(String path) {
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            int type = Character.getType(c);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                    || type == Character.FORMAT || type == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF
                    || NOT_IN_FILE_NAMES.indexOf(c) >= 0)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The alias as problems show it: control characters as {@code U+XXXX}, so that the message stays one
     * readable line, and no more than its first {@link #QUOTED} code points.
     */
    private static String quoted(String written) {
        StringBuilder out = new StringBuilder();
        written.codePoints().limit(QUOTED).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return written.codePointCount(0, written.length()) > QUOTED ? out.append('…').toString() : out.toString();
    }
}
