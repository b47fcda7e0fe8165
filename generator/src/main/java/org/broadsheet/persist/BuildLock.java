package org.broadsheet.persist;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;

/**
 * The work folder held by one build of a project at a time, across processes: the preview rebuilding on a save
 * and {@code mvn package} run in another terminal share {@code site/} and the work folder, and two builds at once
 * would stage files in one folder, each deleting and taking the other's. The second waits for the first. The
 * operating system lets go of the lock when its process ends, however it ends. The file names the builder that
 * held it last, so that a builder can tell whether another changed {@code site/} since its own last build.
 */
public final class BuildLock implements AutoCloseable {

    /** More than any builder's name: a file damaged to a larger size is read as another builder's. */
    private static final int MAX_HOLDER = 256;

    /** How often a build that waits asks again: builds take a second or more, a human's patience longer. */
    private static final long POLL_MILLIS = 20;

    private static final String GAVE_UP = "stopped while waiting for another build of the project";

    private final FileChannel channel;

    private BuildLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock on {@code file}, telling {@code waiting} first when another build holds it; gives up, with an
     * {@link InterruptedIOException}, as soon as {@code stopped} says so or the thread is interrupted.
     */
    public static BuildLock take(Path file, Runnable waiting, BooleanSupplier stopped) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            for (boolean told = false; !stopped.getAsBoolean(); told = true) {
                if (taken(channel)) {
                    return new BuildLock(channel);
                }
                if (!told) {
                    waiting.run();
                }
                Thread.sleep(POLL_MILLIS);
            }
            throw new InterruptedIOException(GAVE_UP);
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(GAVE_UP);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether the lock could be taken now. Asked again and again rather than waited for, since a builder of this
     * JVM holding it (the preview's, while a test builds the project) is no other process to the operating system.
     */
    private static boolean taken(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        }
    }

    /** The builder that held the lock last, as it {@link #sign signed}; empty when none did. */
    public String lastHolder() throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(channel.size(), MAX_HOLDER));
        while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) > 0) {
            // a name is read whole
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }

    /** Names {@code holder} as the builder that holds the lock now. */
    public void sign(String holder) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** Lets the next build go. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
