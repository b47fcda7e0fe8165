package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.broadsheet.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A template saved while a full build reads the theme, and put back as it was before the next full build (an undo):
 * the state that the build leaves is keyed by the theme as it was when the build began, the theme put back, while its
 * pages may have been rendered with the template saved meanwhile. The next full build must not keep them.
 */
class TemplateSavedDuringBuildTest {

    /**
     * Builds that render pages with the template saved during them (about half of the builds do), each checked: a build
     * that took its key while the saved template was in place gives the next another key anyway, so several are
     * checked for one at least to have taken it from the template put back.
     */
    private static final int CHECKED = 4;
    private static final int ROUNDS = 25;

    @TempDir
    Path dir;

    @Test
    void pagesRenderedWithATemplateSavedDuringAFullBuildAreRenderedAgainByTheNextOnceItIsPutBack() throws Exception {
        TestSite site = TestSite.create(dir);
        for (int i = 0; i < 40; i++) {
            site.article("content/en/2019/story-" + i + ".md", "title: Story " + i + "\ndate: 2019-03-01", "Text " + i);
        }
        Path template = dir.resolve("templates/article.ftlh");
        String kept = Files.readString(template);
        String saved = kept.replace("story-header", "story-saved");
        BuildOptions cold = site.options().withOutput(dir.resolve("cold-site"), dir.resolve("cold-work"));
        Generator.build(cold, BuildLog.SILENT);
        int checked = 0;
        for (int round = 0; round < ROUNDS && checked < CHECKED; round++) {
            BuildOptions options = site.options().withOutput(dir.resolve("site-" + round), dir.resolve("work-" + round));
            AtomicBoolean saving = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                while (saving.get()) {
                    put(template, saved);
                    put(template, kept);
                }
            });
            writer.start();
            try {
                Generator.build(options, BuildLog.SILENT);
            } finally {
                saving.set(false);
                writer.join();
            }
            if (!RepeatedBuildTest.files(options.outputDir()).toString().contains("story-saved")) {
                continue;
            }
            Generator.build(options, BuildLog.SILENT);
            assertEquals(site(cold.outputDir()), site(options.outputDir()),
                    "round " + round + ": the next full build gives what a cold build of the template put back gives");
            checked++;
        }
        assertEquals(CHECKED, checked, "builds of " + ROUNDS + " that rendered pages with the template saved during them");
    }

    /** Puts {@code text} in place of {@code file} at once, as editors save, so that no build reads half of it. */
    private void put(Path file, String text) {
        try {
            Path next = Files.writeString(dir.resolve("next.ftlh"), text);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> site(Path root) {
        Map<String, String> files = RepeatedBuildTest.files(root);
        files.remove(Manifest.FILE);
        return files;
    }
}
