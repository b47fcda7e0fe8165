package org.broadsheet;

import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.broadsheet.diag.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small site project written into a temporary folder from inline text, built with the real
 * engine and the repository's default theme.
 */
public final class TestSite {

    public static final String SITE_YML = """
            baseUrl: https://news.example.org/
            timezone: Asia/Seoul
            pageSize: 2
            languages:
              en: {title: The Test Ledger, description: Test news}
              ko: {title: 테스트일보, description: 시험 뉴스}
            """;
    public static final String TOPICS_YML = """
            economy: {en: Economy, ko: 경제}
            north-korea:
              en: North Korea
              ko: 북한
              description: {en: "Inter-Korean affairs", ko: "남북 관계"}
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A project in {@code root} with the default settings, topics and the repository's theme. */
    public static TestSite create(Path root) {
        TestSite site = new TestSite(root);
        site.file("content/site.yml", SITE_YML);
        site.file("content/topics.yml", TOPICS_YML);
        copyTree(repositoryRoot().resolve("templates"), root.resolve("templates"));
        return site;
    }

    /** The checkout this test runs in (set by Surefire), for the default theme and sample newsroom. */
    public static Path repositoryRoot() {
        String configured = System.getProperty("broadsheet.repositoryRoot");
        return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
    }

    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} with {@code to} in the project's file {@code path}, which must hold it. */
    public TestSite edit(String path, String from, String to) {
        try {
            Path file = root.resolve(path);
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not hold " + from);
            }
            Files.writeString(file, text.replace(from, to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article file with the given front matter lines and body. */
    public TestSite article(String path, String frontMatter, String body) {
        return file(path, "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    public Path root() {
        return root;
    }

    public BuildOptions options() {
        return BuildOptions.standard(root);
    }

    public BuildResult build() {
        return build(options());
    }

    public BuildResult build(BuildOptions options) {
        try {
            return Generator.build(options, BuildLog.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A build's result with the warnings it logged. */
    public record Logged(BuildResult result, List<String> warnings) {
    }

    /** Builds, keeping the warnings logged. */
    public Logged buildLogged() {
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        BuildResult result;
        try {
            result = Generator.build(options(), new BuildLog() {
                @Override
                public void info(String message) {
                }

                @Override
                public void warn(String message) {
                    warnings.add(message);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logged(result, List.copyOf(warnings));
    }

    /** Parses {@code text} with the JDK's XML parser, which rejects any document that is not well-formed. */
    public static org.w3c.dom.Document xml(String text) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The problems of a build as {@code path:line: message} lines. */
    public List<String> problems() {
        return build().problems().stream().map(Problem::toString).toList();
    }

    public boolean exists(String sitePath) {
        return Files.exists(root.resolve("site").resolve(sitePath));
    }

    public String read(String sitePath) {
        try {
            return Files.readString(root.resolve("site").resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    // a link stays a link, as cp -a, rsync -a and git copy it
                    Files.copy(source, target, LinkOption.NOFOLLOW_LINKS, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code root} and everything in it: the folder of a site that a whole test class shares. */
    public static void removeTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
