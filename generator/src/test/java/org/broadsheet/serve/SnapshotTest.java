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
    void aLinkToAFolderRestampedIsStampedAsTheWalkStampsIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("shared"));
        Path link = Files.createSymbolicLink(content.resolve("archive"), dir.resolve("shared"));
        Snapshot before = Snapshot.of(List.of(content)).restamped(List.of(link));
        // else each build told of the link would find it changed since, and build again without end
        assertEquals(Set.of(), Snapshot.of(List.of(content)).changedSince(before));
    }
}
