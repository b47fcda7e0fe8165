package org.broadsheet.build;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of edits, each followed by a build in a new builder (as a new {@code mvn package}
 * would make), which takes up the state on disk: after every step the site equals a cold build.
 */
class RepeatedBuildPropertyTest {

    private static final List<String> TOPICS = List.of("economy", "north-korea");

    @Property(tries = 12, seed = "20261126")
    void everyRebuildEqualsAColdBuild(@ForAll("edits") List<Integer> edits) throws IOException {
        Path dir = Files.createTempDirectory("broadsheet-repeated");
        try {
            TestSite site = TestSite.create(dir.resolve("project"));
            for (int i = 0; i < 4; i++) {
                write(site, i, 0);
            }
            assertTrue(site.build().succeeded());
            int step = 1;
            for (int edit : edits) {
                int article = edit % 5;
                if (edit % 7 == 6 && Files.exists(site.root().resolve(path(article)))) {
                    site.delete(path(article));
                } else {
                    write(site, article, step);
                }
                BuildResult result = site.build();
                assertTrue(result.succeeded(), result.problems().toString());
                assertEquals(RepeatedBuildTest.coldBuild(site, dir.resolve("cold-" + step)),
                        RepeatedBuildTest.files(site.root().resolve("site")),
                        "after edit " + step + " of " + edits);
                step++;
            }
        } finally {
            RepeatedBuildTest.deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(5);
    }

    private static String path(int article) {
        return "content/en/2019/story-" + article + ".md";
    }

    /** Article {@code article} in a version that depends on {@code version}: title, date, topic and links vary. */
    private static void write(TestSite site, int article, int version) {
        int previous = (article + 1) % 5;
        site.article(path(article), "title: Story " + article + " v" + version % 3 + "\ndate: 2019-0" + (1 + version % 3)
                        + "-1" + article + "\ntopics: [" + TOPICS.get((article + version) % 2) + "]",
                "Body " + version + (version % 2 == 0 ? "" : " with [a link](story-" + previous + ".md)") + ".\n");
        site.article("content/en/2019/story-" + previous + ".md", "title: Story " + previous + "\ndate: 2019-04-0"
                + (1 + previous) + "\ntopics: [economy]", "Linked.\n");
    }
}
