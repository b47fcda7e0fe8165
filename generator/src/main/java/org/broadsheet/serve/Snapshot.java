package org.broadsheet.serve;

import org.broadsheet.model.EditorFiles;
import org.broadsheet.model.FolderWalk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The size, modification time and identity of every file a build reads, below the folders the preview
 * watches (editors' temporary files left out). Comparing two tells which files changed between them,
 * whether or not the file system reported it: events are lost when a folder is created with files in it,
 * before the watcher starts, or when too many come at once.
 */
final class Snapshot {

    /**
     * A file as the snapshot saw it; a symbolic link is stamped as the file it leads to, or as itself when it leads to
     * a folder, which the build reports and does not enter, or to nothing, which it reports.
     */
    private record Stamp(long size, long modified, Object key) {

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    attributes.fileKey());
        }
    }

    private final List<Path> roots;
    private final Map<Path, Stamp> files;

    private Snapshot(List<Path> roots, Map<Path, Stamp> files) {
        this.roots = roots;
        this.files = files;
    }

    /** Walks {@code roots} (absolute); a file or folder that vanishes during the walk is left out. */
    static Snapshot of(List<Path> roots) {
        Map<Path, Stamp> files = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            walk(root, files);
        }
        return new Snapshot(List.copyOf(roots), files);
    }

    private static void walk(Path root, Map<Path, Stamp> files) {
        try {
            FolderWalk.walk(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(root) || !dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!EditorFiles.temporary(root.relativize(file))) {
                        Stamp stamp = stamp(file, attributes);
                        if (stamp != null) {
                            files.put(file, stamp);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException gone) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException gone) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException unreadable) {
            // the visitor passes over every failure; what could not be read is simply not in the snapshot
        }
    }

    /**
     * This snapshot with {@code changed} stamped again, as they are now; those that a snapshot leaves out are left
     * out (an editor's backup stamped here but in no later snapshot would be a change after every build).
     */
    Snapshot restamped(Collection<Path> changed) {
        Map<Path, Stamp> restamped = new HashMap<>(files);
        for (Path file : changed) {
            Stamp stamp = taken(file) ? stamp(file) : null;
            if (stamp == null) {
                restamped.remove(file);
            } else {
                restamped.put(file, stamp);
            }
        }
        return new Snapshot(roots, restamped);
    }

    /** Whether a snapshot stamps {@code file} when it exists: below a root, neither hidden nor an editor's file. */
    private boolean taken(Path file) {
        return roots.stream().anyMatch(root -> file.startsWith(root) && !file.equals(root)
                && !EditorFiles.temporary(root.relativize(file)));
    }

    /** The files created, changed or deleted between {@code earlier} and this snapshot. */
    Set<Path> changedSince(Snapshot earlier) {
        Set<Path> changed = new HashSet<>();
        files.forEach((file, stamp) -> {
            if (!Objects.equals(stamp, earlier.files.get(file))) {
                changed.add(file);
            }
        });
        earlier.files.keySet().stream().filter(file -> !files.containsKey(file)).forEach(changed::add);
        return changed;
    }

    /** The first file, in the order of paths, that {@code wanted} accepts. */
    Optional<Path> first(Predicate<Path> wanted) {
        return files.keySet().stream().filter(wanted).sorted().findFirst();
    }

    /** The stamp that a snapshot takes of {@code file}; null when it takes none. */
    private static Stamp stamp(Path file) {
        try {
            return stamp(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException gone) {
            return null;
        }
    }

    /**
     * The stamp of a regular file, following links, or of a link to a folder or to nothing (a file not there, a
     * loop), which the build reports; null for anything else.
     *
     * @param own {@code file}'s attributes, of the link itself when it is one
     */
    private static Stamp stamp(Path file, BasicFileAttributes own) {
        if (!own.isSymbolicLink()) {
            return own.isRegularFile() ? Stamp.of(own) : null;
        }
        try {
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            return target.isRegularFile() ? Stamp.of(target) : target.isDirectory() ? Stamp.of(own) : null;
        } catch (IOException nowhere) {
            return Stamp.of(own);
        }
    }
}
