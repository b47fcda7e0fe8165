package org.broadsheet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The watch of the folders the preview builds from, as they were when it started, which tells whether one of
 * them was replaced since: deleted and copied back, or another folder renamed in its place. The recursive
 * watcher says nothing of that and goes on watching the folder that is gone; a folder created again may even
 * get the number of the one deleted, so the file system's own watch of each folder tells, which ends with it.
 */
final class Watch implements FolderWatch {

    /**
     * The system refuses to watch the folders: Linux's limit of inotify watches or instances reached, or no watch
     * service at all. Unlike a folder gone while the watcher went through the folders, trying again does not help.
     */
    static final class Unavailable extends IOException {

        Unavailable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }


    private final List<Path> roots;
    /** Each root's identity when the watch started; null for one that did not exist. */
    private final List<Object> identities;
    /** Each root's own watch, which the file system cancels when the folder goes; null where there is none. */
    private final List<WatchKey> keys;
    private final WatchService ends;
    private final DirectoryWatcher changes;
    /**
     * The watcher's work, which ends only when it is closed, or when it fails: a folder deleted between the
     * watcher finding it and watching it, as it goes through the folders when it starts, ends it at once.
     */
    private final CompletableFuture<Void> watching;
    /**
     * Whether the watcher failed to handle an event, and says no more of it: a new folder that it was going through
     * to watch each folder in it, when one of them went meanwhile (moved or deleted by the program that made them).
     * It then reported nothing of the new folder, and watches none of the folders it had not reached yet.
     */
    private final AtomicBoolean missed;

    private Watch(List<Path> roots, List<Object> identities, List<WatchKey> keys, WatchService ends,
                  DirectoryWatcher changes, CompletableFuture<Void> watching, AtomicBoolean missed) {
        this.roots = roots;
        this.identities = identities;
        this.keys = keys;
        this.ends = ends;
        this.changes = changes;
        this.watching = watching;
        this.missed = missed;
    }

    /**
     * Starts watching the files below those of {@code roots} that exist now, telling {@code listener} of changes
     * under the roots' names.
     */
    static Watch start(List<Path> roots, DirectoryChangeListener listener) throws IOException {
        List<Object> identities = new ArrayList<>();
        List<WatchKey> keys = new ArrayList<>();
        Map<Path, Path> names = new HashMap<>();
        WatchService ends;
        try {
            ends = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new Unavailable(e);
        }
        try {
            for (Path root : roots) {
                Object identity = identity(root);
                identities.add(identity);
                keys.add(identity == null ? null : root.register(ends, StandardWatchEventKinds.ENTRY_DELETE));
                if (identity != null) {
                    // the watcher enters no symbolic link, not even the root's own (content/ linked to a repository)
                    names.put(root.toRealPath(), root);
                }
            }
            AtomicBoolean missed = new AtomicBoolean();
            DirectoryWatcher changes = names.isEmpty() ? null : DirectoryWatcher.builder()
                    .paths(List.copyOf(names.keySet())).fileHashing(false).listener(new DirectoryChangeListener() {
                        @Override
                        public void onEvent(DirectoryChangeEvent event) throws IOException {
                            listener.onEvent(named(event, names));
                        }

                        @Override
                        public void onException(Exception failure) {
                            missed.set(true);
                        }
                    }).build();
            CompletableFuture<Void> watching = changes == null ? null : changes.watchAsync();
            Watch watch = new Watch(List.copyOf(roots), identities, keys, ends, changes, watching, missed);
            // the watcher registers every folder before it returns: a refusal has already ended its work
            Throwable refused = watching == null ? null : watching.handle((done, failure) -> failure).getNow(null);
            if (refused instanceof UncheckedIOException io && !folderGone(io.getCause())) {
                watch.close();
                throw new Unavailable(io.getCause());
            }
            return watch;
        } catch (IOException e) {
            ends.close();
            throw e instanceof Unavailable || folderGone(e) ? e : new Unavailable(e);
        } catch (RuntimeException e) {
            ends.close();
            throw e;
        }
    }

    /** Whether the watcher failed on a folder that went as it set out to watch it, which another try will not meet. */
    private static boolean folderGone(IOException failure) {
        return failure instanceof NoSuchFileException || failure instanceof NotDirectoryException;
    }

    /**
     * {@code event} with its path under the name of the root it was found below, rather than its real path. The root
     * is found by the path: the watcher leaves the event's own root out when a folder deleted and created again
     * is watched anew before the watch of the one deleted is ended.
     */
    private static DirectoryChangeEvent named(DirectoryChangeEvent event, Map<Path, Path> names) {
        if (event.path() != null) {
            for (Map.Entry<Path, Path> root : names.entrySet()) {
                Path real = root.getKey();
                if (event.path().startsWith(real) && !real.equals(root.getValue())) {
                    return new DirectoryChangeEvent(event.eventType(), event.isDirectory(),
                            root.getValue().resolve(real.relativize(event.path())), event.hash(), event.count(),
                            root.getValue());
                }
            }
        }
        return event;
    }

    /**
     * Whether this watch must be started again: a root is not the folder watched (gone, created, or another one in
     * its place), or the watcher has stopped or missed changes.
     */
    @Override
    public boolean replaced() {
        if (missed.get() || watching != null && watching.isDone()) {
            return true;
        }
        for (int i = 0; i < roots.size(); i++) {
            WatchKey key = keys.get(i);
            if (key != null && !key.isValid() || !Objects.equals(identity(roots.get(i)), identities.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** What tells a folder from another put in its place while the first still existed; null when there is none. */
    private static Object identity(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            return attributes.isDirectory() ? Objects.requireNonNullElse(attributes.fileKey(), folder) : null;
        } catch (IOException gone) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (changes != null) {
                changes.close();
            }
        } finally {
            ends.close();
        }
    }
}
