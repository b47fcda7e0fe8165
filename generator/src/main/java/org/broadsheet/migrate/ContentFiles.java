package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files an import writes into {@code content/}: planned in full first, so that existing files are
 * refused all at once before anything is written.
 */
final class ContentFiles {

    private final Path contentDir;
    private final Map<String, String> texts = new TreeMap<>();
    private final Map<String, Path> copies = new TreeMap<>();
    private final Map<String, String> appends = new TreeMap<>();

    ContentFiles(Path contentDir) {
        this.contentDir = contentDir;
    }

    void text(String path, String text) {
        texts.put(path, text);
    }

    void copy(String path, Path source) {
        copies.put(path, source);
    }

    /** Text added at the end of an existing file (new keys of {@code topics.yml}). */
    void append(String path, String text) {
        appends.put(path, text);
    }

    /** The planned files that exist already (appends excepted), as {@code content/…} paths. */
    List<String> existing() {
        List<String> existing = new ArrayList<>();
        texts.keySet().stream().filter(p -> Files.exists(contentDir.resolve(p))).forEach(p -> existing.add("content/" + p));
        copies.keySet().stream().filter(p -> Files.exists(contentDir.resolve(p))).forEach(p -> existing.add("content/" + p));
        existing.sort(null);
        return existing;
    }

    /**
     * The symbolic links on the way to the planned files (a folder of {@code content/} or a file itself), as
     * {@code content/…} paths, sorted. Writing through one would put the file wherever it leads, outside the project
     * if it was planted so ({@code content/images} → {@code ~/.ssh}); {@code content/} itself may be one.
     */
    List<String> links() {
        return Stream.of(texts.keySet(), copies.keySet(), appends.keySet()).flatMap(Set::stream)
                .flatMap(path -> ContentPaths.linkOnTheWay(contentDir, path).stream())
                .map(link -> "content/" + link)
                .distinct().sorted().toList();
    }

    /** Writes everything; returns the files written as {@code content/…} paths, sorted. */
    List<String> write() throws IOException {
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Path file = prepare(text.getKey());
            Files.writeString(file, text.getValue(), StandardCharsets.UTF_8);
            written.add("content/" + text.getKey());
        }
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            Files.copy(copy.getValue(), prepare(copy.getKey()), StandardCopyOption.REPLACE_EXISTING);
            written.add("content/" + copy.getKey());
        }
        for (Map.Entry<String, String> append : appends.entrySet()) {
            String before = Files.readString(prepare(append.getKey()), StandardCharsets.UTF_8);
            Files.writeString(contentDir.resolve(append.getKey()), (before.isEmpty() || before.endsWith("\n") ? "" : "\n")
                    + append.getValue(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            written.add("content/" + append.getKey());
        }
        written.sort(null);
        return written;
    }

    private Path prepare(String path) throws IOException {
        Path file = contentDir.resolve(path);
        Files.createDirectories(file.getParent());
        return file;
    }
}
