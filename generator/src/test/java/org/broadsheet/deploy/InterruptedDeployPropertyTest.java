package org.broadsheet.deploy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.deploy.s3.S3Bucket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For any point at which a deploy is interrupted (the storage failing its n-th write or deletion), a
 * deploy run again ends with the bucket holding the new site, byte for byte: the first deploy of a site,
 * and one that updates it after an edit, a new article and a removed one. Each try deploys below a prefix
 * of its own, to one S3Proxy server.
 */
class InterruptedDeployPropertyTest {

    private static Path dir;
    private static Path before;
    private static Path after;
    private static S3Server s3;
    private static final AtomicInteger TRIES = new AtomicInteger();

    @BeforeContainer
    static void buildBothSites() throws Exception {
        dir = Files.createTempDirectory("broadsheet-deploys");
        TestSite site = DeployTest.newsroom(TestSite.create(dir.resolve("project")));
        build(site);
        before = copy(dir.resolve("project/site"), dir.resolve("before"));
        site.delete("content/en/2019/bells.md")
                .article("content/en/2020/budget.md", "title: Budget passes\ndate: 2020-01-09 10:00", "Edited.")
                .article("content/ko/2021/harbor.md", "title: 항구\ndate: 2021-05-01", "새 기사.");
        build(site);
        after = copy(dir.resolve("project/site"), dir.resolve("after"));
        s3 = S3Server.start();
    }

    private static void build(TestSite site) {
        if (!site.build().succeeded()) {
            throw new IllegalStateException("the test site does not build");
        }
    }

    private static Path copy(Path from, Path to) {
        TestSite.copyTree(from, to);
        return to;
    }

    @AfterContainer
    static void stop() throws Exception {
        s3.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Property(tries = 8, seed = "20261204")
    void aFirstDeployInterruptedAnywhereConvergesWhenRunAgain(@ForAll @IntRange(min = 1, max = 140) int failAt)
            throws Exception {
        String prefix = "first-" + TRIES.incrementAndGet() + "/";
        interrupted(after, prefix, failAt);
        deploy(after, prefix, null);
        assertHolds(after, prefix);
    }

    @Property(tries = 8, seed = "20261205")
    void anUpdateInterruptedAnywhereConvergesWhenRunAgain(@ForAll @IntRange(min = 1, max = 40) int failAt)
            throws Exception {
        String prefix = "update-" + TRIES.incrementAndGet() + "/";
        deploy(before, prefix, null);
        interrupted(after, prefix, failAt);
        deploy(after, prefix, null);
        assertHolds(after, prefix);
    }

    /** Deploys {@code site}, with the storage failing its {@code failAt}-th write or deletion (if it gets there). */
    private static void interrupted(Path site, String prefix, int failAt) throws Exception {
        try {
            deploy(site, prefix, failAt);
        } catch (DeployException expected) {
            // the interruption: what matters is the next deploy
        }
    }

    private static void deploy(Path site, String prefix, Integer failAt) throws Exception {
        DeployOptions options = new DeployOptions(site, S3Server.target(s3.endpoint(), prefix), S3Server.credentials(),
                false, false, 3);
        try (Bucket bucket = failAt == null ? S3Bucket.open(options) : new FailingBucket(S3Bucket.open(options), failAt)) {
            Deployer.run(options, bucket, LocalSite.scan(site, hidden -> { }), BuildLog.SILENT);
        }
    }

    private static void assertHolds(Path site, String prefix) throws IOException {
        List<LocalFile> files = LocalSite.scan(site, hidden -> { });
        Set<String> expected = files.stream().map(file -> prefix + file.path()).collect(Collectors.toCollection(TreeSet::new));
        expected.add(prefix + DeployManifest.NAME);
        Set<String> present = s3.objects().keySet().stream().filter(key -> key.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, present);
        for (LocalFile file : files) {
            assertArrayEquals(Files.readAllBytes(file.file()), s3.bytes(prefix + file.path()), file.path());
        }
    }

    /** The storage, failing from its n-th write or deletion on, as a lost connection would. */
    private static final class FailingBucket implements Bucket {
        private final Bucket bucket;
        private final int failAt;
        private final AtomicInteger changes = new AtomicInteger();

        FailingBucket(Bucket bucket, int failAt) {
            this.bucket = bucket;
            this.failAt = failAt;
        }

        private void change() throws DeployException {
            if (changes.incrementAndGet() >= failAt) {
                throw new DeployException("connection lost");
            }
        }

        @Override
        public Map<String, Listed> list(String prefix) throws DeployException {
            return bucket.list(prefix);
        }

        @Override
        public Optional<byte[]> read(String key) throws DeployException {
            return bucket.read(key);
        }

        @Override
        public Written write(String key, Path file, Headers headers) throws DeployException {
            change();
            return bucket.write(key, file, headers);
        }

        @Override
        public Written write(String key, byte[] bytes, Headers headers) throws DeployException {
            change();
            return bucket.write(key, bytes, headers);
        }

        @Override
        public void delete(String key) throws DeployException {
            change();
            bucket.delete(key);
        }

        @Override
        public void close() {
            bucket.close();
        }
    }
}
