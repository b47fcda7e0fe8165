package org.broadsheet.migrate;

import java.util.List;
import java.util.Optional;

/**
 * The {@code exclude} and {@code include} lists of a Jekyll site's {@code _config.yml}, matched as Jekyll matches
 * them while it walks the site: a folder or file is left out when an {@code exclude} entry matches it and no
 * {@code include} entry matches it or its name; what is below a folder left out is never read.
 */
record JekyllExcludes(List<String> exclude, List<String> include) {

    /** The {@code exclude} entry that keeps Jekyll from reading {@code path} (from the site's root), if any. */
    Optional<String> excluding(String path) {
        int slash = -1;
        do {
            slash = path.indexOf('/', slash + 1);
            String entry = slash < 0 ? path : path.substring(0, slash);
            String name = entry.substring(entry.lastIndexOf('/') + 1);
            if (include.stream().anyMatch(pattern -> matches(pattern, entry) || matches(pattern, name))) {
                continue;
            }
            Optional<String> excluded = exclude.stream().filter(pattern -> matches(pattern, entry)).findFirst();
            if (excluded.isPresent()) {
                return excluded;
            }
        } while (slash >= 0);
        return Optional.empty();
    }

    /**
     * The folder above a posts folder ({@code _posts}, {@code _drafts}) that Jekyll never walked into, if any: one whose
     * name starts with {@code _}, {@code .}, {@code #} or {@code ~}, as its own {@code _layouts} and {@code _i18n} do,
     * that no {@code include} entry names. {@code path} is below the {@code collections_dir}, which Jekyll reads
     * whatever its name.
     */
    Optional<String> skippedFolder(String path) {
        String[] segments = path.split("/");
        StringBuilder entry = new StringBuilder();
        for (int i = 0; i < segments.length - 1 && !segments[i].equals("_posts") && !segments[i].equals("_drafts"); i++) {
            entry.append(i == 0 ? "" : "/").append(segments[i]);
            String folder = entry.toString();
            String name = segments[i];
            if ("_.#~".indexOf(name.charAt(0)) >= 0
                    && include.stream().noneMatch(pattern -> matches(pattern, folder) || matches(pattern, name))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the entry {@code pattern} matches {@code entry} as Jekyll's {@code glob_include?} does: the entry begins
     * with it (a trailing slash naming a folder), or matches it as Ruby's {@code File.fnmatch} without flags.
     */
    static boolean matches(String pattern, String entry) {
        String relative = pattern.strip().replaceFirst("^/+", "");
        if (relative.isEmpty()) {
            return false;
        }
        return entry.startsWith(relative) || (entry + "/").equals(relative) || fnmatch(relative, entry);
    }

    /**
     * Ruby's {@code File.fnmatch} without flags ({@code *} and {@code ?} cross {@code /}; {@code [a-z]},
     * {@code [!x]}, {@code \} escapes), in time bounded by the product of the lengths: after a mismatch only the last
     * {@code *} is tried further, as Ruby does.
     */
    static boolean fnmatch(String pattern, String text) {
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = -1;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                starP = ++p;
                starT = t;
                continue;
            }
            int next = p < pattern.length() ? single(pattern, p, text.charAt(t)) : -1;
            if (next >= 0) {
                p = next;
                t++;
            } else if (starP >= 0) {
                p = starP;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** Where the pattern goes on after its element at {@code p} matched {@code c}, or -1 when it does not match. */
    private static int single(String pattern, int p, char c) {
        char first = pattern.charAt(p);
        if (first == '?') {
            return p + 1;
        }
        if (first == '\\' && p + 1 < pattern.length()) {
            return pattern.charAt(p + 1) == c ? p + 2 : -1;
        }
        if (first == '[') {
            int end = pattern.indexOf(']', p + 2);
            if (end > 0) {
                int i = p + 1;
                boolean negated = pattern.charAt(i) == '!' || pattern.charAt(i) == '^';
                i += negated ? 1 : 0;
                boolean found = false;
                for (; i < end; i++) {
                    if (i + 2 < end && pattern.charAt(i + 1) == '-') {
                        found |= pattern.charAt(i) <= c && c <= pattern.charAt(i + 2);
                        i += 2;
                    } else {
                        found |= pattern.charAt(i) == c;
                    }
                }
                return found != negated ? end + 1 : -1;
            }
        }
        return first == c ? p + 1 : -1;
    }
}
