package org.broadsheet.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For any lines in {@code site/.broadsheet-manifest}, the build takes exactly those that resolve to a file inside
 * {@code site/} and that are the path it would write for that file: the next commit may delete what they name.
 */
class ManifestPropertyTest {

    @Property(tries = 300)
    void aLineIsTakenExactlyWhenItNamesAFileInsideTheSiteAsABuildWritesIt(@ForAll("lines") List<String> lines)
            throws IOException {
        Path dir = Files.createTempDirectory("manifest");
        try {
            Path site = Files.createDirectories(dir.resolve("site"));
            Files.write(site.resolve(Manifest.FILE), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            Set<String> expected = new TreeSet<>();
            lines.stream().filter(line -> namesAFileInside(site, line)).forEach(expected::add);
            assertEquals(expected, new Manifest(site).files(warning -> {
            }));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The rule as paths state it: inside {@code site/}, not {@code site/} itself, and written as the build writes it. */
    private static boolean namesAFileInside(Path site, String line) {
        if (line.isEmpty() || line.equals(Manifest.FILE) || line.indexOf('\\') >= 0 || line.indexOf('\0') >= 0) {
            return false;
        }
        try {
            Path file = site.resolve(line).normalize();
            return file.startsWith(site) && !file.equals(site) && site.relativize(file).toString().equals(line);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of("", ".", "..", "...", ".a", "a.", "..a", "index.html",
                        "en", "\\", "\0", " ", "~", "한", Manifest.FILE),
                Arbitraries.strings().withChars("a./\\").ofMaxLength(4));
        Arbitrary<String> line = segment.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("/", parts));
        return line.list().ofMaxSize(8);
    }
}
