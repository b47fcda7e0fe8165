package org.broadsheet.migrate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Chooses which version of a translation pair is the original: the one a field says (an explicit
 * {@code original: true}, the others marked as translations, or a field naming the original's language),
 * else the one published first, else — published together — the one in the site's default language; none when
 * neither is in it (a site whose default is Japanese, where both translate the Japanese version).
 */
final class Originals {

    /** Fields that are true on a version that is a translation. */
    private static final List<String> TRANSLATION_FLAGS = List.of("translated", "translation", "is_translation");
    /** Fields that name the language of the original. */
    private static final List<String> ORIGINAL_LANGUAGE = List.of("original_language", "original_lang",
            "source_language", "source_lang", "translated_from");

    private Originals() {
    }

    /**
     * The original of {@code versions} (language → version, two or more), reported with how it was chosen; null when
     * none is.
     */
    static TranslationPairs.Candidate choose(Map<String, TranslationPairs.Candidate> versions, String defaultLanguage,
                                             Findings findings) {
        List<TranslationPairs.Candidate> all = List.copyOf(versions.values());
        TranslationPairs.Candidate chosen = explicit(versions, all);
        String how = "a field of the front matter says so";
        String detail = "by a field";
        if (chosen == null) {
            TranslationPairs.Candidate first = all.stream().min(Comparator.comparing(TranslationPairs.Candidate::date))
                    .orElseThrow();
            if (all.stream().filter(c -> !c.date().isAfter(first.date())).count() == 1) {
                chosen = first;
                how = "published first";
                detail = "by the earlier date";
            } else if (defaultLanguage != null && !versions.containsKey(defaultLanguage)) {
                // both translate the version in the site's default language (ja), which is not imported: to call one
                // of them the original would tell readers something the old site never said
                findings.add(Category.NO_ORIGINAL, first.post().path(), 1, "no original: published at the same time as "
                        + String.join(", ", all.stream().filter(c -> c != first).map(c -> c.post().path()).toList())
                        + ", and neither in the site's default language, " + defaultLanguage, defaultLanguage);
                return null;
            } else {
                chosen = versions.getOrDefault(defaultLanguage, first);
                how = "published at the same time as its translation, and in the site's default language";
                detail = "by the default language";
            }
        }
        TranslationPairs.Candidate original = chosen;
        findings.add(Category.ORIGINAL, original.post().path(), 1, "the original ('original: true'): " + how + "; "
                + String.join(", ", all.stream().filter(c -> c != original).map(c -> c.post().path()).toList())
                + " its translation", detail);
        return original;
    }

    private static TranslationPairs.Candidate explicit(Map<String, TranslationPairs.Candidate> versions,
                                                       List<TranslationPairs.Candidate> all) {
        List<TranslationPairs.Candidate> marked = all.stream().filter(c -> Loose.isTrue(c.post().value("original")))
                .toList();
        if (marked.size() == 1) {
            return marked.get(0);
        }
        List<TranslationPairs.Candidate> notTranslations = all.stream().filter(c -> !Loose.isFalse(c.post().value("original"))
                && TRANSLATION_FLAGS.stream().noneMatch(f -> Loose.isTrue(c.post().value(f)))).toList();
        if (notTranslations.size() == 1 && notTranslations.size() < all.size()) {
            return notTranslations.get(0);
        }
        for (TranslationPairs.Candidate candidate : all) {
            for (String field : ORIGINAL_LANGUAGE) {
                String language = SourceLanguages.code(Loose.text(candidate.post().value(field)));
                if (language != null && versions.containsKey(language)) {
                    return versions.get(language);
                }
            }
        }
        return null;
    }
}
