package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language marks of file and folder names ({@code -en}, {@code .ko}, {@code en/}) and of {@code lang:} fields. */
final class SourceLanguages {

    /** The editions Broadsheet's theme ships UI strings for. */
    static final List<String> SUPPORTED = List.of("en", "ko");

    private SourceLanguages() {
    }

    /** The default first, then the other supported languages. */
    static List<String> ordered(String defaultLanguage) {
        List<String> languages = new ArrayList<>();
        String first = code(defaultLanguage);
        languages.add(first != null && SUPPORTED.contains(first) ? first : SUPPORTED.get(0));
        SUPPORTED.stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        return languages;
    }

    /** {@code ko-KR}, {@code ko_KR}, {@code KO} → {@code ko}; null for null or blank. */
    static String code(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return written.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /** The supported language of a {@code -en}/{@code _ko}/{@code .ko} suffix of {@code name} (without extension), or null. */
    static String suffix(String name) {
        Matcher m = suffixPattern().matcher(name);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** {@code name} without its language suffix. */
    static String withoutSuffix(String name) {
        return suffixPattern().matcher(name).replaceFirst("");
    }

    /** The first folder of {@code folders} named after a supported language, or null. */
    static String folder(List<String> folders) {
        return folders.stream().map(f -> f.toLowerCase(Locale.ROOT)).filter(SUPPORTED::contains).findFirst().orElse(null);
    }

    private static Pattern suffixPattern() {
        return Pattern.compile("[-_.](" + String.join("|", SUPPORTED) + ")$", Pattern.CASE_INSENSITIVE);
    }
}
