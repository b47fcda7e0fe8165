package org.broadsheet.site;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.Language;
import org.broadsheet.model.Series;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.Topic;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Assembles the {@link SiteModel} from the articles read: editions, topics, authors, series, timeline, translations. */
public final class SiteAssembler {

    /** Newest first; ties broken by file so that the order never depends on the file system. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparingLong((Article a) -> -a.date().toEpochSecond())
            .thenComparingInt(a -> -a.date().getNano())
            .thenComparing(Article::contentPath);

    /** In order of publication, as the parts of a series run; ties broken by file. */
    public static final Comparator<Article> OLDEST_FIRST = Comparator
            .comparingLong((Article a) -> a.date().toEpochSecond())
            .thenComparingInt(a -> a.date().getNano())
            .thenComparing(Article::contentPath);

    /**
     * The latest change ({@code updated}, else {@code date}) among {@code articles}, if any; the first of
     * equal instants. A loop without an {@code Instant} per comparison: every listing page asks, and a
     * preview rebuild of a large archive passes over its articles a dozen times.
     */
    public static Optional<OffsetDateTime> latestChange(Collection<Article> articles) {
        OffsetDateTime latest = null;
        long latestSecond = 0;
        for (Article article : articles) {
            OffsetDateTime time = article.lastModified();
            long second = time.toEpochSecond();
            if (latest == null || second > latestSecond || second == latestSecond && time.getNano() > latest.getNano()) {
                latest = time;
                latestSecond = second;
            }
        }
        return Optional.ofNullable(latest);
    }

    private SiteAssembler() {
    }

    /**
     * @param articles    every article read
     * @param withDrafts  whether drafts and scheduled articles (dated after {@code now}) are published
     * @param articleUrl  computes the path of an article's page, to find two articles with one URL
     */
    public static SiteModel assemble(SiteConfig config, Map<String, Topic> topics, Map<String, AuthorProfile> authors,
                                     Map<String, Series> series, List<Article> articles,
                                     boolean withDrafts, Instant now, Function<Article, String> articleUrl,
                                     Problems problems) {
        List<Article> published = articles.stream()
                .filter(a -> withDrafts || !a.draft() && !a.date().toInstant().isAfter(now)).toList();
        // the parts are independent, and the largest archives' assembly would otherwise hold one core alone
        CompletableFuture<Void> sharedUrls = CompletableFuture.runAsync(
                () -> reportSharedUrls(published, articleUrl, problems));
        CompletableFuture<Map<String, List<Article>>> translations = CompletableFuture.supplyAsync(
                () -> pairTranslations(published, config, problems));
        List<Edition> editions = config.languages().parallelStream()
                .map(language -> edition(language, published, topics, authors, series, config.timezone())).toList();
        Map<String, Article> byFile = new TreeMap<>();
        published.forEach(article -> byFile.put(article.contentPath(), article));
        sharedUrls.join();
        return new SiteModel(config, topics, authors, series, editions, translations.join(), byFile);
    }

    /** The articles of {@code published} in {@code language}, newest first, and their groupings. */
    private static Edition edition(Language language, List<Article> published, Map<String, Topic> topics,
                                   Map<String, AuthorProfile> authors, Map<String, Series> series, ZoneId zone) {
        List<Article> own = published.stream().filter(a -> a.language().equals(language.code()))
                .sorted(NEWEST_FIRST).toList();
        Map<String, List<Article>> byTopic = grouped(topics.keySet(), own, article -> article.topics().stream());
        Map<String, List<Article>> byAuthor = grouped(authors.keySet(), own, article -> article.authors().stream()
                .map(Author::key).filter(key -> key != null && authors.containsKey(key)).distinct());
        Map<String, List<Article>> bySeries = grouped(series.keySet(), own,
                article -> Stream.ofNullable(article.series()));
        bySeries.replaceAll((key, parts) -> parts.stream().sorted(OLDEST_FIRST).toList());
        TreeMap<YearMonth, List<Article>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (int i = own.size() - 1; i >= 0; i--) {
            Article article = own.get(i);
            byMonth.computeIfAbsent(YearMonth.from(article.date().atZoneSameInstant(zone)), m -> new ArrayList<>())
                    .add(article);
        }
        byMonth.replaceAll((month, list) -> List.copyOf(list));
        return new Edition(language, own, byTopic, byAuthor, bySeries, byMonth);
    }

    /**
     * Each key of a registry ({@code topics.yml}, {@code authors.yml}, {@code series.yml}) → the articles
     * that name it, in the order of {@code articles}; an empty list for a key that none names.
     */
    private static Map<String, List<Article>> grouped(Set<String> keys, List<Article> articles,
                                                      Function<Article, Stream<String>> keysOf) {
        Map<String, List<Article>> grouped = new LinkedHashMap<>();
        keys.forEach(key -> grouped.put(key, new ArrayList<>()));
        for (Article article : articles) {
            keysOf.apply(article).forEach(key -> grouped.get(key).add(article));
        }
        grouped.replaceAll((key, list) -> List.copyOf(list));
        return grouped;
    }

    /**
     * Two articles whose URLs are one address are a problem of both. URLs are compared with their case folded
     * (as {@code aliases} are): on macOS, Windows and hosts that fold case, {@code /en/2019/01/A/} and
     * {@code /en/2019/01/a/} are one folder, and one article's page would silently replace the other's.
     */
    private static void reportSharedUrls(List<Article> articles, Function<Article, String> articleUrl,
                                         Problems problems) {
        // hashed, not sorted: the problems are sorted when reported, and the preview groups every article at each save
        Map<String, List<Article>> byUrl = articles.stream().collect(Collectors.groupingBy(
                article -> articleUrl.apply(article).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), HashMap::new,
                Collectors.toList()));
        byUrl.forEach((folded, sharing) -> {
            if (sharing.size() > 1) {
                String files = sharing.stream().map(Article::source).sorted().collect(Collectors.joining(", "));
                List<String> urls = sharing.stream().map(articleUrl).map(url -> "/" + url).distinct().sorted().toList();
                String shared = urls.size() == 1 ? "the same URL " + urls.get(0)
                        : "URLs that differ only in case, one address where case is folded (" + String.join(", ", urls) + ")";
                for (Article article : sharing) {
                    problems.add(article.source(), 0, "this article and another have " + shared + " (" + files
                            + "): give one of them another 'slug'");
                }
            }
        });
    }

    /**
     * Articles with a {@code translationKey} pair with the articles of other languages that have the
     * same key; articles without one pair by their path below the language folder.
     */
    private static Map<String, List<Article>> pairTranslations(List<Article> articles, SiteConfig config,
                                                               Problems problems) {
        Map<String, List<Article>> groups = new HashMap<>();
        for (Article article : articles) {
            String group = article.translationKey() != null
                    ? "key:" + article.translationKey()
                    : "path:" + article.pathInLanguage();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(article);
        }
        List<String> order = config.languages().stream().map(Language::code).toList();
        Map<String, List<Article>> translations = new HashMap<>();
        for (List<Article> group : groups.values()) {
            Map<String, Article> byLanguage = new TreeMap<>();
            for (Article article : group) {
                Article other = byLanguage.putIfAbsent(article.language(), article);
                if (other != null) {
                    problems.add(article.source(), 0, "this article and " + other.source() + " claim the same "
                            + "translationKey '" + article.translationKey() + "' in one language; give one of them "
                            + "another key");
                }
            }
            List<Article> members = byLanguage.values().stream()
                    .sorted(Comparator.comparingInt(a -> order.indexOf(a.language()))).toList();
            reportOriginals(members, problems);
            for (Article article : members) {
                translations.put(article.contentPath(), members.stream().filter(a -> a != article).toList());
            }
        }
        return translations;
    }

    /**
     * Two language versions of one article that are each marked the original are a problem at the line of each
     * mark: which one the other translates, and which one readers are sent to as "the original", is left to chance.
     */
    private static void reportOriginals(List<Article> translations, Problems problems) {
        List<Article> originals = translations.stream().filter(Article::original).toList();
        if (originals.size() < 2) {
            return;
        }
        for (Article article : originals) {
            String others = originals.stream().filter(other -> other != article).map(Article::source)
                    .collect(Collectors.joining(", "));
            problems.add(article.source(), article.originalLine(), "'original: true' here and in its translation "
                    + others + ", but only one language version is the original, which the others translate: remove "
                    + "'original' from the version that was translated");
        }
    }
}
