package org.broadsheet;

import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample newsroom of the repository, built once per test JVM and shared by the tests that only read
 * what it published. A test that changes the newsroom, or needs a build of its own (reproducibility, the
 * preview), builds a copy instead.
 */
public final class SampleNewsroom {

    private static Built built;

    /** The published site and the build's result. */
    public record Built(Path site, BuildResult result) {
    }

    private SampleNewsroom() {
    }

    /** The sample newsroom built, the first call building it; the build must succeed. */
    public static synchronized Built built() {
        if (built == null) {
            try {
                Path dir = Files.createTempDirectory("broadsheet-sample");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path site = dir.resolve("site");
                BuildResult result = Generator.build(BuildOptions.standard(TestSite.repositoryRoot())
                        .withOutput(site, dir.resolve("work")), BuildLog.SILENT);
                if (!result.succeeded()) {
                    throw new AssertionError("the sample newsroom does not build: " + result.problems());
                }
                built = new Built(site, result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    /** The folder of the sample newsroom's published site. */
    public static Path site() {
        return built().site();
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder the system cleans up in the end
        }
    }
}
