package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * Writes a build into a staging folder, then, only if the build succeeded, brings {@code site/} up
 * to date: files whose bytes changed are replaced, unchanged files are not touched (their
 * modification times stay), and files of the previous build that are no longer produced are
 * removed. Files in {@code site/} that Broadsheet did not write are left alone. A failed build
 * leaves {@code site/} exactly as it was.
 */
public final class SiteWriter {

    /** Lists the files of the last build, so that the next one knows what it may remove. */
    public static final String MANIFEST = ".broadsheet-manifest";

    private final Path siteDir;
    private final Path stagingDir;
    private final Set<String> written = new ConcurrentSkipListSet<>();

    /** @param stagingDir a folder of the build's own; emptied first */
    public SiteWriter(Path siteDir, Path stagingDir) throws IOException {
        this.siteDir = siteDir;
        this.stagingDir = stagingDir;
        deleteTree(stagingDir);
        Files.createDirectories(stagingDir);
    }

    /** Stages the file at {@code path} (relative to the site root, {@code /} separated). */
    public void write(String path, byte[] bytes) {
        Path target = staged(path);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void copy(Path source, String path) {
        Path target = staged(path);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path staged(String path) {
        if (!written.add(path)) {
            throw new IllegalStateException("two outputs for " + path);
        }
        return stagingDir.resolve(path);
    }

    /** The paths staged so far. */
    public Set<String> files() {
        return Collections.unmodifiableSet(written);
    }

    public Path stagingDir() {
        return stagingDir;
    }

    /** The outcome of {@link #commit()}. */
    public record Changes(int written, int unchanged, int removed) {
    }

    /** Brings {@code site/} up to date with the staged files, which are the whole site, and removes the staging folder. */
    public Changes commit() throws IOException {
        return commit(written);
    }

    /**
     * Brings {@code site/} up to date when only some of its files were staged: afterwards the site
     * holds {@code siteFiles} (staged ones replaced where their bytes changed, the others as they
     * were); files of the previous build outside {@code siteFiles} are removed.
     */
    public Changes commit(Set<String> siteFiles) throws IOException {
        Files.createDirectories(siteDir);
        int changed = 0;
        for (String path : written) {
            Path source = stagingDir.resolve(path);
            Path target = siteDir.resolve(path);
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
            changed++;
        }
        int removed = 0;
        for (String path : publishedFiles()) {
            if (!siteFiles.contains(path) && Files.deleteIfExists(siteDir.resolve(path))) {
                removed++;
                deleteEmptyParents(siteDir.resolve(path).getParent());
            }
        }
        byte[] manifest = (String.join("\n", new TreeSet<>(siteFiles)) + "\n").getBytes(StandardCharsets.UTF_8);
        Path manifestFile = siteDir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile) || !Arrays.equals(Files.readAllBytes(manifestFile), manifest)) {
            Files.write(manifestFile, manifest);
        }
        deleteTree(stagingDir);
        return new Changes(changed, written.size() - changed, removed);
    }

    /** Forgets the staged files; {@code site/} is not touched. */
    public void abort() throws IOException {
        deleteTree(stagingDir);
    }

    /** The files that the last committed build wrote, from its manifest. */
    public Set<String> publishedFiles() throws IOException {
        Path manifest = siteDir.resolve(MANIFEST);
        Set<String> paths = new TreeSet<>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.contains("..")) {
                    paths.add(line);
                }
            }
        }
        return paths;
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
