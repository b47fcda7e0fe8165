package org.broadsheet.deploy;

import org.broadsheet.RecordingLog;
import org.broadsheet.TestSite;
import org.broadsheet.deploy.s3.S3Bucket;
import org.broadsheet.model.DeploySettings;
import org.broadsheet.output.FileKind;
import org.broadsheet.output.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code broadsheet:deploy} against a real S3 server (S3Proxy, in this JVM), with a relay in between that
 * shows the requests the deploy made.
 */
class DeployTest {

    @TempDir
    Path dir;

    private static S3Server s3;
    private RecordingRelay relay;
    private TestSite site;
    private final RecordingLog log = new RecordingLog();
    private final List<String> logged = log.lines();

    @BeforeAll
    static void startServer() throws Exception {
        s3 = S3Server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3.close();
    }

    @BeforeEach
    void start() throws Exception {
        relay = new RecordingRelay(s3.port());
        site = newsroom(TestSite.create(dir));
    }

    @AfterEach
    void stop() throws Exception {
        relay.close();
        s3.clear();
    }

    /** Two editions with topics, a picture, a translation pair and an article with old addresses. */
    static TestSite newsroom(TestSite site) {
        return site
                .bytes("content/images/harbor.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})
                .article("content/en/2019/cranes.md", """
                        title: New cranes for the port
                        date: 2019-03-01 10:00
                        topics: [economy]
                        image: {src: /images/harbor.png, alt: The harbor}
                        """, "The port buys cranes.")
                .article("content/ko/2019/cranes.md", "title: 항만 크레인\ndate: 2019-03-01 10:00\ntopics: [economy]",
                        "항만이 크레인을 산다.")
                .article("content/en/2019/bells.md", """
                        title: Bells ring
                        date: 2019-12-25 09:00
                        aliases: [/2019/12/25/bells.html, /posts/bells/]
                        """, "The bells rang.")
                .article("content/en/2020/budget.md", "title: Budget passes\ndate: 2020-01-09 10:00\ntopics: [economy]",
                        "The council passed the budget.");
    }

    private DeployResult deploy(DeploySettings target) throws Exception {
        return deploy(target, false, false);
    }

    private DeployResult deploy(DeploySettings target, boolean dryRun, boolean force) throws Exception {
        return Deployer.run(new DeployOptions(dir.resolve("site"), target, S3Server.credentials(), dryRun, force, 4), S3Bucket::open, log);
    }

    private DeploySettings target() {
        return S3Server.target(relay.endpoint(), "");
    }

    private void build() {
        assertTrue(site.build().succeeded());
    }

    /** The files of {@code site/} that a deploy publishes, by path. */
    private Map<String, byte[]> siteFiles() throws IOException {
        Path root = dir.resolve("site");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(file -> Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                String path = Normalizer.normalize(root.relativize(file).toString().replace('\\', '/'), Normalizer.Form.NFC);
                if (!path.startsWith(".") && !path.contains("/.")) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** The bucket holds exactly the site (and the deploy's manifest), byte for byte. */
    private void assertBucketHoldsTheSite(String prefix) throws IOException {
        Map<String, byte[]> files = siteFiles();
        Set<String> expected = files.keySet().stream().map(path -> prefix + path).collect(Collectors.toCollection(TreeSet::new));
        expected.add(prefix + DeployManifest.NAME);
        assertEquals(expected, s3.objects().keySet());
        files.forEach((path, bytes) -> assertArrayEquals(bytes, s3.bytes(prefix + path), path));
    }

    @Test
    void aFirstDeployUploadsTheWholeSite() throws Exception {
        build();
        DeployResult result = deploy(target());
        assertBucketHoldsTheSite("");
        assertEquals(siteFiles().size(), result.uploaded());
        assertEquals(0, result.unchanged());
        assertEquals(0, result.deleted());
    }

    @Test
    void hiddenFilesAndLinksThatNoBuildWritesAreNeitherUploadedNorKeptInTheBucket() throws Exception {
        build();
        site.file("site/.git/config", "[remote \"origin\"]\n  url = https://token@example.org/news.git\n")
                .file("site/.env", "AWS_SECRET_ACCESS_KEY=abc\n")
                .file("site/en/.DS_Store", "Bud1")
                .file("secret.txt", "token");
        Files.createSymbolicLink(dir.resolve("site/en/notes.txt"), dir.resolve("secret.txt"));
        s3.client().putObject(b -> b.bucket(S3Server.BUCKET).key(".env"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("AWS_SECRET_ACCESS_KEY=old\n"));
        deploy(target());
        assertBucketHoldsTheSite("");
        assertTrue(s3.objects().keySet().stream().noneMatch(key -> key.startsWith(".") && !key.equals(DeployManifest.NAME)
                || key.contains("/.") || key.equals("en/notes.txt")), s3.objects().keySet().toString());
        assertEquals(List.of("WARN site/.env: hidden, so not uploaded (no build writes a hidden file; one in site/, such as "
                        + ".git or .env, may hold what must not be public)",
                "WARN site/.git: hidden, so not uploaded (no build writes a hidden file; one in site/, such as .git or .env, "
                        + "may hold what must not be public)",
                "WARN site/en/.DS_Store: hidden, so not uploaded (no build writes a hidden file; one in site/, such as .git "
                        + "or .env, may hold what must not be public)"),
                logged.stream().filter(line -> line.contains("hidden")).toList());
    }

    @Test
    void uploadsGoInStagesMediaAndAssetsThenArticlesThenListsFeedsSitemapsAndHomesLast() throws Exception {
        build();
        deploy(target());
        List<Integer> stages = relay.uploads().stream()
                .map(request -> stage(request.path().substring(("/" + S3Server.BUCKET + "/").length()))).toList();
        List<Integer> sorted = stages.stream().sorted().toList();
        assertEquals(sorted, stages);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), stages.stream().distinct().toList());
        List<String> last = relay.uploads().stream().map(RecordingRelay.Request::path).toList()
                .subList(stages.size() - 3, stages.size());
        assertEquals(Set.of("/news/index.html", "/news/en/index.html", "/news/ko/index.html"), Set.copyOf(last));
    }

    private static int stage(String path) {
        // an alias's redirect page goes up with the lists, after the article it leads to
        return path.equals("posts/bells/index.html") || path.equals("2019/12/25/bells.html") ? 3 : FileKind.of(path).stage();
    }

    @Test
    void aSecondDeployAfterOneEditUploadsOnlyTheFilesThatChanged() throws Exception {
        build();
        deploy(target());
        Map<String, byte[]> before = siteFiles();
        site.article("content/en/2020/budget.md", "title: Budget passes\ndate: 2020-01-09 10:00\ntopics: [economy]",
                "The council passed the budget after a long night.");
        build();
        Map<String, byte[]> after = siteFiles();
        Set<String> changed = after.keySet().stream()
                .filter(path -> !Arrays.equals(after.get(path), before.get(path))).collect(Collectors.toSet());
        assertTrue(changed.contains("en/2020/01/budget/index.html"), changed.toString());
        assertFalse(changed.contains("ko/2019/03/cranes/index.html"));
        int requestsBefore = relay.uploads().size();

        DeployResult result = deploy(target());

        Set<String> uploaded = relay.uploads().subList(requestsBefore, relay.uploads().size()).stream()
                .map(request -> request.path().substring("/news/".length())).collect(Collectors.toSet());
        assertEquals(changed, uploaded);
        assertEquals(changed.size(), result.uploaded());
        assertEquals(after.size() - changed.size(), result.unchanged());
        assertBucketHoldsTheSite("");
    }

    @Test
    void nothingChangedUploadsNothing() throws Exception {
        build();
        deploy(target());
        int requestsBefore = relay.requests().size();
        DeployResult result = deploy(target());
        assertEquals(0, result.uploaded());
        // reading the manifest and listing the bucket: nothing written
        assertTrue(relay.requests().subList(requestsBefore, relay.requests().size()).stream()
                .noneMatch(request -> request.method().equals("PUT") || request.method().equals("POST")));
    }

    @Test
    void aFileChangedInTheBucketByOtherMeansIsUploadedAgain() throws Exception {
        build();
        deploy(target());
        s3.client().putObject(b -> b.bucket(S3Server.BUCKET).key("en/index.html"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("defaced"));
        DeployResult result = deploy(target());
        assertEquals(1, result.uploaded());
        assertBucketHoldsTheSite("");
    }

    @Test
    void filesGoneFromTheSiteAreDeletedLast() throws Exception {
        build();
        deploy(target());
        site.delete("content/en/2019/bells.md");
        build();
        Set<String> gone = new TreeSet<>(s3.objects().keySet());
        gone.removeAll(siteFiles().keySet());
        gone.remove(DeployManifest.NAME);
        assertTrue(gone.containsAll(Set.of("en/2019/12/bells/index.html", "posts/bells/index.html",
                "2019/12/25/bells.html", "en/timeline/2019/12/index.html")), gone.toString());
        int requestsBefore = relay.requests().size();
        DeployResult result = deploy(target());
        assertBucketHoldsTheSite("");
        assertEquals(gone.size(), result.deleted(), logged.toString());
        List<RecordingRelay.Request> requests = relay.requests().subList(requestsBefore, relay.requests().size());
        List<String> methods = requests.stream().map(RecordingRelay.Request::method).toList();
        int firstDelete = methods.indexOf("DELETE");
        assertTrue(methods.lastIndexOf("PUT") > 0);
        assertTrue(requests.subList(firstDelete, requests.size()).stream().noneMatch(request ->
                request.method().equals("PUT") && !request.path().endsWith(DeployManifest.NAME)), "uploads before deletions");
        assertEquals(gone.size(), methods.stream().filter("DELETE"::equals).count());
    }

    @Test
    void moreDeletionsThanMaxDeletesAreRefusedBeforeAnythingChanges() throws Exception {
        build();
        deploy(target());
        Map<String, String> objects = s3.objects();
        site.delete("content/en/2019/bells.md");
        site.article("content/en/2020/budget.md", "title: Budget passes\ndate: 2020-01-09 10:00", "Edited.");
        build();
        DeploySettings limited = new DeploySettings(null, null, null, null, null, 2, null).over(target());
        DeployException refused = assertThrows(DeployException.class, () -> deploy(limited));
        assertTrue(refused.getMessage().startsWith("refusing to delete 5 objects from the bucket (at most 2 at once), "
                + "so nothing was changed"), refused.getMessage());
        assertTrue(refused.getMessage().contains("-Dbroadsheet.maxDeletes=-1"));
        assertEquals(objects, s3.objects());

        DeploySettings unlimited = new DeploySettings(null, null, null, null, null, -1, null).over(target());
        assertEquals(5, deploy(unlimited).deleted());
        assertBucketHoldsTheSite("");
    }

    @Test
    void aDryRunListsWhatWouldHappenAndChangesNothing() throws Exception {
        build();
        deploy(target());
        Map<String, String> objects = s3.objects();
        site.delete("content/en/2019/bells.md");
        site.article("content/en/2021/harbor.md", "title: Harbor\ndate: 2021-05-01", "New.");
        build();
        logged.clear();
        DeployResult result = deploy(target(), true, false);
        assertTrue(result.dryRun());
        assertEquals(objects, s3.objects());
        assertTrue(logged.contains("would upload en/2021/05/harbor/index.html (new)"), logged.toString());
        assertTrue(logged.contains("would upload en/index.html (changed)"), logged.toString());
        assertTrue(logged.contains("would delete en/2019/12/bells/index.html"), logged.toString());
        assertTrue(logged.contains("would delete posts/bells/index.html"), logged.toString());
        assertEquals(result.uploaded(), logged.stream().filter(line -> line.startsWith("would upload")).count());
    }

    @Test
    void forceUploadsEveryFile() throws Exception {
        build();
        deploy(target());
        assertEquals(siteFiles().size(), deploy(target(), false, true).uploaded());
    }

    @Test
    void aPrefixKeepsTheSiteInItsFolderAndLeavesTheRestOfTheBucketAlone() throws Exception {
        s3.client().putObject(b -> b.bucket(S3Server.BUCKET).key("other/keep.txt"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("not ours"));
        build();
        deploy(S3Server.target(relay.endpoint(), "/edition/"));
        Map<String, String> objects = s3.objects();
        assertTrue(objects.containsKey("other/keep.txt"));
        assertTrue(objects.containsKey("edition/en/index.html"));
        objects.remove("other/keep.txt");
        assertTrue(objects.keySet().stream().allMatch(key -> key.startsWith("edition/")), objects.keySet().toString());
    }

    @Test
    void headersReadBackOverHttp() throws Exception {
        build();
        deploy(target());
        String stylesheet = siteFiles().keySet().stream().filter(p -> p.matches("assets/style\\.[0-9a-f]{8}\\.css"))
                .findFirst().orElseThrow();
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "en/2019/03/cranes/index.html", List.of("text/html;charset=utf-8", FileKind.SHORT),
                "en/feed.xml", List.of("application/atom+xml;charset=utf-8", FileKind.SHORT),
                "sitemap.xml", List.of("application/xml;charset=utf-8", FileKind.SHORT),
                "robots.txt", List.of("text/plain;charset=utf-8", FileKind.SHORT),
                "en/search/index.html", List.of("text/html;charset=utf-8", FileKind.SHORT),
                stylesheet, List.of("text/css;charset=utf-8", FileKind.IMMUTABLE),
                "media/images/harbor.png", List.of("image/png", FileKind.IMMUTABLE),
                "assets/favicon.svg", List.of("image/svg+xml;charset=utf-8", FileKind.HOUR)));
        for (Map.Entry<String, List<String>> file : expected.entrySet()) {
            HttpResponse<byte[]> response = s3.get(file.getKey());
            assertEquals(200, response.statusCode(), file.getKey());
            // S3Proxy's server writes the media type without the space before the parameter
            assertEquals(file.getValue().get(0), response.headers().firstValue("Content-Type").orElse("")
                    .replace("; ", ";"), file.getKey());
            assertEquals(file.getValue().get(1), response.headers().firstValue("Cache-Control").orElse(""), file.getKey());
            assertArrayEquals(Files.readAllBytes(dir.resolve("site").resolve(file.getKey())), response.body(), file.getKey());
        }
    }

    @Test
    void aliasesAreSentAsWebsiteRedirectsAndKeepTheirPageWhereTheStorageHasNoRedirects() throws Exception {
        build();
        deploy(target());
        Map<String, String> redirects = new TreeMap<>();
        for (RecordingRelay.Request request : relay.uploads()) {
            String location = request.headers().get("x-amz-website-redirect-location");
            if (location != null) {
                redirects.put(request.path(), location);
            }
        }
        assertEquals(Map.of("/news/2019/12/25/bells.html", "/en/2019/12/bells/",
                "/news/posts/bells/index.html", "/en/2019/12/bells/"), redirects);
        // S3Proxy, like most storage but AWS, answers the header with 501: the page goes up without it
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("WARN the storage does not take S3 website redirects")),
                logged.toString());
        assertEquals(1, logged.stream().filter(line -> line.startsWith("WARN")).count());
        HttpResponse<byte[]> page = s3.get("posts/bells/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<meta http-equiv=\"refresh\" content=\"0; url=/en/2019/12/bells/\">"));
        assertBucketHoldsTheSite("");
    }

    @Test
    void anAliasWithASpaceIsAKeyWithASpaceThatTheStorageServesAndASecondDeployLeavesAlone() throws Exception {
        site.article("content/en/2019/bells.md", """
                title: Bells ring
                date: 2019-12-25 09:00
                aliases: [/unity lesson 3/종/bells.html]
                """, "The bells rang.");
        build();
        deploy(target());
        assertBucketHoldsTheSite("");
        HttpResponse<byte[]> page = s3.get("unity lesson 3/종/bells.html");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<meta http-equiv=\"refresh\" content=\"0; url=/en/2019/12/bells/\">"));
        assertEquals(0, deploy(target()).uploaded());
    }

    @Test
    void credentialsNeverAppearInWhatAFailedDeploySays() throws Exception {
        build();
        Credentials wrong = new Credentials(S3Server.ACCESS_KEY, "wrong-" + S3Server.SECRET_KEY);
        DeployException refused = assertThrows(DeployException.class, () -> Deployer.run(
                new DeployOptions(dir.resolve("site"), target(), wrong, false, false, 4), S3Bucket::open, log));
        assertTrue(refused.getMessage().contains("HTTP 403"), refused.getMessage());
        assertTrue(refused.getMessage().contains("check the access key"), refused.getMessage());
        List<String> said = new ArrayList<>(logged);
        said.add(refused.getMessage());
        said.add(refused.toString());
        for (Throwable suppressed : refused.getSuppressed()) {
            said.add(suppressed.toString());
        }
        for (String line : said) {
            assertFalse(line.contains(S3Server.SECRET_KEY), line);
            assertFalse(line.contains(S3Server.ACCESS_KEY), line);
        }
        assertFalse(wrong.toString().contains(S3Server.SECRET_KEY));
    }

    @Test
    void aMissingBucketIsNamed() throws Exception {
        build();
        DeploySettings missing = new DeploySettings("no-such-bucket", null, null, null, null, null, null).over(target());
        DeployException failed = assertThrows(DeployException.class, () -> deploy(missing));
        assertTrue(failed.getMessage().contains("bucket 'no-such-bucket' at " + relay.endpoint()), failed.getMessage());
        assertTrue(failed.getMessage().contains("NoSuchBucket"), failed.getMessage());
    }

    @Test
    void anUnbuiltSiteIsNotDeployed() {
        DeployException failed = assertThrows(DeployException.class, () -> deploy(target()));
        assertTrue(failed.getMessage().endsWith("has no files to deploy: build the site first (mvn package)"),
                failed.getMessage());
        assertEquals(Set.of(), s3.objects().keySet());
    }

    @Test
    void settingsComeFromSiteYmlUnderTheCommandLine() throws Exception {
        site.file("content/site.yml", TestSite.SITE_YML + """
                deploy:
                  bucket: news
                  prefix: edition
                  endpoint: %s
                  pathStyle: true
                  maxDeletes: 10
                """.formatted(URI.create("http://127.0.0.1:1")));
        DeploySettings settings = Deployer.settings(dir, dir.resolve("content"),
                new DeploySettings(null, "other", "eu-west-1", null, null, null, null));
        assertEquals(new DeploySettings("news", "other", "eu-west-1", "http://127.0.0.1:1", true, 10, null), settings);
    }

    @Test
    void aMistakeInTheDeploySettingsIsReportedWithItsLine() {
        site.file("content/site.yml", TestSite.SITE_YML + "deploy:\n  bucket: news\n  pathstyle: true\n");
        DeployException failed = assertThrows(DeployException.class, () -> Deployer.settings(dir, dir.resolve("content"),
                DeploySettings.NONE));
        assertEquals("the settings have problems; fix them first:\ncontent/site.yml:7: unknown field 'pathstyle' in "
                + "'deploy' (did you mean 'pathStyle'?); known fields are bucket, prefix, region, endpoint, pathStyle, "
                + "maxDeletes, server", failed.getMessage());
    }
}
