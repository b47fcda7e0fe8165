package org.broadsheet.persist;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.broadsheet.persist.CheckedFile.string;

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

    private static final int FORMAT = 5;

    /** The state in {@code file} if it was written with {@code key}; empty if absent, unreadable or other. */
    public static Optional<BuildState> read(Path file, String key) {
        return CheckedFile.read(file, in -> in.readInt() != FORMAT || !key.equals(string(in)) ? null
                : new BuildState(key, readMap(in), readMap(in), string(in), readMap(in), readSet(in), readSets(in),
                        readSets(in)));
    }

    /** Writes the state to {@code file} (see {@link CheckedFile}). */
    public void write(Path file) throws IOException {
        CheckedFile.write(file, out -> {
            out.writeInt(FORMAT);
            string(out, key);
            writeMap(out, pages);
            writeMap(out, feeds);
            string(out, sitemap);
            writeMap(out, search);
            writeSet(out, searchFiles);
            writeSets(out, linkTargets);
            writeSets(out, media);
        });
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            string(out, entry.getKey());
            string(out, entry.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(string(in), string(in));
        }
        return map;
    }

    private static void writeSet(DataOutputStream out, Set<String> set) throws IOException {
        out.writeInt(set.size());
        for (String value : set) {
            string(out, value);
        }
    }

    private static Set<String> readSet(DataInputStream in) throws IOException {
        int size = in.readInt();
        Set<String> set = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            set.add(string(in));
        }
        return set;
    }

    private static void writeSets(DataOutputStream out, Map<String, Set<String>> sets) throws IOException {
        out.writeInt(sets.size());
        for (Map.Entry<String, Set<String>> entry : sets.entrySet()) {
            string(out, entry.getKey());
            writeSet(out, entry.getValue());
        }
    }

    private static Map<String, Set<String>> readSets(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Set<String>> sets = new HashMap<>();
        for (int i = 0; i < size; i++) {
            sets.put(string(in), readSet(in));
        }
        return sets;
    }
}
