package org.broadsheet.serve;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild that fails with an error no one foresaw, a bug of Broadsheet rather than of the writer's files: the
 * preview says so, in the console and over the open pages, and builds the next save as usual. The error here is
 * thrown by the console the preview logs to, when the build logs the time of its first stage: an {@link Error}, as a
 * stack overflow or a linkage error would be, thrown from inside the build.
 */
class InternalErrorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String AUTHORS = "kim: {en: Kim, ko: 김, email: %s}\n";

    /** The failure of the console; an Error, which a catch of exceptions would let end the rebuilds. */
    private static final class ConsoleFailure extends Error {
        ConsoleFailure() {
            super("the console cannot be written to");
        }
    }

    @TempDir
    Path dir;

    @Test
    void aRebuildThatFailsUnforeseenIsReportedAsAnInternalErrorAndTheNextSaveIsBuilt() throws Exception {
        TestSite site = TestSite.create(dir)
                .file("content/authors.yml", AUTHORS.formatted("kim@example.org"))
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01\nauthors: [kim]", "Text.");
        BuildOptions options = site.options();
        List<String> warnings = new CopyOnWriteArrayList<>();
        AtomicBoolean consoleFails = new AtomicBoolean();
        try (Preview preview = new Preview(options, 0, new BuildLog() {
            @Override
            public void info(String message) {
                if (consoleFails.getAndSet(false)) {
                    throw new ConsoleFailure();
                }
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        })) {
            PreviewClient client = new PreviewClient(preview.port());
            Quiet.await(preview, Duration.ofMillis(500));
            PreviewClient.Stream stream = client.listen();
            consoleFails.set(true);
            site.file("content/authors.yml", AUTHORS.formatted("news@example.org"));
            PreviewClient.State told;
            do {
                told = stream.next(WAIT);
            } while (told != null && told.problems().isEmpty());
            assertNotNull(told, "the open page was told no problem");
            assertEquals(told, PreviewClient.pageState(client.get("/en/").body()), "a page opened now shows it too");
            assertEquals(1, told.problems().size(), told.problems().toString());
            String problem = told.problems().get(0);
            assertTrue(problem.startsWith("internal error: Broadsheet failed with " + ConsoleFailure.class.getName()
                    + ": the console cannot be written to"), problem);
            assertTrue(problem.contains("report it"), problem);
            assertTrue(warnings.stream().anyMatch(warning -> warning.contains("at org.broadsheet.build.SiteBuilder")),
                    "the console shows where it failed: " + warnings);

            site.file("content/authors.yml", AUTHORS.formatted("desk@example.org"));
            Convergence.await(options, preview, dir.resolve("scratch"), WAIT);
            assertTrue(client.get("/en/2019/03/bells/").body().contains("desk@example.org"));
        }
    }
}
