package org.broadsheet.persist;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.model.FolderWalk;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The digest of everything besides the articles that a build's output depends on: the generator's
 * own code (its jar's classes and resources), every file of the theme, the settings and other files of
 * {@code content/} (media by size and modification time), and the build options. A {@link BuildState} is
 * reused only under the same key.
 */
public final class StateKey {

    private StateKey() {
    }

    /**
     * The key of a build of the generator whose code has the digest {@code generator} with the theme and
     * settings that {@link #inputs} digested.
     */
    public static String of(String generator, String inputs) {
        MessageDigest digest = Digests.sha256();
        update(digest, generator);
        update(digest, inputs);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of the generator's own code: the classes and resources of its jar (or folder). */
    public static String generator() throws IOException {
        MessageDigest digest = Digests.sha256();
        CodeSource code = StateKey.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            update(digest, "generator unknown " + System.nanoTime());
        } else {
            try {
                return code(Path.of(code.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                update(digest, "generator " + code.getLocation());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of the code in {@code generator}, a jar or a folder of classes. */
    static String code(Path generator) throws IOException {
        MessageDigest digest = Digests.sha256();
        if (Files.isRegularFile(generator)) {
            jar(digest, generator);
        } else {
            files(digest, generator, walk(generator), path -> true, false);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The digest of the build options, every file of the theme and the settings and other files of
     * {@code content/}. It is taken before the build reads any of them: a file saved during the build then
     * gives the next build another key, never this build's output under the key of the new file, even when the file
     * is put back as it was before the next build (see {@link #files}).
     *
     * @param options      the build options, as text
     * @param contentFiles the files of {@code content/} besides articles, as {@link ContentLoader#list} found them
     */
    public static String inputs(String options, Path templatesDir, Path contentDir, List<Path> contentFiles)
            throws IOException {
        MessageDigest digest = Digests.sha256();
        update(digest, "options " + options);
        files(digest, templatesDir, walk(templatesDir), path -> true, true);
        files(digest, contentDir, contentFiles,
                path -> path.getFileName().toString().matches("(?i).*\\.ya?ml"), true);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The regular files below {@code root}, or null when it does not exist. */
    private static List<Path> walk(Path root) throws IOException {
        if (!Files.exists(root)) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        FolderWalk.walk(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (ContentLoader.regularFile(file, attributes)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /**
     * Adds {@code files}, found below {@code root} (or {@code root} itself, a jar), in a stable order:
     * their content where {@code byContent} says so, else their size and modification time; with {@code changeTimes},
     * also the time of each one's last change where the system keeps it, which every write sets and no program can set
     * back. The key is taken before the build reads the files: without it, a file saved in between and put back as it
     * was before the next build (an undo) would leave the pages made with what the build read under the key of the
     * file put back, and the next build would keep them.
     */
    private static void files(MessageDigest digest, Path root, List<Path> files, Predicate<Path> byContent,
                              boolean changeTimes) throws IOException {
        if (files == null) {
            update(digest, "missing " + root);
            return;
        }
        for (Path file : files.stream().sorted().toList()) {
            update(digest, root.relativize(file).toString());
            Map<String, Object> stamp = stamp(file);
            if (byContent.test(file)) {
                digest.update(Files.readAllBytes(file));
            } else {
                update(digest, stamp.get("size") + " " + ((FileTime) stamp.get("lastModifiedTime")).toMillis());
            }
            if (changeTimes) {
                update(digest, String.valueOf(stamp.get("ctime")));
            }
        }
    }

    /** The file's size, modification time and, where the system keeps it (not on Windows), last change time. */
    private static Map<String, Object> stamp(Path file) throws IOException {
        try {
            return Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
        } catch (UnsupportedOperationException noUnixView) {
            return Files.readAttributes(file, "size,lastModifiedTime");
        }
    }

    /**
     * Adds the classes and resources of the generator's jar by name, size and CRC-32, as its central directory
     * lists them, not the jar's bytes: packaging the same code again (as every {@code mvn package} of this
     * repository does) changes the entries' times but not the generator. Reading no entry, this costs a build a
     * few milliseconds where digesting every entry's content took about a tenth of a second of a cold JVM. The
     * pom it was built from says its dependencies.
     */
    private static void jar(MessageDigest digest, Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> !e.isDirectory() && (!e.getName().startsWith("META-INF/") || e.getName().endsWith("/pom.xml")))
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry entry : entries) {
                update(digest, entry.getName() + " " + entry.getSize() + " " + Long.toHexString(entry.getCrc()));
            }
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
