package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.management.JMException;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build alone ({@code mvn package}) turns the JIT's C2 compiler off for the rest of its JVM when it repeats an
 * earlier build, and only then. Each case runs in a JVM of its own, which prints HotSpot's compiler directives
 * after the build: C2 off shows as a directive that excludes every method from it.
 */
class OptimizingCompilerTest {

    private static final String C2_EXCLUDED = "Exclude:true";

    @TempDir
    Path dir;

    @Test
    void aRepeatedBuildAloneTurnsC2OffAndBuildsTheSameSite() throws Exception {
        TestSite site = site();
        assertTrue(site.build().succeeded());
        Map<String, String> before = RepeatedBuildTest.files(site.root().resolve("site"));
        List<String> printed = buildAlone(site, false);
        assertTrue(printed.get(0).contains(C2_EXCLUDED), printed.get(0));
        assertEquals(before, RepeatedBuildTest.files(site.root().resolve("site")));
    }

    @Test
    void theFirstBuildKeepsC2() throws Exception {
        List<String> printed = buildAlone(site(), false);
        assertFalse(printed.get(0).contains(C2_EXCLUDED), printed.get(0));
    }

    @Test
    void aFirstBuildAloneBuildsTheSiteAndWritesNoDirectives() throws Exception {
        // in this JVM: a first build alone only turns C2 on, which it is here
        TestSite site = site();
        assertTrue(Generator.buildAlone(site.options(), BuildLog.SILENT).succeeded());
        assertTrue(Files.exists(site.root().resolve("site/en/2019/03/harbor/index.html")));
        assertFalse(Files.exists(site.root().resolve("target/broadsheet/compiler-directives.json")));
    }

    @Test
    void aRepeatedBuildThatRendersEverythingAfterAllTurnsC2OnAgain() throws Exception {
        TestSite site = site();
        assertTrue(site.build().succeeded());
        // the theme changed: the state of the last build no longer holds
        site.edit("templates/layout.ftlh", "</body>", "<!-- changed --></body>");
        List<String> printed = buildAlone(site, false);
        assertFalse(printed.get(0).contains(C2_EXCLUDED), printed.get(0));
    }

    @Test
    void thePreviewAfterARepeatedBuildInTheSameJvmHasC2Again() throws Exception {
        TestSite site = site();
        assertTrue(site.build().succeeded());
        List<String> printed = buildAlone(site, true);
        assertTrue(printed.get(0).contains(C2_EXCLUDED), printed.get(0));
        assertFalse(printed.get(1).contains(C2_EXCLUDED), printed.get(1));
    }

    @Test
    void aJvmWithC1AloneIsLeftAsItIs() throws Exception {
        TestSite site = site();
        assertTrue(site.build().succeeded());
        List<String> printed = buildAlone(site, false, "-XX:TieredStopAtLevel=1");
        assertFalse(printed.get(0).contains(C2_EXCLUDED), printed.get(0));
        assertFalse(Files.exists(site.root().resolve("target/broadsheet/compiler-directives.json")));
    }

    private TestSite site() {
        return TestSite.create(dir.resolve("project")).article("content/en/2019/harbor.md",
                "title: Harbor reopens\ndate: 2019-03-10\ntopics: [economy]", "The harbor reopened on Monday.");
    }

    private static final String AFTER = "-- directives after ";

    /**
     * Runs {@link #main} in a JVM of its own on {@code site}, with {@code options}; what it printed of the
     * compiler directives after the build, then, if {@code thenPreview}, after a preview's builder was made.
     */
    private static List<String> buildAlone(TestSite site, boolean thenPreview, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OptimizingCompilerTest.class.getName(),
                site.root().toString(), Boolean.toString(thenPreview)));
        Process other = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(other.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, other.exitValue(), out);
        List<String> parts = new ArrayList<>(List.of(out.split(AFTER)));
        parts.remove(0);
        return parts;
    }

    /** The other JVM: builds the project at {@code args[0]} alone, then, if {@code args[1]}, makes a preview's builder. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        if (!Generator.buildAlone(BuildOptions.standard(root), BuildLog.SILENT).succeeded()) {
            System.exit(2);
        }
        printDirectives("the build");
        if (Boolean.parseBoolean(args[1])) {
            new SiteBuilder(BuildOptions.standard(root).withDrafts(true), BuildLog.SILENT);
            printDirectives("the preview's builder");
        }
    }

    private static void printDirectives(String after) throws IOException {
        System.out.println(AFTER + after);
        try {
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()}));
        } catch (JMException e) {
            throw new IOException(e);
        }
    }
}
