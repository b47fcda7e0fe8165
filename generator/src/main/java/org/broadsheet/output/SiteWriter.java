package org.broadsheet.output;

import org.broadsheet.model.ContentPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    /** Lists the files of the last build, so that the next one knows what it may remove. */
    public static final String MANIFEST = ".broadsheet-manifest";
    /**
     * The largest manifest read: a list of a million files is a few tens of megabytes, and a larger file
     * is not one that a build wrote.
     */
    static final long MAX_MANIFEST_BYTES = 64L << 20;

    private final Path siteDir;
    private final Path stagingDir;
    private final Set<String> written = new ConcurrentSkipListSet<>();
    private final Map<String, Path> staged = new ConcurrentHashMap<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, Kind> onDisk = new HashMap<>();
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
        this.freshTree = Files.exists(siteDir) ? null : stagingDir.resolve("site");
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
        Set<String> obsolete = publishedFiles();
        Set<String> listed = new TreeSet<>(obsolete);
        obsolete.removeAll(siteFiles);
        checkPlaces(obsolete);
        int removed = 0;
        try {
            // obsolete files go first: one may stand where a new file needs a folder, or the reverse
            for (String path : obsolete) {
                Path file = siteDir.resolve(path);
                if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed++;
                    deleteEmptyParents(file.getParent());
                }
                listed.remove(path);
            }
            for (String path : new TreeSet<>(staged.keySet())) {
                Path target = siteDir.resolve(path);
                folder(target.getParent());
                // a move replaces a symbolic link at the target itself, never the file it leads to
                Files.move(staged.get(path), target, StandardCopyOption.REPLACE_EXISTING);
                listed.add(path);
            }
        } catch (IOException | RuntimeException e) {
            // the manifest names what site/ now holds of Broadsheet's, so that the next build finishes the job
            try {
                writeManifest(listed);
            } catch (IOException manifestFailed) {
                e.addSuppressed(manifestFailed);
            }
            throw e;
        }
        writeManifest(siteFiles);
        deleteTree(stagingDir);
        return new Changes(staged.size(), written.size() - staged.size(), removed);
    }

    /**
     * Refuses, before anything in {@code site/} changes, a commit that would write through a symbolic
     * link, or whose files need the place of something that Broadsheet did not write (a file where a
     * folder goes, a folder of other files where a file goes). Files of the last build ({@code obsolete}
     * among them) are removed first and are in no one's way.
     */
    private void checkPlaces(Set<String> obsolete) throws IOException {
        Set<String> touched = new TreeSet<>(staged.keySet());
        touched.addAll(obsolete);
        for (String path : touched) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (kind(path.substring(0, slash)) == Kind.LINK) {
                    throw new InTheWay(path.substring(0, slash), "is a symbolic link where the site's files go; "
                            + "Broadsheet writes and deletes nothing through links: remove it (site/ was left as it was)");
                }
            }
        }
        for (String path : staged.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash);
                if (kind(folder) == Kind.FILE && !obsolete.contains(folder)) {
                    throw new InTheWay(folder, "is a file that Broadsheet did not write, where the site needs a "
                            + "folder (for " + path + "): move it away (site/ was left as it was)");
                }
            }
            if (kind(path) == Kind.FOLDER && !onlyObsolete(path, obsolete)) {
                throw new InTheWay(path, "is a folder holding files that Broadsheet did not write, where the site "
                        + "needs a file: move it away (site/ was left as it was)");
            }
        }
    }

    /** Whether every file below the folder {@code path} of {@code site/} is one of {@code obsolete}. */
    private boolean onlyObsolete(String path, Set<String> obsolete) throws IOException {
        Path folder = siteDir.resolve(path);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                    .allMatch(file -> obsolete.contains(path + "/" + folder.relativize(file).toString().replace('\\', '/')));
        }
    }

    private void writeManifest(Set<String> siteFiles) throws IOException {
        byte[] manifest = manifest(siteFiles);
        Path manifestFile = siteDir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)
                || Files.size(manifestFile) != manifest.length
                || !Arrays.equals(Files.readAllBytes(manifestFile), manifest)) {
            // written beside the staged files and moved in, so that a link planted in its place is replaced
            Path staged = stagingDir.resolve(MANIFEST);
            Files.write(staged, manifest);
            Files.move(staged, manifestFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the staged tree {@code site/} in one move, with its manifest; false (nothing moved) when
     * {@code site/} appeared meanwhile or cannot be moved to, and the files are then moved one by one.
     */
    private boolean moveFreshTree(Set<String> siteFiles) throws IOException {
        Files.createDirectories(freshTree);
        Files.write(freshTree.resolve(MANIFEST), manifest(siteFiles));
        try {
            Files.createDirectories(siteDir.toAbsolutePath().getParent());
            Files.move(freshTree, siteDir, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            Files.delete(freshTree.resolve(MANIFEST));
            return false;
        }
    }

    private static byte[] manifest(Set<String> siteFiles) {
        return (String.join("\n", new TreeSet<>(siteFiles)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Forgets the staged files; {@code site/} is not touched. */
    public void abort() throws IOException {
        close();
        deleteTree(stagingDir);
    }

    /**
     * The files that the last committed build wrote, from its manifest. The manifest is a file of
     * {@code site/}, which anyone may have changed: a line is taken only when it names a file inside
     * {@code site/} as the build itself would write it (relative, no {@code .}, {@code ..} or empty
     * segments), so that whatever it says, nothing outside is deleted.
     */
    public Set<String> publishedFiles() throws IOException {
        Path manifest = siteDir.resolve(MANIFEST);
        Set<String> paths = new TreeSet<>();
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) && Files.size(manifest) > MAX_MANIFEST_BYTES) {
            warnings.accept(siteDir.resolve(MANIFEST) + " is larger than any list of a site's files ("
                    + (MAX_MANIFEST_BYTES >> 20) + " MB) and was not read: files that earlier builds wrote and this one "
                    + "does not are left in place; delete them by hand if they should go");
        } else if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            for (String line : new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8).split("\n")) {
                if (insideSite(line)) {
                    paths.add(line);
                }
            }
        }
        return paths;
    }

    private boolean insideSite(String line) {
        if (line.isEmpty() || line.equals(MANIFEST) || line.indexOf('\\') >= 0 || line.indexOf('\0') >= 0) {
            return false;
        }
        try {
            Path file = siteDir.resolve(line).normalize();
            return file.startsWith(siteDir.normalize()) && !file.equals(siteDir.normalize())
                    && siteDir.normalize().relativize(file).toString().replace('\\', '/').equals(line);
        } catch (InvalidPathException e) {
            return false;
        }
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

    /** What a path of {@code site/} is, without following a symbolic link. */
    private enum Kind { LINK, FILE, FOLDER, NOTHING }

    private Kind kind(String path) {
        return onDisk.computeIfAbsent(path, p -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(siteDir.resolve(p), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return attributes.isSymbolicLink() ? Kind.LINK : attributes.isDirectory() ? Kind.FOLDER : Kind.FILE;
            } catch (IOException e) {
                return Kind.NOTHING;
            }
        });
    }

    private void folder(Path folder) throws IOException {
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
    }

    private void deleteEmptyParents(Path folder) throws IOException {
        while (folder != null && folder.startsWith(siteDir) && !folder.equals(siteDir)) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            folder = folder.getParent();
        }
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
