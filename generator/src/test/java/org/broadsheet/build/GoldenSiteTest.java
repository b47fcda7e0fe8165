package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Builds the fixture sites of {@code src/test/resources/sites/<case>/content} with the default theme
 * and compares every generated page with the checked-in {@code expected/} tree, byte for byte.
 * Theme assets and media are left out: they are copied, not rendered.
 *
 * <p>To accept a deliberate change of the output, refresh the expected files with
 * {@code mvn -pl generator verify -DskipITs -Dtest=GoldenSiteTest -Dbroadsheet.updateGolden=true}, review
 * the diff, and run again without the switch. A run that refreshes the files fails, so that the switch can never
 * be left on.
 */
class GoldenSiteTest {

    private static final Path SITES = TestSite.repositoryRoot().resolve("generator/src/test/resources/sites");
    private static final boolean UPDATE = Boolean.getBoolean("broadsheet.updateGolden");
    private static final Instant NOW = Instant.parse("2020-01-10T03:00:00Z");

    @TempDir
    Path dir;

    // one test, not a factory of dynamic ones: PIT runs a factory's build but not its comparisons, so no mutant of
    // the output would be seen to change a golden page
    @Test
    void basicSiteMatchesItsGoldenFiles() throws IOException {
        compare("basic");
    }

    private void compare(String name) throws IOException {
        Path fixture = SITES.resolve(name);
        // fixed assets, so that restyling the theme does not change every golden page's fingerprints
        TestSite site = TestSite.create(dir).file("templates/assets/style.css", "/* golden */\n")
                .file("templates/assets/search.js", "/* golden */\n");
        TestSite.copyTree(fixture.resolve("content"), dir.resolve("content"));
        // a day after the newest article, so that the English edition has a news sitemap and the Korean none
        BuildResult result = site.build(site.options().withNow(NOW));
        assertTrue(result.succeeded(), result.problems().toString());
        Path built = dir.resolve("site");
        Path expected = fixture.resolve("expected");
        if (UPDATE) {
            deleteTree(expected);
            for (String file : files(built)) {
                Files.createDirectories(expected.resolve(file).getParent());
                Files.copy(built.resolve(file), expected.resolve(file));
            }
            fail("the golden files of " + name + " were written again, not compared: review the diff, then run "
                    + "without -Dbroadsheet.updateGolden");
        }
        assertEquals(files(expected), files(built));
        // every file compared, each difference reported
        List<Executable> comparisons = new ArrayList<>();
        for (String file : files(expected)) {
            comparisons.add(() -> assertEquals(Files.readString(expected.resolve(file)), Files.readString(built.resolve(file)),
                    file + " differs from its golden file; refresh with -Dbroadsheet.updateGolden=true if intended"));
        }
        assertAll(comparisons);
    }

    private static TreeSet<String> files(Path root) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("assets/") && !p.startsWith("media/"))
                    .forEach(files::add);
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
