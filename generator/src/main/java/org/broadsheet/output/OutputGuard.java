package org.broadsheet.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders where a build could destroy the newsroom's work: the project itself, the
 * content or theme, a folder that contains them, or a non-empty folder that Broadsheet did not create.
 */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Why {@code output} must not be written, or empty when it is safe. */
    public static Optional<String> refusal(Path output, Path projectRoot, List<Path> sources) throws IOException {
        Path out = real(output);
        Path root = real(projectRoot);
        if (out.equals(root) || root.startsWith(out)) {
            return Optional.of("the output folder " + output + " is the project folder or contains it; "
                    + "a build would replace the project's files. Use a folder of its own, such as site/");
        }
        for (Path source : sources) {
            Path dir = real(source);
            if (dir.startsWith(out) || out.startsWith(dir)) {
                return Optional.of("the output folder " + output + " overlaps " + source
                        + "; a build would overwrite the newsroom's files. Use a folder of its own, such as site/");
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(Manifest.FILE))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    return Optional.of("the output folder " + output + " holds files that Broadsheet did not "
                            + "write (it has no " + Manifest.FILE + "); empty it, or choose another folder");
                }
            }
        }
        return Optional.empty();
    }

    /** The path with symbolic links resolved as far as it exists. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
