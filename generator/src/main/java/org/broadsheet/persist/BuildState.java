package org.broadsheet.persist;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What a successful full build leaves under {@code target/} for the next one: the digest of each
 * page's, feed's and index's inputs, and what the article bodies linked to and published. A build
 * that finds it, made with the same generator, theme, settings and options ({@link #key}), renders
 * only what changed since, as the preview does between saves.
 *
 * @param key         the generator, theme, settings, media and options the state was built with
 * @param pages       page path → digest of its signature
 * @param feeds       feed path → digest of its entries
 * @param sitemap     digest of the sitemap's inputs
 * @param search      edition code → digest of the inputs of its search index
 * @param searchFiles the files of the search indexes
 * @param linkTargets page path → the article files its body linked to
 * @param media       page path → the content files it published
 */
public record BuildState(String key, Map<String, String> pages, Map<String, String> feeds, String sitemap,
                  Map<String, String> search,
                  Set<String> searchFiles, Map<String, Set<String>> linkTargets, Map<String, Set<String>> media) {

    private static final int FORMAT = 3;

    /** The state in {@code file} if it was written with {@code key}; empty if absent, unreadable or other. */
    public static Optional<BuildState> read(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        CRC32 checksum = new CRC32();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), checksum))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            BuildState state = new BuildState(key, readMap(in), readMap(in), in.readUTF(), readMap(in), readSet(in),
                    readSets(in), readSets(in));
            // a state damaged on disk would have the build take pages for up to date that are not
            long sum = checksum.getValue();
            return in.readLong() == sum ? Optional.of(state) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the state to {@code file} (through a temporary file, so that a crash leaves none or the whole). */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32 checksum = new CRC32();
        try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), checksum))) {
            out.writeInt(FORMAT);
            out.writeUTF(key);
            writeMap(out, pages);
            writeMap(out, feeds);
            out.writeUTF(sitemap);
            writeMap(out, search);
            writeSet(out, searchFiles);
            writeSets(out, linkTargets);
            writeSets(out, media);
            out.writeLong(checksum.getValue());
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeUTF(entry.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return map;
    }

    private static void writeSet(DataOutputStream out, Set<String> set) throws IOException {
        out.writeInt(set.size());
        for (String value : set) {
            out.writeUTF(value);
        }
    }

    private static Set<String> readSet(DataInputStream in) throws IOException {
        int size = in.readInt();
        Set<String> set = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            set.add(in.readUTF());
        }
        return set;
    }

    private static void writeSets(DataOutputStream out, Map<String, Set<String>> sets) throws IOException {
        out.writeInt(sets.size());
        for (Map.Entry<String, Set<String>> entry : sets.entrySet()) {
            out.writeUTF(entry.getKey());
            writeSet(out, entry.getValue());
        }
    }

    private static Map<String, Set<String>> readSets(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Set<String>> sets = new HashMap<>();
        for (int i = 0; i < size; i++) {
            sets.put(in.readUTF(), readSet(in));
        }
        return sets;
    }
}
