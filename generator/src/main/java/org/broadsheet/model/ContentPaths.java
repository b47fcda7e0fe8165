package org.broadsheet.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves the references that articles make to other files of {@code content/} (images, other
 * articles): a reference starting with {@code /} is relative to {@code content/}, any other to the
 * folder of the referring article. Paths are NFC, with {@code /} separators.
 */
public final class ContentPaths {

    /** Dots and spaces that end a part of a path. */
    private static final Pattern PART_END = Pattern.compile("[. ]+(?=/|$)");

    private ContentPaths() {
    }

    /**
     * The path relative to {@code content/} that {@code reference} names from the file at
     * {@code fromContentPath}; empty when it climbs out of {@code content/}. Query and fragment are dropped.
     */
    public static Optional<String> resolve(String fromContentPath, String reference) {
        String withoutQuery = withoutQuery(reference);
        String joined = withoutQuery.startsWith("/")
                ? withoutQuery.substring(1)
                : fromContentPath.substring(0, fromContentPath.lastIndexOf('/') + 1) + withoutQuery;
        return normalize(Normalizer.normalize(percentDecoded(joined), Normalizer.Form.NFC));
    }

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * Whether {@code text} is written as a key of {@code topics.yml} or {@code authors.yml}: lower-case letters,
     * digits and {@code -}, which makes a URL segment and which no name with a space or a capital is.
     */
    public static boolean isKey(String text) {
        return KEY.matcher(text).matches();
    }

    /** The longest file name, in UTF-8 bytes, that the usual file systems hold. */
    public static final int MAX_NAME_BYTES = 255;

    /** Whether {@code segment} fits in one file name of the site ({@link #MAX_NAME_BYTES} in UTF-8). */
    public static boolean fitsFileName(String segment) {
        return segment.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }

    /** What a problem says of a reference to a file that a symbolic link leads outside {@code content/}. */
    public static final String OUTSIDE_MESSAGE = "leads outside content/ through a symbolic link; Broadsheet "
            + "reads nothing from outside content/ and templates/: put the file itself in content/";

    /**
     * The files at the root of {@code content/} that hold the site's settings and lists, never published: an
     * article that links to one would put them on the site for anyone to read (lower case).
     */
    private static final Set<String> SETTINGS = Set.of("site.yml", "topics.yml", "authors.yml",
            "series.yml", "most-read.yml");

    /** What a path of {@code content/} is on disk. */
    public enum Found {
        /** A regular file inside {@code content/}. */
        FILE(null),
        /** Nothing, not a regular file, a hidden one ({@code .git/config}) or an editor's temporary file. */
        MISSING(null),
        /** A file that a symbolic link on the way leads to, outside {@code content/}: never to be read. */
        OUTSIDE(OUTSIDE_MESSAGE),
        /** One of the {@link #SETTINGS} files, under any name that leads to it: never published. */
        SETTINGS("is one of the site's settings files (site.yml, topics.yml, authors.yml, series.yml, "
                + "most-read.yml), which Broadsheet never publishes: link to a page of the site instead, or put what "
                + "readers should get in a file of its own"),
        /** A private key or credentials ({@link SecretFiles}): never published. */
        SECRET(SecretFiles.MESSAGE),
        /** An article's Markdown file, under any name that leads to it (a draft's too): never published as a file. */
        ARTICLE("is an article's Markdown file, which Broadsheet never publishes as a file; a link to an article is "
                + "written to its .md file as it is named, e.g. ../2018/harbor.md, and becomes the article's address");

        private final String message;

        Found(String message) {
            this.message = message;
        }

        /**
         * What a problem says after the reference to a file that exists but may not be used ({@code "image 'x' " +
         * message}), or null when the file may be used or is missing.
         */
        public String refusal() {
            return message;
        }
    }

    /**
     * What {@code contentPath} (relative to {@code contentDir}) is on disk, with every symbolic link on
     * the way followed: a file of {@code content/} may be a link to another file of it, never to one outside.
     */
    public static Found find(Path contentDir, String contentPath) {
        try {
            Path file = contentDir.resolve(contentPath);
            if (!Files.isRegularFile(file) || EditorFiles.temporary(contentDir.relativize(file))) {
                return Found.MISSING;
            }
            Optional<Path> real = realInside(contentDir, file);
            if (real.isEmpty()) {
                return Found.OUTSIDE;
            }
            Path relative = contentDir.toRealPath().relativize(real.get());
            if (EditorFiles.temporary(relative)) {
                return Found.MISSING;
            }
            // compared as the file is on disk, whatever the reference wrote (%64, a trailing '/.', a link to it, the
            // case a file system that folds case ignores)
            String name = relative.toString().toLowerCase(Locale.ROOT);
            if (SETTINGS.contains(name)) {
                return Found.SETTINGS;
            }
            if (name.endsWith(".md")) {
                return Found.ARTICLE;
            }
            return SecretFiles.secret(real.get()) ? Found.SECRET : Found.FILE;
        } catch (IOException | InvalidPathException e) {
            // a name the file system cannot hold (a NUL, from %00) names no file
            return Found.MISSING;
        }
    }

    /**
     * For a {@code reference} (as written) to {@code contentPath}, which is not found: {@code " (did you mean
     * 'photo.jpg'? …)"} when a file of {@code content/} has that path but for the case of its letters, else the
     * empty string. macOS and Windows find {@code Photo.JPG} as {@code photo.jpg}; Linux and most hosts do not, so a
     * site built on one machine would lose the picture on another.
     */
    public static String otherCaseHint(Path contentDir, String reference, String contentPath) {
        Path at = contentDir;
        List<String> segments = List.of(contentPath.split("/"));
        for (String segment : segments) {
            Optional<Path> entry = inOtherCase(at, segment);
            if (entry.isEmpty()) {
                return "";
            }
            at = entry.get();
        }
        String found = contentDir.relativize(at).toString().replace('\\', '/');
        if (found.equals(contentPath) || find(contentDir, found) != Found.FILE) {
            return "";
        }
        String written = withoutQuery(reference);
        String name = at.getFileName().toString();
        // the name as the writer would correct it, unless a folder on the way differs too
        String suggested = found.substring(0, found.length() - name.length()).equals(
                contentPath.substring(0, contentPath.length() - segments.get(segments.size() - 1).length()))
                ? written.substring(0, written.lastIndexOf('/') + 1) + name
                : "/" + found;
        return " (did you mean '" + suggested + "'? names that differ only in case are different files on Linux and "
                + "on most web hosts)";
    }

    /** The one entry of {@code folder} named {@code name}, or named so but for case; empty when none or several. */
    private static Optional<Path> inOtherCase(Path folder, String name) {
        try (Stream<Path> entries = Files.list(folder)) {
            // a name the file system cannot hold (a NUL, from %00) is named by no entry
            if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(folder.resolve(name));
            }
            List<Path> found = entries.filter(entry -> entry.getFileName().toString().equalsIgnoreCase(name)).toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code file} with every symbolic link on its way followed, when it exists and lies inside {@code root}
     * (whose own links are followed too); empty otherwise. The one test of "this file is really inside",
     * for content/, templates/ and site/ alike.
     */
    public static Optional<Path> realInside(Path root, Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The first symbolic link on the way from {@code root} to {@code relative} (a folder, or the file itself), as a
     * path relative to {@code root}; empty when there is none. Writing a file there would put it wherever the link
     * leads: {@code root} itself may be one (a {@code content/} kept in a repository of its own), links below it not.
     */
    public static Optional<String> linkOnTheWay(Path root, String relative) {
        Path on = root;
        for (String part : relative.split("/")) {
            on = on.resolve(part);
            if (Files.isSymbolicLink(on)) {
                return Optional.of(root.relativize(on).toString().replace('\\', '/'));
            }
            if (!Files.exists(on, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a relative path has a hidden segment ({@code .git/config}, {@code .env}): below content/ such
     * files are never content, whatever links to them, and are never published.
     */
    public static boolean hidden(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** {@code reference} without its query and fragment: what precedes the first {@code ?} or {@code #}. */
    public static String withoutQuery(String reference) {
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == '?' || c == '#') {
                return reference.substring(0, i);
            }
        }
        return reference;
    }

    /**
     * {@code path} as a file system or host that folds case, or Windows, names it, for comparing the files that
     * addresses would be: upper case then lower, so that letters with several lower forms (Greek final and medial
     * sigma) become one, and without the dots and spaces that end a part, which Windows drops ({@code a./} is
     * {@code a/} there).
     */
    public static String folded(String path) {
        if (plainAscii(path)) {
            return path.toLowerCase(Locale.ROOT);
        }
        return PART_END.matcher(path.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * Whether {@code path} is ASCII with no part ending in a dot or a space, which folding only lower-cases: the
     * addresses of most sites, whose tens of thousands of files and folders the aliases are compared with at every
     * build, and the preview's at every save.
     */
    private static boolean plainAscii(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 0x80 || (c == '.' || c == ' ') && (i + 1 == path.length() || path.charAt(i + 1) == '/')) {
                return false;
            }
        }
        return true;
    }

    /** {@code path} with its percent escapes decoded (UTF-8); as it was when they are not valid. */
    public static String percentDecoded(String path) {
        return strictlyPercentDecoded(path).orElse(path);
    }

    /**
     * {@code path} with its {@code %XX} escapes decoded as UTF-8 ({@code +} stays {@code +}); empty when an
     * escape is broken or the bytes are not UTF-8.
     */
    public static Optional<String> strictlyPercentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(path);
        }
        StringBuilder decoded = new StringBuilder(path.length());
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
            if (value < 0) {
                return Optional.empty();
            }
            bytes.write(value);
            i += 2;
        }
        return flush(bytes, decoded) ? Optional.of(decoded.toString()) : Optional.empty();
    }

    /** Appends the bytes gathered so far, decoded, to {@code decoded}; false when they are not UTF-8. */
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

    private static Optional<String> normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }
}
