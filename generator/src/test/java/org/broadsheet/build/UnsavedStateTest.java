package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A full build that cannot write its state (a full disk, a folder where the file should go): once the build has
 * ended, with its error, nothing of it still writes in the work folder, where the next build of the project, in
 * this process or another, writes the same files.
 */
class UnsavedStateTest {

    @TempDir
    Path dir;

    @Test
    void aBuildWhoseStateCannotBeWrittenHasStoppedWritingWhenItEnds() throws Exception {
        TestSite site = TestSite.create(dir);
        // long summaries make an article cache that is still being written when writing the state has failed
        String summary = "The harbor. ".repeat(2000);
        for (int i = 0; i < 50; i++) {
            site.article("content/en/2019/story-" + i + ".md", "title: Story " + i + "\ndate: 2019-03-01\nsummary: "
                    + summary, "Body of story " + i + ".");
        }
        BuildOptions options = site.options();
        // saved long enough ago for the article cache to keep them, which then takes a while to write
        try (Stream<Path> files = Files.walk(dir.resolve("content"))) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
        Files.createDirectories(options.workDir().resolve("state.tmp"));
        assertThrows(IOException.class, () -> Generator.build(options, BuildLog.SILENT));
        Map<String, Long> ended = sizes(options.workDir());
        Thread.sleep(500);
        assertEquals(ended, sizes(options.workDir()), "the work folder as the build ended, and a moment later");
    }

    /** Each file of the work folder with its size; a file that goes while it is listed is left out. */
    private static Map<String, Long> sizes(Path work) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(work)) {
            walk.forEach(file -> {
                try {
                    if (Files.isRegularFile(file)) {
                        sizes.put(work.relativize(file).toString(), Files.size(file));
                    }
                } catch (IOException gone) {
                    // as if listed a moment later
                }
            });
        }
        return sizes;
    }
}
