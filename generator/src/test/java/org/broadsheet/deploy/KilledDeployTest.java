package org.broadsheet.deploy;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.deploy.s3.S3Bucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A deploy killed midway (a JVM of its own, killed with SIGKILL once the bucket holds part of the site) leaves
 * the bucket as a published site may be seen: every stage before the last one it reached complete. Run
 * again, it ends with the bucket holding the site, nothing lost, without uploading again what the stages it
 * finished recorded.
 */
class KilledDeployTest {

    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    void aDeployKilledMidwayAndRunAgainConverges() throws Exception {
        TestSite site = TestSite.create(dir);
        for (int i = 0; i < ARTICLES; i++) {
            String date = "2019-%02d-%02d 10:00".formatted(1 + i % 12, 1 + i % 28);
            site.bytes("content/images/photo-%d.png".formatted(i), ("picture " + i).repeat(500).getBytes())
                    .article("content/en/2019/story-%d.md".formatted(i), "title: Story %d\ndate: %s\ntopics: [economy]\n"
                            .formatted(i, date) + "image: {src: /images/photo-%d.png, alt: Photo %d}".formatted(i, i),
                            "Body of story " + i + ".")
                    .article("content/ko/2019/story-%d.md".formatted(i), "title: 기사 %d\ndate: %s".formatted(i, date),
                            "기사 " + i + "의 본문.");
        }
        assertTrue(site.build().succeeded());
        Path siteDir = dir.resolve("site");
        List<LocalFile> files = LocalSite.scan(siteDir, hidden -> { });

        try (S3Server s3 = S3Server.start()) {
            Process deploy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DeployProcess.class.getName(), siteDir.toString(),
                    s3.endpoint().toString(), "1")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("deploy.log").toFile()).start();
            // past the media and into the article pages, so that a finished stage was recorded
            int killAt = (int) files.stream().filter(file -> file.stage() == 1).count() + ARTICLES / 2;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (s3.objects().size() < killAt) {
                if (!deploy.isAlive()) {
                    fail("the deploy ended before it could be killed (exit " + deploy.exitValue() + "): "
                            + Files.readString(dir.resolve("deploy.log")));
                }
                if (System.nanoTime() > deadline) {
                    deploy.destroyForcibly();
                    fail("the deploy did not get far enough in two minutes");
                }
                Thread.sleep(5);
            }
            deploy.destroyForcibly();
            deploy.waitFor();

            Set<String> present = new TreeSet<>(s3.objects().keySet());
            assertTrue(present.remove(DeployManifest.NAME), "the finished stage was recorded");
            assertTrue(present.size() < files.size(), "killed before the end: " + present.size() + " of " + files.size());
            int reached = files.stream().filter(file -> present.contains(file.path())).mapToInt(LocalFile::stage).max()
                    .orElseThrow();
            assertTrue(reached >= 2, "the kill came after the media: stage " + reached);
            Set<String> earlier = files.stream().filter(file -> file.stage() < reached).map(LocalFile::path)
                    .collect(Collectors.toCollection(TreeSet::new));
            earlier.removeAll(present);
            assertEquals(Set.of(), earlier, "every stage before stage " + reached + " was complete");
            assertTrue(files.stream().filter(file -> file.stage() > reached).noneMatch(file -> present.contains(file.path())),
                    "nothing of a later stage");

            DeployResult rerun = Deployer.run(new DeployOptions(siteDir, S3Server.target(s3.endpoint(), ""),
                    S3Server.credentials(), false, false, 4), S3Bucket::open, BuildLog.SILENT);
            long unfinished = files.stream().filter(file -> file.stage() >= reached).count();
            assertTrue(rerun.uploaded() <= unfinished, "the finished stages were not uploaded again: "
                    + rerun.uploaded() + " uploaded, " + unfinished + " files in the stages not finished");
            Map<String, String> objects = s3.objects();
            assertEquals(files.size() + 1, objects.size());
            for (LocalFile file : files) {
                assertArrayEquals(Files.readAllBytes(file.file()), s3.bytes(file.path()), file.path());
            }
        }
    }
}
