package org.broadsheet.model;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A walk of {@code content/} or {@code templates/} that follows the symbolic link the folder itself may be, and no
 * other: a newsroom that keeps its articles in a repository of their own links {@code content/} to it, as Hugo
 * allows, while a link below it is a file or folder that the walk reports as a link.
 */
public final class FolderWalk {

    private FolderWalk() {
    }

    /**
     * {@link Files#walkFileTree(Path, FileVisitor)} of the folder {@code root} leads to, the {@code visitor} told
     * each path under {@code root}'s name.
     */
    public static void walk(Path root, FileVisitor<Path> visitor) throws IOException {
        Path real = root.toRealPath();
        Files.walkFileTree(real, new FileVisitor<>() {
            private Path named(Path path) {
                // most roots are their own real path, and then so is every path under them, as it is
                return real.equals(root) ? path : root.resolve(real.relativize(path));
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                return visitor.preVisitDirectory(named(dir), attributes);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                return visitor.visitFile(named(file), attributes);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                return visitor.visitFileFailed(named(file), e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return visitor.postVisitDirectory(named(dir), e);
            }
        });
    }
}
