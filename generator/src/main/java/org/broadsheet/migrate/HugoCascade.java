package org.broadsheet.migrate;

import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hugo's front matter cascade: the values that a section's page ({@code _index.md}, the home's included) or the
 * settings give with {@code cascade} to the pages below them, or to those its target names ({@code _target} or
 * {@code target}: a {@code path} glob, a {@code kind}, a {@code lang}). A nearer section's value wins over a farther
 * one's, and the page's own front matter over both, as Hugo merges them — so that a section whose cascade says
 * {@code draft: true} or {@code _build: {render: never}} holds pages Hugo did not publish. Only the keys that decide
 * what the import makes of a page are read.
 */
final class HugoCascade {

    /** One map of values, given by the section page of {@code folder} (the content folder's root: empty) in {@code language}. */
    private record Entry(String source, String folder, String language, Pattern path, String kind, String lang,
                         Map<String, Object> values) {

        boolean applies(String pageFolder, String pagePath, String pageLanguage) {
            return (folder.isEmpty() || pageFolder.equals(folder) || pageFolder.startsWith(folder + "/"))
                    && (language == null || language.equals(pageLanguage))
                    && (path == null || path.matcher(pagePath).matches())
                    && (kind == null || kind.equals("page") || kind.equals("*") || kind.contains("page"))
                    && (lang == null || lang.equals(pageLanguage));
        }
    }

    /**
     * The keys whose cascade decides what the import makes of a page: whether and until when Hugo published it, its
     * byline, topics and series. The others steered the theme's display of the section (Blowfish's {@code showDate}),
     * or gave each page the section's one picture, which is no story's own.
     */
    private static final Set<String> READ = Set.of("draft", "_build", "build", "headless", "expirydate",
            "unpublishdate", "author", "authors", "tags", "categories", "series");

    private final List<Entry> entries = new ArrayList<>();

    /** The cascade of the settings, which applies to every page its target names. */
    HugoCascade(Object configured, String settingsFile) {
        add(settingsFile, "", null, configured);
    }

    /**
     * Adds the cascade of the section page {@code source}, the page of the section {@code folder} (below the content
     * folder) in Hugo's language {@code language}, whose other languages' pages it does not reach.
     */
    void addSection(String source, String folder, String language, LooseDocument document) {
        LooseField cascade = SourcePost.field(document.fields(), "cascade");
        if (cascade != null) {
            add(source, folder, language, cascade.value());
        }
    }

    private void add(String source, String folder, String language, Object cascade) {
        List<Object> maps = cascade instanceof Map<?, ?> ? List.of(cascade) : Loose.items(cascade);
        for (Object map : maps) {
            if (!(map instanceof Map<?, ?> written)) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Object target = null;
            for (Map.Entry<?, ?> value : written.entrySet()) {
                String key = String.valueOf(value.getKey());
                if (key.equalsIgnoreCase("_target") || key.equalsIgnoreCase("target")) {
                    target = value.getValue();
                } else if (value.getValue() != null && READ.contains(key.toLowerCase(Locale.ROOT))) {
                    values.put(key, value.getValue());
                }
            }
            String path = Loose.text(targetValue(target, "path"));
            String kind = Loose.text(targetValue(target, "kind"));
            String lang = Loose.text(targetValue(target, "lang"));
            entries.add(new Entry(source, folder, language, path == null ? null : glob(path),
                    kind == null ? null : kind.toLowerCase(Locale.ROOT), lang == null ? null : lang.toLowerCase(Locale.ROOT),
                    values));
        }
    }

    /**
     * The page's document with the values that cascade onto it added where its own front matter has no such key
     * (in any case), each reported as routine.
     *
     * @param pageFolder the page's folder below the content folder (a bundle's: the folder that holds it)
     * @param pagePath   its path as Hugo's targets match it: from the content folder, without extension, lower case
     * @param language   Hugo's language of the page
     */
    LooseDocument apply(String file, String pageFolder, String pagePath, String language, LooseDocument document,
                        Findings findings) {
        if (entries.isEmpty()) {
            return document;
        }
        Map<String, LooseField> fields = new LinkedHashMap<>(document.fields());
        entries.stream().filter(entry -> entry.applies(pageFolder, pagePath, language))
                // the nearest section first; the settings' cascade, the farthest, last
                .sorted(Comparator.comparing((Entry entry) -> entry.language() == null && entry.folder().isEmpty())
                        .thenComparing(entry -> -entry.folder().length()))
                .forEach(entry -> entry.values().forEach((name, value) -> {
                    if (SourcePost.field(fields, name) == null) {
                        fields.put(name, new LooseField(name, 0, value));
                        if (!FrontMatterMapping.dropped(name)) {
                            findings.add(Category.CASCADE, file, 0, "'" + name + "' from the cascade of "
                                    + entry.source(), name);
                        }
                    }
                }));
        return fields.size() == document.fields().size() ? document
                : new LooseDocument(fields, document.hasFrontMatter(), document.body(), document.bodyLine(),
                document.replaced());
    }

    private static Object targetValue(Object target, String key) {
        if (target instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (String.valueOf(entry.getKey()).equalsIgnoreCase(key)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** A target's path glob, from the content folder's root whether or not it starts with {@code /}, in any case. */
    private static Pattern glob(String path) {
        String lower = path.strip().toLowerCase(Locale.ROOT);
        return PathGlob.of(lower.startsWith("/") || lower.startsWith("{") || lower.startsWith("*") ? lower : "/" + lower,
                true);
    }
}
