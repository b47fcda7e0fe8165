package org.broadsheet.site;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.Topic;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.broadsheet.site.Articles.CONFIG;
import static org.broadsheet.site.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteAssemblerTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void theLatestChangeIsTheLatestUpdateOrDateToTheNanosecondAndTheFirstOfEqualInstants() {
        Article dated = article("en", "a", "2024-05-01T09:00:00+09:00");
        Article updated = article("en", "b", "2024-04-01T09:00:00+09:00", "2024-05-02T09:00:00+09:00", null, List.of());
        Article laterNano = article("en", "c", "2024-05-02T00:00:00.5Z");
        Article sameInstantOtherOffset = article("en", "d", "2024-05-02T09:00:00.5+09:00");

        assertEquals(Optional.empty(), SiteAssembler.latestChange(List.of()));
        assertEquals(Optional.of(updated.updated()), SiteAssembler.latestChange(List.of(dated, updated)));
        assertEquals(Optional.of(updated.updated()), SiteAssembler.latestChange(List.of(updated, dated)));
        assertEquals(Optional.of(laterNano.date()), SiteAssembler.latestChange(List.of(dated, updated, laterNano)));
        // the same instant written in Seoul's offset (OffsetDateTime's equals compares the offsets too)
        assertEquals(Optional.of(laterNano.date()), SiteAssembler.latestChange(List.of(laterNano, sameInstantOtherOffset)));
        assertEquals(Optional.of(sameInstantOtherOffset.date()),
                SiteAssembler.latestChange(List.of(sameInstantOtherOffset, laterNano)));
    }

    @Test
    void newestFirstAndOldestFirstOrderBySecondThenNanosecondThenFile() {
        // the file names sort against the nanoseconds: "a-whole" before "a" before "another" before "half"
        Article whole = article("en", "a-whole", "2024-05-02T00:00:00Z");
        Article half = article("en", "half", "2024-05-02T00:00:00.5Z");
        Article earlier = article("en", "earlier", "2024-05-01T23:59:59.9Z");
        Article sameAsHalf = article("en", "another", "2024-05-02T09:00:00.5+09:00");
        Article latest = article("en", "a", "2024-05-02T00:00:00.7Z");

        assertEquals(List.of(latest, sameAsHalf, half, whole, earlier), Stream.of(earlier, whole, latest, half, sameAsHalf)
                .sorted(SiteAssembler.NEWEST_FIRST).toList());
        assertEquals(List.of(earlier, whole, sameAsHalf, half, latest), Stream.of(half, latest, sameAsHalf, whole, earlier)
                .sorted(SiteAssembler.OLDEST_FIRST).toList());
    }

    @Test
    void editionsHoldTheirPublishedArticlesNewestFirstByTopicAndByMonthInTheSitesTimezone() {
        Article march = article("en", "march", "2024-03-31T14:00:00Z", null, null, List.of("port"));
        // 16:00 UTC on 31 March is 1 April in Seoul
        Article april = article("en", "april", "2024-03-31T16:00:00Z", null, null, List.of("port", "city"));
        Article korean = article("ko", "march", "2024-03-31T14:00:00Z");
        Article scheduled = article("en", "scheduled", "2025-06-01T00:00:00Z");

        Problems problems = new Problems();
        SiteModel site = assemble(List.of(march, korean, scheduled, april), false, problems);

        Edition english = site.editions().get(0);
        assertEquals("en", english.code());
        assertEquals(List.of(april, march), english.articles());
        assertEquals(Map.of("port", List.of(april, march), "city", List.of(april), "harbor", List.of()), english.byTopic());
        assertEquals(List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 3)), List.copyOf(english.byMonth().keySet()));
        assertEquals(List.of(april), english.byMonth().get(YearMonth.of(2024, 4)));
        assertThrows(UnsupportedOperationException.class, () -> english.byMonth().get(YearMonth.of(2024, 3)).add(april),
                "the site model cannot be changed by the pages that read it");
        assertEquals(List.of(korean), site.editions().get(1).articles());
        assertEquals(List.of("en/april.md", "en/march.md", "ko/march.md"), List.copyOf(site.byFile().keySet()));
        assertEquals(List.of(), problems.sorted());

        SiteModel preview = assemble(List.of(march, korean, scheduled, april), true, new Problems());
        assertEquals(List.of(scheduled, april, march), preview.editions().get(0).articles());
    }

    @Test
    void twoArticlesWithOneUrlAreAProblemForEachNamingBoth() {
        Article one = article("en", "2024/bells", "2024-03-01T00:00:00Z");
        Article other = article("en", "bells", "2024-03-02T00:00:00Z");
        Problems problems = new Problems();

        SiteAssembler.assemble(CONFIG, topics(), Map.of(), Map.of(), List.of(one, other), false, NOW, a -> "en/bells/", problems);

        String message = "this article and another have the same URL /en/bells/ (content/en/2024/bells.md, "
                + "content/en/bells.md): give one of them another 'slug'";
        assertEquals(List.of("content/en/2024/bells.md: " + message, "content/en/bells.md: " + message),
                problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void urlsThatDifferOnlyInCaseAreOneAddressAndAProblemOfBoth() {
        Article upper = article("en", "2024/upper", "2024-03-01T00:00:00Z");
        Article lower = article("en", "2024/lower", "2024-03-02T00:00:00Z");
        Problems problems = new Problems();

        SiteAssembler.assemble(CONFIG, topics(), Map.of(), Map.of(), List.of(upper, lower), false, NOW,
                a -> a == upper ? "en/2024/03/ΣΟΦΟΣ/" : "en/2024/03/σοφος/", problems);

        String message = "this article and another have URLs that differ only in case, one address where case is "
                + "folded (/en/2024/03/ΣΟΦΟΣ/, /en/2024/03/σοφος/) (content/en/2024/lower.md, content/en/2024/upper.md): "
                + "give one of them another 'slug'";
        assertEquals(List.of("content/en/2024/lower.md: " + message, "content/en/2024/upper.md: " + message),
                problems.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void translationsPairByKeyElseByPathInTheOrderOfTheEditions() {
        Article english = article("en", "ferry", "2024-03-01T00:00:00Z");
        Article korean = article("ko", "ferry", "2024-03-01T01:00:00Z");
        Article keyedEnglish = article("en", "cranes", "2024-03-02T00:00:00Z", null, "cranes", List.of());
        Article keyedKorean = article("ko", "gijung-gi", "2024-03-02T00:00:00Z", null, "cranes", List.of());
        Article alone = article("en", "alone", "2024-03-03T00:00:00Z");
        Problems problems = new Problems();

        SiteModel site = assemble(List.of(korean, keyedKorean, alone, english, keyedEnglish), false, problems);

        assertEquals(List.of(korean), site.translationsOf(english));
        assertEquals(List.of(english), site.translationsOf(korean));
        assertEquals(List.of(keyedKorean), site.translationsOf(keyedEnglish));
        assertEquals(Optional.of(keyedEnglish), site.translation(keyedKorean, "en"));
        assertEquals(Optional.empty(), site.translation(keyedKorean, "ko"));
        assertEquals(List.of(), site.translationsOf(alone));
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void theTranslationsOfAnArticleComeInTheOrderOfTheEditionsNotOfTheLanguageCodes() {
        SiteConfig threeEditions = new SiteConfig(CONFIG.baseUrl(), CONFIG.timezone(), List.of(CONFIG.languages().get(0),
                CONFIG.languages().get(1), new Language("de", "Hafenzeitung", "", null)), CONFIG.pageSize(),
                CONFIG.missingTranslation(), CONFIG.rawHtml(), CONFIG.embeds(), CONFIG.host(), null, CONFIG.deploy());
        Article english = article("en", "ferry", "2024-03-01T00:00:00Z");
        Article korean = article("ko", "ferry", "2024-03-01T00:00:00Z");
        Article german = article("de", "ferry", "2024-03-01T00:00:00Z");
        Problems problems = new Problems();

        SiteModel site = SiteAssembler.assemble(threeEditions, topics(), Map.of(), Map.of(), List.of(german, korean, english),
                false, NOW, a -> a.language() + "/" + a.pathInLanguage() + "/", problems);

        assertEquals(List.of(korean, german), site.translationsOf(english));
        assertEquals(List.of(english, korean), site.translationsOf(german));
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void twoArticlesOfOneLanguageWithOneTranslationKeyAreAProblem() {
        Article first = article("en", "cranes", "2024-03-02T00:00:00Z", null, "cranes", List.of());
        Article second = article("en", "more-cranes", "2024-03-03T00:00:00Z", null, "cranes", List.of());
        Problems problems = new Problems();

        assemble(List.of(first, second), false, problems);

        assertEquals(List.of("content/en/more-cranes.md: this article and content/en/cranes.md claim the same "
                + "translationKey 'cranes' in one language; give one of them another key"),
                problems.sorted().stream().map(Object::toString).toList());
    }

    static SiteModel assemble(List<Article> articles, boolean withDrafts, Problems problems) {
        return SiteAssembler.assemble(CONFIG, topics(), Map.of(), Map.of(), articles, withDrafts, NOW,
                a -> a.language() + "/" + a.pathInLanguage() + "/", problems);
    }

    static Map<String, Topic> topics() {
        return Map.of("port", topic("port"), "city", topic("city"), "harbor", topic("harbor"));
    }

    private static Topic topic(String key) {
        return new Topic(key, Map.of("en", key, "ko", key), Map.of());
    }
}
