package org.broadsheet.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The pages of a Hugo site's taxonomies that Broadsheet makes too: a term of the tags, the categories or another
 * taxonomy that became topics is a topic's page ({@code /en/topics/harbor-works/}), its list the topics' index, and a
 * term of the series a series' page. A {@code ref} naming one ({@code {{< ref "tags/harbor-works" >}}}) leads there,
 * where the imported articles of the post's language give that page, instead of staying as text that readers see; so
 * does a plain link to the old site's page of the term ({@code /tags/harbor-works/}).
 */
final class TaxonomyPages {

    /** A taxonomy's name in content paths ({@code tags}) → the kind of Broadsheet page its terms are. */
    private final Map<String, String> kinds = new TreeMap<>();
    /** The pages the imported articles give, from the new site's root without its base path: {@code /en/topics/fog/}. */
    private final Set<String> made = new TreeSet<>();
    private final String basePath;

    /**
     * @param topicTaxonomies the names of the taxonomies whose terms became topics ({@code tags}, {@code categories})
     * @param basePath        the new site's path from its host's root ({@code /}, {@code /news/})
     * @param candidates      the posts imported, whose topics and series (by {@code topics} and {@code series}) give
     *                        their edition those pages, unless they are drafts, which {@code mvn package} leaves out
     */
    TaxonomyPages(List<String> topicTaxonomies, String basePath, List<TranslationPairs.Candidate> candidates,
                  Function<TranslationPairs.Candidate, List<String>> topics,
                  Function<TranslationPairs.Candidate, String> series) {
        topicTaxonomies.forEach(name -> kinds.put(name, "topics"));
        kinds.put("series", "series");
        this.basePath = basePath;
        for (TranslationPairs.Candidate candidate : candidates) {
            if (candidate.post().draft()) {
                continue;
            }
            String language = candidate.post().language();
            for (String key : topics.apply(candidate)) {
                made.add("/" + language + "/topics/");
                made.add("/" + language + "/topics/" + key + "/");
            }
            String part = series.apply(candidate);
            if (part != null) {
                made.add("/" + language + "/series/" + part + "/");
            }
        }
    }

    /** Whether {@code path} (from the new site's root, without its base path) is one of these pages. */
    boolean made(String path) {
        return made.contains(path);
    }

    /**
     * The new site's address of the taxonomy page at the old site's {@code path} (from its host's root, below its
     * {@code basePath}: {@code /blog/tags/fog/}, or in a language's folder, {@code /blog/ko/tags/fog/}, which is that
     * language's page), or empty when it is none that the imported articles give; a link of {@code post}'s, whose
     * edition it is in otherwise.
     */
    Optional<String> linked(String path, String oldBasePath, SourcePost post) {
        if (!path.startsWith(oldBasePath + "/")) {
            return Optional.empty();
        }
        String below = path.substring(oldBasePath.length() + 1);
        Optional<String> page = address(below, post.language());
        String[] folder = below.split("/", 2);
        String language = SourceLanguages.code(folder[0]);
        if (page.isEmpty() && folder.length == 2 && folder[0].matches("(?i)[a-z]{2}([-_][a-z]+)?")
                && List.of("en", "ko").contains(language)) {
            page = address(folder[1], language);
        }
        return page;
    }

    /**
     * The new site's address of the taxonomy page that {@code reference} names ({@code tags/harbor-works},
     * {@code /series/harbor-at-100/}, {@code tags}) in {@code language}'s edition, or empty when it names none that
     * the imported articles give.
     */
    Optional<String> address(String reference, String language) {
        String[] parts = reference.strip().split("#", 2);
        String[] segments = parts[0].replaceAll("^/+|/+$", "").split("/");
        String kind = kinds.get(segments[0].toLowerCase(Locale.ROOT));
        if (kind == null || segments.length > 2 || segments.length == 1 && !kind.equals("topics")) {
            return Optional.empty();
        }
        // Hugo's term segment is its name made a URL segment, as Broadsheet's key is
        String page = "/" + language + "/" + kind + "/" + (segments.length == 2 ? Topics.key(segments[1]) + "/" : "");
        return made(page) ? Optional.of(basePath + page.substring(1) + (parts.length > 1 ? "#" + parts[1] : ""))
                : Optional.empty();
    }
}
