package org.broadsheet.migrate;

import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;
import org.broadsheet.content.LooseFrontMatter;
import org.broadsheet.diag.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Lists and reads the files of the old site, turning what cannot be read into findings. */
final class SourceFiles {

    /** Generated output, dependencies and tool folders of the old site, never content. */
    private static final Set<String> IGNORED = Set.of("_site", "public", "resources", "node_modules", "vendor",
            ".git", ".jekyll-cache", ".sass-cache");

    private final Path root;
    private final Findings findings;

    SourceFiles(Path root, Findings findings) {
        this.root = root;
        this.findings = findings;
    }

    /** Every file below {@code folder} (relative to the site, {@code ""} for all), NFC, sorted, without ignored folders. */
    List<String> list(String folder) {
        Path start = folder.isEmpty() ? root : root.resolve(folder);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(start)) {
            List<String> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).forEach(file -> {
                String relative = Normalizer.normalize(root.relativize(file).toString().replace('\\', '/'),
                        Normalizer.Form.NFC);
                if (Stream.of(relative.split("/")).noneMatch(s -> IGNORED.contains(s) || s.startsWith("."))) {
                    files.add(relative);
                }
            });
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    /** The front matter and body of a Markdown file, or empty after a finding that says why it is skipped. */
    Optional<LooseDocument> document(String path) {
        Problems problems = new Problems();
        Optional<LooseDocument> document = LooseFrontMatter.read(bytes(path), path, problems);
        problems.sorted().forEach(p -> findings.add(Category.SKIPPED, p.path(), p.line(), "not imported: " + p.message()));
        return document;
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
                problems.sorted().forEach(p -> findings.add(Category.SETTINGS, p.path(), p.line(),
                        "settings not read: " + p.message()));
                return settings.orElse(Map.of());
            }
        }
        return Map.of();
    }

    private byte[] bytes(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
