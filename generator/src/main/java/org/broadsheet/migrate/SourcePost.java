package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One post of the old site, as found, before mapping.
 *
 * @param kind        the generator that read it, which decides how its front matter keys are looked up
 * @param path        the file, relative to the old site's folder, {@code /} separated
 * @param language    its language code
 * @param oldLanguage the language the old site served it in, which gave its old address a prefix (Hugo);
 *                    differs from {@code language} when its name or text told it better
 * @param fields      the front matter, read loosely
 * @param body        the text after the front matter
 * @param bodyLine    the line on which {@code body} starts
 * @param fileDate    the {@code yyyy-mm-dd} that starts the file name, or null
 * @param fileSlug    the name the old site used for the URL: the file (or bundle folder) name without
 *                    date and extension (Hugo: without its language suffix too)
 * @param pairKey     what its translations share: an explicit key, else the file's path without language marks
 * @param draft       whether the old site did not publish it: a {@code _drafts} folder or {@code published: false};
 *                    in Hugo also {@code draft: true}, an {@code expiryDate} passed or a {@code publishDate} to come
 * @param categories  Jekyll's categories from the folders above {@code _posts} (for old URLs); else empty
 * @param sections    Hugo's folders between the content folder and the file (or bundle); else empty
 */
record SourcePost(SourceKind kind, String path, String language, String oldLanguage, Map<String, LooseField> fields,
                  String body, int bodyLine, String fileDate, String fileSlug, String pairKey, boolean draft,
                  List<String> categories, List<String> sections) {

    /** The folder of the file, relative to the old site's folder (empty for the root). */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Whether the old site ran its body through Liquid (Jekyll's {@code render_with_liquid: false} turns that off). */
    boolean liquid() {
        return !Loose.isFalse(value("render_with_liquid"));
    }

    /** The field's value, or null. */
    Object value(String name) {
        LooseField field = field(name);
        return field == null ? null : field.value();
    }

    /** The line of the field, or 1 when absent. */
    int line(String name) {
        LooseField field = field(name);
        return field == null ? 1 : field.line();
    }

    /**
     * The field named {@code name}, or null; in a Hugo page also one named so in another case, as Hugo lower-cases
     * the keys it reads, while Jekyll reads a key only as written ({@code Permalink} is not {@code permalink}).
     */
    LooseField field(String name) {
        return kind == SourceKind.HUGO ? field(fields, name) : fields.get(name);
    }

    /**
     * The field named like {@code name}, in any case and with or without {@code _} and {@code -} between words
     * ({@code createdAt}, {@code Created-At} and {@code created_at} are alike), for names that writers use but the
     * old generator did not read; or null.
     */
    LooseField fieldNamedLike(String name) {
        String like = alike(name);
        return fields.values().stream().filter(f -> alike(f.name()).equals(like)).findFirst().orElse(null);
    }

    private static String alike(String name) {
        return name.replaceAll("[_-]", "").toLowerCase(Locale.ROOT);
    }

    /** The field {@code name} of {@code fields}, its case as written or any other (as Hugo reads them), or null. */
    static LooseField field(Map<String, LooseField> fields, String name) {
        LooseField field = fields.get(name);
        if (field != null) {
            return field;
        }
        return fields.values().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The first of {@code names} that the front matter has with a non-blank value (not an empty list), or null. */
    String firstPresent(String... names) {
        for (String name : names) {
            Object value = value(name);
            // a theme's archetype writes images: [] on every page
            if (value != null && !value.toString().isBlank() && !(value instanceof List<?> list && list.isEmpty())) {
                return name;
            }
        }
        return null;
    }
}
