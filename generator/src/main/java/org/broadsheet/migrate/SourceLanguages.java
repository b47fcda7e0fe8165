package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language marks of file and folder names ({@code -en}, {@code .ko}, {@code en/}) and of {@code lang:} fields. */
final class SourceLanguages {

    /** Fenced code, code spans, addresses, tags and Liquid or shortcode markup: not the language of a text. */
    /** Code, addresses, tags and Liquid, each bounded, so that a line full of {@code <} or {@code `} is read in linear time. */
    private static final Pattern PROSE_ONLY = Pattern.compile(
            "(?s)(```|~~~).*?(\\1|$)|`[^`\\n]{0,1000}`|https?://\\S+|<[^>\\n]{0,1000}>|\\{[{%][^\\n]{0,200}?[%}]\\}");

    /** The editions Broadsheet's theme ships UI strings for. */
    static final List<String> SUPPORTED = List.of("en", "ko");

    private static final Pattern SUFFIX = Pattern.compile("[-_.](" + String.join("|", SUPPORTED) + ")([-_][a-z]{2})?$",
            Pattern.CASE_INSENSITIVE);

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

    /**
     * The supported language of a {@code -en}/{@code _ko}/{@code .ko}/{@code -ko-kr} suffix of {@code name}
     * (without extension), or null.
     */
    static String suffix(String name) {
        Matcher m = SUFFIX.matcher(name);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** {@code name} without its language suffix. */
    static String withoutSuffix(String name) {
        return SUFFIX.matcher(name).replaceFirst("");
    }

    /**
     * The language of a post that has no language mark: the one its title and body are written in when
     * they say so plainly (reported), else Korean when its title is (a post that is mostly code), else the
     * site's default.
     */
    static String guess(String path, Map<String, LooseField> fields, String body, String defaultLanguage,
                        Findings findings) {
        LooseField title = SourcePost.field(fields, "title");
        String titleText = title == null || Loose.text(title.value()) == null ? "" : Loose.text(title.value());
        String text = ofText(titleText + "\n" + body);
        if (text == null && koreanTitle(titleText)) {
            text = "ko";
        }
        if (text == null || text.equals(defaultLanguage)) {
            return defaultLanguage;
        }
        findings.add(Category.LANGUAGE_GUESSED, path, 1, "no language mark; read as '" + text + "', the language "
                + "its text is written in (the site's default is '" + defaultLanguage + "')", text);
        return text;
    }

    /**
     * The language a text is written in, when its letters say so plainly: Korean when a fifth of them
     * are Hangul, Japanese when a tenth are kana, Chinese when half are Han characters, English when hardly
     * any (under one in fifty) are Hangul and nearly all (nine in ten) are Latin; else null. Code (fenced or in
     * backticks), addresses and markup are not counted: a Korean post about programming is mostly code and still
     * Korean.
     */
    static String ofText(String text) {
        String prose = PROSE_ONLY.matcher(text).replaceAll(" ");
        int letters = 0;
        int hangul = 0;
        int latin = 0;
        int kana = 0;
        int han = 0;
        for (int i = 0; i < prose.length(); i++) {
            char c = prose.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                hangul++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
                latin += c < 0x250 ? 1 : 0;
                kana += c >= '\u3040' && c <= '\u30FF' ? 1 : 0;
                han += c >= '\u3400' && c <= '\u9FFF' ? 1 : 0;
            }
        }
        if (letters < 20) {
            return null;
        }
        if (hangul * 5 >= letters) {
            return "ko";
        }
        if (kana * 10 >= letters) {
            return "ja";
        }
        if (han * 2 >= letters) {
            return "zh";
        }
        return hangul * 50 < letters && latin * 10 >= letters * 9 ? "en" : null;
    }

    /**
     * Whether a title is Korean written around English names ({@code 나의 합계 계산기 (3) Sanity 스키마 정의}):
     * four Hangul syllables at least, and a fifth of its letters, as {@link #ofText} asks of a whole text.
     */
    private static boolean koreanTitle(String title) {
        long hangul = title.chars().filter(c -> c >= '\uAC00' && c <= '\uD7A3').count();
        long letters = title.chars().filter(Character::isLetter).count();
        return hangul >= 4 && hangul * 5 >= letters;
    }

    /**
     * The language of the first folder of {@code folders} named after a supported language or one of the site's own
     * {@code languages} ({@code pt-BR/}, as jekyll-polyglot's {@code lang_from_path} reads it), or null.
     */
    static String folder(List<String> folders, List<String> languages) {
        return folders.stream().filter(f -> SUPPORTED.contains(f.toLowerCase(Locale.ROOT))
                || languages.stream().anyMatch(f::equalsIgnoreCase)).findFirst().map(SourceLanguages::code).orElse(null);
    }

}
