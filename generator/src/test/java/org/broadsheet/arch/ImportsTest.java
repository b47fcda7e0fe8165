package org.broadsheet.arch;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the engine's layers as STYLE.md draws them: imports flow downwards only, and each
 * third-party library is used in one package.
 */
class ImportsTest {

    private static final Path SOURCES = TestSite.repositoryRoot().resolve("generator/src/main/java/org/broadsheet");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** Package → the packages of ours it may import. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("diag", Set.of()),
            Map.entry("sanitize", Set.of("model")),
            Map.entry("markdown", Set.of("model", "diag", "sanitize")),
            // search takes documents, and names its files and writes their JSON as the rest of the site does
            Map.entry("search", Set.of("model", "output")),
            Map.entry("content", Set.of("model", "diag", "markdown")),
            Map.entry("output", Set.of("model", "diag")),
            Map.entry("site", Set.of("model", "diag")),
            Map.entry("render", Set.of("model", "diag", "markdown", "site", "output", "search")),
            // what a build keeps for the next one: the articles it read, digests of what it rendered, search postings
            Map.entry("persist", Set.of("model", "content", "search")),
            Map.entry("build", Set.of("model", "diag", "markdown", "content", "site", "render", "output", "search",
                    "persist")),
            Map.entry("serve", Set.of("build", "diag", "model")),
            // the importer finds code and links through markdown's parser and logs through build's log
            Map.entry("migrate", Set.of("model", "diag", "content", "markdown", "sanitize", "build")),
            // the deploy reads site.yml through content, logs through build's log, and asks output what each file is
            Map.entry("deploy", Set.of("model", "diag", "markdown", "content", "output", "build")),
            Map.entry("maven", Set.of("build", "serve", "content", "migrate", "deploy", "diag", "model")));

    /** Third-party package prefix → the one package of ours that may use it. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "com.fasterxml.jackson", "content",
            "org.yaml.snakeyaml", "content",
            "com.vladsch.flexmark", "markdown",
            "org.owasp.html", "sanitize",
            "freemarker", "render",
            "org.apache.maven", "maven",
            "io.methvin", "serve",
            "com.sun.net.httpserver", "serve",
            "software.amazon.awssdk", "deploy",
            "org.eclipse.aether", "maven");

    @Test
    void importsFlowDownwardsAndEachLibraryStaysInItsPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (imported.startsWith("org.broadsheet.")) {
                        String target = imported.substring("org.broadsheet.".length()).split("\\.")[0];
                        if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                            violations.add(file.getFileName() + " (" + pkg + ") imports " + imported);
                        }
                    }
                    if (imported.contains(".internal.")) {
                        // a library's internal package is not its API: it changes without notice between versions
                        violations.add(file.getFileName() + " uses the internal " + imported);
                    }
                    if (file.startsWith(SOURCES.resolve("markdown/fast")) && imported.startsWith("org.broadsheet.")
                            && !imported.startsWith("org.broadsheet.markdown.fast.")) {
                        // the fast renderer is used by Markdown, never the other way round: no cycle
                        violations.add(file.getFileName() + " (markdown.fast) imports " + imported);
                    }
                    boolean s3 = file.startsWith(SOURCES.resolve("deploy/s3"));
                    if (!s3 && (imported.startsWith("software.amazon.awssdk") || imported.startsWith("org.broadsheet.deploy.s3."))) {
                        // broadsheet:deploy loads the SDK beside deploy.s3 alone; the plugin's own loader has neither
                        violations.add(file.getFileName() + " (outside deploy.s3) imports " + imported);
                    }
                    LIBRARIES.forEach((library, owner) -> {
                        if (imported.startsWith(library) && !owner.equals(pkg)) {
                            violations.add(file.getFileName() + " (" + pkg + ") uses " + imported);
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
