package org.broadsheet.content;

import org.broadsheet.diag.Suggestions;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A folder of {@code content/} named like no language of {@code site.yml}: {@code kr/} meant as {@code ko/},
 * {@code english/} as Hugo's examples name it. Its articles are not published, but each is read as one of the
 * language it most likely meant, so that its own problems are not first seen when the folder is renamed.
 */
final class StrayFolder {

    private StrayFolder() {
    }

    /**
     * The language of {@code config} that {@code folder} most likely names: by the language's name in English or in
     * itself ({@code english}, {@code 한국어}), else by its code with one letter wrong, missing or added.
     */
    static Optional<String> meant(String folder, SiteConfig config) {
        List<String> codes = config.languages().stream().map(Language::code).sorted().toList();
        String name = folder.toLowerCase(Locale.ROOT);
        for (String code : codes) {
            Locale locale = Locale.forLanguageTag(code);
            if (name.equals(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    || name.equals(locale.getDisplayLanguage(locale).toLowerCase(locale))) {
                return Optional.of(code);
            }
        }
        return Suggestions.closest(folder, codes, 1);
    }

    /** The language that the articles of {@code folder} are read as: the one it {@link #meant}, else the default. */
    static String readAs(String folder, SiteConfig config) {
        return meant(folder, config).orElse(config.defaultLanguage().code());
    }

    /** What a problem says of {@code folder}. */
    static String message(String folder, SiteConfig config) {
        String languages = String.join(", ", config.languages().stream().map(Language::code).sorted().toList());
        return "unknown language folder '" + folder + "'"
                + meant(folder, config).map(code -> " (did you mean '" + code + "'?)").orElse("")
                + ": the languages of content/site.yml are " + languages + "; its articles are checked as '"
                + readAs(folder, config) + "' ones but not published until the folder is renamed or its language "
                + "added to content/site.yml";
    }
}
