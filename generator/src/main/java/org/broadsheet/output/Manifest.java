package org.broadsheet.output;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The list of the files that the last committed build wrote into {@code site/}, kept in {@code site/}
 * itself, so that the next build knows what it may remove, and nothing else.
 */
public final class Manifest {

    /** The manifest's name in {@code site/}. */
    public static final String FILE = ".broadsheet-manifest";
    /**
     * The largest manifest read: a list of a million files is a few tens of megabytes, and a larger file
     * is not one that a build wrote.
     */
    static final long MAX_BYTES = 64L << 20;

    private final Path siteDir;

    Manifest(Path siteDir) {
        this.siteDir = siteDir;
    }

    /**
     * The files that the last committed build wrote. The manifest is a file of {@code site/}, which anyone
     * may have changed: a line is taken only when it names a file inside {@code site/} as the build itself
     * would write it (relative, no {@code .}, {@code ..} or empty segments), so that whatever it says,
     * nothing outside is deleted.
     *
     * @param warnings gets what could not be taken as found (a manifest too large to be one)
     */
    Set<String> files(Consumer<String> warnings) throws IOException {
        Path manifest = siteDir.resolve(FILE);
        Set<String> paths = new TreeSet<>();
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) && Files.size(manifest) > MAX_BYTES) {
            warnings.accept(manifest + " is larger than any list of a site's files (" + (MAX_BYTES >> 20)
                    + " MB) and was not read: files that earlier builds wrote and this one does not are left in "
                    + "place; delete them by hand if they should go");
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
        if (line.isEmpty() || line.equals(FILE) || line.indexOf('\\') >= 0 || line.indexOf('\0') >= 0
                || !plainSegments(line)) {
            return false;
        }
        if (File.separatorChar == '/') {
            // where a path is its segments joined by '/', plain segments name a file inside site/; a repeated build
            // reads every line, and resolving each as a path was most of the time a one-edit rebuild took to commit
            return true;
        }
        try {
            Path file = siteDir.resolve(line).normalize();
            return file.startsWith(siteDir.normalize()) && !file.equals(siteDir.normalize())
                    && siteDir.normalize().relativize(file).toString().replace('\\', '/').equals(line);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Whether {@code line} is relative and none of its segments is empty, {@code .} or {@code ..}. */
    private static boolean plainSegments(String line) {
        int start = 0;
        while (true) {
            int end = line.indexOf('/', start);
            int length = (end < 0 ? line.length() : end) - start;
            if (length == 0
                    || line.charAt(start) == '.' && (length == 1 || length == 2 && line.charAt(start + 1) == '.')) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            start = end + 1;
        }
    }

    /**
     * Lists {@code siteFiles} in {@code site/}, unless it lists them already; written into {@code stagingDir}
     * first and moved in, so that a link planted in its place is replaced.
     */
    void write(Set<String> siteFiles, Path stagingDir) throws IOException {
        byte[] manifest = bytes(siteFiles);
        Path manifestFile = siteDir.resolve(FILE);
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)
                || Files.size(manifestFile) != manifest.length
                || !Arrays.equals(Files.readAllBytes(manifestFile), manifest)) {
            Path staged = stagingDir.resolve(FILE);
            Files.write(staged, manifest);
            Files.move(staged, manifestFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The manifest listing {@code siteFiles}. */
    static byte[] bytes(Set<String> siteFiles) {
        return (String.join("\n", new TreeSet<>(siteFiles)) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
