package org.broadsheet.migrate;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the tags and categories of old posts into topic keys: lower-case ASCII URL segments (Korean
 * romanized), names that differ only in case or punctuation merged into one key, each key named by
 * the spelling most posts used.
 */
final class Topics {

    /** Key → original spelling → the posts (path:line) that used it. */
    private final Map<String, Map<String, Set<String>>> uses = new TreeMap<>();

    /** The key of {@code name}, remembering who used which spelling. */
    String add(String name, String path, int line) {
        String key = key(name);
        uses.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(name.strip(), n -> new LinkedHashSet<>())
                .add(path + ":" + line);
        return key;
    }

    /** Key → the name to show (the spelling most posts used; the first in sort order on a tie). */
    Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        uses.forEach((key, spellings) -> names.put(key, spellings.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return names;
    }

    /** A finding for each key that merged several spellings. */
    void report(Findings findings) {
        Map<String, String> names = names();
        uses.forEach((key, spellings) -> {
            if (spellings.size() > 1) {
                String first = spellings.values().stream().flatMap(Set::stream).sorted().findFirst().orElseThrow();
                findings.add(Category.TOPICS_MERGED, first.substring(0, first.lastIndexOf(':')),
                        Integer.parseInt(first.substring(first.lastIndexOf(':') + 1)), "topic '" + key + "' ("
                                + names.get(key) + ") merges " + String.join(", ", spellings.keySet().stream()
                                .map(s -> "'" + s + "' (" + count(spellings.get(s).size()) + ")").toList()));
            }
        });
    }

    private static String count(int posts) {
        return posts == 1 ? "1 post" : posts + " posts";
    }

    /** {@code openSUSE} → {@code opensuse}, {@code Machine Learning} → {@code machine-learning}, {@code 북한} → {@code bukhan}. */
    static String key(String name) {
        String latin = Normalizer.normalize(Romanization.of(Normalizer.normalize(name.strip(), Normalizer.Form.NFC)),
                Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        // C, C++ and C# are three subjects, not three spellings of one
        String key = latin.replaceAll("(?<=[a-z0-9])\\+\\+", "pp").replaceAll("(?<=[a-z0-9])#", "sharp")
                .replace("+", "-plus-").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (key.isEmpty()) {
            return "topic-" + Integer.toHexString(name.strip().hashCode());
        }
        return key;
    }

    /** The names of a post's {@code tags}/{@code categories} value: a list, or a string of words (Jekyll splits it). */
    static List<String> names(Object value, boolean splitWords) {
        return Loose.items(value).stream().flatMap(item -> item instanceof List<?> inner
                        // a list in the list (tags: [[Game Engine, Unity]]): Jekyll flattens it
                        ? names(inner, false).stream()
                        : splitWords && !(value instanceof List)
                        ? List.of(item.toString().split("[\\s,]+")).stream() : java.util.stream.Stream.of(item.toString()))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
