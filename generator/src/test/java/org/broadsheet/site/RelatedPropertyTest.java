package org.broadsheet.site;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.broadsheet.site.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Related}'s merge of topic lists against the plain definition: sort every candidate. */
class RelatedPropertyTest {

    @Property(tries = 300, seed = "20261205")
    void relatedAreTheArticlesSharingMostTopicsThenTheNewest(@ForAll("editions") List<List<String>> topicsByDay,
                                                             @ForAll @IntRange(min = 1, max = 6) int count) {
        List<Article> articles = new ArrayList<>();
        for (int day = 0; day < topicsByDay.size(); day++) {
            articles.add(article("en", "a" + day, String.format("2024-01-%02dT00:00:00Z", day + 1), null, null,
                    topicsByDay.get(day)));
        }
        Edition edition = SiteAssemblerTest.assemble(articles, false, new Problems()).editions().get(0);
        Related related = new Related(edition);

        for (Article article : edition.articles()) {
            List<Article> expected = edition.articles().stream()
                    .filter(other -> other != article && shared(article, other) > 0)
                    .sorted(Comparator.comparingInt((Article other) -> -shared(article, other))
                            .thenComparing(SiteAssembler.NEWEST_FIRST))
                    .limit(count).toList();
            List<Article> actual = related.of(article, count);
            Statistics.collect(actual.size() == count ? "full" : "short");
            assertEquals(expected, actual, article.contentPath());
        }
        Statistics.coverage(checker -> {
            checker.check("full").percentage(p -> p > 20);
            checker.check("short").percentage(p -> p > 5);
        });
    }

    private static int shared(Article one, Article other) {
        Set<String> topics = new HashSet<>(one.topics());
        topics.retainAll(other.topics());
        return topics.size();
    }

    @Provide
    Arbitrary<List<List<String>>> editions() {
        return Arbitraries.of("port", "city", "harbor").set().ofMaxSize(3).map(List::copyOf).list().ofMaxSize(25);
    }
}
