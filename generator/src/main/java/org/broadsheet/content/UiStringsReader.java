package org.broadsheet.content;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.Language;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the UI strings of the theme, {@code templates/i18n/{language}.yml}, and checks that every
 * language has every key, so that no page shows a word of another language, and that each date pattern
 * ({@code format.…}) formats the kind of date its pages give it.
 */
public final class UiStringsReader {

    /**
     * A date of the kind each pattern formats: the date and time of an article ({@code format.dateTime},
     * {@code format.date}), a day of a timeline ({@code format.day}), a month or year of one ({@code format.month},
     * {@code format.monthShort}, {@code format.year}). A pattern that asks for more (an hour of a month) fails
     * only when a page formats a date with it, so it is tried on one here.
     */
    private static final Map<String, Sample> DATE_PATTERNS = Map.of(
            "format.dateTime", new Sample(ZonedDateTime.of(2019, 3, 1, 9, 30, 0, 0, ZoneId.of("Asia/Seoul")), "a date and time"),
            "format.date", new Sample(ZonedDateTime.of(2019, 3, 1, 9, 30, 0, 0, ZoneId.of("Asia/Seoul")), "a date and time"),
            "format.day", new Sample(LocalDate.of(2019, 3, 1), "a day"),
            "format.month", new Sample(YearMonth.of(2019, 3), "a month"),
            "format.monthShort", new Sample(YearMonth.of(2019, 3), "a month"),
            "format.year", new Sample(YearMonth.of(2019, 1), "a year"));

    /** A date of the kind a pattern formats, and how a problem names that kind. */
    private record Sample(TemporalAccessor value, String kind) {
    }

    private UiStringsReader() {
    }

    /**
     * @param prefix how {@code i18nDir} is named in problems, e.g. {@code templates/i18n/}
     * @return language code → key → text
     */
    public static Map<String, Map<String, String>> read(Path i18nDir, String prefix, List<Language> languages,
                                                        Problems problems) throws IOException {
        Map<String, Map<String, String>> strings = new LinkedHashMap<>();
        Set<String> unread = new HashSet<>();
        for (Language language : languages) {
            String path = prefix + language.code() + ".yml";
            Path file = i18nDir.resolve(language.code() + ".yml");
            Map<String, String> texts = new TreeMap<>();
            if (!Files.isRegularFile(file)) {
                problems.add(path, 0, "missing UI strings for language '" + language.code()
                        + "': copy another language's file and translate it");
                unread.add(language.code());
            } else if (ContentPaths.realInside(i18nDir.getParent(), file).isEmpty()) {
                problems.add(path, 0, "leads outside templates/ through a symbolic link; Broadsheet reads nothing "
                        + "from outside content/ and templates/: put the file itself in templates/");
                unread.add(language.code());
            } else {
                String text = SourceText.decode(Files.readAllBytes(file)).orElse(null);
                Optional<Map<String, YamlFields.Field>> fields = text == null ? Optional.empty()
                        : YamlFields.read(text, path, 1, problems);
                if (text == null) {
                    problems.add(path, 0, "the file is not UTF-8 text; save it as UTF-8 in your editor");
                }
                if (fields.isEmpty()) {
                    unread.add(language.code());
                }
                fields.orElse(Map.of()).values().forEach(field -> {
                    if (field.value().isValueNode()) {
                        // not stripped: a separator such as " and " keeps its spaces
                        String value = field.value().isNull() ? "" : field.value().asText();
                        texts.put(field.name(), value);
                        datePatternProblem(field.name(), value, language.code())
                                .ifPresent(problem -> problems.add(path, field.line(), problem));
                    } else {
                        problems.add(path, field.line(), "'" + field.name() + "' must be a single text");
                    }
                });
            }
            strings.put(language.code(), texts);
        }
        TreeSet<String> allKeys = new TreeSet<>(DATE_PATTERNS.keySet());
        strings.values().forEach(texts -> allKeys.addAll(texts.keySet()));
        strings.forEach((code, texts) -> {
            if (unread.contains(code)) {
                return;
            }
            for (String key : allKeys) {
                if (!texts.containsKey(key)) {
                    boolean elsewhere = strings.values().stream().anyMatch(other -> other.containsKey(key));
                    problems.add(prefix + code + ".yml", 0, "missing UI string '" + key + "' ("
                            + (elsewhere ? "other languages have it" : "the pattern of dates that pages show")
                            + "): add " + key + ": … in this language");
                }
            }
        });
        return strings;
    }

    /** What is wrong with {@code pattern} as the date pattern {@code key} of {@code language}, if it is one. */
    private static Optional<String> datePatternProblem(String key, String pattern, String language) {
        Sample sample = DATE_PATTERNS.get(key);
        if (sample == null) {
            return Optional.empty();
        }
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)).format(sample.value());
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.of("'" + key + "' '" + pattern + "' cannot format " + sample.kind() + " (" + e.getMessage()
                    + "): write a pattern of java.time.format.DateTimeFormatter, such as the default theme's");
        }
    }
}
