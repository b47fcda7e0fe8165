package org.broadsheet.serve;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild that crashes after it changed {@code site/} (here each full build, whose state cannot be written to
 * the work folder, as on a full disk): the open pages are told a new version, and reload into the pages now
 * served, instead of keeping pages that the site no longer holds.
 */
class CrashedRebuildTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void openPagesReloadAfterARebuildThatCrashedOnceItHadChangedTheSite() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\ntopics: [economy]", "Text.");
        BuildOptions options = site.options();
        Files.createDirectories(options.workDir().resolve("state.tmp"));
        try (Preview preview = new Preview(options, 0, BuildLog.SILENT)) {
            PreviewClient client = new PreviewClient(preview.port());
            PreviewClient.State loaded = PreviewClient.pageState(client.get("/en/2019/03/bells/").body());
            PreviewClient.Stream stream = client.listen();
            // a new folder makes the next rebuild a full one, which crashes once it has written site/
            site.article("content/en/2020/harbor.md", "title: Harbor\ndate: 2020-01-01", "Text.");
            PreviewClient.State told = null;
            for (PreviewClient.State next; (next = stream.next(WAIT)) != null; ) {
                told = next;
                if (!told.version().equals(loaded.version())) {
                    break;
                }
            }
            assertNotNull(told, "the open page was told nothing");
            assertNotEquals(loaded.version(), told.version(), "the open page was told a new version");
            String home = client.get("/en/").body();
            assertTrue(home.contains("Harbor"), "the site the crashed rebuild wrote is served");
            assertEquals(told, PreviewClient.pageState(home), "the reloaded page is of the version told");
        }
    }
}
