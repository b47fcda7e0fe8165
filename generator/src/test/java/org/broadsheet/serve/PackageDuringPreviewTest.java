package org.broadsheet.serve;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn package} run while the preview is open replaces the preview's {@code site/} with the site to
 * publish (no drafts, the site's own address), which stays until the writer saves; the writer's next save makes
 * the preview's whole site again, not just the pages the save changed.
 */
class PackageDuringPreviewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aSaveAfterAPackageBuildShowsThePreviewsSiteAgain() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\ntopics: [economy]", "Text.")
                .article("content/en/2019/market.md", "title: Market opens\ndate: 2019-03-05\ntopics: [economy]", "Text.")
                .article("content/en/2019/draft.md", "title: Unfinished\ndate: 2019-03-07\ndraft: true", "Text.");
        try (Preview preview = new Preview(site.options(), 0, BuildLog.SILENT)) {
            Quiet.await(preview, Duration.ofMillis(500));
            assertTrue(Generator.build(site.options(), BuildLog.SILENT).succeeded());
            site.article("content/en/2019/bells.md", "title: Bells ring twice\ndate: 2019-03-01\ntopics: [economy]",
                    "Text.");
            Convergence.await(site.options(), preview, dir.resolve("scratch"), WAIT);
        }
    }

    /**
     * Run at once, before the builds the preview runs to warm the JVM up, which are builds no one asked for: they
     * leave the site to publish in place.
     */
    @Test
    void aPackageBuildBeforeThePreviewsPracticeStaysUntilASave() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\ntopics: [economy]", "Text.")
                .article("content/en/2019/draft.md", "title: Unfinished\ndate: 2019-03-07\ndraft: true", "Text.");
        try (Preview preview = new Preview(site.options(), 0, BuildLog.SILENT)) {
            assertTrue(Generator.build(site.options(), BuildLog.SILENT).succeeded());
            // a fresh JVM's practice builds may take a while each
            Quiet.await(preview, Duration.ofSeconds(2));
            assertFalse(Files.exists(dir.resolve("site/en/2019/03/draft/index.html")), "the draft is not in site/");
        }
    }
}
