package org.broadsheet.serve;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code content/} or {@code templates/} that is a symbolic link to a folder kept elsewhere (the articles in a
 * repository of their own, a shared theme), as Hugo allows: saves in it are built like any other, also once the
 * preview has long been idle, when only the watcher's events can start a build.
 */
class LinkedRootTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void savesInContentAndTemplatesLinkedToFoldersKeptElsewhereAreBuilt() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\ntopics: [economy]", "Text.")
                .article("content/en/2019/market.md", "title: Market opens\ndate: 2019-03-05", "Text.");
        Files.move(dir.resolve("content"), dir.resolve("newsroom"));
        Files.createSymbolicLink(dir.resolve("content"), dir.resolve("newsroom"));
        Files.move(dir.resolve("templates"), dir.resolve("theme"));
        Files.createSymbolicLink(dir.resolve("templates"), dir.resolve("theme"));
        BuildOptions options = site.options();
        try (Preview preview = new Preview(options, 0, BuildLog.SILENT)) {
            PreviewClient client = new PreviewClient(preview.port());
            Quiet.await(preview, Duration.ofMillis(500));
            site.article("newsroom/en/2019/market.md", "title: Market closes\ndate: 2019-03-05", "Text.");
            Convergence.await(options, preview, dir.resolve("scratch"), WAIT);
            assertTrue(client.get("/en/2019/03/market/").body().contains("Market closes"));
            Quiet.await(preview, Duration.ofMillis(500));
            site.edit("theme/month.ftlh", "<h1 class=\"page-title\">", "<h1 class=\"page-title month\">");
            Convergence.await(options, preview, dir.resolve("scratch"), WAIT);
        }
    }
}
