package org.broadsheet.migrate;

import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;
import org.broadsheet.content.LooseFrontMatter;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.ContentPaths;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Lists and reads the files of the old site, turning what cannot be read into findings. */
final class SourceFiles {

    /** Generated output, dependencies and tool folders of the old site, never content. */
    private static final Set<String> IGNORED = Set.of("_site", "public", "resources", "node_modules", "vendor",
            ".git", ".jekyll-cache", ".sass-cache");

    private static final String OUTSIDE = "not imported: a symbolic link to a file outside the old site, which the "
            + "import never reads: put the file itself in the old site";

    private final Path root;
    private final Findings findings;

    SourceFiles(Path root, Findings findings) {
        this.root = root;
        this.findings = findings;
    }

    /** Every file below {@code folder} (relative to the site, {@code ""} for all), NFC, sorted, without ignored folders. */
    List<String> list(String folder) {
        Path start = folder.isEmpty() ? root : onDisk(root, folder);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        if (!inside(root, start)) {
            // a contentDir or a module mount of '/' or '../..' would walk the importing machine's disk
            findings.add(Category.SETTINGS, folder, 0, "a folder outside the old site, which the import never reads: "
                    + "its files are not imported");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(start)) {
            List<String> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = Normalizer.normalize(root.relativize(file).toString().replace('\\', '/'),
                        Normalizer.Form.NFC);
                if (Stream.of(relative.split("/")).anyMatch(s -> IGNORED.contains(s) || s.startsWith("."))) {
                    return;
                }
                if (inside(root, file)) {
                    files.add(relative);
                } else {
                    findings.add(Category.SKIPPED, relative, 0, OUTSIDE);
                }
            });
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return exists(root, path);
    }

    /**
     * Whether {@code path} names a file of the old site at {@code root}: a regular file, reached without
     * leaving the site by {@code ..} or by a symbolic link on the way. The import reads no other file.
     */
    static boolean exists(Path root, String path) {
        Path file = onDisk(root, path);
        return Files.isRegularFile(file) && inside(root, file);
    }

    /**
     * The file of the site at {@code root} that {@code path} names as {@link #list} names it (NFC), whichever Unicode
     * form its names have on the disk: macOS writes Hangul decomposed (NFD), git keeps those bytes, and Linux does not
     * compose them, so that a folder {@code 등대} written on a Mac is not found by its composed name.
     */
    static Path onDisk(Path root, String path) {
        Path file = root.resolve(path);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || path.chars().allMatch(c -> c < 0x80)) {
            return file;
        }
        Path at = root;
        for (String name : path.split("/")) {
            Path next = at.resolve(name);
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
                try (Stream<Path> names = Files.list(at)) {
                    next = names.filter(p -> Normalizer.normalize(p.getFileName().toString(), Normalizer.Form.NFC)
                            .equals(composed)).findFirst().orElse(null);
                } catch (IOException e) {
                    next = null;
                }
                if (next == null) {
                    return file;
                }
            }
            at = next;
        }
        return at;
    }

    private static boolean inside(Path root, Path file) {
        return file.normalize().startsWith(root.normalize()) && ContentPaths.realInside(root, file).isPresent();
    }

    /** The text of the file at {@code path}, when it is a file of the old site and UTF-8 text. */
    Optional<String> text(String path) {
        if (!exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes(path)))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The front matter and body of a Markdown file, or empty after a finding that says why it is skipped. */
    Optional<LooseDocument> document(String path) {
        Problems problems = new Problems();
        Optional<LooseDocument> document = LooseFrontMatter.read(bytes(path), path, problems);
        problems.sorted().forEach(p -> findings.add(Category.SKIPPED, p.path(), p.line(), "not imported: " + p.message()));
        return document;
    }

    /** The front matter and body of a Markdown file that is no post, or empty when they cannot be read. */
    Optional<LooseDocument> documentQuietly(String path) {
        return LooseFrontMatter.read(bytes(path), path, new Problems());
    }

    /** The values of settings read loosely, by name. */
    static Map<String, Object> values(Map<String, LooseField> settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        settings.forEach((name, field) -> values.put(name, field.value()));
        return values;
    }

    /**
     * The data files below {@code folder} ({@code _data}: YAML or JSON), as Jekyll's {@code site.data} holds
     * them: file name (without extension) → its value, a subfolder → a map of its own. A file that cannot be
     * read is reported and left out.
     */
    Map<String, Object> data(String folder) {
        Map<String, Object> data = new TreeMap<>();
        for (String path : list(folder)) {
            String[] names = path.substring(folder.length() + 1).split("/");
            String file = names[names.length - 1];
            if (!file.matches("(?i).+\\.(ya?ml|json)")) {
                continue;
            }
            Map<String, Object> into = data;
            for (int i = 0; i < names.length - 1 && into != null; i++) {
                into = into.computeIfAbsent(names[i], k -> new TreeMap<String, Object>()) instanceof Map<?, ?> sub
                        ? cast(sub) : null;
            }
            Problems problems = new Problems();
            Optional<Object> value = LooseFrontMatter.value(bytes(path), path, problems);
            problems.sorted().forEach(p -> findings.add(Category.SETTINGS, p.path(), p.line(), "data not read: "
                    + p.message()));
            if (into != null && value.isPresent()) {
                into.put(file.substring(0, file.lastIndexOf('.')), value.get());
            }
        }
        return data;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** Reports the keys a document gives twice, whose last value was taken. */
    static void reportReplaced(String path, LooseDocument document, Findings findings) {
        for (LooseField replaced : document.replaced()) {
            LooseField kept = document.fields().get(replaced.name());
            findings.add(Category.REPEATED_KEY, path, kept.line(), "'" + replaced.name() + "' is given twice; took "
                    + "this value, not the one of line " + replaced.line() + ", as Jekyll and Hugo do", replaced.name());
        }
    }

    /** The first of {@code candidates} that exists, or null. */
    String firstExisting(List<String> candidates) {
        return candidates.stream().filter(this::exists).findFirst().orElse(null);
    }

    /** The settings of the first of {@code candidates} that exists, or an empty map. */
    Map<String, LooseField> settings(List<String> candidates) {
        for (String candidate : candidates) {
            if (exists(candidate)) {
                Problems problems = new Problems();
                Optional<Map<String, LooseField>> settings = LooseFrontMatter.settings(bytes(candidate), candidate, problems);
                if (settings.isEmpty() && candidate.matches("(?i).*\\.ya?ml")) {
                    Optional<Map<String, LooseField>> byKey = text(candidate)
                            .flatMap(yaml -> SettingsBlocks.read(yaml, candidate, findings));
                    if (byKey.isPresent()) {
                        return byKey.get();
                    }
                }
                problems.sorted().forEach(p -> findings.add(Category.SETTINGS, p.path(), p.line(),
                        "settings not read: " + p.message()));
                return settings.orElse(Map.of());
            }
        }
        return Map.of();
    }

    private byte[] bytes(String path) {
        try {
            return Files.readAllBytes(onDisk(root, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
