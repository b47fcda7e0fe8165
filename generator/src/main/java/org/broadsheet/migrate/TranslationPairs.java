package org.broadsheet.migrate;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places the posts in {@code content/{lang}/{yyyy}/{slug}.md} so that they pair as the old site paired
 * them: translations share their path below the language folder when their years and slugs agree,
 * else a {@code translationKey}; unrelated posts that happen to share a path get keys of their own. Of
 * two posts with one slug in one year, the later gets a file {@code slug-2.md}, and keeps its slug in its
 * address unless both are of the same month. In each pair one version is the original.
 */
final class TranslationPairs {

    /** A post with its date and slug, ready to place; compared by identity. */
    static final class Candidate {
        private final SourcePost post;
        private final OffsetDateTime date;
        private final String slug;

        Candidate(SourcePost post, OffsetDateTime date, String slug) {
            this.post = post;
            this.date = date;
            this.slug = slug;
        }

        SourcePost post() {
            return post;
        }

        OffsetDateTime date() {
            return date;
        }

        String slug() {
            return slug;
        }
    }

    /**
     * Where a post goes, what its address's last segment is when its file name is not ({@code slug}, else
     * null), the key that pairs it when its path does not, and whether it is the original of its pair.
     */
    record Placement(String contentPath, String slug, String translationKey, boolean original) {

        /** Its address below the site root, from the language to the slug ({@code en/2019/03/bells/}). */
        String address(Candidate candidate, ZoneId zone) {
            ZonedDateTime local = candidate.date().atZoneSameInstant(zone);
            String file = contentPath.substring(contentPath.lastIndexOf('/') + 1, contentPath.length() - ".md".length());
            return String.format(Locale.ROOT, "%s/%04d/%02d/%s/", candidate.post().language(), local.getYear(),
                    local.getMonthValue(), slug != null ? slug : file);
        }
    }

    private TranslationPairs() {
    }

    /** The placement of each candidate, in the candidates' order. */
    static Map<Candidate, Placement> place(List<Candidate> candidates, ZoneId zone, String defaultLanguage,
                                           Findings findings) {
        Map<String, Map<String, Candidate>> groups = new HashMap<>();
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
        List<Map.Entry<String, Map<String, Candidate>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Comparator.<Map.Entry<String, Map<String, Candidate>>, OffsetDateTime>comparing(e -> earliest(e.getValue()))
                .thenComparing(Map.Entry::getKey));

        Map<Candidate, String> paths = new IdentityHashMap<>();
        Map<Candidate, String> slugs = new IdentityHashMap<>();
        Set<String> takenFiles = new HashSet<>();
        Set<String> takenAddresses = new HashSet<>();
        for (Map.Entry<String, Map<String, Candidate>> group : ordered) {
            Map<String, List<Candidate>> byBase = new TreeMap<>();
            group.getValue().values().forEach(c -> byBase.computeIfAbsent(base(c, zone), b -> new ArrayList<>()).add(c));
            byBase.forEach((base, members) -> {
                int n = 1;
                while (taken(members, base, n, takenFiles)) {
                    n++;
                }
                for (Candidate member : members) {
                    String name = n == 1 ? member.slug() : member.slug() + "-" + n;
                    String path = member.post().language() + "/" + base.substring(0, 4) + "/" + name + ".md";
                    String month = member.post().language() + "/" + month(member, zone) + "/";
                    String slug = null;
                    if (n > 1) {
                        boolean sameMonth = takenAddresses.contains(month + member.slug());
                        slug = sameMonth ? null : member.slug();
                        findings.add(Category.SAME_SLUG, member.post().path(), 1, "another post of " + base.substring(0, 4)
                                + " has the slug '" + member.slug() + "'; imported as content/" + path + (sameMonth
                                ? ", its address ending in " + name + "/ (the other is of the same month)"
                                : ", its address keeping the slug"));
                    }
                    takenFiles.add(path);
                    takenAddresses.add(month + (slug != null ? slug : name));
                    paths.put(member, path);
                    slugs.put(member, slug);
                }
            });
        }

        Map<String, Set<String>> groupsByPath = new HashMap<>();
        groups.forEach((key, group) -> group.values().forEach(c -> groupsByPath
                .computeIfAbsent(belowLanguage(paths.get(c)), p -> new TreeSet<>()).add(key)));
        Map<Candidate, Placement> placements = new IdentityHashMap<>();
        for (Map.Entry<String, Map<String, Candidate>> entry : ordered) {
            String key = entry.getKey();
            Map<String, Candidate> group = entry.getValue();
            Set<String> below = new TreeSet<>();
            group.values().forEach(c -> below.add(belowLanguage(paths.get(c))));
            boolean pairedByPath = below.size() == 1;
            boolean sharedWithStrangers = below.stream().anyMatch(p -> groupsByPath.get(p).size() > 1);
            String translationKey = group.size() > 1 && !pairedByPath || sharedWithStrangers ? shown(key) : null;
            if (group.size() > 1 && !pairedByPath) {
                Candidate first = group.values().iterator().next();
                findings.add(Category.PAIRED_BY_KEY, first.post().path(), 1, "paired by translationKey '" + shown(key)
                        + "' with " + String.join(", ", group.values().stream().skip(1).map(c -> c.post().path())
                        .toList()) + ": their slugs or years differ");
            }
            Candidate original = group.size() > 1 ? Originals.choose(group, defaultLanguage, findings) : null;
            group.values().forEach(c -> placements.put(c, new Placement(paths.get(c), slugs.get(c), translationKey,
                    c == original)));
        }
        Map<Candidate, Placement> inOrder = new LinkedHashMap<>();
        candidates.forEach(c -> inOrder.put(c, placements.get(c)));
        return inOrder;
    }

    /** The number of groups with more than one language. */
    static long pairs(Map<Candidate, Placement> placements) {
        return languagesByPair(placements).values().stream().filter(l -> l.size() > 1).count();
    }

    /** The languages of the versions of each pair, by its {@link #pairKey}. */
    static Map<String, Set<String>> languagesByPair(Map<Candidate, Placement> placements) {
        Map<String, Set<String>> languages = new HashMap<>();
        placements.forEach((c, p) -> languages.computeIfAbsent(pairKey(p), k -> new TreeSet<>()).add(c.post().language()));
        return languages;
    }

    /** What the versions of one pair share: their translationKey, else their path below the language folder. */
    static String pairKey(Placement placement) {
        return placement.translationKey() != null ? "key:" + placement.translationKey() : belowLanguage(placement.contentPath());
    }

    /** Whether the file {@code base-n.md} (just {@code base.md} for 1) is taken in the language of any of {@code members}. */
    private static boolean taken(List<Candidate> members, String base, int n, Set<String> takenFiles) {
        return members.stream().anyMatch(m -> takenFiles.contains(m.post().language() + "/" + base + (n == 1 ? "" : "-" + n)
                + ".md"));
    }

    /** {@code yyyy/slug}: where a post goes below its language folder, before any number is added. */
    private static String base(Candidate candidate, ZoneId zone) {
        return String.format(Locale.ROOT, "%04d/%s", candidate.date().atZoneSameInstant(zone).getYear(), candidate.slug());
    }

    private static String month(Candidate candidate, ZoneId zone) {
        ZonedDateTime local = candidate.date().atZoneSameInstant(zone);
        return String.format(Locale.ROOT, "%04d/%02d", local.getYear(), local.getMonthValue());
    }

    private static OffsetDateTime earliest(Map<String, Candidate> group) {
        return group.values().stream().map(Candidate::date).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static String belowLanguage(String contentPath) {
        return contentPath.substring(contentPath.indexOf('/') + 1);
    }

    private static String shown(String pairKey) {
        return pairKey.replaceFirst("^(key|path):", "");
    }
}
