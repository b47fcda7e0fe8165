package org.broadsheet.migrate;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports the bilingual Jekyll and Hugo fixture sites (every odd case of issue 9), builds the result
 * with the real engine, and checks pages, translation links, redirects from every old address and
 * the exact lines of the report.
 */
class ImportEndToEndTest {

    private static final Path FIXTURES = TestSite.repositoryRoot().resolve("generator/src/test/resources/import");

    @TempDir
    Path dir;

    @Test
    void jekyllSiteImportsBuildsPairsAndRedirects() throws IOException {
        Path project = project("site");
        ImportResult result = importInto(SourceKind.JEKYLL, project, false);
        assertEquals(List.of(), result.refusals());
        assertEquals("Imported 8 posts from the Jekyll site jekyll: 5 en, 3 ko; 3 translation pairs, 7 old addresses "
                + "redirected, 2 images and files copied.", result.summary());
        assertEquals(List.of(
                "1 date taken from the start of the file name (Jekyll's convention), the front matter having none, at "
                        + "00:00 in the site timezone",
                "2 topics merging spellings that differ only in case or punctuation",
                "1 translation pair joined by a translationKey, their slugs or years differing",
                "3 originals chosen among the versions of a pair: by the default language (2), by the earlier date (1)",
                "1 image of a block of HTML set on lines of its own as a Markdown image, so that its file is published",
                "1 kramdown attribute list removed ({: .class} and the like; a {:toc} with the list that kramdown "
                        + "replaced by a table of contents)",
                "1 image without alt text: the headline used as its alt text",
                "_posts/2020-01-01-notes.html: not imported: only Markdown posts are imported; convert it to Markdown by hand",
                "_posts/2024-03-21-ferry-timetable-ko.md:8: Liquid '{% include notice.html %}' has no Markdown "
                        + "equivalent; kept as text",
                "_posts/2021-06-01-tide-tables.md:8: image '/assets/img/pier-map.png' not found in the old site: "
                        + "add the file and link it by hand",
                "content/topics.yml: 5 new topics named as on the old site in every language: translate each name "
                        + "(culture, harbor, munhwa, news, opensuse)",
                "content/site.yml: the 'en' edition is titled 'The Harbor Notes', the old site's title: write its "
                        + "title in that language",
                "content/site.yml: the 'ko' edition is titled 'The Harbor Notes', the old site's title: write its "
                        + "title in that language"), reportLines(project));
        assertTrue(read(project, "import-report-full.md").contains("- _posts/2021-06-01-tide-tables.md:3: topic "
                + "'harbor' (harbor) merges 'Harbor' (1 post), 'harbor' (2 posts)\n"), "the full report lists each one");

        buildSucceeds(project);
        Map<String, String> pages = new TreeMap<>(Map.of(
                "en/2019/12/winter-bells/", "ko/2019/12/winter-bells/",
                "en/2024/03/ferry-timetable/", "ko/2024/03/ferry-timetable/",
                "en/2022/11/market-day/", "ko/2022/11/장날/"));
        assertTranslationsLinked(project, pages);
        assertPage(project, "en/2021/06/tide-tables/");
        assertFalse(Files.exists(project.resolve("site/en/2023/01/quiet-pier")), "a draft is not published");
        assertRedirects(project, Map.of(
                "en/2019/12/25/winter-bells.html", "/en/2019/12/winter-bells/",
                "ko/2019/12/25/winter-bells.html", "/ko/2019/12/winter-bells/",
                "2024/03/21/ferry-timetable-en.html", "/en/2024/03/ferry-timetable/",
                "2024/03/21/ferry-timetable-ko.html", "/ko/2024/03/ferry-timetable/",
                "market/market-day/index.html", "/en/2022/11/market-day/",
                "2022/11/11/장날.html", "/ko/2022/11/%EC%9E%A5%EB%82%A0/",
                "2021/06/01/tide-tables.html", "/en/2021/06/tide-tables/"));

        String bells = read(project, "site/en/2019/12/winter-bells/index.html");
        assertTrue(bells.contains("<code class=\"language-ruby\">"), "highlight became fenced code");
        assertTrue(bells.contains("href=\"/en/2024/03/ferry-timetable/\""), "post_url became a link between articles");
        assertTrue(read(project, "site/ko/2019/12/winter-bells/index.html").contains("href=\"/ko/2024/03/ferry-timetable/\""),
                "link became a link between articles");
        assertTrue(read(project, "content/en/2021/tide-tables.md").contains("[the winter bells story](../2019/winter-bells.md#top)"),
                "a link to an old address became a link between articles");
        String ferry = read(project, "site/en/2024/03/ferry-timetable/index.html");
        assertFalse(ferry.contains("{:"), "kramdown attributes are removed");
        assertTrue(ferry.contains("/media/images/assets/img/ferry.png"), "the image is copied and linked");
        assertTrue(ferry.contains("href=\"/media/files/assets/docs/timetable.pdf\""), "a linked file is copied too");
        assertTrue(Files.isRegularFile(project.resolve("site/media/files/assets/docs/timetable.pdf")));
        String koFerry = read(project, "site/ko/2024/03/ferry-timetable/index.html");
        assertTrue(koFerry.contains("{% include notice.html %}"), "unconverted Liquid stays visible");
        assertTrue(koFerry.contains("src=\"/media/images/assets/img/ferry.png\" alt=\"아침 배\""),
                "an HTML image became a Markdown image whose file is published");
    }

    @Test
    void hugoSiteImportsBuildsPairsAndRedirects() throws IOException {
        Path project = project("site");
        ImportResult result = importInto(SourceKind.HUGO, project, false);
        assertEquals(List.of(), result.refusals());
        assertEquals("Imported 8 posts from the Hugo site hugo: 5 en, 3 ko; 3 translation pairs, 7 old addresses "
                + "redirected, 2 images and files copied.", result.summary());
        assertEquals(List.of(
                "1 date taken from the start of the file name (Jekyll's convention), the front matter having none, at "
                        + "00:00 in the site timezone",
                "1 topic merging spellings that differ only in case or punctuation",
                "1 translation pair joined by a translationKey, their slugs or years differing",
                "3 originals chosen among the versions of a pair: by the default language (2), by the earlier date (1)",
                "1 image without alt text: the headline used as its alt text",
                "1 file not imported, which the old site did not publish as posts either: section pages (_index) (1)",
                "content/posts/ferry-timetable.ko.md:8: shortcode '{{< speakerdeck 4e8126e72d853c0060001f97 >}}' "
                        + "has no Markdown equivalent; kept as text: write out what it showed, or remove it (its template is "
                        + "not in the old site: the theme's, in a git submodule or a Hugo module)",
                "content/topics.yml: 6 new topics named as on the old site in every language: translate each "
                        + "name (culture, harbor, harbor-ferries, munhwa, news, opensuse)"), reportLines(project));

        buildSucceeds(project);
        assertTranslationsLinked(project, new TreeMap<>(Map.of(
                "en/2019/12/winter-bells/", "ko/2019/12/winter-bells/",
                "en/2024/03/ferry-timetable/", "ko/2024/03/ferry-timetable/",
                "en/2022/11/market-day/", "ko/2022/11/장날/")));
        assertPage(project, "en/2021/06/tide-tables/");
        assertRedirects(project, Map.of(
                "2019/12/winter-bells/index.html", "/en/2019/12/winter-bells/",
                "2024/03/new-ferry-timetable-from-april/index.html", "/en/2024/03/ferry-timetable/",
                "old/ferry/index.html", "/en/2024/03/ferry-timetable/",
                "ko/2024/03/4월부터-여객선-시간표-바뀐다/index.html", "/ko/2024/03/ferry-timetable/",
                "market/day/index.html", "/en/2022/11/market-day/",
                "ko/2022/11/다시-열리는-장날/index.html", "/ko/2022/11/%EC%9E%A5%EB%82%A0/",
                "2021/06/reading-the-tide-tables/index.html", "/en/2021/06/tide-tables/"));
        assertPage(project, "ko/2019/12/winter-bells/");

        String bells = read(project, "site/en/2019/12/winter-bells/index.html");
        assertTrue(bells.contains("https://www.youtube.com/watch?v=dQw4w9WgXcQ"), "youtube became a link");
        assertTrue(bells.contains("/media/images/posts/winter-bells/cover.png"), "the bundle's image is copied");
        assertTrue(read(project, "site/ko/2019/12/winter-bells/index.html").contains("href=\"/ko/2024/03/ferry-timetable/\""),
                "a ref from a Korean page leads to the Korean version, as in Hugo");
        assertTrue(read(project, "site/en/2022/11/market-day/index.html").contains("href=\"/en/2024/03/ferry-timetable/\""),
                "a link to an old absolute address became a link between articles");
        String ferry = read(project, "site/en/2024/03/ferry-timetable/index.html");
        assertTrue(ferry.contains("href=\"/en/2019/12/winter-bells/\""), "relref became a link between articles");
        assertTrue(ferry.contains("<code class=\"language-go\">"), "highlight became fenced code");
        assertTrue(ferry.contains("/media/images/map.png"), "the static image is copied");
    }

    @Test
    void theOldSiteIsNeverWrittenAndTheSameSiteGivesTheSameFiles() throws IOException {
        for (SourceKind kind : SourceKind.values()) {
            Map<String, byte[]> before = tree(FIXTURES.resolve(kind.name().toLowerCase()));
            Path first = project(kind + "-1");
            Path second = project(kind + "-2");
            importInto(kind, first, false);
            importInto(kind, second, false);
            Map<String, byte[]> one = tree(first.resolve("content"));
            Map<String, byte[]> two = tree(second.resolve("content"));
            assertEquals(one.keySet(), two.keySet());
            one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
            assertEquals(read(first, "import-report.md"), read(second, "import-report.md"));
            Map<String, byte[]> after = tree(FIXTURES.resolve(kind.name().toLowerCase()));
            assertEquals(before.keySet(), after.keySet());
            before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        }
    }

    @Test
    void existingFilesAreRefusedAllAtOnceUnlessForced() throws IOException {
        Path project = project("site");
        TestSite.create(project).article("content/en/2019/winter-bells.md", "title: Mine\ndate: 2019-01-01", "Mine.");
        ImportResult refused = importInto(SourceKind.JEKYLL, project, false);
        assertEquals(List.of("these files exist already and would be overwritten: content/en/2019/winter-bells.md; "
                + "move them away, or import with -Dbroadsheet.force=true to replace them"), refused.refusals());
        assertFalse(Files.exists(project.resolve("content/ko")), "nothing is written");
        assertFalse(Files.exists(project.resolve("import-report.md")));
        assertTrue(read(project, "content/en/2019/winter-bells.md").contains("Mine."));

        ImportResult forced = importInto(SourceKind.JEKYLL, project, true);
        assertTrue(forced.succeeded());
        assertTrue(read(project, "content/en/2019/winter-bells.md").contains("Winter bells"));
        assertTrue(read(project, "content/site.yml").contains("The Test Ledger"), "an existing site.yml is kept");
        String topics = read(project, "content/topics.yml");
        assertTrue(topics.startsWith(TestSite.TOPICS_YML), "existing topics are kept: " + topics);
        assertTrue(topics.contains("opensuse:\n  en: openSUSE\n  ko: openSUSE\n"), topics);
    }

    @Test
    void aProjectInsideTheOldSiteIsRefused() throws IOException {
        Path old = dir.resolve("old");
        TestSite.copyTree(FIXTURES.resolve("jekyll"), old);
        ImportResult result = Importer.run(new ImportOptions(SourceKind.JEKYLL, old, old.resolve("new"), null, false, null),
                BuildLog.SILENT);
        assertFalse(result.succeeded());
        assertTrue(result.refusals().get(0).contains("never writes into the old site"), result.refusals().toString());
        assertFalse(Files.exists(old.resolve("new")));
    }

    private Path project(String name) {
        Path project = dir.resolve(name);
        TestSite.copyTree(TestSite.repositoryRoot().resolve("templates"), project.resolve("templates"));
        return project;
    }

    private static ImportResult importInto(SourceKind kind, Path project, boolean force) throws IOException {
        return Importer.run(new ImportOptions(kind, FIXTURES.resolve(kind.name().toLowerCase()), project, null, force, null),
                BuildLog.SILENT);
    }

    private static List<String> reportLines(Path project) {
        return read(project, "import-report.md").lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
    }

    private static void buildSucceeds(Path project) throws IOException {
        BuildResult build = Generator.build(BuildOptions.standard(project), BuildLog.SILENT);
        assertEquals(List.of(), build.problems());
    }

    private static void assertPage(Path project, String page) {
        assertTrue(Files.isRegularFile(project.resolve("site").resolve(page).resolve("index.html")), page);
    }

    private static void assertTranslationsLinked(Path project, Map<String, String> pairs) {
        pairs.forEach((en, ko) -> {
            assertPage(project, en);
            assertPage(project, ko);
            String enPage = read(project, "site/" + en + "index.html");
            String koPage = read(project, "site/" + ko + "index.html");
            String koHref = "https://" + host(project) + "/" + ko;
            assertTrue(enPage.contains("hreflang=\"ko\" href=\"" + encode(koHref) + "\""), en + " links " + ko);
            assertTrue(koPage.contains("hreflang=\"en\" href=\"" + encode("https://" + host(project) + "/" + en) + "\""),
                    ko + " links " + en);
        });
    }

    private static void assertRedirects(Path project, Map<String, String> redirects) {
        redirects.forEach((file, target) -> {
            String page = read(project, "site/" + file);
            assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">"), file + ": " + page);
            assertPage(project, java.net.URLDecoder.decode(target.substring(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    private static String host(Path project) {
        return read(project, "content/site.yml").lines().filter(l -> l.startsWith("baseUrl:")).findFirst().orElseThrow()
                .replaceFirst("baseUrl: https://", "").replaceAll("/$", "");
    }

    private static String encode(String url) {
        return url.replace("장날", "%EC%9E%A5%EB%82%A0");
    }

    private static String read(Path project, String path) {
        try {
            return Files.readString(project.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
