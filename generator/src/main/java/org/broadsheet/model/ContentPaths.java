package org.broadsheet.model;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Resolves the references that articles make to other files of {@code content/} (images, other
 * articles): a reference starting with {@code /} is relative to {@code content/}, any other to the
 * folder of the referring article. Paths are NFC, with {@code /} separators.
 */
public final class ContentPaths {

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

    /** {@code path} with its percent escapes decoded (UTF-8); as it was when they are not valid. */
    public static String percentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
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
