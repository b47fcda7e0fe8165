package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two builds of one project at once, in two processes, as when the preview rebuilds on a save while the
 * writer runs {@code mvn package} in another terminal: they share {@code site/} and the work folder, and
 * each must give the whole site, never the other's staged files or a crash on files the other removed.
 */
class SimultaneousBuildsTest {

    /** How many times the other process builds, while this one builds over and over. */
    private static final int OTHER_BUILDS = 1;

    @TempDir
    Path dir;

    @Test
    void buildsOfOneProjectInTwoProcessesAtOnceEachGiveTheWholeSite() throws Exception {
        TestSite site = TestSite.create(dir.resolve("project"));
        for (int story = 0; story < 5; story++) {
            site.article("content/en/2019/story-" + story + ".md", "title: Story " + story + "\ndate: 2019-03-1" + story
                    + "\ntopics: [economy]", "Body of story " + story + ".");
        }
        for (String host : List.of(HERE, THERE)) {
            assertTrue(Generator.build(options(site.root(), host).withOutput(dir.resolve(host + "/site"),
                    dir.resolve(host + "/work")), BuildLog.SILENT).succeeded());
        }
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as .mvn/jvm.config starts Maven: a short build is faster with the first compiler only
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SimultaneousBuildsTest.class.getName(), site.root().toString(), THERE,
                Integer.toString(OTHER_BUILDS)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // the other JVM starts slowly: building here begins once it has said it builds
        String started = new String(other.getInputStream().readNBytes(BUILDING.length()), StandardCharsets.UTF_8);
        assertEquals(BUILDING, started);
        long patience = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        List<String> failures;
        String otherFailures;
        try {
            failures = build(site.root(), HERE, () -> {
                // a moment between builds, as between a writer's saves, in which the other process may take its turn
                pause();
                return other.isAlive() && System.nanoTime() < patience;
            });
            otherFailures = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(other.waitFor(1, TimeUnit.MINUTES), "the other process finished");
        } finally {
            other.destroyForcibly();
        }
        assertEquals("", otherFailures, "the other process's builds");
        assertEquals(List.of(), failures, "this process's builds");
        Map<String, String> built = RepeatedBuildTest.files(site.root().resolve("site"));
        assertTrue(built.equals(RepeatedBuildTest.files(dir.resolve(HERE + "/site")))
                        || built.equals(RepeatedBuildTest.files(dir.resolve(THERE + "/site"))),
                "site/ is what one of the builds made");
    }

    @Test
    void aBuildNoOneAskedForGivesWayToTheSiteAnotherBuilderLeftAndOnlyThen() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/harbor.md", "title: Harbor\ndate: 2019-03-10",
                "The harbor.");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        assertTrue(preview.buildUnlessOvertaken(null).orElseThrow().succeeded(), "not overtaken");
        SiteBuilder packaging = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(packaging.build().succeeded());
        assertEquals(Optional.empty(), preview.buildUnlessOvertaken(null), "overtaken by the other builder");
        assertTrue(preview.build().succeeded(), "a build asked for builds all the same");
        assertTrue(preview.buildUnlessOvertaken(null).isPresent(), "the site is the preview's again");
    }

    private static final String BUILDING = "building\n";
    private static final String HERE = "here.example";
    private static final String THERE = "there.example";

    /**
     * The other process: builds the project at {@code args[0]} for {@code args[1]}, its host, {@code args[2]} times,
     * printing failures.
     */
    public static void main(String[] args) {
        System.out.print(BUILDING);
        System.out.flush();
        int[] builds = {Integer.parseInt(args[2])};
        build(Path.of(args[0]), args[1], () -> builds[0]-- > 0).forEach(System.out::println);
    }

    /**
     * Builds while {@code again} says so; the builds that crashed or failed. Each build's own time is in its
     * state key, so that none takes the state the last one left as valid: each renders every page.
     */
    private static List<String> build(Path root, String host, BooleanSupplier again) {
        List<String> failures = new ArrayList<>();
        while (again.getAsBoolean()) {
            try {
                BuildResult result = Generator.build(options(root, host).withNow(Instant.now()), BuildLog.SILENT);
                if (!result.succeeded()) {
                    failures.add(result.problems().toString());
                }
            } catch (IOException | RuntimeException e) {
                failures.add(e.toString());
            }
        }
        return failures;
    }

    /** Each process links its pages from a host of its own, so that each build changes every page the other wrote. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BuildOptions options(Path root, String host) {
        return BuildOptions.standard(root).withDrafts(true).withBaseUrl("https://" + host + "/");
    }
}
