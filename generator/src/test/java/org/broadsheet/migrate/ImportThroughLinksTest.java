package org.broadsheet.migrate;

import org.broadsheet.build.BuildLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import writes nothing through a symbolic link that a pull request may have planted in the project: a folder of
 * {@code content/}, a file it would replace, or a report, leading to a folder outside ({@code ~/.ssh}).
 */
class ImportThroughLinksTest {

    @TempDir
    Path dir;
    private Path old;
    private Path project;
    private Path outside;

    @BeforeEach
    void oldSiteWithAPictureAndAFile() throws IOException {
        old = dir.resolve("old");
        project = dir.resolve("project");
        outside = dir.resolve("outside");
        Files.createDirectories(outside);
        write(old.resolve("_config.yml"), "title: Old\nurl: https://old.example.org\n");
        write(old.resolve("_posts/2020-01-01-pier.md"), "---\ntitle: Pier\n---\n![The pier](/assets/pier.png) "
                + "[The report](/files/tides.pdf)\n");
        write(old.resolve("assets/pier.png"), "PNG");
        write(old.resolve("files/tides.pdf"), "%PDF");
        Files.createDirectories(project.resolve("content/en"));
    }

    @Test
    void linksOnTheWayToTheFilesItWritesAreRefusedAllAtOnceAndNothingIsWritten() throws IOException {
        Files.createSymbolicLink(project.resolve("content/images"), outside);
        Files.createSymbolicLink(project.resolve("content/en/2020"), outside);
        Files.createSymbolicLink(project.resolve("content/site.yml"), outside.resolve("site.yml"));
        ImportResult result = run(true);
        assertEquals(List.of("the import would write through these symbolic links, which may lead outside the project: "
                + "content/en/2020, content/images, content/site.yml; the importer writes nothing through a link (and "
                + "the build reads nothing through a link to a folder): replace each with the folder or file itself"),
                result.refusals());
        assertEquals(List.of(outside), files(outside));
        assertEquals(List.of(), files(project).stream().filter(Files::isRegularFile).toList());
    }

    @Test
    void aReportThatIsALinkIsReplacedNotWrittenThrough() throws IOException {
        Path bashrc = outside.resolve(".bashrc");
        write(bashrc, "export PATH\n");
        Files.createSymbolicLink(project.resolve(ImportReport.FILE), bashrc);
        ImportResult result = run(false);
        assertEquals(List.of(), result.refusals());
        assertEquals("export PATH\n", Files.readString(bashrc));
        assertTrue(Files.isRegularFile(project.resolve(ImportReport.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readString(project.resolve(ImportReport.FILE)).startsWith("# Import report"));
    }

    private ImportResult run(boolean force) throws IOException {
        return Importer.run(new ImportOptions(SourceKind.JEKYLL, old, project, null, force, null), BuildLog.SILENT);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
