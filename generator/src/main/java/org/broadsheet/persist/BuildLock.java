package org.broadsheet.persist;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The work folder held by one build of a project at a time, across processes: the preview rebuilding on a save
 * and {@code mvn package} run in another terminal share {@code site/} and the work folder, and two builds at once
 * would stage files in one folder, each deleting and taking the other's. The second waits for the first. The
 * operating system lets go of the lock when its process ends, however it ends.
 */
public final class BuildLock implements AutoCloseable {

    private final FileChannel channel;

    private BuildLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the lock on {@code file}, telling {@code waiting} first when another process holds it. */
    public static BuildLock take(Path file, Runnable waiting) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() == null) {
                waiting.run();
                channel.lock();
            }
            return new BuildLock(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Lets the next build go. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
