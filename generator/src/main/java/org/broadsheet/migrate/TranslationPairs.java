package org.broadsheet.migrate;

import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places the posts in {@code content/{lang}/{yyyy}/{slug}.md} so that they pair as the old site paired
 * them: translations share their path below the language folder when their years and slugs agree,
 * else a {@code translationKey}; unrelated posts that happen to share a path get keys of their own.
 */
final class TranslationPairs {

    /** A post with its date and slug, ready to place. */
    record Candidate(SourcePost post, OffsetDateTime date, String slug) {
    }

    /** Where a post goes, and the key that pairs it when its path does not. */
    record Placement(String contentPath, String translationKey) {
    }

    private TranslationPairs() {
    }

    /** Placement of each candidate (in the candidates' order), and the number of translation groups. */
    static Map<Candidate, Placement> place(List<Candidate> candidates, ZoneId zone, Findings findings) {
        Map<String, Map<String, Candidate>> groups = new TreeMap<>();
        for (Candidate candidate : candidates) {
            SourcePost post = candidate.post();
            Map<String, Candidate> group = groups.computeIfAbsent(post.pairKey(), k -> new TreeMap<>());
            Candidate other = group.putIfAbsent(post.language(), candidate);
            if (other != null) {
                findings.add(Category.TRANSLATIONS, post.path(), 1, "not paired: " + other.post().path()
                        + " is already the '" + post.language() + "' version of '" + shown(post.pairKey()) + "'");
                groups.computeIfAbsent("path:" + post.path(), k -> new TreeMap<>()).put(post.language(), candidate);
            }
        }
        Map<Candidate, String> paths = new HashMap<>();
        Set<String> taken = new TreeSet<>();
        for (Candidate candidate : candidates) {
            String lang = candidate.post().language();
            String base = lang + "/" + candidate.date().atZoneSameInstant(zone).getYear() + "/" + candidate.slug();
            String path = base + ".md";
            for (int n = 2; taken.contains(path); n++) {
                path = base + "-" + n + ".md";
            }
            if (!path.equals(base + ".md")) {
                findings.add(Category.TRANSLATIONS, candidate.post().path(), 1, "another post of the same year has "
                        + "the slug '" + candidate.slug() + "'; imported as content/" + path + " (its new address "
                        + "differs accordingly)");
            }
            taken.add(path);
            paths.put(candidate, path);
        }
        Map<String, Set<String>> groupsByPath = new HashMap<>();
        groups.forEach((key, group) -> group.values().forEach(c -> groupsByPath
                .computeIfAbsent(belowLanguage(paths.get(c)), p -> new TreeSet<>()).add(key)));
        Map<Candidate, Placement> placements = new LinkedHashMap<>();
        groups.forEach((key, group) -> {
            Set<String> below = new TreeSet<>();
            group.values().forEach(c -> below.add(belowLanguage(paths.get(c))));
            boolean pairedByPath = below.size() == 1;
            boolean sharedWithStrangers = below.stream().anyMatch(p -> groupsByPath.get(p).size() > 1);
            String translationKey = group.size() > 1 && !pairedByPath || sharedWithStrangers ? shown(key) : null;
            if (group.size() > 1 && !pairedByPath) {
                Candidate first = group.values().iterator().next();
                findings.add(Category.TRANSLATIONS, first.post().path(), 1, "paired by translationKey '" + shown(key)
                        + "' with " + String.join(", ", group.values().stream().skip(1).map(c -> c.post().path())
                        .toList()) + ": their slugs or years differ");
            }
            group.values().forEach(c -> placements.put(c, new Placement(paths.get(c), translationKey)));
        });
        Map<Candidate, Placement> ordered = new LinkedHashMap<>();
        candidates.forEach(c -> ordered.put(c, placements.get(c)));
        return ordered;
    }

    /** The number of groups with more than one language. */
    static long pairs(Map<Candidate, Placement> placements) {
        Map<String, Set<String>> languages = new HashMap<>();
        placements.forEach((c, p) -> languages.computeIfAbsent(p.translationKey() != null ? "key:" + p.translationKey()
                : belowLanguage(p.contentPath()), k -> new TreeSet<>()).add(c.post().language()));
        return languages.values().stream().filter(l -> l.size() > 1).count();
    }

    private static String belowLanguage(String contentPath) {
        return contentPath.substring(contentPath.indexOf('/') + 1);
    }

    private static String shown(String pairKey) {
        return pairKey.replaceFirst("^(key|path):", "");
    }
}
