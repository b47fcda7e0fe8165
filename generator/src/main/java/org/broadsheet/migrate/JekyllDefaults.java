package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jekyll's front matter defaults ({@code defaults} of {@code _config.yml}): values for the posts of a
 * path scope (and a type), merged as Jekyll merges them — a longer scope path wins over a shorter one,
 * at equal length a scope with a type wins, else the later one — and below the post's own front matter.
 */
final class JekyllDefaults {

    /** One entry of {@code defaults}: its scope's path (without leading and trailing {@code /}) and type. */
    private record Scope(String path, Pattern glob, String type, Map<String, Object> values) {

        boolean applies(String postPath) {
            if (type != null && !type.equals("posts")) {
                return false;
            }
            if (glob != null) {
                for (int slash = postPath.indexOf('/'); ; slash = postPath.indexOf('/', slash + 1)) {
                    if (glob.matcher(slash < 0 ? postPath : postPath.substring(0, slash)).matches()) {
                        return true;
                    }
                    if (slash < 0) {
                        return false;
                    }
                }
            }
            return postPath.startsWith(path);
        }

        /** Jekyll's {@code has_precedence?}: whether this scope's values win over those of {@code older}. */
        boolean winsOver(Scope older) {
            if (path.length() != older.path.length()) {
                return path.length() > older.path.length();
            }
            return type != null || older.type == null;
        }
    }

    static final JekyllDefaults NONE = new JekyllDefaults(List.of());

    private final List<Scope> scopes;

    private JekyllDefaults(List<Scope> scopes) {
        this.scopes = scopes;
    }

    /**
     * The defaults of a {@code defaults:} value; entries without a map of values are left out. A scope's path that
     * starts with {@code collectionsDir} is read without it, as Jekyll reads it.
     */
    static JekyllDefaults of(Object configured, String collectionsDir) {
        List<Scope> scopes = new ArrayList<>();
        for (Object entry : Loose.items(configured)) {
            Object scope = Loose.get(entry, "scope");
            if (Loose.get(entry, "values") instanceof Map<?, ?> values) {
                String path = Loose.text(Loose.get(scope, "path"));
                String sanitized = path == null ? "" : path.replaceAll("^[./]+|/+$", "");
                if (!collectionsDir.isEmpty() && sanitized.startsWith(collectionsDir + "/")) {
                    sanitized = sanitized.substring(collectionsDir.length() + 1);
                }
                Map<String, Object> copy = new LinkedHashMap<>();
                values.forEach((k, v) -> copy.put(String.valueOf(k), v));
                scopes.add(new Scope(sanitized, sanitized.contains("*") ? PathGlob.of(sanitized, false) : null,
                        Loose.text(Loose.get(scope, "type")), copy));
            }
        }
        return new JekyllDefaults(List.copyOf(scopes));
    }

    /** The default values for the post at {@code postPath} (relative to the site, or to its collections_dir). */
    Map<String, Object> of(String postPath) {
        Map<String, Object> values = new LinkedHashMap<>();
        Scope winner = null;
        for (Scope scope : scopes) {
            if (scope.applies(postPath)) {
                if (winner == null || scope.winsOver(winner)) {
                    values = merged(values, scope.values());
                    winner = scope;
                } else {
                    values = merged(scope.values(), values);
                }
            }
        }
        return values;
    }

    /** {@code base} with {@code over}'s values on top, maps merged key by key. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> merged.merge(key, value, (a, b) -> a instanceof Map && b instanceof Map
                ? merged((Map<String, Object>) a, (Map<String, Object>) b) : b));
        return merged;
    }
}
