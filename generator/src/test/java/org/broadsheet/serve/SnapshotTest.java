package org.broadsheet.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a snapshot of the watched folders tells of changes the watcher may not have reported. */
class SnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aLinkToAFolderMadeOrRemovedBetweenTwoSnapshotsIsAChange() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("shared"));
        Snapshot before = Snapshot.of(List.of(content));
        Path link = Files.createSymbolicLink(content.resolve("archive"), dir.resolve("shared"));
        Snapshot linked = Snapshot.of(List.of(content));
        assertEquals(Set.of(link), linked.changedSince(before));
        Files.delete(link);
        assertEquals(Set.of(link), Snapshot.of(List.of(content)).changedSince(linked));
    }

    @Test
    void aLinkLeadingNowhereMadeOrRemovedBetweenTwoSnapshotsIsAChange() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Snapshot before = Snapshot.of(List.of(content));
        Path link = Files.createSymbolicLink(content.resolve("a.md"), Path.of("missing.md"));
        Snapshot linked = Snapshot.of(List.of(content));
        assertEquals(Set.of(link), linked.changedSince(before));
        assertEquals(Set.of(), Snapshot.of(List.of(content)).changedSince(linked.restamped(List.of(link))));
        Files.writeString(content.resolve("missing.md"), "now there");
        assertEquals(Set.of(link, content.resolve("missing.md")), Snapshot.of(List.of(content)).changedSince(linked));
        Files.delete(content.resolve("missing.md"));
        Files.delete(link);
        assertEquals(Set.of(link), Snapshot.of(List.of(content)).changedSince(linked));
    }

    @Test
    void aLinkToAFolderRestampedIsStampedAsTheWalkStampsIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("shared"));
        Path link = Files.createSymbolicLink(content.resolve("archive"), dir.resolve("shared"));
        Snapshot before = Snapshot.of(List.of(content)).restamped(List.of(link));
        // else each build told of the link would find it changed since, and build again without end
        assertEquals(Set.of(), Snapshot.of(List.of(content)).changedSince(before));
    }
}
