package org.broadsheet.output;

import org.broadsheet.model.ContentPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a build into a staging folder, then, only if the build succeeded, brings {@code site/} up
 * to date: files whose bytes changed are moved in, unchanged files are not touched (their
 * modification times stay), and files of the previous build that are no longer produced are
 * removed. Files in {@code site/} that Broadsheet did not write are left alone. A failed build
 * leaves {@code site/} exactly as it was.
 *
 * <p>A file whose bytes equal those already in {@code site/} is not staged at all, and staged files
 * sit side by side in one folder: on slow file systems, creating folders and files is what costs.
 * When there is no {@code site/} yet, files are staged in the site's own tree, which then becomes
 * {@code site/} in one move.
 *
 * <p>Once committed or aborted, a writer takes no more files: a build that fails in one of its parallel
 * tasks returns while the others may still be running, and what they write must reach neither this
 * build's {@code site/} nor the staging folder of the next build.
 */
public final class SiteWriter {

    private final Path siteDir;
    private final Path stagingDir;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private final Manifest manifest;
    private final Consumer<String> warnings;
    /** The whole site's tree, staged, when there was no {@code site/}; else null. */
    private final Path freshTree;
    /** Held shared by each write, exclusively by commit and abort. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    /**
     * @param stagingDir a folder of the build's own; emptied first
     * @param warnings   gets what the writer could not take as it found it (a manifest too large to be one)
     */
    public SiteWriter(Path siteDir, Path stagingDir, Consumer<String> warnings) throws IOException {
        this.siteDir = siteDir;
        this.stagingDir = stagingDir;
        this.warnings = warnings;
        deleteTree(stagingDir);
        Files.createDirectories(stagingDir);
        folders.add(stagingDir);
        this.freshTree = Files.exists(siteDir) ? null : stagingDir.resolve("site");
        this.manifest = new Manifest(siteDir);
    }

    /** Where a file of the site is staged. */
    private Path stagedFile(String path) throws IOException {
        if (freshTree == null) {
            return stagingDir.resolve(Integer.toString(counter.incrementAndGet()));
        }
        Path file = freshTree.resolve(path);
        folder(file.getParent());
        return file;
    }

    /** Writes the file at {@code path} (relative to the site root, {@code /} separated), unless {@code site/} has it already. */
    public void write(String path, byte[] bytes) {
        lock.readLock().lock();
        try {
            open();
            claim(path);
            Path current = siteDir.resolve(path);
            if (freshTree == null && Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(current) == bytes.length && Arrays.equals(Files.readAllBytes(current), bytes)) {
                return;
            }
            Path file = stagedFile(path);
            Files.write(file, bytes);
            staged.put(path, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Copies {@code source}, a file of the folder {@code root}, to {@code path}, unless {@code site/} has it
     * already. False, and nothing copied, when {@code source} with its symbolic links followed is not a
     * file inside {@code root}: that is checked here, as the file is copied, because a link may have been
     * planted since the build first looked at it.
     */
    public boolean copy(Path root, Path source, String path) {
        lock.readLock().lock();
        try {
            open();
            claim(path);
            Optional<Path> real = ContentPaths.realInside(root, source);
            if (real.isEmpty() || !Files.isRegularFile(real.get(), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Path current = siteDir.resolve(path);
            if (freshTree == null && Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)
                    && Files.mismatch(real.get(), current) == -1) {
                return true;
            }
            Path file = stagedFile(path);
            // a link put in place of the resolved file itself is not followed either
            try (InputStream in = Files.newInputStream(real.get(), LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            staged.put(path, file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the build was committed or abandoned; no more files are taken");
        }
    }

    /** Waits for the writes under way and takes no more. */
    private void close() {
        lock.writeLock().lock();
        try {
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void claim(String path) {
        if (!written.add(path)) {
            throw new IllegalStateException("two outputs for " + path);
        }
    }

    /** The paths written so far (changed or not). */
    public Set<String> files() {
        return Collections.unmodifiableSet(written);
    }

    /** The outcome of {@link #commit()}. */
    public record Changes(int written, int unchanged, int removed) {
    }

    /** Brings {@code site/} up to date with the files written, which are the whole site, and removes the staging folder. */
    public Changes commit() throws IOException {
        return commit(written);
    }

    /**
     * Brings {@code site/} up to date when only some of its files were written: afterwards the site
     * holds {@code siteFiles} (written ones replaced where their bytes changed, the others as they
     * were); files of the previous build outside {@code siteFiles} are removed.
     */
    public Changes commit(Set<String> siteFiles) throws IOException {
        close();
        if (freshTree != null && moveFreshTree(siteFiles)) {
            deleteTree(stagingDir);
            return new Changes(staged.size(), written.size() - staged.size(), 0);
        }
        Files.createDirectories(siteDir);
        int removed = new SiteSync(siteDir, stagingDir, manifest).apply(staged, siteFiles, publishedFiles());
        deleteTree(stagingDir);
        return new Changes(staged.size(), written.size() - staged.size(), removed);
    }

    /**
     * Makes the staged tree {@code site/} in one move, with its manifest; false (nothing moved) when
     * {@code site/} appeared meanwhile or cannot be moved to, and the files are then moved one by one.
     */
    private boolean moveFreshTree(Set<String> siteFiles) throws IOException {
        Files.createDirectories(freshTree);
        Files.write(freshTree.resolve(Manifest.FILE), Manifest.bytes(siteFiles));
        try {
            Files.createDirectories(siteDir.toAbsolutePath().getParent());
            Files.move(freshTree, siteDir, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            Files.delete(freshTree.resolve(Manifest.FILE));
            return false;
        }
    }

    /** Forgets the staged files; {@code site/} is not touched. */
    public void abort() throws IOException {
        close();
        deleteTree(stagingDir);
    }

    /** The files that the last committed build wrote, from its manifest (see {@link Manifest}). */
    public Set<String> publishedFiles() throws IOException {
        return manifest.files(warnings);
    }

    /** Something in {@code site/} that Broadsheet did not write, in the way of the build's files: nothing is changed. */
    public static final class InTheWay extends IOException {
        private final String path;

        InTheWay(String path, String problem) {
            super(problem);
            this.path = path;
        }

        /** What is in the way, relative to {@code site/}. */
        public String path() {
            return path;
        }
    }

    /**
     * Makes {@code folder}, parents first, each once: a folder is known only once it exists, so that a
     * thread never writes into one that another thread is still making. Not {@link Files#createDirectories},
     * which first tries the folder itself and then walks up its missing parents by failed calls, each an
     * exception: thousands in a new site's month folders.
     */
    private void folder(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            folder(parent);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            // made by another thread meanwhile; anything else in its place is in the way
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
        folders.add(folder);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        paths.sort(Comparator.reverseOrder());
        for (Path path : paths) {
            try {
                Files.delete(path);
            } catch (NoSuchFileException ignored) {
                // already gone: nothing to do
            }
        }
    }
}
