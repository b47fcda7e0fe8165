package org.broadsheet.build;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For any articles, some with a mistake of their own, and any template mistake that shows only while rendering: the
 * build that stops for the articles reports the template's problem that the build of the fixed articles reports, at
 * its template and line with its message, the pages named aside (it names those it rendered), as long as one page
 * that meets it is not an article's with a problem; and {@code site/} is left as it was.
 */
class TemplatesAheadPropertyTest {

    /** What is wrong with an article: nothing, or one mistake of its own. */
    enum Mistake { NONE, DATE, TOPIC, TITLE }

    /** A template's mistake that rendering meets: on the topics pages, or on every article's page. */
    enum TemplateMistake { TOPICS, ARTICLE }

    @Property(tries = 12, seed = "20261207")
    void theTemplatesProblemOfTheFixedArticlesIsReportedWithTheirs(@ForAll("mistakes") List<Mistake> mistakes,
                                                                    @ForAll TemplateMistake template) throws IOException {
        Assume.that(template != TemplateMistake.ARTICLE || mistakes.contains(Mistake.NONE));
        Path dir = Files.createTempDirectory("broadsheet-templates-ahead");
        try {
            TestSite site = TestSite.create(dir);
            write(site, mistakes.stream().map(mistake -> Mistake.NONE).toList());
            site.build();
            Map<String, String> before = RepeatedBuildTest.files(dir.resolve("site"));
            if (template == TemplateMistake.TOPICS) {
                site.edit("templates/topics.ftlh", "${t.topics}", "${nothing}");
            } else {
                site.edit("templates/article.ftlh", "</article>", "${article.nothing}</article>");
            }
            write(site, mistakes);
            List<String> first = site.problems().stream().map(TemplatesAheadPropertyTest::withoutPages).toList();
            assertEquals(before, RepeatedBuildTest.files(dir.resolve("site")), "site/ is left as it was");
            write(site, mistakes.stream().map(mistake -> Mistake.NONE).toList());
            List<String> missed = site.problems().stream().map(TemplatesAheadPropertyTest::withoutPages)
                    .filter(problem -> !first.contains(problem))
                    .toList();
            assertEquals(List.of(), missed, () -> mistakes + ", " + template + ": the first run reported " + first);
        } finally {
            RepeatedBuildTest.deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<List<Mistake>> mistakes() {
        return Arbitraries.of(Mistake.class).list().ofMinSize(1).ofMaxSize(4);
    }

    /** Writes article {@code a<n>} with the {@code n}th mistake, in as many lines whatever it is. */
    private static void write(TestSite site, List<Mistake> mistakes) {
        for (int n = 0; n < mistakes.size(); n++) {
            Mistake mistake = mistakes.get(n);
            site.article("content/en/2019/a" + n + ".md", (mistake == Mistake.TITLE ? "kicker: " : "title: ") + "A" + n
                    + "\ndate: " + (mistake == Mistake.DATE ? "2019-02-30" : "2019-03-0" + (n + 1))
                    + "\ntopics: [" + (mistake == Mistake.TOPIC ? "nort-korea" : "north-korea") + "]", "Text.");
        }
    }

    /** A problem without the pages it names, which depend on the articles rendered. */
    static String withoutPages(String problem) {
        int pages = problem.indexOf(" (while rendering /");
        return pages < 0 ? problem : problem.substring(0, pages);
    }
}
