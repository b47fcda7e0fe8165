package org.broadsheet.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code site/} and its manifest hold after commits that succeed, fail halfway, or meet a hostile manifest or link. */
class SiteWriterTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private SiteWriter writer() throws IOException {
        return new SiteWriter(dir.resolve("site"), dir.resolve("staging"), warnings::add);
    }

    @Test
    void aCommitThatFailsHalfwayLeavesAManifestNamingEveryFileItWrote() throws IOException {
        SiteWriter first = writer();
        first.write("a.html", "A");
        first.commit();

        SiteWriter second = writer();
        second.write("a.html", "A2");
        second.write("b.html", "B");
        second.write("c.html", "C");
        // the staged copy of c.html vanishes (a full disk, a cleaner): its move fails after b.html is in
        try (Stream<Path> staged = Files.walk(dir.resolve("staging"))) {
            for (Path file : staged.filter(Files::isRegularFile).toList()) {
                if (Files.readString(file).equals("C")) {
                    Files.delete(file);
                }
            }
        }
        assertThrows(IOException.class, second::commit);
        assertEquals(List.of("a.html", "b.html"), Files.readAllLines(dir.resolve("site/.broadsheet-manifest")));

        SiteWriter third = writer();
        third.write("a.html", "A2");
        third.commit();
        assertFalse(Files.exists(dir.resolve("site/b.html")), "the next build removes what the failed one wrote");
        assertEquals(List.of("a.html"), Files.readAllLines(dir.resolve("site/.broadsheet-manifest")));
    }

    @Test
    void aManifestTooLargeToBeOneIsNotReadAndIsReplaced() throws IOException {
        SiteWriter first = writer();
        first.write("a.html", "A");
        first.commit();
        try (RandomAccessFile manifest = new RandomAccessFile(dir.resolve("site/.broadsheet-manifest").toFile(), "rw")) {
            // sparse: a file of a size no list of a site's files has, cheap to make
            manifest.setLength(Manifest.MAX_BYTES + 1);
        }
        SiteWriter second = writer();
        second.write("b.html", "B");
        second.commit();
        assertTrue(Files.exists(dir.resolve("site/a.html")), "an unread manifest removes nothing");
        assertEquals(List.of("b.html"), Files.readAllLines(dir.resolve("site/.broadsheet-manifest")));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith(".broadsheet-manifest is larger than any list of a site's files (64 MB) "
                + "and was not read: files that earlier builds wrote and this one does not are left in place; delete "
                + "them by hand if they should go"), warnings.get(0));
    }

    @Test
    void aFileThatIsALinkLeadingOutOfItsFolderWhenCopiedIsNotCopied() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
        Files.writeString(content.resolve("inside.png"), "png");
        Files.createSymbolicLink(content.resolve("a.png"), secret);
        Files.createSymbolicLink(content.resolve("b.png"), content.resolve("inside.png"));
        SiteWriter writer = writer();
        assertFalse(writer.copy(content, content.resolve("a.png"), "media/a.png"));
        assertTrue(writer.copy(content, content.resolve("b.png"), "media/b.png"));
        writer.commit();
        assertFalse(Files.exists(dir.resolve("site/media/a.png")));
        assertEquals("png", Files.readString(dir.resolve("site/media/b.png")));
    }

    @Test
    void anAssetReplacedByALinkLeadingOutAfterTheThemeWasReadIsNamedAndNotCopied() throws IOException {
        Path theme = Files.createDirectories(dir.resolve("templates"));
        Path assets = Files.createDirectories(theme.resolve("assets"));
        Files.writeString(assets.resolve("site.css"), "body {}");
        Files.writeString(assets.resolve("logo.svg"), "<svg/>");
        Assets read = new Assets(assets, theme);
        Files.delete(assets.resolve("logo.svg"));
        Files.createSymbolicLink(assets.resolve("logo.svg"), Files.writeString(dir.resolve("secret.txt"), "password"));
        SiteWriter writer = writer();
        assertEquals(List.of("logo.svg"), read.copyTo(writer));
        writer.commit();
        assertFalse(Files.exists(dir.resolve("site/assets/logo.svg")));
        assertTrue(Files.exists(dir.resolve("site/" + read.path("site.css").orElseThrow())));
    }

    @Test
    void aFolderOfOtherFilesWhereAFileGoesStopsTheCommitBeforeAnythingChanges() throws IOException {
        SiteWriter first = writer();
        first.write("old.html", "old");
        first.commit();
        Files.createDirectories(dir.resolve("site/x.html"));
        Files.writeString(dir.resolve("site/x.html/notes.txt"), "the newsroom's own");
        SiteWriter second = writer();
        second.write("x.html", "X");
        SiteWriter.InTheWay blocked = assertThrows(SiteWriter.InTheWay.class, second::commit);
        assertEquals("x.html", blocked.path());
        assertEquals("is a folder holding files that Broadsheet did not write, where the site needs a file: move it "
                + "away (site/ was left as it was)", blocked.getMessage());
        assertEquals("old", Files.readString(dir.resolve("site/old.html")));
        assertEquals("the newsroom's own", Files.readString(dir.resolve("site/x.html/notes.txt")));
        assertEquals(List.of("old.html"), Files.readAllLines(dir.resolve("site/.broadsheet-manifest")));
    }

    @Test
    void aCommitCountsTheFilesWrittenUnchangedAndRemovedAndRewritesOnlyChangedBytes() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path photo = Files.writeString(content.resolve("photo.jpg"), "JPEG");
        SiteWriter first = writer();
        first.write("a.html", "A");
        first.write("old/b.html", "B");
        assertTrue(first.copy(content, photo, "media/photo.jpg"));
        assertEquals(new SiteWriter.Changes(3, 0, 0), first.commit());
        assertFalse(Files.exists(dir.resolve("staging")), "a first build into no site leaves no staging folder");
        Path a = dir.resolve("site/a.html");
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(0));

        SiteWriter second = writer();
        second.write("a.html", "A");
        second.write("c.html", "C");
        assertTrue(second.copy(content, photo, "media/photo.jpg"));
        assertEquals(new SiteWriter.Changes(1, 2, 1), second.commit());

        assertEquals(0, Files.getLastModifiedTime(a).toMillis(), "a file with the same bytes is not written again");
        assertFalse(Files.exists(dir.resolve("site/old")), "a folder emptied by the removal goes too");
        assertEquals(List.of("a.html", "c.html", "media/photo.jpg"),
                Files.readAllLines(dir.resolve("site/.broadsheet-manifest")));
        assertFalse(Files.exists(dir.resolve("staging")));
        assertEquals(List.of(), warnings);
    }

    @Test
    void whatAKilledBuildLeftInTheStagingFolderNeverReachesTheSite() throws IOException {
        Files.createDirectories(dir.resolve("staging/site/old"));
        Files.writeString(dir.resolve("staging/site/old/stale.html"), "left by a build that was killed");
        SiteWriter writer = writer();
        writer.write("a.html", "A");
        writer.commit();

        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            assertEquals(List.of(".broadsheet-manifest", "a.html"), files.filter(Files::isRegularFile)
                    .map(f -> dir.resolve("site").relativize(f).toString()).sorted().toList());
        }
    }

    @Test
    void anAbortedBuildLeavesTheSiteAsItWasAndTakesNoMoreFiles() throws IOException {
        SiteWriter first = writer();
        first.write("a.html", "A");
        first.commit();

        SiteWriter second = writer();
        second.write("a.html", "A2");
        second.abort();

        assertEquals("A", Files.readString(dir.resolve("site/a.html")));
        assertFalse(Files.exists(dir.resolve("staging")));
        assertThrows(IllegalStateException.class, () -> second.write("b.html", "B"));
    }

    @Test
    void twoOutputsForOnePathAreRefused() throws IOException {
        SiteWriter writer = writer();
        writer.write("a.html", "A");
        assertThrows(IllegalStateException.class, () -> writer.write("a.html", "A"));
    }

    @Test
    void threadsWritingIntoTheSameNewFoldersAtOnceEachFindTheFolderMade() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                Files.createDirectories(dir.resolve("round"));
                SiteWriter writer = new SiteWriter(dir.resolve("round/site"), dir.resolve("round/staging"), warnings::add);
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<?>> writes = new ArrayList<>();
                for (int thread = 0; thread < threads; thread++) {
                    String file = "en/2019/03/story/page-" + thread + ".html";
                    writes.add(pool.submit(() -> {
                        start.await();
                        writer.write(file, "x");
                        return null;
                    }));
                }
                for (Future<?> write : writes) {
                    write.get();
                }
                writer.commit();
                try (Stream<Path> written = Files.list(dir.resolve("round/site/en/2019/03/story"))) {
                    assertEquals(threads, written.count());
                }
                deleteTree(dir.resolve("round"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
