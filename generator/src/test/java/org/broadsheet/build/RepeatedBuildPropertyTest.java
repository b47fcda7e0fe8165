package org.broadsheet.build;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.TestSite;
import org.broadsheet.diag.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of edits, each followed by a build in a new builder (as a new {@code mvn package}
 * would make), which takes up the state on disk: after every step the outcome is a cold build's. When a
 * deleted article leaves a link without its target, the build fails with exactly the cold build's problems,
 * one for each such link, and leaves the site as it was; else the site equals the cold build's.
 */
class RepeatedBuildPropertyTest {

    private static final List<String> TOPICS = List.of("economy", "north-korea");

    @Property(tries = 12, seed = "20261126")
    void everyRebuildEqualsAColdBuild(@ForAll("edits") List<Integer> edits) throws IOException {
        check(edits);
    }

    /** Story 0 links to story 1, which is then deleted: the property once claimed that this build succeeds. */
    @Example
    void aDeletedLinkTargetFailsLikeAColdBuild() throws IOException {
        check(List.of(0, 6));
    }

    private static void check(List<Integer> edits) throws IOException {
        Path dir = Files.createTempDirectory("broadsheet-repeated");
        try {
            TestSite site = TestSite.create(dir.resolve("project"));
            /* article → the article its body links to, or -1; only articles that exist */
            Map<Integer, Integer> links = new HashMap<>();
            for (int i = 0; i < 4; i++) {
                write(site, i, 0, links);
            }
            assertTrue(site.build().succeeded());
            int step = 1;
            for (int edit : edits) {
                int article = edit % 5;
                if (edit % 7 == 6 && links.containsKey(article)) {
                    site.delete(path(article));
                    links.remove(article);
                } else {
                    write(site, article, step, links);
                }
                Map<String, String> before = RepeatedBuildTest.files(site.root().resolve("site"));
                BuildResult result = site.build();
                BuildResult cold = RepeatedBuildTest.coldResult(site, dir.resolve("cold-" + step));
                String after = "after edit " + step + " of " + edits;
                assertEquals(texts(cold), texts(result), after);
                Map<Integer, Integer> broken = new TreeMap<>();
                links.forEach((from, to) -> {
                    if (to >= 0 && !links.containsKey(to)) {
                        broken.put(from, to);
                    }
                });
                if (broken.isEmpty()) {
                    assertTrue(result.succeeded(), after + ": " + result.problems());
                    assertEquals(RepeatedBuildTest.files(dir.resolve("cold-" + step).resolve("site")),
                            RepeatedBuildTest.files(site.root().resolve("site")), after);
                } else {
                    assertEquals(broken.size(), result.problems().size(), after + ": " + result.problems());
                    for (Problem problem : result.problems()) {
                        int from = Integer.parseInt(problem.path().replaceAll(".*story-(\\d)\\.md", "$1"));
                        assertTrue(problem.message().startsWith("link to 'story-" + broken.get(from)
                                + ".md' leads to no article"), after + ": " + problem);
                    }
                    assertEquals(before, RepeatedBuildTest.files(site.root().resolve("site")), after);
                }
                step++;
            }
        } finally {
            RepeatedBuildTest.deleteTree(dir);
        }
    }

    private static List<String> texts(BuildResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(5);
    }

    private static String path(int article) {
        return "content/en/2019/story-" + article + ".md";
    }

    /**
     * Article {@code article} in a version that depends on {@code version}: title, date, topic and links vary.
     * A link leads to the next article, which is written too, without a link of its own.
     */
    private static void write(TestSite site, int article, int version, Map<Integer, Integer> links) {
        int next = (article + 1) % 5;
        boolean linked = version % 2 == 1;
        site.article(path(article), "title: Story " + article + " v" + version % 3 + "\ndate: 2019-0" + (1 + version % 3)
                        + "-1" + article + "\ntopics: [" + TOPICS.get((article + version) % 2) + "]",
                "Body " + version + (linked ? " with [a link](story-" + next + ".md)" : "") + ".\n");
        links.put(article, linked ? next : -1);
        site.article(path(next), "title: Story " + next + "\ndate: 2019-04-0" + (1 + next)
                + "\ntopics: [economy]", "Linked.\n");
        links.put(next, -1);
    }
}
