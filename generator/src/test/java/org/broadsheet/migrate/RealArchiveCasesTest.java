package org.broadsheet.migrate;

import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What real archives carry, each in a small old site of our own: imported, then built with the real
 * engine, which must pass on the first try, every old address of a post answering.
 */
class RealArchiveCasesTest {

    @TempDir
    Path dir;

    private final List<String> console = new ArrayList<>();

    private void old(String path, String text) {
        try {
            Path file = dir.resolve("old").resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportResult importAndBuild(SourceKind kind, String oldHost) throws IOException {
        TestSite.copyTree(TestSite.repositoryRoot().resolve("templates"), dir.resolve("project/templates"));
        BuildLog log = new BuildLog() {
            @Override
            public void info(String message) {
                console.add(message);
            }

            @Override
            public void warn(String message) {
                console.add(message);
            }
        };
        ImportResult result = Importer.run(new ImportOptions(kind, dir.resolve("old"), dir.resolve("project"), null, false,
                oldHost), log);
        assertEquals(List.of(), result.refusals());
        assertEquals(List.of(), Generator.build(BuildOptions.standard(dir.resolve("project")), BuildLog.SILENT).problems()
                .stream().map(Object::toString).toList(), "the first build passes");
        everyOldAddressAnswers();
        return result;
    }

    /** Each old address that import-report-full.md lists has a page or a redirect in site/. */
    private void everyOldAddressAnswers() {
        String full = read("import-report-full.md");
        for (String line : full.substring(full.indexOf("## Old addresses")).lines().filter(l -> l.startsWith("- /")).toList()) {
            // a path's + is itself, not the space of a form
            String old = java.net.URLDecoder.decode(line.substring(2, line.indexOf(" → ")).replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
            Path file = dir.resolve("project/site").resolve(old.substring(1));
            assertTrue(Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html")), old + " answers");
        }
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve("project").resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(ImportResult result, Category category) {
        return result.findings().stream().filter(f -> f.category() == category).map(Finding::toString).toList();
    }

    @Test
    void hundredsOfThousandsOfRepetitionsWhereAPatternRepeatsAGroupAreImportedWithoutOverflowingTheStack() throws IOException {
        int many = 200_000;
        old("CNAME", "a.".repeat(many) + "7\n");
        old("_config.yml", "timezone: UTC\n");
        old("_layouts/post.html", "<script>MathJax = { tex: { inlineMath: [" + "x".repeat(many) + "] } };</script>\n");
        old("_posts/2021-01-01-long.md", "---\ntitle: Long\n---\n" + "- item\n".repeat(many) + "{:toc}\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(lines(result, Category.ATTRIBUTES).stream().anyMatch(line -> line.startsWith(
                "_posts/2021-01-01-long.md:4: kramdown table of contents '- item - item")), lines(result,
                Category.ATTRIBUTES).toString());
    }

    @Test
    void anEmptyJekyllPostWithAListingLayoutIsAPageTheThemeFilledNotAnArticle() throws IOException {
        old("_config.yml", "url: https://tides.example.org\n");
        old("_posts/en/pages/2016-01-01-blog.md", "---\nlayout: post-index\ntitle: Blog\npermalink: /en/blog/\n---\n\n");
        old("_posts/en/2020-04-02-pier.md", "---\ntitle: Pier reopens\nlayout: post\n---\nThe pier is open again.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertTrue(lines(result, Category.NOT_PUBLISHED).contains("_posts/en/pages/2016-01-01-blog.md:1: not imported: "
                + "a page the theme fills (layout: post-index), not an article; Broadsheet makes its own"),
                lines(result, Category.NOT_PUBLISHED).toString());
    }

    @Test
    void aKeyGivenTwiceTakesTheLastValueAsJekyllDoesAndThePostIsImported() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier draft headline\nlayout: post\ntitle: Pier reopens after repairs\n"
                + "---\nThe pier is open again.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertTrue(read("content/en/2020/pier.md").startsWith("---\ntitle: Pier reopens after repairs\n"));
        assertEquals(List.of("_posts/2020-04-02-pier.md:4: 'title' is given twice; took this value, not the one of "
                + "line 2, as Jekyll and Hugo do"), lines(result, Category.REPEATED_KEY));
        assertTrue(read("import-report.md").contains("- 1 key given twice in one front matter: the last value taken, "
                + "as Jekyll and Hugo do: title (1)\n"));
    }

    @Test
    void theSummaryCountsOnlyWhatWasImported() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nOpen.\n");
        old("_drafts/no-date.md", "---\ntitle: One\ntitle: Two\n---\nNo date anywhere.\n");
        old("_posts/2020-04-03-broken.md", "---\ntitle: a: b\n---\nBroken.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertEquals(List.of(), lines(result, Category.REPEATED_KEY), "a post not imported has no other decision");
        assertEquals(2, lines(result, Category.SKIPPED).size(), lines(result, Category.SKIPPED).toString());
    }

    @Test
    void jekyllDefaultsGivePermalinksLanguagesAndCategoriesByPathAndTheOldAddressesFollow() throws IOException {
        old("_config.yml", """
                url: https://tides.example.org
                timezone: Asia/Seoul
                permalink: date
                defaults:
                  - scope: {path: "", type: posts}
                    values: {layout: post, permalink: "/news/:title/"}
                  - scope: {path: korean}
                    values: {lang: ko, permalink: "/ko/:categories/:title/", categories: [harbor]}
                  - scope: {path: "_posts/features", type: pages}
                    values: {permalink: /never/}
                """);
        old("_posts/2021-03-04-harbor-lights.md", "---\ntitle: Harbor lights\n---\nLights along the quay.\n");
        old("korean/_posts/2021-03-04-harbor-lights.md", "---\ntitle: 항구의 불빛\n---\n부두를 따라 불이 켜졌다.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2021/harbor-lights.md").contains("aliases:\n  - /news/harbor-lights/\n"));
        assertTrue(read("content/ko/2021/harbor-lights.md").contains("aliases:\n  - /ko/korean/harbor/harbor-lights/\n"),
                read("content/ko/2021/harbor-lights.md"));
        assertTrue(read("content/ko/2021/harbor-lights.md").contains("topics:\n  - harbor\n"));
        assertTrue(read("import-report.md").contains("- 4 fields given to posts by the 'defaults' of _config.yml, as "
                + "Jekyll gave them: categories (1), lang (1), permalink (2)\n"), read("import-report.md"));
        assertTrue(result.summary().contains("1 translation pair"), result.summary());
    }

    @Test
    void aPictureThatTheDefaultsGiveEveryPostIsNotItsLeadImage() throws IOException {
        old("_config.yml", """
                timezone: Asia/Seoul
                defaults:
                  - scope: {path: "", type: posts}
                    values: {image: /img/site-card.png}
                """);
        old("img/site-card.png", "card");
        old("img/pier.jpg", "pier");
        old("_posts/2022-05-06-nets.md", "---\ntitle: Mending nets\n---\nNets.\n");
        old("_posts/2022-05-07-pier.md", "---\ntitle: The pier\nimage: /img/pier.jpg\n---\nPier.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2022/nets.md").contains("extra:\n  image: /img/site-card.png\n"),
                read("content/en/2022/nets.md"));
        assertTrue(read("content/en/2022/pier.md").contains("image:\n  src: /images/img/pier.jpg\n"),
                read("content/en/2022/pier.md"));
        assertEquals(List.of("_posts/2022-05-06-nets.md: 'image' of the defaults of _config.yml not made the lead image"),
                lines(result, Category.SITE_PICTURE));
        assertTrue(read("import-report.md").contains("- 1 post without a lead image where _config.yml's defaults give "
                + "every post of a scope the same picture"), read("import-report.md"));
    }

    @Test
    void authorsAreNamedFromTheAuthorData() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("_data/authors.yml", "mira:\n  name: Mira Seo\n  url: https://mira.example.org\njun: Jun Park\n");
        old("_posts/2022-05-06-nets.md", "---\ntitle: Mending nets\nauthors: [mira, jun, Guest Writer]\n---\nNets.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2022/nets.md").contains("authors:\n  - Mira Seo\n  - Jun Park\n  - Guest Writer\n"),
                read("content/en/2022/nets.md"));
        assertEquals(2, lines(result, Category.AUTHOR_LOOKUP).size());
    }

    @Test
    void authorsAreNamedFromAFolderOfAuthorDataWithAFilePerAuthor() throws IOException {
        old("hugo.toml", "baseURL = 'https://tides.example.org/'\ntheme = 'blowfish'\ntimeZone = 'Asia/Seoul'\n");
        old("data/authors/mira.json", "{\"name\": \"Mira Seo\", \"bio\": \"Writes about boats\"}\n");
        old("data/authors/jun.json", "{\"name\": \"Jun Park\"}\n");
        old("content/posts/nets/index.md", "---\ntitle: Mending nets\ndate: 2022-05-06\nauthors: [mira, jun]\n---\nNets.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2022/nets.md").contains("authors:\n  - Mira Seo\n  - Jun Park\n"),
                read("content/en/2022/nets.md"));
        assertEquals(2, lines(result, Category.AUTHOR_LOOKUP).size());
    }

    @Test
    void anAuthornameBesideAHandleIsTheBylineAndTheHandleIsKept() throws IOException {
        old("config.toml", "baseURL = 'https://tides.example.org/'\n");
        old("content/blog/nets.md", "---\ntitle: Mending nets\ndate: 2022-05-06\nauthorname: \"Mira Seo\"\n"
                + "author: \"@miraseo\"\nauthorlink: \"https://social.example.org/miraseo\"\n---\nNets.\n");
        old("content/blog/kites.md", "---\ntitle: Kites\ndate: 2022-05-07\nAuthorName: Jun Park\n---\nKites.\n");
        importAndBuild(SourceKind.HUGO, null);
        String nets = read("content/en/2022/nets.md");
        assertTrue(nets.contains("authors:\n  - Mira Seo\n") && !nets.contains("  - '@miraseo'"), nets);
        assertTrue(nets.contains("extra:\n  author: '@miraseo'\n  authorlink: https://social.example.org/miraseo\n"), nets);
        assertTrue(read("content/en/2022/kites.md").contains("authors:\n  - Jun Park\n"), read("content/en/2022/kites.md"));
    }

    @Test
    void liquidAndShortcodesInCodeStayAsWrittenAndKnownValuesAreFilledIn() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\ntitle: Tide Notes\n");
        old("_data/ferries.yml", "- {route: north, fare: 1200}\n- {route: south, fare: 1500}\n");
        old("_posts/2022-05-06-fares.md", """
                ---
                title: New fares
                ---
                {% assign south = site.data.ferries | where: "route", "south" | first %}
                The south ferry costs {{ south.fare }} won on {{ site.title }}.

                ```liquid
                {% include fares.html %} {{ page.title }} {% raw %}{{ x }}{% endraw %}
                ```
                """);
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String article = read("content/en/2022/fares.md");
        assertTrue(article.contains("\nThe south ferry costs 1500 won on Tide Notes.\n"), article);
        assertTrue(article.contains("```liquid\n{% include fares.html %} New fares {{ x }}\n```"), article);
        assertEquals(List.of(), lines(result, Category.UNCONVERTED));
        String page = new String(Files.readAllBytes(dir.resolve("project/site/en/2022/05/fares/index.html")));
        assertTrue(page.contains("{% include fares.html %}"), "code shows the Liquid as written");
    }

    @Test
    void minimalMistakesAndChirpyFieldsMapToBroadsheets() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("assets/img/quay.png", "png");
        old("assets/img/posts/boats/cover.png", "png");
        old("assets/img/posts/boats/deck.png", "png");
        old("_posts/2022-07-01-quay.md", """
                ---
                title: The new quay
                tagline: Longer, wider, safer
                header:
                  overlay_image: /assets/img/quay.png
                  overlay_filter: 0.5
                  caption: "Photo: harbor office"
                toc: true
                toc_sticky: true
                author_profile: true
                read_time: true
                ---
                The quay is finished.
                """);
        old("_posts/2022-07-02-boats.md", """
                ---
                title: Boats in the bay
                media_subpath: /assets/img/posts/boats
                image:
                  path: cover.png
                  alt: Boats at anchor
                  lqip: data:image/webp;base64,AAAA
                pin: true
                mermaid: true
                ---
                ![The deck](deck.png)
                """);
        importAndBuild(SourceKind.JEKYLL, null);
        String quay = read("content/en/2022/quay.md");
        assertTrue(quay.contains("subtitle: \"Longer, wider, safer\"\n"), quay);
        assertTrue(quay.contains("image:\n  src: /images/assets/img/quay.png\n  alt: The new quay\n  caption: \"Photo: harbor office\"\n"),
                quay);
        assertFalse(quay.contains("toc") || quay.contains("read_time") || quay.contains("extra"), quay);
        String boats = read("content/en/2022/boats.md");
        assertTrue(boats.contains("image:\n  src: /images/assets/img/posts/boats/cover.png\n  alt: Boats at anchor\n"), boats);
        assertTrue(boats.contains("![The deck](/images/assets/img/posts/boats/deck.png)"), boats);
        assertFalse(boats.contains("pin") || boats.contains("mermaid") || boats.contains("media_subpath"), boats);
    }

    @Test
    void cleanBlogsBackgroundPictureIsTheLeadImageAndABackgroundColourIsNot() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("img/ferry/wheel.jpg", "jpg");
        old("_posts/2023-01-16-ferry.md", "---\ntitle: The night ferry\nbackground: '/img/ferry/wheel.jpg'\n---\nIt sails at ten.\n");
        old("_posts/2023-01-17-tide.md", "---\ntitle: Tide tables\nbackground: '#1d3557'\n---\nHigh water at noon.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String ferry = read("content/en/2023/ferry.md");
        assertTrue(ferry.contains("image:\n  src: /images/img/ferry/wheel.jpg\n  alt: The night ferry\n"), ferry);
        assertTrue(Files.isRegularFile(dir.resolve("project/content/images/img/ferry/wheel.jpg")));
        String tide = read("content/en/2023/tide.md");
        assertFalse(tide.contains("image:"), tide);
        assertTrue(tide.contains("background: \"#1d3557\""), tide);
    }

    @Test
    void postsWhoseNamesDifferOnlyByTheDateKeepTheirAddressesAndTheirTranslations() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\npermalink: pretty\n");
        old("en/_posts/2016-02-10-lantern-call.md", "---\ntitle: Lantern makers wanted\n---\nFebruary call.\n");
        old("en/_posts/2016-08-26-lantern-call.md", "---\ntitle: Lantern makers wanted again\n---\nAugust call.\n");
        old("ko/_posts/2016-08-26-lantern-call.md", "---\ntitle: 등불 만들 사람을 다시 찾습니다\n---\n8월 모집.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2016/lantern-call.md").contains("February call."));
        assertTrue(read("content/en/2016/lantern-call-2.md").contains("slug: lantern-call\n"));
        assertTrue(read("content/ko/2016/lantern-call-2.md").contains("slug: lantern-call\n"));
        assertTrue(Files.isRegularFile(dir.resolve("project/site/en/2016/08/lantern-call/index.html")));
        assertTrue(new String(Files.readAllBytes(dir.resolve("project/site/en/2016/08/lantern-call/index.html")))
                .contains("hreflang=\"ko\" href=\"https://example.org/ko/2016/08/lantern-call/\""), "still paired");
        assertEquals(2, lines(result, Category.SAME_SLUG).size());
    }

    @Test
    void theOriginalIsTheOneAFieldNamesElseTheEarlierElseTheDefaultLanguage() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\nlang: en\n");
        old("en/_posts/2019-01-02-a.md", "---\ntitle: A\ndate: 2019-01-02 10:00\n---\nA.\n");
        old("ko/_posts/2019-01-02-a.md", "---\ntitle: 가\ndate: 2019-01-02 09:00\n---\n가.\n");
        old("en/_posts/2019-01-03-b.md", "---\ntitle: B\n---\nB.\n");
        old("ko/_posts/2019-01-03-b.md", "---\ntitle: 나\n---\n나.\n");
        old("en/_posts/2019-01-04-c.md", "---\ntitle: C\ntranslated: true\n---\nC.\n");
        old("ko/_posts/2019-01-04-c.md", "---\ntitle: 다\n---\n다.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/ko/2019/a.md").contains("original: true"), "published first");
        assertTrue(read("content/en/2019/b.md").contains("original: true"), "same time: the default language");
        assertTrue(read("content/ko/2019/c.md").contains("original: true"), "the English one says it is a translation");
        assertFalse(read("content/en/2019/a.md").contains("original") || read("content/ko/2019/b.md").contains("original")
                || read("content/en/2019/c.md").contains("original:"));
        assertTrue(read("import-report.md").contains("- 3 originals chosen among the versions of a pair: by a field (1), "
                + "by the default language (1), by the earlier date (1)\n"), read("import-report.md"));
    }

    @Test
    void translationsOfAJapaneseSiteThatAppearedTogetherHaveNoOriginal() throws IOException {
        old("config.yaml", "baseurl: https://blog.example.jp\nDefaultContentLanguage: ja\nlanguages:\n  ja: {weight: 1}\n"
                + "  ko: {weight: 2}\n  en: {weight: 3}\n");
        old("content/posts/ferry/index.md", "---\ntitle: フェリー\ndate: 2024-05-01\n---\nフェリーの話。\n");
        old("content/posts/ferry/index.ko.md", "---\ntitle: 페리\ndate: 2024-05-01\n---\n페리 이야기.\n");
        old("content/posts/ferry/index.en.md", "---\ntitle: Ferry\ndate: 2024-05-01\n---\nAbout the ferry.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertFalse(read("content/en/2024/ferry.md").contains("original") || read("content/ko/2024/ferry.md")
                .contains("original"), "neither translation is the original");
        assertTrue(read("import-report.md").contains("- 1 translation pair without an original: published at the same time, "
                + "and neither in the old site's default language, whose version both translate (not imported): ja (1)\n"),
                read("import-report.md"));
        assertFalse(read("site/ko/2024/05/ferry/index.html").contains("원문"), read("site/ko/2024/05/ferry/index.html"));
    }

    @Test
    void linksToPagesTheNewSiteOwnsAreUnlinkedWhenTheOldSiteHasNoOtherAddress() throws IOException {
        oldSiteWithLinks();
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String article = read("content/en/2021/quay.md");
        assertTrue(article.contains("See the guide and [the about page](/about/) and [the story](../2019/story.md)."),
                article);
        assertEquals(List.of("_posts/2021-01-01-quay.md:4: '/about/' kept, the address it had on the old site: it "
                        + "answers only while the host serves the old site's page there",
                "_posts/2021-01-01-quay.md:4: '/en/guide/' unlinked, its text kept (no old host apart from the new "
                        + "site's address)"), lines(result, Category.OLD_PAGES));
    }

    @Test
    void anUnlinkedLinkWhoseTextIsItsAddressIsShownAsCodeNotLinkedAgainByTheBuild() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: UTC\n");
        old("_posts/2021-01-01-tables.md", "---\ntitle: Tide tables\n---\n- **Nodes** "
                + "[https://tides.example.org/data/nodes.csv](https://tides.example.org/assets/data/nodes.csv)\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2021/tables.md").contains("- **Nodes** `https://tides.example.org/data/nodes.csv`\n"),
                read("content/en/2021/tables.md"));
        assertFalse(read("site/en/2021/01/tables/index.html").contains("href=\"https://tides.example.org/data/"),
                "no link to the address the new site takes over");
    }

    @Test
    void linksToPagesTheNewSiteOwnsLeadToTheOldHostGiven() throws IOException {
        oldSiteWithLinks();
        ImportResult result = importAndBuild(SourceKind.JEKYLL, "https://archive.tides.example.org/");
        assertTrue(read("content/en/2021/quay.md").contains("See [the guide](https://archive.tides.example.org/en/guide/) "
                + "and [the about page](https://archive.tides.example.org/about/) and [the story](../2019/story.md)."),
                read("content/en/2021/quay.md"));
        assertEquals(2, lines(result, Category.OLD_PAGES).size());
    }

    @Test
    void linksToPagesTheNewSiteOwnsLeadToTheOldSitesAddressWhenTheNewSiteHasAnother() throws IOException {
        oldSiteWithLinks();
        TestSite.create(dir.resolve("project"));
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2021/quay.md").contains("See [the guide](https://tides.example.org/en/guide/) and "
                + "[the about page](https://tides.example.org/about/)"), read("content/en/2021/quay.md"));
    }

    private void oldSiteWithLinks() {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\npermalink: /:year/:title/\n");
        old("_posts/2019-06-01-story.md", "---\ntitle: Story\n---\nOld story.\n");
        old("_posts/2021-01-01-quay.md", "---\ntitle: Quay\n---\n"
                + "See [the guide](/en/guide/) and [the about page](/about/) and [the story](/2019/story/).\n");
    }

    @Test
    void hugoJsonFrontMatterCustomDateFieldsAndGoDatePermalinks() throws IOException {
        old("hugo.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "[permalinks]\n  posts = '/:2006/:01/:02/:filename/'\n");
        old("content/posts/gulls.md", "{\n  \"title\": \"Gulls return\",\n  \"date\": \"2023-04-05T08:00:00+09:00\",\n"
                + "  \"tags\": [\"birds\"]\n}\nThe gulls are back.\n");
        old("content/posts/nets.md", "---\ntitle: Nets dry in the sun\ncreated_at: 2023-05-06 07:30\n---\nNets.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2023/gulls.md").contains("aliases:\n  - /2023/04/05/gulls/\n"), read("content/en/2023/gulls.md"));
        assertTrue(read("content/en/2023/nets.md").contains("date: 2023-05-06T07:30:00+09:00\n"));
        assertEquals(List.of("content/posts/nets.md:3: no 'date'; took 'created_at' (2023-05-06 07:30), which Hugo did "
                        + "not read"),
                lines(result, Category.DATE_FROM_FIELD));
    }

    @Test
    void aHugoSitesOwnPictureShortcodeBecomesTheImageItShowedAndItsFileIsCopied() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\ntimeZone = 'Asia/Seoul'\ntheme = 'harbor'\n");
        old("themes/harbor/layouts/shortcodes/imageFull.html", "<figure class=\"full\"><img src=\"{{ .Get \"src\" }}\" "
                + "alt=\"{{ .Get \"title\" }}\"/>{{ with .Get \"caption\" }}<figcaption>{{ . }}</figcaption>{{ end }}</figure>\n");
        old("static/images/posts/pier.png", "PNG");
        old("content/post/pier.md", "---\ntitle: The pier\ndate: 2025-10-24\n---\nThe pier at dawn.\n\n"
                + "{{< imageFull src=\"/images/posts/pier.png\" title=\"The pier\" border=\"true\" >}}\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2025/pier.md").contains("The pier at dawn.\n\n![The pier](/images/posts/pier.png)\n"),
                read("content/en/2025/pier.md"));
        assertEquals("PNG", read("content/images/posts/pier.png"));
        assertEquals(List.of("content/post/pier.md:7: '{{< imageFull src=\"/images/posts/pier.png\" title=\"The pier\" "
                + "border=\"true\" >}}' made the image it showed; left out: border"), lines(result, Category.PICTURE_SHORTCODES));
    }

    @Test
    void aHugoShortcodeShowingTheResourceItsArgumentNamesBecomesThatPictureFoundInAssets() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\ntimeZone = 'Asia/Seoul'\n");
        old("layouts/shortcodes/zoom.html", "{{- $image := resources.Get (.Get \"src\") -}}\n<figure>\n  <img class=\"zoom\" "
                + "src=\"{{ $image.RelPermalink }}\" {{ with .Get \"alt\" }}alt=\"{{.}}\" {{ end }}>\n  </img>\n"
                + "  {{- with .Get \"caption\" -}}<figcaption>{{- . | safeHTML -}}</figcaption>{{- end -}}\n</figure>\n");
        old("assets/images/pier/dawn.png", "PNG");
        old("content/blog/pier.md", "---\ntitle: The pier\ndate: 2025-10-24\n---\nThe pier at dawn.\n\n"
                + "{{< zoom src=\"images/pier/dawn.png\" caption=\"Boats at dawn\" >}}\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2025/pier.md").contains("The pier at dawn.\n\n![Boats at dawn](/images/pier/dawn.png)\n"
                + "*Boats at dawn*\n"), read("content/en/2025/pier.md"));
        assertEquals("PNG", read("content/images/pier/dawn.png"));
        assertEquals(1, lines(result, Category.PICTURE_SHORTCODES).size());
    }

    @Test
    void aBlowfishPostsMathBetweenDollarsIsKeptAsItsSourceAndItsKatexShortcodeIsRemoved() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\ntheme = 'blowfish'\n");
        old("content/posts/tide/index.md", "---\ntitle: Tide tables\ndate: 2025-10-24\n---\n{{< katex >}}\n"
                + "The height is $$h_t = a_i + b_j$$ at noon.\n\n$$\n\\sum_i x_i\n$$\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2025/tide.md").contains("\nThe height is `$$h_t = a_i + b_j$$` at noon.\n\n"
                + "```math\n$$\n\\sum_i x_i\n$$\n```\n"), read("content/en/2025/tide.md"));
        assertEquals(List.of("content/posts/tide/index.md:5: '{{< katex >}}' removed"), lines(result, Category.MATH_LOADERS));
        assertEquals(2, lines(result, Category.MATH).size());
        assertFalse(read("site/en/2025/10/tide/index.html").contains("<em>"), "no emphasis made of the math's underscores");
    }

    @Test
    void aStackPostsMathBetweenSingleDollarsIsKeptAsItsSourceAndItsPricesStayText() throws IOException {
        old("hugo.yaml", "baseURL: https://bay.example.org\ntheme: hugo-theme-stack\nparams:\n  article:\n    math: false\n");
        old("content/post/fares/index.md", "---\ntitle: Ferry fares\ndate: 2025-10-24\nmath: true\n---\n"
                + "A ticket costs $5 and a pass $10, so $n$ trips cost $5_n = 5 \\cdot n$ dollars.\n");
        old("content/post/tolls/index.md", "---\ntitle: Tolls\ndate: 2025-10-25\n---\nThe toll for $a_i$ and $b_j$ rose.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2025/fares.md").contains("\nA ticket costs $5 and a pass $10, so `$n$` trips cost "
                + "`$5_n = 5 \\cdot n$` dollars.\n"), read("content/en/2025/fares.md"));
        assertTrue(read("content/en/2025/tolls.md").contains("\nThe toll for $a_i$ and $b_j$ rose.\n"),
                "a page without math showed its dollars as text");
        assertEquals(2, lines(result, Category.MATH).size());
        assertFalse(read("site/en/2025/10/fares/index.html").contains("<em>"), "no emphasis made of the math's underscores");
    }

    @Test
    void aJekyllPostThatLoadedTheSitesMathJaxReadingSingleDollarsKeepsThatMathAsItsSource() throws IOException {
        old("_config.yml", "url: https://bay.example.org\ntimezone: UTC\n");
        old("_layouts/post.html", "{% if page.use_math %}\n<script>\n  MathJax = { tex: { inlineMath: [ ['\\\\(', '\\\\)'], "
                + "['$', '$'] ] } };\n</script>\n{% endif %}\n{{ content }}\n");
        old("_posts/2025-10-24-fares.md", "---\ntitle: Ferry fares\nuse_math: true\n---\n"
                + "A ticket costs $5 and a pass $10, so $x_i$ trips cost $y_j$ dollars.\n");
        old("_posts/2025-10-25-tolls.md", "---\ntitle: Tolls\n---\nThe toll for $a_i$ and $b_j$ rose.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2025/fares.md").contains("\nA ticket costs $5 and a pass $10, so `$x_i$` trips cost "
                + "`$y_j$` dollars.\n"), read("content/en/2025/fares.md"));
        assertTrue(read("content/en/2025/tolls.md").contains("\nThe toll for $a_i$ and $b_j$ rose.\n"),
                "a page that did not load MathJax showed its dollars as text");
        assertEquals(2, lines(result, Category.MATH).size());
        assertFalse(read("site/en/2025/10/fares/index.html").contains("<em>"), "no emphasis made of the math's underscores");
    }

    @Test
    void aPostsManyFormulasAreCountedOnOneLineOfTheReportThatNamesTheirFirstLines() throws IOException {
        old("_config.yml", "url: https://bay.example.org\ntimezone: UTC\n");
        old("_posts/2025-10-24-waves.md", "---\ntitle: Waves\n---\nA wave $$h_i$$ rises over $$g$$.\n\n"
                + "A wave $$h_i$$ rises.\n\n".repeat(6));
        old("_posts/2025-10-25-tides.md", "---\ntitle: Tides\n---\nThe tide $$t_j$$ turns.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String report = read("import-report.md");
        assertTrue(report.contains("\n- _posts/2025-10-24-waves.md: 8 formulas kept as their LaTeX source, in code "
                + "(lines 4, 6, 8, 10, 12, …; each in import-report-full.md)\n- _posts/2025-10-25-tides.md:4: math $$t_j$$ "
                + "kept as its LaTeX source, in code: Broadsheet does not typeset math\n"), report);
        assertEquals(9, read("import-report-full.md").lines().filter(line -> line.contains("kept as its LaTeX")).count());
        assertEquals(List.of("Math: _posts/2025-10-24-waves.md: 8 formulas kept as their LaTeX source, in code (lines 4, 6, "
                + "8, 10, 12, …; each in import-report-full.md)", "Math: _posts/2025-10-25-tides.md:4: math $$t_j$$ kept as "
                + "its LaTeX source, in code: Broadsheet does not typeset math"), result.toCheck().stream()
                .filter(line -> line.startsWith("Math: ")).toList());
    }

    @Test
    void aJekyllSiteThatLoadsMathJaxByAKeyOfItsOwnReadsSingleDollarsOnlyOnThePagesThatSetIt() throws IOException {
        old("_config.yml", "url: https://bay.example.org\ntimezone: UTC\n");
        old("_includes/head.html", "{% if page.usemathjax %}\n<script>MathJax = { tex: { inlineMath: [['$', '$']] } };"
                + "</script>\n{% endif %}\n");
        old("_posts/2025-10-24-fares.md", "---\ntitle: Ferry fares\nusemathjax: true\n---\nSo $x_i$ trips cost $y_j$.\n");
        old("_posts/2025-10-25-tolls.md", "---\ntitle: Tolls\n---\nThe toll for $a_i$ and $b_j$ rose.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2025/fares.md").contains("\nSo `$x_i$` trips cost `$y_j$`.\n"),
                read("content/en/2025/fares.md"));
        assertTrue(read("content/en/2025/tolls.md").contains("\nThe toll for $a_i$ and $b_j$ rose.\n"),
                "a page that did not load MathJax showed its dollars as text");
    }

    @Test
    void aChirpyPostWithMathKeepsItsSingleDollarMathThoughTheThemesTemplatesAreInItsGem() throws IOException {
        old("_config.yml", "url: https://bay.example.org\ntimezone: UTC\ntheme: jekyll-theme-chirpy\n");
        old("_posts/2025-10-24-fares.md", "---\ntitle: Ferry fares\nmath: true\n---\nSo $x_i$ trips cost $y_j$.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2025/fares.md").contains("\nSo `$x_i$` trips cost `$y_j$`.\n"),
                read("content/en/2025/fares.md"));
    }

    @Test
    void shortcodesOfAThemeOutsideTheArchiveShowWhatItsTemplatesShowedAndAnUnknownOneSaysWhatToDo() throws IOException {
        old("hugo.toml", "baseURL = 'https://bay.example.org'\ntheme = 'congo'\n");
        old(".gitmodules", "[submodule \"themes/congo\"]\n  path = themes/congo\n  url = https://github.com/jpanther/congo\n");
        old("static/img/wave.png", "PNG");
        old("content/posts/harbor/harbor-dawn.jpg", "JPG");
        old("content/posts/harbor/gallery/01-boats.jpg", "JPG");
        old("content/posts/harbor/gallery/02-nets.jpg", "JPG");
        old("content/posts/harbor/index.md", "---\ntitle: The harbor\ndate: 2025-10-24\n---\n"
                + "{{< screenshot src=\"dawn\" alt=\"Boats at dawn\" caption=\"The harbor at dawn\" >}}\n\n"
                + "Waves {{< inTextImg url=\"/img/wave.png\" alt=\"wave\" >}} rose.\n\n"
                + "{{< chart >}}\ntype: 'bar',\ndata: { labels: ['May', 'June'] }\n{{< /chart >}}\n"
                + "{{< leaflet lat=31.233 lng=121.485 >}}\n\n{{< carousel images=\"{gallery/*NETS*, gallery/01-*}\" >}}\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String page = read("site/en/2025/10/harbor/index.html");
        assertTrue(page.contains("alt=\"Boats at dawn\""), page);
        assertTrue(page.contains("<em>The harbor at dawn</em>"), page);
        assertTrue(page.contains("alt=\"wave\""), page);
        assertTrue(page.contains("type: 'bar',"), page);
        assertFalse(page.contains("{{< chart") || page.contains("{{< screenshot") || page.contains("inTextImg"), page);
        assertTrue(read("content/en/2025/harbor.md").contains("![](/images/posts/harbor/gallery/02-nets.jpg) "
                + "![](/images/posts/harbor/gallery/01-boats.jpg)"), read("content/en/2025/harbor.md"));
        assertEquals(List.of("content/posts/harbor/index.md:13: shortcode '{{< leaflet lat=31.233 lng=121.485 >}}' has no Markdown "
                + "equivalent; kept as text: write out what it showed, or remove it (its template is not in the old site: the "
                + "theme's, in a git submodule or a Hugo module)"), lines(result, Category.UNCONVERTED));
        assertEquals(List.of("content/posts/harbor/index.md:9: '{{< chart >}}' made a ```chart code block: readers see the "
                + "chart's data, not the chart"), lines(result, Category.DIAGRAMS));
    }

    @Test
    void aHugoSitesOwnTaxonomyGivesTopicsAsItsTagsDoButItsSeriesAndAuthorsDoNot() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\n[taxonomies]\n  tag = 'tags'\n  topic = 'topics'\n"
                + "  series = 'series'\n  author = 'authors'\n");
        old("content/posts/tide.md", "---\ntitle: Tide tables\ndate: 2025-10-24\ntags: [sea]\ntopics: [Harbor Life]\n"
                + "series: [Tides]\nauthors: [laura-kim]\n---\nThe tide came in.\n");
        importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2025/tide.md").contains("topics:\n  - sea\n  - harbor-life\n"),
                read("content/en/2025/tide.md"));
        assertTrue(read("content/topics.yml").contains("harbor-life:"), read("content/topics.yml"));
        assertFalse(read("content/topics.yml").contains("tides:") || read("content/topics.yml").contains("laura-kim"),
                read("content/topics.yml"));
    }

    @Test
    void aHugoAuthorsPageNamesTheAuthorItsPostsGiveByKey() throws IOException {
        old("config.yml", "baseURL: https://bay.example.org\ntaxonomies:\n  author: authors\n");
        old("content/authors/laura-kim/_index.md", "---\ndisplay_name: Laura Kim\nslug: laura-kim\n---\n");
        old("content/authors/admin/_index.md", "---\ntitle: Min Park\nrole: Harbor editor\n---\n");
        old("content/authors/anon/_index.md", "---\nfirst_name: Anon\n---\n");
        old("content/news/tide.md", "---\ntitle: Tide tables\ndate: 2025-10-24\nauthors: [laura-kim, admin, anon]\n---\n"
                + "The tide came in.\n");
        importAndBuild(SourceKind.HUGO, null);
        String tide = read("content/en/2025/tide.md");
        assertTrue(tide.contains("authors:\n  - Laura Kim\n  - name: Min Park\n    role: Harbor editor\n  - name: anon\n"),
                tide);
    }

    @Test
    void hugoDatesAnAddressByTheDayWrittenWithItsOffsetNotByTheDayInUtc() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\n[permalinks]\n  post = '/:2006/:01/:02/:contentbasename/'\n");
        old("content/post/ferry/index.md", "---\ntitle: The dawn ferry\ndate: 2025-10-24T01:17:39+09:00\n---\nIt left at dawn.\n");
        old("content/post/tide/index.md", "---\ntitle: Night tide\ndate: 2025-10-24T23:30:00\n---\nThe tide came in.\n");
        importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2025/ferry.md").contains("aliases:\n  - /2025/10/24/ferry/\n"), read("content/en/2025/ferry.md"));
        assertTrue(read("content/en/2025/tide.md").contains("aliases:\n  - /2025/10/24/tide/\n"), read("content/en/2025/tide.md"));
    }

    @Test
    void aHeadlineEndingInAFullStopGaveHugoAnAddressEndingInADotWhichARedirectStillAnswers() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\ndefaultContentLanguage = 'ko'\n"
                + "[permalinks]\n  blog = '/:year/:month/:day/:title/'\n  post = '/post/:year/:month/:slug/'\n");
        old("content/blog/history.md", "+++\ndate = '2017-02-23T18:12:12Z'\ntitle = 'History of the ferry in four posts.'\n"
                + "+++\nHow it came to be.\n");
        old("content/post/nets/index.md", "---\ntitle: 그물을 다시 짜다..\ndate: 2006-03-24T10:12:51+00:00\n---\n그물이 말랐다..\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2017/history.md").contains("aliases:\n  - /2017/02/23/history-of-the-ferry-in-four-posts./\n"),
                read("content/en/2017/history.md"));
        assertTrue(read("content/ko/2006/nets.md").contains("aliases:\n  - /post/2006/03/그물을-다시-짜다../\n"),
                read("content/ko/2006/nets.md"));
        assertEquals(List.of(), lines(result, Category.REDIRECTS));
    }

    @Test
    void aJekyllPostNamedWithAFullStopAtItsEndKeepsItsAddressEndingInADot() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\npermalink: /:categories/:title/\n");
        old("_posts/2011-03-05-주말-잉여짓...md", "---\ntitle: 주말 잉여짓..\ncategories: [일상]\n---\n주말에 한 일.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String article = read("content/ko/2011/주말-잉여짓.md");
        assertTrue(article.contains("aliases:\n  - /일상/주말-잉여짓../\n"), article);
        assertEquals(List.of(), lines(result, Category.REDIRECTS));
    }

    @Test
    void anOldAddressThatDiffersFromAnotherOnlyByTheDotEndingAPartIsOneFileToTheBuildAndIsReported() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\n[permalinks]\n  blog = '/:year/:month/:day/:title/'\n");
        old("content/blog/ferry.md", "---\ntitle: The ferry is back.\ndate: 2017-02-23\n---\nIt is.\n");
        old("content/blog/ferry-again.md", "---\ntitle: The ferry is back\ndate: 2017-02-23\n---\nAgain.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/blog/ferry.md:1: no redirect from the old address /2017/02/23/the-ferry-is-back./, "
                + "which differs only in case or in the dots ending a part from /2017/02/23/the-ferry-is-back/, redirected "
                + "already: the build writes one file for both, as a disk or host that ignores case, or Windows, reads "
                + "them; elsewhere, readers who follow it get the site's 404 page"), lines(result, Category.REDIRECTS));
    }

    @Test
    void theDecisionsToCheckAboutDraftsAreCountedOnOneLineOfTheReportAndListedInFull() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\ntimeZone = 'Asia/Seoul'\n");
        old("content/post/ferry.md", "---\ntitle: 페리\ndate: 2025-01-02\n---\n**배**가 [왔다](/about/).\n<!--more-->\n끝.\n");
        old("content/post/nets.md", "---\ntitle: 그물\ndate: 2025-01-03\ndraft: true\n---\n**그물**을 [짰다](/about/).\n"
                + "<!--more-->\n끝.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("import-report-full.md: 2 decisions to check about 1 draft (Links to pages of the old site "
                + "that Broadsheet does not make 1, Summaries 1), listed there with their files: check a draft's before you "
                + "publish it"), lines(result, Category.DRAFTS));
        assertTrue(lines(result, Category.SUMMARIES).stream().allMatch(line -> line.startsWith("content/post/ferry.md:")),
                lines(result, Category.SUMMARIES).toString());
        String report = read("import-report.md");
        assertTrue(report.contains("| Drafts | 1 | to check |") && report.contains("| Summaries | 1 | to check |"), report);
        assertFalse(report.contains("content/post/nets.md:7"), report);
        assertTrue(read("import-report-full.md").contains("- content/post/nets.md:7: summary taken from the text before"),
                read("import-report-full.md"));
    }

    @Test
    void aNewsSitesPagesLaidOutAsPagesOutsideItsPostSectionsAreNotArticlesWhateverTheirDates() throws IOException {
        old("config.yaml", "baseURL: https://news.example.org\ntimeZone: Asia/Seoul\ndefaultContentLanguage: ko\n");
        for (String page : List.of("about", "careers", "privacy", "terms")) {
            old("content/" + page + ".md", "+++\ntitle = '" + page + "'\ndate = 2024-06-27\nLayout = \"page\"\n+++\n회사 소개.\n");
        }
        old("content/location/harbor.md", "+++\ntitle = '본사'\ndate = 2024-06-27\nlayout = \"page\"\n+++\n부두 옆.\n");
        old("content/posts/경제/ferry.md", "+++\ntitle = '여객선 운항 재개'\ndate = 2025-06-28\n+++\n여객선이 다시 다닌다.\n");
        old("content/posts/사회/tide.md", "+++\ntitle = '만조 경보'\ndate = 2025-06-29\n+++\n오늘 밤 만조다.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 2 posts "), result.summary());
        assertEquals(List.of("content/about.md:4: not imported: a page outside the sections that hold the posts (posts) "
                + "whose front matter says 'layout: page', as an about or contact page is, whatever its date; if it is an "
                + "article, move it into posts/, remove 'layout: page' and import again"),
                lines(result, Category.SKIPPED).subList(0, 1));
        assertEquals(5, lines(result, Category.SKIPPED).size(), lines(result, Category.SKIPPED).toString());
    }

    @Test
    void aDatedHugoPageOutsideThePostSectionsThatTheMenuLinksIsNotAnArticle() throws IOException {
        old("config.toml", "baseURL = 'https://quay.example.org'\ntimeZone = 'Asia/Seoul'\n");
        old("content/page/about/index.md", "---\ntitle: About the quay\ndate: 2024-06-27\nmenu:\n  main:\n"
                + "    weight: -90\n---\nWho keeps the quay.\n");
        old("content/page/harbor-history/index.md", "---\ntitle: The harbor's history\ndate: 2024-06-28\n---\nOld stones.\n");
        old("content/post/ferry/index.md", "---\ntitle: Ferries run again\ndate: 2025-06-28\nmenu: []\n---\nThe ferry.\n");
        old("content/post/tide/index.md", "---\ntitle: Spring tide\ndate: 2025-06-29\n---\nHigh water.\n");
        old("content/post/gulls/index.md", "---\ntitle: Gulls\ndate: 2025-06-30\nmenu: main\n---\nGulls.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 4 posts "), result.summary());
        assertEquals(List.of("content/page/about/index.md:4: not imported: a page outside the sections that hold the "
                + "posts (post) that its front matter puts in the site's menu ('menu:'), as an about or contact page is, "
                + "whatever its date; if it is an article, move it into post/, remove 'menu:' and import again"),
                lines(result, Category.SKIPPED));
    }

    @Test
    void aHugoPermalinkWithoutATrailingSlashServedAFolderSoRelativeLinksLeadToTheNextPost() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\ntimeZone = 'Asia/Seoul'\n"
                + "[permalinks]\n  post = '/:2006/:01/:02/:contentbasename'\n");
        old("content/post/nets/index.md", "---\ntitle: Mending nets\ndate: 2025-11-22T09:00:00+09:00\n---\nThe nets are dry.\n");
        old("content/post/boats/index.md", "---\ntitle: Boats out\ndate: 2025-11-22T18:00:00+09:00\n---\n"
                + "After [the nets](../nets/), the boats went out.\n");
        importAndBuild(SourceKind.HUGO, null);
        String boats = read("content/en/2025/boats.md");
        assertTrue(boats.contains("aliases:\n  - /2025/11/22/boats/\n"), boats);
        assertTrue(boats.contains("After [the nets](nets.md), the boats went out."), boats);
    }

    @Test
    void jekyllsUrlFiltersPutAPathWrittenWithoutASlashBelowTheSiteRoot() throws IOException {
        old("_config.yml", "url: https://tides.example.org\nbaseurl: \"\"\ntimezone: Asia/Seoul\npermalink: /:title/\n");
        old("_posts/2020-04-02-pier-1.md", "---\ntitle: Pier, part one\n---\nThe pier closed.\n");
        old("_posts/2020-04-09-pier-2.md", "---\ntitle: Pier, part two\n---\n"
                + "[Part one]({{ \"pier-1\" | absolute_url }}) and [again]({{ 'pier-1' | relative_url }}).\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2020/pier-2.md").contains("[Part one](pier-1.md) and [again](pier-1.md)."),
                read("content/en/2020/pier-2.md"));
    }

    @Test
    void whatJekyllCountedAndListedItselfIsNotFilledInAsNothing() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\ntitle: Tide Notes\n");
        old("_posts/2020-07-30-counts.md", """
                ---
                title: Counting our posts
                ---
                The menu of {{ site.title }} showed {{ site.posts.size }} posts.

                ```html
                <li>Notes ({{ site.categories.notes.size }}) at {{ page.url }}</li>
                ```
                """);
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String article = read("content/en/2020/counts.md");
        assertTrue(article.contains("\nThe menu of Tide Notes showed {{ site.posts.size }} posts.\n"), article);
        assertTrue(article.contains("<li>Notes ({{ site.categories.notes.size }}) at {{ page.url }}</li>"), article);
        assertEquals(List.of("_posts/2020-07-30-counts.md:4: '{{ site.title }}' gave 'Tide Notes'"),
                lines(result, Category.LIQUID_VALUES));
        assertEquals(List.of("_posts/2020-07-30-counts.md:4: Liquid '{{ site.posts.size }}' has no Markdown equivalent; "
                + "kept as text"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void hugoReadsTheFilesOfSubfoldersOfItsConfigFolderByTheirNames() throws IOException {
        old("config/_default/config.toml", "baseURL = 'https://bay.example.org'\ntimeZone = 'UTC'\n");
        old("config/_default/permalinks/permalinks.toml", "posts = '/:year/:slug/'\n");
        old("content/posts/gulls.md", "---\ntitle: Gulls return\ndate: 2023-04-05\n---\nThe gulls are back.\n");
        importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2023/gulls.md").contains("aliases:\n  - /2023/gulls-return/\n"), read("content/en/2023/gulls.md"));
    }

    @Test
    void aHugoModuleMountOfALanguagesFolderAsTheContentServedItsPagesAtTheRoot() throws IOException {
        old("config/_default/config.toml", "baseURL = 'https://bay.example.org'\ntimeZone = 'UTC'\n"
                + "defaultContentLanguage = 'en'\n");
        old("config/_default/module/module.yaml", "mounts:\n  - source: 'content/en'\n    target: 'content'\n    lang: 'en'\n");
        old("content/en/blog/gulls/index.md", "---\ntitle: Gulls return\ndate: 2023-04-05\n---\nThe gulls are back.\n");
        old("content/en/blog/nets.md", "---\ntitle: Nets\ndate: 2023-04-06\n---\nAfter [the gulls]({{< ref \"/blog/gulls\" >}}), nets.\n");
        importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2023/gulls.md").contains("aliases:\n  - /blog/gulls/\n"), read("content/en/2023/gulls.md"));
        assertTrue(read("content/en/2023/nets.md").contains("After [the gulls](gulls.md), nets."), read("content/en/2023/nets.md"));
    }

    @Test
    void aRefToATaxonomyTermLeadsToTheTopicOrSeriesPageBroadsheetMakes() throws IOException {
        hugoSiteWithATagAndASeries("https://bay.example.org/", "More [on the works]({{< ref \"tags/harbor-works\" >}}), "
                + "[the series]({{< ref \"/series/harbor-at-100/\" >}}), [every tag]({{< relref \"tags\" >}}) and [fog]({{< ref \"tags/fog\" >}}).\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2023/nets.md").contains("More [on the works](/en/topics/harbor-works/), "
                + "[the series](/en/series/harbor-at-100/), [every tag](/en/topics/) and [fog]({{< ref \"tags/fog\" >}})."),
                read("content/en/2023/nets.md"));
        assertEquals(List.of("content/posts/nets.md:6: '{{< ref \"tags/fog\" >}}' names no imported page (or a draft); "
                + "kept as text"), lines(result, Category.UNCONVERTED));
        assertEquals(List.of(), lines(result, Category.TAXONOMY_LINKS), "the new pages a ref made are no old site's links");
    }

    @Test
    void aPlainLinkToTheOldSitesPageOfATermLeadsToTheTopicOrSeriesPageBroadsheetMakes() throws IOException {
        hugoSiteWithATagAndASeries("https://bay.example.org/notes/", "More [on the works](/notes/tags/harbor-works/), "
                + "[the series](https://bay.example.org/notes/series/harbor-at-100/), [every tag](../../tags/) and [fog](/notes/tags/fog/).\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2023/nets.md").contains("More [on the works](/notes/en/topics/harbor-works/), "
                + "[the series](/notes/en/series/harbor-at-100/), [every tag](/notes/en/topics/) and [fog](/notes/tags/fog/)."),
                read("content/en/2023/nets.md"));
        assertEquals(List.of("content/posts/nets.md:6: '../../tags/' now leads to /notes/en/topics/",
                "content/posts/nets.md:6: '/notes/tags/harbor-works/' now leads to /notes/en/topics/harbor-works/",
                "content/posts/nets.md:6: 'https://bay.example.org/notes/series/harbor-at-100/' now leads to "
                        + "/notes/en/series/harbor-at-100/"), lines(result, Category.TAXONOMY_LINKS));
        assertTrue(read("import-report.md").contains("\n- 3 links to the old site's page of a tag, a category or a series "
                + "(/tags/fog/) led to the page Broadsheet makes of that topic or series in the post's edition "
                + "(/en/topics/fog/), where an imported article gives it: series (1), topics (2)\n"), read("import-report.md"));
        assertEquals(1, lines(result, Category.OLD_PAGES).size(), "a term no article has is led as another old page");
    }

    /** A Hugo site at {@code baseUrl} whose post 'gulls' has the tag Harbor Works, and 'nets' the text {@code text}; both of a series. */
    private void hugoSiteWithATagAndASeries(String baseUrl, String text) {
        old("hugo.toml", "baseURL = '" + baseUrl + "'\ntimeZone = 'UTC'\n[taxonomies]\n  tag = 'tags'\n  series = 'series'\n");
        old("content/posts/gulls.md", "---\ntitle: Gulls return\ndate: 2023-04-05\ntags: [Harbor Works]\n"
                + "series: [Harbor at 100]\n---\nThe gulls are back.\n");
        old("content/posts/nets.md", "---\ntitle: Nets\ndate: 2023-04-06\nseries: [Harbor at 100]\n---\n" + text);
    }

    @Test
    void aJekyllLinkToATagsAnchorOnTheOldTagsPageLeadsToThatTopicsPage() throws IOException {
        old("_config.yml", "url: https://bay.example.org\nbaseurl: /blog\ntimezone: UTC\n");
        old("_posts/2023-04-05-gulls.md", "---\ntitle: Gulls return\ntags: [Harbor Works]\n---\nThe gulls are back.\n");
        old("_posts/2023-04-06-nets.md", "---\ntitle: Nets\n---\nSee [the works]({{ site.baseurl }}/tags/#harbor-works) "
                + "and [its category](/blog/category/harbor-works/).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2023/nets.md").contains("See [the works](/blog/en/topics/harbor-works/) and "
                + "[its category](/blog/en/topics/harbor-works/)."), read("content/en/2023/nets.md"));
        assertEquals(2, lines(result, Category.TAXONOMY_LINKS).size());
    }

    @Test
    void aThumbnailLinkedToALargerPictureTheRepositoryLacksIsShownOrNotedAndTheFirstBuildPasses() throws IOException {
        old("_config.yml", "url: https://tides.example.org\n");
        old("assets/images/gulls-t.png", "not really a png\n");
        old("_posts/2013-10-22-harbor-sketches.md", "---\ntitle: Harbor sketches\n---\nTwo sketches:\n\n"
                + "* [![Boats](/assets/images/boats-t.png)](/assets/images/boats-lg.png)\n"
                + "* [![Gulls](/assets/images/gulls-t.png)](/assets/images/gulls-lg.png)\n"
                + "* [![Nets](/assets/images/gulls-t.png)][nets]\n\n[nets]: /assets/images/nets-lg.png\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2013/harbor-sketches.md").endsWith("Two sketches:\n\n"
                + "* *[image not found: /assets/images/boats-t.png]*\n* ![Gulls](/images/assets/images/gulls-t.png)\n"
                + "* ![Nets](/images/assets/images/gulls-t.png)\n\n\n"),
                read("content/en/2013/harbor-sketches.md"));
        assertEquals(List.of("_posts/2013-10-22-harbor-sketches.md:6: image '/assets/images/boats-t.png' not found in the old "
                + "site: add the file and link it by hand"), lines(result, Category.IMAGES));
    }

    @Test
    void aPostsManyMissingPicturesAndIncludesKeptAsTextAreOneLineOfTheReportEach() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\n");
        old("_includes/part.html", "{% for i in (1..include.level) %}#{% endfor %} {{ include.title }}\n");
        old("_posts/2023-08-14-pier.md", "---\ntitle: Pier\n---\n{% include part.html level=2 title=\"Dawn\" %}\n\n"
                + "![Boats](/img/boats.png)\n\n{% include part.html level=2 title=\"Noon\" %}\n\n![Gulls](/img/gulls.png)\n\n"
                + "![Nets](/img/nets.png)\n\n{% include part.html level=2 title=\"Dusk\" %}\n\n![Moon](/img/moon.png)\n\n"
                + "{% include part.html level=3 title=\"Night\" %}\n\n![Tide](/img/tide.png)\n\n"
                + "{% include part.html level=3 title=\"End\" %}\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String report = read("import-report.md");
        assertTrue(report.contains("\n- _posts/2023-08-14-pier.md: 5 images not found in the old site: add the files and "
                + "link them by hand (lines 6, 10, 12, 16, 20; each in import-report-full.md)\n"), report);
        assertTrue(report.contains("\n- _posts/2023-08-14-pier.md: 5 includes of _includes/part.html kept as text: write out "
                + "what it showed, or remove them (lines 4, 8, 14, 18, 22; each in import-report-full.md)\n"), report);
    }

    @Test
    void adUnitsPastedIntoAPostAreRemovedWithOneLineForThePostAndThoseShownAsCodeStay() throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/pier.md", "---\ntitle: The pier\ndate: 2025-10-24\n---\nThe pier.\n\n"
                + "<script async src=\"https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1\"\n"
                + "     crossorigin=\"anonymous\"></script>\n<ins class=\"adsbygoogle\"\n     style=\"display:block\"\n"
                + "     data-ad-slot=\"2\"></ins>\n<script>\n     (adsbygoogle = window.adsbygoogle || []).push({});\n</script>\n\n"
                + "Gulls.\n\n<ins class=\"kakao_ad_area\" style=\"display:none;\" data-ad-unit=\"DAN-x\"></ins>\n"
                + "<script type=\"text/javascript\" src=\"//t1.daumcdn.net/kas/static/ba.min.js\" async></script>\n\n"
                + "```html\n<ins class=\"adsbygoogle\"></ins>\n```\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String pier = read("content/en/2025/pier.md");
        assertTrue(pier.endsWith("---\nThe pier.\n\n\n\n\n\nGulls.\n\n\n\n\n```html\n<ins class=\"adsbygoogle\"></ins>\n```\n"),
                pier);
        assertEquals(List.of("content/posts/pier.md:7: removed 5 tags of ad units (Google AdSense, Kakao AdFit)"),
                lines(result, Category.ADS_REMOVED));
        assertEquals(List.of(), lines(result, Category.HTML_CLEANED), "the ad units' styles are not counted as cleaned");
    }

    @Test
    void aButtonOrRefNamingTheOldHomeLeadsToTheEditionsHome() throws IOException {
        hugoSiteWithATagAndASeries("https://bay.example.org/notes/", "{{< button relref=\"/\" >}}Home{{< /button >}} "
                + "and [back]({{< ref \"/\" >}}).\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2023/nets.md").contains("[Home](/notes/en/) and [back](/notes/en/)."),
                read("content/en/2023/nets.md"));
        assertEquals(List.of(), lines(result, Category.UNCONVERTED));
    }

    @Test
    void aPostsManyShortcodesOfOneNameKeptAsTextAreOneLineOfTheReport() throws IOException {
        hugoSiteWithATagAndASeries("https://bay.example.org/", "{{< def \"ebb\" >}}\n\n{{< def \"flood\" >}}\n\n"
                + "{{< def \"neap\" >}}\n\n{{< def \"spring\" >}}\n");
        importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("import-report.md").contains("\n- content/posts/nets.md: 4 'def' shortcodes kept as text: write out "
                + "what it showed, or remove it (its template is not in the old site: the theme's, in a git submodule or a "
                + "Hugo module) (lines 6, 8, 10, 12; each in import-report-full.md)\n"), read("import-report.md"));
    }

    @Test
    void aMountsSitesMatrixNamesItsLanguageAsLangDid() throws IOException {
        old("hugo.yaml", "baseURL: https://bay.example.org/\ntimeZone: Asia/Seoul\ndefaultContentLanguage: en\n"
                + "languages:\n  en: {weight: 1}\n  ko: {weight: 2}\n"
                + "module:\n  mounts:\n    - source: content/en\n      target: content\n"
                + "    - source: content/ko\n      target: content\n      sites:\n        matrix: {languages: [ko]}\n");
        old("content/en/blog/gulls.md", "---\ntitle: Gulls return\ndate: 2023-04-05\n---\nThe gulls are back.\n");
        old("content/ko/blog/gulls.md", "---\ntitle: 갈매기의 귀환\ndate: 2023-04-05\n---\n갈매기가 돌아왔다.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains("1 translation pair"), result.summary());
        assertTrue(read("content/ko/2023/gulls.md").contains("aliases:\n  - /ko/blog/gulls/\n"), read("content/ko/2023/gulls.md"));
    }

    @Test
    void contentFoldersNamedLikeTheLanguagesThatNoSettingMountsAreReported() throws IOException {
        // the settings' mounts are made by the site's build from a template, which Hugo does not read
        old("hugo.yaml", "baseURL: https://bay.example.org/\ntimeZone: Asia/Seoul\n"
                + "languages:\n  en: {weight: 1}\n  ko: {weight: 2}\n");
        old("config/_default/module-template.yaml", "mounts:\n  - source: content/en\n    target: content\n");
        old("content/en/blog/gulls.md", "---\ntitle: Gulls return\ndate: 2023-04-05\n---\nThe gulls are back.\n");
        old("content/ko/blog/gulls.md", "---\ntitle: 갈매기의 귀환\ndate: 2023-04-05\n---\n갈매기가 돌아왔다.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(lines(result, Category.SETTINGS).contains("hugo.yaml: the content folders content/en, content/ko are "
                + "named like the site's languages, but no setting makes them each language's content (contentDir, "
                + "module.mounts): read as sections, as Hugo would read them, their pages' old addresses beginning with "
                + "the folder's name (/en/…); if the old site's build mounted them otherwise, set each language's "
                + "contentDir and import again"), lines(result, Category.SETTINGS).toString());
    }

    @Test
    void aTemplateOfMountsThatMountsEachLanguagesFolderGivesTheContentTheSiteWasBuiltWith() throws IOException {
        // the site's build renders config/_default/module-template.yaml as module.yaml, which Hugo then reads
        old("config/_default/hugo.yaml", "baseURL: https://bay.example.org/\ntimeZone: Asia/Seoul\n"
                + "defaultContentLanguage: en\nlanguages:\n  en: {weight: 1}\n  ko: {weight: 2}\n");
        old("config/_default/module-template.yaml", "mounts:\n  - source: content/en\n    target: content\n"
                + "  - source: tmp/specification\n    target: content/docs/specs\n"
                + "  - source: content/ko\n    target: content\n    sites:\n      matrix: {languages: [ko]}\n");
        old("content/en/blog/2023/gulls.md", "---\ntitle: Gulls return\ndate: 2023-04-05\n---\nThe gulls are back.\n");
        old("content/ko/blog/2023/gulls.md", "---\ntitle: 갈매기의 귀환\ndate: 2023-04-05\n---\n갈매기가 돌아왔다.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains("1 en, 1 ko; 1 translation pair"), result.summary());
        assertTrue(read("content/en/2023/gulls.md").contains("aliases:\n  - /blog/2023/gulls/\n"), read("content/en/2023/gulls.md"));
        assertTrue(read("content/ko/2023/gulls.md").contains("aliases:\n  - /ko/blog/2023/gulls/\n"), read("content/ko/2023/gulls.md"));
        assertEquals(List.of("config/_default/module-template.yaml: the content was read as the mounts of this file give it "
                + "(content/en, content/ko), which Hugo does not read here: the old site's build made them its module's, "
                + "as its content folders named like its languages say; if it built otherwise, set each language's "
                + "contentDir and import again"), lines(result, Category.SETTINGS).stream()
                .filter(line -> line.startsWith("config/")).toList());
    }

    @Test
    void aPictureNamedByTheAddressWhereHugoPublishedItsBundleIsFound() throws IOException {
        old("hugo.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/blog/harbor/index.md", "---\ntitle: Harbor\ndate: 2024-03-01\n---\n![Boats](/blog/harbor/images/boats.png)\n");
        old("content/blog/harbor/images/boats.png", "png");
        old("content/blog/pier/index.md", "---\ntitle: Pier\ndate: 2024-03-02\nimages:\n  - /blog/harbor/images/boats.png\n---\n"
                + "Seen from the pier: ![Boats](/blog/harbor/images/boats.png)\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of(), lines(result, Category.IMAGES));
        assertTrue(read("content/en/2024/harbor.md").contains("![Boats](/images/blog/harbor/images/boats.png)"),
                read("content/en/2024/harbor.md"));
        assertTrue(read("content/en/2024/pier.md").contains("Seen from the pier: ![Boats](/images/blog/harbor/images/boats.png)"),
                read("content/en/2024/pier.md"));
    }

    @Test
    void chirpysImageCdnNamingAFolderOfTheSiteIsBeforeEveryImagePath() throws IOException {
        old("_config.yml", "title: 항구 일지\nurl: https://harbor.example.org\ntimezone: Asia/Seoul\nlang: ko\n"
                + "theme: jekyll-theme-chirpy\nimg_cdn: /assets/img/\n");
        old("_posts/2024-04-02-harbor-lights.md", "---\ntitle: 항구의 불빛\nimage:\n  path: /harbor/cover.jpg\n---\n"
                + "밤의 부두.\n\n![등대](/harbor/lighthouse.png){: width=\"400\" }\n\n![지도](map.png)\n");
        old("assets/img/harbor/cover.jpg", "jpg");
        old("assets/img/harbor/lighthouse.png", "png");
        old("assets/img/map.png", "png");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertEquals(List.of(), lines(result, Category.IMAGES));
        String post = read("content/ko/2024/harbor-lights.md");
        assertTrue(post.contains("![등대](/images/assets/img/harbor/lighthouse.png)"), post);
        assertTrue(post.contains("![지도](/images/assets/img/map.png)"), post);
        assertTrue(post.contains("/images/assets/img/harbor/cover.jpg"), post);
    }

    @Test
    void hugoBundlesNamedWithALanguageSuffixOrWrittenInTheOtherLanguagePair() throws IOException {
        old("config.yaml", "baseURL: https://bay.example.org/\ntimeZone: Asia/Seoul\ndefaultContentLanguage: ko\n");
        old("content/post/lantern-night/index.md", "---\ntitle: 연등 행렬\ndate: 2023-05-20\n---\n"
                + "올해 연등 행렬은 부두에서 시작해 시장까지 이어졌다.\n");
        old("content/post/lantern-night-en/index.md", "---\ntitle: Lantern parade\ndate: 2023-05-20\n---\n"
                + "This year's lantern parade started at the pier and ended at the market.\n");
        old("content/post/market-notes/index.md", "---\ntitle: Market notes\ndate: 2023-06-01\n---\n"
                + "The Saturday market will open an hour earlier from next week.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains("2 en, 1 ko; 1 translation pair"), result.summary());
        assertTrue(read("content/en/2023/lantern-night.md").contains("aliases:\n  - /post/lantern-night-en/\n"),
                "Hugo served it without a language prefix: " + read("content/en/2023/lantern-night.md"));
        assertEquals(List.of(
                "content/post/lantern-night-en/index.md:1: read as 'en' from the end of its name 'lantern-night-en' "
                        + "(Hugo served it in 'ko', the site's default)",
                "content/post/market-notes/index.md:1: no language mark; read as 'en', the language its text is "
                        + "written in (the site's default is 'ko')"), lines(result, Category.LANGUAGE_GUESSED));
    }

    @Test
    void hugoSettingsSplitOverTheConfigFolderGiveTheLanguagesTheirFoldersAndTitlesAndSectionsTheirUglyAddresses()
            throws IOException {
        old("config/_default/hugo.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "defaultContentLanguage = 'en'\n[permalinks]\n  post = '/:year/:month/:day/:slug/'\n"
                + "[uglyURLs]\n  post = true\n");
        old("config/_default/languages.toml", "[en]\n  title = 'Bay Ledger'\n  contentDir = 'content/en'\n"
                + "[fr]\n  title = 'Gazette de la baie'\n  contentDir = 'content/fr'\n");
        old("config/_default/languages.ko.toml", "title = '만 소식'\ncontentDir = 'content/ko'\n");
        old("config/_default/params.ko.toml", "description = '만의 소식'\n");
        old("content/en/post/ferry.md", "---\ntitle: The ferry returns\ndate: 2023-04-05T08:00:00+09:00\n"
                + "slug: ferry-returns\n---\nThe morning ferry runs again from Monday.\n");
        old("content/ko/post/ferry.md", "---\ntitle: 여객선 운항 재개\ndate: 2023-04-05T08:00:00+09:00\n"
                + "slug: ferry-returns\n---\n아침 여객선이 월요일부터 다시 다닌다.\n");
        old("content/fr/post/ferry.md", "---\ntitle: Le retour du bac\ndate: 2023-04-05T08:00:00+09:00\n"
                + "slug: ferry-returns\n---\nLe bac du matin reprend lundi.\n");
        old("content/en/notes/tide.md", "---\ntitle: Tide tables\ndate: 2023-05-01T08:00:00+09:00\n---\n"
                + "The new tide tables are out.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains("2 en, 1 ko; 1 translation pair"), result.summary());
        assertTrue(read("content/en/2023/ferry-returns.md").contains("aliases:\n  - /2023/04/05/ferry-returns.html\n"),
                read("content/en/2023/ferry-returns.md"));
        assertTrue(read("content/ko/2023/ferry-returns.md").contains("aliases:\n  - /ko/2023/04/05/ferry-returns.html\n"),
                read("content/ko/2023/ferry-returns.md"));
        assertTrue(read("content/en/2023/tide.md").contains("aliases:\n  - /notes/tide/\n"), read("content/en/2023/tide.md"));
        String settings = read("content/site.yml");
        assertTrue(settings.contains("Bay Ledger") && settings.contains("만 소식"), settings);
    }

    @ParameterizedTest(name = "dates written with {0}")
    @CsvSource(delimiter = '|', textBlock = """
            +0900 | Asia/Seoul | 2025-09-27 01:00:00 +0900 | 2025-09-27-night.md | 2025-09-27T01:00:00+09:00
            +0530 | +05:30     | 2025-09-26 21:30:00 +0530 | 2025-09-26-night.md | 2025-09-26T21:30:00+05:30
            """)
    void aSiteThatNamesNoTimezoneButWritesEveryDateWithOneOffsetIsInThatOffsetsZone(String offset, String zone,
            String night, String post, String date) throws IOException {
        old("_config.yml", "url: https://tides.example.org\n");
        old("_posts/2025-09-27-dawn.md", "---\ntitle: Dawn\ndate: 2025-09-27 05:00:00 " + offset + "\n---\nDawn.\n");
        old("_posts/" + post, "---\ntitle: Night\ndate: " + night + "\n---\nNight.\n");
        old("_posts/2025-09-28-noon.md", "---\ntitle: Noon\n---\nNoon.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/site.yml").contains("timezone: " + zone), read("content/site.yml"));
        assertTrue(read("content/en/2025/night.md").contains("date: " + date), read("content/en/2025/night.md"));
        assertTrue(read("content/en/2025/noon.md").contains("date: 2025-09-28T00:00:00" + date.substring(19)),
                "a date from the file name is in the zone taken: " + read("content/en/2025/noon.md"));
        assertEquals(List.of("_config.yml: the old site names no timezone, and every post's date is written with "
                + date.substring(19) + ": took " + zone + " as the site timezone, for dates without an offset and for "
                + "showing dates; import again with -Dbroadsheet.timezone=… if it is another"), timezoneLines(result));
    }

    private static List<String> timezoneLines(ImportResult result) {
        return lines(result, Category.SETTINGS).stream().filter(line -> line.startsWith("_config.yml")).toList();
    }

    @Test
    void aSiteThatNamesNoTimezoneAndWritesDatesWithTwoOffsetsIsReadInUtc() throws IOException {
        old("_config.yml", "url: https://tides.example.org\n");
        old("_posts/2025-09-27-dawn.md", "---\ntitle: Dawn\ndate: 2025-09-27 05:00:00 +0900\n---\nDawn.\n");
        old("_posts/2025-09-26-night.md", "---\ntitle: Night\ndate: 2025-09-26 16:00:00 +0000\n---\nNight.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/site.yml").contains("timezone: UTC"), read("content/site.yml"));
        assertEquals(List.of("_config.yml: the old site names no timezone; read dates without an offset as UTC: import "
                + "again with -Dbroadsheet.timezone=Asia/Seoul (for example) if they meant another"),
                timezoneLines(result));
    }

    @Test
    void aSlugMarkedWithItsPostsOwnLanguageLosesTheMarkAndAnotherLanguagesMarkStays() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\npermalink: /posts/:slug/\n");
        old("_posts/en/2025-09-27-bug.md", "---\ntitle: The bug\nlang: en\nslug: \"001-en\"\n---\nA bug.\n");
        old("_posts/ko/2025-09-27-bug.md", "---\ntitle: 버그\nlang: ko\nslug: \"001\"\n---\n버그 이야기.\n");
        old("_posts/en/2025-09-28-words.md", "---\ntitle: Words to learn\nlang: en\nslug: learn-ko\n---\nWords.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().contains("1 translation pair"), result.summary());
        assertTrue(read("content/en/2025/001.md").contains("aliases:\n  - /posts/001-en/\n"), read("content/en/2025/001.md"));
        assertTrue(Files.isRegularFile(dir.resolve("project/content/ko/2025/001.md")));
        assertTrue(Files.isRegularFile(dir.resolve("project/content/en/2025/learn-ko.md")));
    }

    @ParameterizedTest(name = "site content folder {0}")
    @CsvSource(delimiter = '|', textBlock = """
            content/en | content/en
            ''         | content
            """)
    void aLanguageNamingNoContentFolderReadsTheSitesBesideTheFoldersOtherLanguagesName(String siteDir, String englishDir)
            throws IOException {
        old("config.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'Asia/Seoul'\ndefaultContentLanguage = 'en'\n"
                + (siteDir.isEmpty() ? "" : "contentDir = '" + siteDir + "'\n")
                + "[languages.en]\n  title = 'Bay'\n[languages.ko]\n  title = '만'\n  contentDir = 'content/ko'\n");
        old(englishDir + "/post/ferry.md", "---\ntitle: The ferry returns\ndate: 2023-04-05\n---\nThe ferry runs again.\n");
        old(englishDir + "/post/tide.md", "---\ntitle: Tide tables\ndate: 2023-05-01\n---\nThe new tide tables are out.\n");
        old("content/ko/post/ferry.md", "---\ntitle: 여객선 운항 재개\ndate: 2023-04-05\n---\n여객선이 다시 다닌다.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains(": 2 en, 1 ko; 1 translation pair"), result.summary());
        assertTrue(read("content/en/2023/tide.md").contains("aliases:\n  - /post/tide/\n"), read("content/en/2023/tide.md"));
    }

    @Test
    void aHugoPostsSeriesJoinsABroadsheetSeriesNamedInTheLanguagesOfItsParts() throws IOException {
        old("hugo.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "[taxonomies]\n  tag = 'tags'\n  series = 'series'\n");
        old("content/posts/ferry/index.md", "---\ntitle: The ferry returns\ndate: 2023-04-05\nseries: [Harbor Works]\n"
                + "series_order: 1\n---\nThe ferry runs again.\n");
        old("content/posts/ferry/index.ko.md", "---\ntitle: 여객선 운항 재개\ndate: 2023-04-05\nseries: Harbor Works\n"
                + "---\n여객선이 다시 다닌다.\n");
        old("content/posts/quay/index.md", "---\ntitle: The new quay\ndate: 2023-05-01\n"
                + "series: [harbor works, Dredging]\n---\nThe quay opens.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals("harbor-works:\n  en: Harbor Works\n  ko: Harbor Works\n", read("content/series.yml"));
        String ferry = read("content/en/2023/ferry.md");
        assertTrue(ferry.contains("series: harbor-works\n") && ferry.contains("extra:\n  series_order: 1\n"), ferry);
        assertTrue(read("content/ko/2023/ferry.md").contains("series: harbor-works\n"), read("content/ko/2023/ferry.md"));
        assertTrue(read("content/en/2023/quay.md").contains("series: harbor-works\n"), read("content/en/2023/quay.md"));
        assertEquals(List.of("content/posts/quay/index.md:4: a part of 2 series (harbor works, Dredging); a Broadsheet "
                + "article is a part of one: joined the first, 'harbor-works'"), lines(result, Category.FIELDS));
        assertTrue(lines(result, Category.TOPICS).contains("content/series.yml: 1 new series named as on the old site in "
                + "the languages its parts are in: translate each name (harbor-works)"), lines(result, Category.TOPICS).toString());
    }

    @Test
    void aSeriesWhoseOrderTheDatesDoNotGiveIsReported() throws IOException {
        old("hugo.toml", "baseURL = 'https://bay.example.org/'\n[taxonomies]\n  series = 'series'\n");
        old("content/posts/dredging.md", "---\ntitle: Dredging begins\ndate: 2023-06-01\nseries: [Harbor Works]\n"
                + "series_order: 1\n---\nThe dredgers arrived.\n");
        old("content/posts/quay.md", "---\ntitle: The new quay\ndate: 2023-05-01\nseries: [Harbor Works]\n"
                + "series_order: 2\n---\nThe quay opens.\n");
        old("content/posts/tide.md", "---\ntitle: Tide tables\ndate: 2023-04-01\nseries: [Tides]\nseries_order: 1\n"
                + "---\nThe tide came in.\n");
        old("content/posts/moon.md", "---\ntitle: Moon and tide\ndate: 2023-05-01\nseries: [Tides]\nseries_order: 2\n"
                + "---\nThe moon pulls.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/posts/dredging.md:5: the parts of the series 'harbor-works' in 'en' were numbered "
                + "by series_order (content/posts/dredging.md, content/posts/quay.md); Broadsheet numbers them by date, "
                + "in another order: check their dates"), lines(result, Category.FIELDS));
    }

    @Test
    void aWowchemyPostsImageSettingsCaptionTheFeaturedPictureOfItsBundle() throws IOException {
        old("config/_default/config.yaml", "baseURL: https://bay.example.org/\ntimeZone: Asia/Seoul\nmodule:\n  imports:\n"
                + "    - path: github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy/v5\n");
        old("content/post/harvest/index.md", "---\ntitle: The oyster harvest\ndate: 2023-04-05\nimage:\n"
                + "  caption: Boats at the oyster beds\n  focal_point: Smart\n---\nThe harvest began.\n");
        old("content/post/harvest/featured.png", "png");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String harvest = read("content/en/2023/harvest.md");
        assertTrue(harvest.contains("image:\n  src: /images/post/harvest/featured.png\n  alt: The oyster harvest\n"
                + "  caption: Boats at the oyster beds\n") && !harvest.contains("focal_point"), harvest);
        assertEquals(List.of(), lines(result, Category.IMAGES));
    }

    @Test
    void aContentFolderThatTwoLanguagesNameIsTheDefaultLanguages() throws IOException {
        old("config/_default/config.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "defaultContentLanguage = 'en'\n");
        old("config/_default/languages.toml", "[ko]\n  title = 'Bay'\n  contentdir = 'content/en'\n"
                + "[en]\n  title = 'Bay'\n  contentdir = 'content/en'\n");
        old("content/en/post/ferry.md", "---\ntitle: The ferry returns\ndate: 2023-04-05\n---\nThe ferry runs again.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains(": 1 en;"), result.summary());
        assertEquals(List.of("config/_default/config.toml: the languages 'en' and 'ko' name the same content folder "
                + "content/en; its pages were read as 'en', the default language"), lines(result, Category.SETTINGS).stream()
                .filter(line -> line.startsWith("config")).toList());
    }

    @Test
    void thePostsCollectionsPermalinkGivesTheOldAddresses() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: America/Los_Angeles\npermalink: date\n"
                + "collections:\n  posts:\n    permalink: /news/:year/:month/:day/:title/\n");
        old("_posts/2025-01-10-boston.md", "---\ntitle: Boston\ncategories: [release]\n---\nBoston.\n");
        old("_posts/2025-01-11-quay.md", "---\ntitle: Quay\n---\nAfter [Boston](/news/2025/01/10/boston/).\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2025/boston.md").contains("aliases:\n  - /news/2025/01/10/boston/\n"),
                read("content/en/2025/boston.md"));
        assertTrue(read("content/en/2025/quay.md").contains("After [Boston](boston.md)."), read("content/en/2025/quay.md"));
    }

    @Test
    void postsBelowTheCollectionsDirTakeNoCategoryFromItAndPostsOutsideItAreNotRead() throws IOException {
        old("_config.yml", "title: Tides\nurl: https://tides.example.org\ntimezone: Asia/Seoul\ncollections_dir: stories\n");
        old("stories/_posts/2020-01-02-pier.md", "---\ntitle: Pier\ncategories: harbor\n---\nThe pier at dawn.\n");
        old("stories/_posts/2020-01-03-dock.md", "---\ntitle: Dock\n---\nThe dock at noon.\n");
        old("_posts/2019-05-05-left-behind.md", "---\ntitle: Left behind\n---\nNot read.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String full = read("import-report-full.md");
        assertTrue(full.contains("- /harbor/2020/01/02/pier.html → /en/2020/01/pier/"), full);
        assertTrue(full.contains("- /2020/01/03/dock.html → /en/2020/01/dock/"), full);
        assertEquals(List.of("_posts/2019-05-05-left-behind.md: not imported: it is outside the collections_dir of "
                + "_config.yml (stories), so Jekyll did not read it"), lines(result, Category.NOT_PUBLISHED));
    }

    @Test
    void theDocumentsOfACollectionJekyllPublishedAreListedTheDatedOnesToCheck() throws IOException {
        old("_config.yml", "url: https://notes.example.org\ncollections:\n  wiki:\n    output: true\n"
                + "    permalink: /:collection/:path/\n  authors:\n    output: false\n");
        old("_posts/2020-01-02-pier.md", "---\ntitle: Pier\n---\nThe pier at dawn.\n");
        old("_wiki/tides/neap.md", "---\ntitle: Neap tide\ndate: 2018-04-12 13:00:57 +0900\n---\nThe smallest range.\n");
        old("_wiki/index.md", "---\ntitle: Wiki\n---\nEvery note.\n");
        old("_wiki/diagram.html", "<svg></svg>\n");
        old("_authors/kim.md", "---\nname: Kim\ndate: 2020-01-01\n---\nKim writes.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertEquals(List.of("_wiki/tides/neap.md:1: not imported: a dated page of the collection 'wiki', which Jekyll "
                + "published (output: true in _config.yml); Broadsheet imports the posts of _posts only: if it is an "
                + "article, move it into _posts with its date in its name (2019-02-20-name.md) and import again"),
                lines(result, Category.SKIPPED));
        assertEquals(List.of("_wiki/index.md:1: not imported: a page without a date of the collection 'wiki' (output: "
                + "true in _config.yml), not an article"), lines(result, Category.NOT_ARTICLES));
    }

    @Test
    void aJekyllPictureTagIsTheImageItShowedBelowThePluginsSourceFolder() throws IOException {
        old("_config.yml", "url: https://notes.example.org\npicture:\n  source: assets/images\n");
        old("_posts/2020-01-02-pier.md", "---\ntitle: Pier\n---\nThe pier at dawn.\n\n"
                + "{% picture /assets/shots/pier.png --alt The pier [east] --link https://example.org/pier --img class=\"small\" %}\n\n"
                + "{% picture thumb dock.jpg mobile: dock-small.jpg %}\n\n{% picture thumb %}\n");
        old("assets/shots/pier.png", "PNG");
        old("assets/images/dock.jpg", "JPG");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String post = read("content/en/2020/pier.md");
        assertTrue(post.contains("[![The pier \\[east\\]](/images/assets/shots/pier.png)](https://example.org/pier)\n"),
                post);
        assertTrue(post.contains("\n![](/images/assets/images/dock.jpg)\n"), post);
        assertEquals("JPG", read("content/images/assets/images/dock.jpg"));
        assertEquals(List.of("_posts/2020-01-02-pier.md:10: Liquid '{% picture thumb %}' has no Markdown equivalent; "
                + "kept as text"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void aPictureTagBelowASourceFolderWithASpaceIsPublishedAndShown() throws IOException {
        old("_config.yml", "url: https://notes.example.org\npicture:\n  source: assets/my pictures\n");
        old("_posts/2020-01-02-pier.md", "---\ntitle: Pier\n---\nThe pier at dawn.\n\n{% picture thumb dock.jpg %}\n\n"
                + "{% picture https://cdn.example.org/the%20pier.jpg %}\n");
        old("assets/my pictures/dock.jpg", "JPG");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String post = read("content/en/2020/pier.md");
        assertTrue(post.contains("\n![](/images/assets/my%20pictures/dock.jpg)\n"), post + result.summary());
        assertTrue(post.contains("\n![](https://cdn.example.org/the%20pier.jpg)\n"), post);
        assertEquals("JPG", read("content/images/assets/my pictures/dock.jpg"));
    }

    @Test
    void defaultsScopesAreReadBelowTheCollectionsDirAsJekyllReadsThem() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ncollections_dir: stories\ndefaults:\n"
                + "  - scope: {path: _posts}\n    values: {tags: [harbor]}\n"
                + "  - scope: {path: stories/_posts/ko}\n    values: {lang: ko}\n");
        old("stories/_posts/2020-01-02-pier.md", "---\ntitle: Pier\n---\nThe pier at dawn.\n");
        old("stories/_posts/ko/2020-01-03-dock.md", "---\ntitle: 부두\n---\n새벽의 부두.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2020/pier.md").contains("topics:\n  - harbor\n"), read("content/en/2020/pier.md"));
        assertTrue(read("content/ko/2020/dock.md").contains("topics:\n  - harbor\n"), read("content/ko/2020/dock.md"));
    }

    @Test
    void aPostOfCodeWithAKoreanTitleIsKoreanOnASiteThatKeptItsThemesEnglish() throws IOException {
        old("_config.yml", "title: 코드 노트\nurl: https://notes.example.org\ntimezone: Asia/Seoul\nlang: en\n"
                + "theme: jekyll-theme-chirpy\n");
        old("_posts/2023-11-14-schema.md", "---\ntitle: 메모 앱 (3) Sanity 스키마 정의\n---\n# 1. Schema\n\nTypes for the user and the post documents.\n\n"
                + "- <https://www.example.org/docs/schema>\n\n## index.js\n\n```js\nexport const types = [user, post];\n```\n");
        old("_posts/2023-11-15-notes.md", "---\ntitle: Release notes\n---\n# 1. Setup\n\n```sh\nnpm install\n```\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(Files.isRegularFile(dir.resolve("project/content/ko/2023/schema.md")), result.summary());
        assertTrue(Files.isRegularFile(dir.resolve("project/content/en/2023/notes.md")), result.summary());
    }

    @Test
    void aJekyllSiteNamedByNameGivesItsEditionsTheName() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\nname: Tide Notes\n");
        old("_posts/2025-01-10-boston.md", "---\ntitle: Boston\n---\nBoston.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/site.yml").contains("title: Tide Notes"), read("content/site.yml"));
        assertTrue(lines(result, Category.SETTINGS).contains("content/site.yml: the 'en' edition is titled 'Tide Notes', "
                + "the old site's title: write its title in that language"), lines(result, Category.SETTINGS).toString());
    }

    @Test
    void aSiteNamingNoTitleGetsAPlaceholderThatTheReportCallsOne() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2025-01-10-boston.md", "---\ntitle: Boston\n---\nBoston.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(lines(result, Category.SETTINGS).contains("content/site.yml: the 'en' edition is titled 'News', a "
                + "placeholder, the old site naming no title: write the edition's title"), lines(result, Category.SETTINGS).toString());
    }

    @Test
    void aSectionsCascadeReachesThePagesBelowItAsHugoGaveIt() throws IOException {
        old("hugo.toml", "baseURL = 'https://min.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\n");
        old("content/posts/_index.md", "---\ntitle: Posts\ncascade:\n  authors: [Kim Minji]\n  tags: [tides]\n  showDate: false\n---\n");
        old("content/posts/bells.md", "---\ntitle: Bells\ndate: 2024-03-01\ntags: [bells]\n---\nBells.\n");
        old("content/posts/bells.ko.md", "---\ntitle: 종\ndate: 2024-03-01\n---\n종소리.\n");
        // a section of notes that Hugo listed but did not render, and one whose target is its drafts only
        old("content/notes/_index.md", "---\ntitle: Notes\ncascade:\n  _build:\n    render: never\n    list: always\n---\n");
        old("content/notes/pier.md", "---\ntitle: Pier\ndate: 2024-03-02\n---\nPier.\n");
        old("content/diary/_index.md", "+++\ntitle = 'Diary'\n[[cascade]]\ndraft = true\n[cascade._target]\n"
                + "path = '/diary/drafts/**'\n+++\n");
        old("content/diary/drafts/fog.md", "---\ntitle: Fog\ndate: 2024-03-03\n---\nFog.\n");
        old("content/diary/rain.md", "---\ntitle: Rain\ndate: 2024-03-04\n---\nRain.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String bells = read("content/en/2024/bells.md");
        assertTrue(bells.contains("topics:\n  - bells\n") && bells.contains("authors:\n  - Kim Minji"), bells);
        assertFalse(bells.contains("showDate"), "a theme's setting");
        assertFalse(read("content/ko/2024/bells.md").contains("authors:"), "the English section page's cascade");
        assertFalse(Files.exists(dir.resolve("project/content/en/2024/pier.md")), "Hugo did not render it");
        assertTrue(read("content/en/2024/fog.md").contains("draft: true"), read("content/en/2024/fog.md"));
        assertFalse(read("content/en/2024/rain.md").contains("draft: true"), read("content/en/2024/rain.md"));
        assertEquals(List.of("content/diary/drafts/fog.md: 'draft' from the cascade of content/diary/_index.md",
                "content/posts/bells.md: 'authors' from the cascade of content/posts/_index.md"),
                lines(result, Category.CASCADE));
    }

    @Test
    void aVideoPlayerOfAFileOfTheOldSiteOnLinesOfItsOwnBecomesALinkThatPublishesTheFilm() throws IOException {
        old("hugo.toml", "baseURL = 'https://min.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("static/media/dock.mp4", "mp4");
        old("static/media/tide.webm", "webm");
        old("content/posts/dock.md", "---\ntitle: Dock\ndate: 2024-03-01\n---\nThe robot docks.\n\n"
                + "<video src=\"/media/dock.mp4\" controls loop style=\"width:100%\"></video>\n\n"
                + "<video controls title=\"The [rising] tide\">\n  <source src=\"/media/tide.webm\" type=\"video/webm\">\n"
                + "</video>\n\nSee <video src=\"/media/dock.mp4\"></video> here.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String dock = read("content/en/2024/dock.md");
        assertTrue(dock.contains("\n[dock.mp4](/files/media/dock.mp4)\n\n[The \\[rising\\] tide](/files/media/tide.webm)\n")
                && dock.contains("See <video src=\"/media/dock.mp4\"></video> here."), dock);
        assertTrue(Files.isRegularFile(dir.resolve("project/site/media/files/media/dock.mp4")));
        assertTrue(Files.isRegularFile(dir.resolve("project/site/media/files/media/tide.webm")));
        assertEquals(2, lines(result, Category.HTML_LINKS).size(), lines(result, Category.HTML_LINKS).toString());
    }

    @Test
    void aHiddenCoverWithoutAPictureIsNoLeadImageToCheck() throws IOException {
        old("hugo.toml", "baseURL = 'https://min.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/bells.md", "---\ntitle: Bells\ndate: 2024-03-01\ncover:\n  alt: The bells\n  hidden: true\n"
                + "---\nBells.\n");
        old("content/posts/nets.md", "---\ntitle: Nets\ndate: 2024-03-02\ncover:\n  alt: The nets\n---\nNets.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/posts/nets.md:4: 'cover' names no image file; left out"),
                lines(result, Category.IMAGES));
    }

    @Test
    void hugoPagesHugoDidNotPublishAreNotLiveArticlesAndPicturesOfAssetsAreFound() throws IOException {
        old("hugo.toml", "baseURL = 'https://min.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("assets/images/cover.png", "png");
        old("content/news/bells/index.md", "---\ntitle: Bells\ndate: 2024-03-01T10:00:00+09:00\n"
                + "image: /images/cover.png\ncover:\n  image: \"\"\n  alt:\n---\n![The bells](/images/cover.png)\n");
        old("content/news/shared/index.md", "---\ntitle: Shared snippets\ndate: 2024-03-02\nheadless: true\n---\nA.\n");
        old("content/news/render/index.md", "---\ntitle: Not rendered\ndate: 2024-03-02\nbuild:\n  render: never\n---\nB.\n");
        old("content/news/old.md", "---\ntitle: Old notice\ndate: 2024-03-03\nexpiryDate: 2024-04-01\n---\nC.\n");
        old("content/news/future.md", "---\ntitle: Coming\ndate: 2024-03-04\npublishDate: 2099-01-01\n---\nD.\n");
        old("content/news/template.md", "---\ntitle: Template\ndate: 2099-01-01T00:00:00+09:00\n---\nE.\n");
        old("content/page/archives/index.md", "---\ntitle: Archives\ndate: 2019-05-28\nlayout: archives\nslug: archives\n---\n");
        // the site's about page, dated as `hugo new` dates every page
        old("content/profile.md", "---\ntitle: Hello\ntype: about\ndate: 2022-07-13\n---\nI write about tides.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2024/bells.md").contains("image:\n  src: /images/cover.png"),
                read("content/en/2024/bells.md"));
        assertTrue(Files.isRegularFile(dir.resolve("project/content/images/cover.png")), "copied from assets/");
        assertTrue(read("content/en/2024/old.md").contains("draft: true") && !read("content/en/2024/old.md").contains("aliases"),
                read("content/en/2024/old.md"));
        assertTrue(read("content/en/2024/future.md").contains("draft: true"), read("content/en/2024/future.md"));
        assertTrue(read("content/en/2099/template.md").contains("draft: true"), read("content/en/2099/template.md"));
        assertFalse(Files.exists(dir.resolve("project/content/en/2024/shared.md")));
        assertFalse(Files.exists(dir.resolve("project/content/en/2024/render.md")));
        assertFalse(Files.exists(dir.resolve("project/content/en/2019/archives.md")), "a theme's page");
        assertFalse(Files.exists(dir.resolve("project/content/en/2022/profile.md")), "the site's about page");
        assertTrue(read("import-report-full.md").contains("content/profile.md:1: not imported: the site's about page "
                + "(type: about), not an article"), read("import-report-full.md"));
        assertEquals(List.of("content/news/future.md:4: 'publishDate' 2099-01-01 is to come: imported as a draft",
                "content/news/old.md:4: 'expiryDate' 2024-04-01 has passed: imported as a draft",
                "content/news/template.md:3: 'date' 2099-01-01T00:00:00+09:00 is to come: imported as a draft"),
                lines(result, Category.UNPUBLISHED));
        assertEquals(List.of(), lines(result, Category.IMAGES));
    }

    @Test
    void mathBetweenTheDelimitersOfAHugoSitesPassthroughExtensionIsKeptAsItsSource() throws IOException {
        old("hugo.toml", "baseURL = 'https://bay.example.org'\ntheme = 'blowfish'\n");
        old("config/_default/markup.toml", "[goldmark]\n  [goldmark.extensions.passthrough]\n    enable = true\n"
                + "    [goldmark.extensions.passthrough.delimiters]\n      block = [['\\[', '\\]'], ['$$', '$$']]\n"
                + "      inline = [['\\(', '\\)']]\n");
        old("content/posts/tide/index.md", "---\ntitle: Tide tables\ndate: 2025-10-24\n---\n"
                + "The height \\(h_t = a_i + b_j\\) at noon, for $5.\n\n\\[\n\\sum_i x_i\n\\]\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2025/tide.md").contains("\nThe height `\\(h_t = a_i + b_j\\)` at noon, for $5.\n\n"
                + "```math\n\\[\n\\sum_i x_i\n\\]\n```\n"), read("content/en/2025/tide.md"));
        assertEquals(2, lines(result, Category.MATH).size());
        assertFalse(read("site/en/2025/10/tide/index.html").contains("<em>"), "no emphasis made of the math's underscores");
    }

    @Test
    void aLinkToAPageOfTheOldHomeIsLedLikeAnyOldPageNotKeptAsOneTheNewSiteMayLack() throws IOException {
        old("hugo.toml", "baseURL = 'https://ml.example.org/'\ndefaultContentLanguageInSubdir = true\n"
                + "[languages.en]\ncontentDir = 'content/en'\n[languages.ko]\ncontentDir = 'content/ko'\n");
        old("content/en/posts/tide.md", "---\ntitle: Tide\ndate: 2024-03-01\n---\n"
                + "Older: <a href=\"/en/page/2/\">page 2</a>, [page 3](/en/page/3/), [all topics](/en/topics/).\n");
        old("content/ko/posts/tide.md", "---\ntitle: 조수\ndate: 2024-03-01\n---\n본문.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2024/tide.md").contains("Older: <a>page 2</a>, page 3, [all topics](/en/topics/).\n"),
                read("content/en/2024/tide.md"));
        assertEquals(2, lines(result, Category.OLD_PAGES).size(), lines(result, Category.OLD_PAGES).toString());
    }

    @Test
    void aHugoPageDatedToComeThatHugoPublishedByItsPublishDateIsDatedByItSoThatItsAddressAnswers() throws IOException {
        old("hugo.toml", "baseURL = 'https://min.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/event/regatta/index.md", "---\ntitle: Harbor regatta\ndate: 2099-06-01T13:00:00Z\n"
                + "publishDate: 2024-01-01T00:00:00Z\n---\nBoats race.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String regatta = read("content/en/2024/regatta.md");
        assertTrue(regatta.contains("date: 2024-01-01T00:00:00+00:00\n") && !regatta.contains("draft"), regatta);
        assertTrue(regatta.contains("aliases:\n  - /event/regatta/\n"), regatta);
        assertEquals(List.of("content/event/regatta/index.md:3: dated 2024-01-01T00:00:00Z by 'publishDate', when Hugo "
                + "published it: its 'date' 2099-06-01T13:00:00Z is to come, and Broadsheet would hold the article back "
                + "as scheduled; write that date into the text if readers need it"), lines(result, Category.DATES));
    }

    @Test
    void hugoPagesDatedToComeOrExpiredAreLiveWhenTheConfigurationHadHugoBuildThem() throws IOException {
        old("hugo.toml", "baseURL = 'https://min.example.org/'\ntimeZone = 'Asia/Seoul'\nbuildFuture = true\n"
                + "buildExpired = true\n");
        old("content/news/old.md", "---\ntitle: Old notice\ndate: 2024-03-03\nexpiryDate: 2024-04-01\n---\nC.\n");
        old("content/news/future.md", "---\ntitle: Coming\ndate: 2024-03-04\npublishDate: 2099-01-01\n---\nD.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertFalse(read("content/en/2024/old.md").contains("draft"), read("content/en/2024/old.md"));
        assertFalse(read("content/en/2024/future.md").contains("draft"), read("content/en/2024/future.md"));
        assertEquals(List.of(), lines(result, Category.UNPUBLISHED));
    }

    @Test
    void jekyllPostsDatedToComeAreDraftsUnlessTheSitePublishedFuturePosts() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2099-01-01-template.md", "---\ntitle: Template\n---\nA.\n");
        old("_posts/2024-03-01-spring.md", "---\ntitle: Spring\ndate: 2099-03-01 10:00:00 +0900\n---\nB.\n");
        old("_posts/2024-03-02-tide.md", "---\ntitle: Tide\n---\nC.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2099/template.md").contains("draft: true"), read("content/en/2099/template.md"));
        assertTrue(read("content/en/2099/spring.md").contains("draft: true"), read("content/en/2099/spring.md"));
        assertFalse(read("content/en/2024/tide.md").contains("draft"), read("content/en/2024/tide.md"));
        assertEquals(List.of("_posts/2024-03-01-spring.md:3: dated 2099-03-01 10:00:00 +0900, to come, which Jekyll does "
                        + "not publish without future: true in _config.yml: imported as a draft",
                "_posts/2099-01-01-template.md:1: dated 2099-01-01, to come, which Jekyll does not publish without "
                        + "future: true in _config.yml: imported as a draft"), lines(result, Category.UNPUBLISHED));
    }

    @Test
    void aUrlNamingTheRepositoryOnGitHubGivesTheAddressWhereGitHubPagesServedIt() throws IOException {
        old("_config.yml", "url: https://github.com/mira/mira.github.io\ntimezone: Asia/Seoul\n");
        old("_posts/2024-05-01-nets.md", "---\ntitle: Nets\n---\nSee [the tool](https://github.com/mira/tool) and "
                + "[tides](https://mira.github.io/2024/05/02/tides.html).\n");
        old("_posts/2024-05-02-tides.md", "---\ntitle: Tides\n---\nT.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/site.yml").contains("baseUrl: https://mira.github.io/"), read("content/site.yml"));
        assertTrue(read("content/en/2024/nets.md").contains("aliases:\n  - /2024/05/01/nets.html\n"),
                read("content/en/2024/nets.md"));
        assertTrue(read("content/en/2024/nets.md").contains("See [the tool](https://github.com/mira/tool) and "
                + "[tides](tides.md)."), read("content/en/2024/nets.md"));
        assertEquals(List.of(), lines(result, Category.OLD_PAGES));
        assertTrue(lines(result, Category.SETTINGS).contains("_config.yml:1: 'url' names the repository's page on GitHub "
                + "(https://github.com/mira/mira.github.io), where no site was served: the old site's address taken as "
                + "https://mira.github.io, where GitHub Pages served that repository; import again with "
                + "-Dbroadsheet.oldHost if it was served elsewhere"), lines(result, Category.SETTINGS).toString());
    }

    @Test
    void jekyllPolyglotServedOtherLanguagesBelowTheirFolderAndLedTheirLinksThere() throws IOException {
        old("_config.yml", "url: https://poly.example.org\ntimezone: Asia/Seoul\nplugins: [jekyll-polyglot]\n"
                + "languages: [\"ko\", \"en\"]\ndefault_lang: \"ko\"\n");
        old("_posts/2023-12-04-bells.md", "---\ntitle: 종소리\nlang: ko\n---\n한국어 본문. [등불](/posts/lantern)\n");
        old("_posts/2023-12-04-bells-en.md", "---\ntitle: Bells\nlang: en\n---\nEnglish body. [Next](/posts/lantern)\n");
        old("_posts/2023-12-05-lantern.md", "---\ntitle: 등불\nlang: ko\npermalink: /posts/lantern\n---\n등불.\n");
        old("_posts/2023-12-05-lantern-en.md", "---\ntitle: Lantern\nlang: en\npermalink: /posts/lantern\n---\nLantern.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().contains("2 translation pairs"), result.summary());
        assertTrue(read("content/ko/2023/bells.md").contains("aliases:\n  - /2023/12/04/bells.html\n"), read("content/ko/2023/bells.md"));
        assertTrue(read("content/en/2023/bells.md").contains("aliases:\n  - /en/2023/12/04/bells-en.html\n"),
                read("content/en/2023/bells.md"));
        assertTrue(read("content/en/2023/lantern.md").contains("aliases:\n  - /en/posts/lantern\n"), read("content/en/2023/lantern.md"));
        assertTrue(read("content/en/2023/bells.md").contains("English body. [Next](lantern.md)"), read("content/en/2023/bells.md"));
        assertTrue(read("content/ko/2023/bells.md").contains("한국어 본문. [등불](lantern.md)"), read("content/ko/2023/bells.md"));
    }

    @Test
    void jekyllPolyglotsFallbackInAnotherLanguageForAPostWithoutThatVersionRedirectsToThePost() throws IOException {
        // polyglot served a post of the default language in each other language that had no version of it
        old("_config.yml", "url: https://poly.example.org\ntimezone: Asia/Seoul\nplugins: [jekyll-polyglot]\n"
                + "languages: [\"en\", \"ko\", \"de\"]\ndefault_lang: \"en\"\npermalink: /posts/:title/\n");
        old("_posts/2024-03-01-tides.md", "---\ntitle: Tides\n---\nThe tide turns at noon.\n");
        old("_posts/2024-03-01-tides-ko.md", "---\ntitle: 조수\nlang: ko\n---\n정오에 물때가 바뀐다.\n");
        old("_posts/2024-03-02-gulls.md", "---\ntitle: Gulls\n---\nThe gulls are back.\n");
        old("_posts/2024-03-03-nets.md", "---\ntitle: Nets\nlang_exclusive: [en]\n---\nNets are mended.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().contains("1 translation pair"), result.summary());
        assertTrue(read("content/en/2024/gulls.md").contains("aliases:\n  - /posts/gulls/\n  - /ko/posts/gulls/\n"),
                read("content/en/2024/gulls.md"));
        assertFalse(read("content/en/2024/tides.md").contains("/ko/posts/tides/"), read("content/en/2024/tides.md"));
        assertFalse(read("content/en/2024/nets.md").contains("/ko/"), read("content/en/2024/nets.md"));
    }

    @Test
    void jekyllPolyglotReadsTheLanguageOfAPostFromAFolderNamedAfterOneOfTheSiteLanguages() throws IOException {
        old("_config.yml", "url: https://poly.example.org\ntimezone: Asia/Seoul\nplugins: [jekyll-polyglot]\n"
                + "languages: [\"en\", \"ko\", \"de\", \"pt-BR\"]\ndefault_lang: \"en\"\nlang_from_path: true\n"
                + "permalink: /posts/:title/\n");
        old("_posts/en/2024-03-01-tides.md", "---\ntitle: Tides\nredirect_from:\n  - /posts/Tides/\n---\nThe tide turns at noon.\n");
        old("_posts/ko/2024-03-01-tides.md", "---\ntitle: 조수\n---\n정오에 물때가 바뀐다.\n");
        old("_posts/de/2024-03-01-tides.md", "---\ntitle: Gezeiten\n---\nDie Flut kommt am Mittag zurück.\n");
        old("_posts/pt-BR/2024-03-01-tides.md", "---\ntitle: Marés\n---\nA maré vira ao meio-dia.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 2 posts ") && result.summary().contains("1 translation pair"),
                result.summary());
        assertEquals(List.of("_posts/de/2024-03-01-tides.md:1: not imported: its language 'de' is not one of en, ko",
                "_posts/pt-BR/2024-03-01-tides.md:1: not imported: its language 'pt' is not one of en, ko"),
                lines(result, Category.OTHER_LANGUAGE));
        // the redirect that differs only in case from the post's own address is one file to the build
        assertTrue(read("content/en/2024/tides.md").contains("aliases:\n  - /posts/tides/\n---"),
                read("content/en/2024/tides.md"));
        assertEquals(List.of("_posts/en/2024-03-01-tides.md:1: no redirect from the old address /posts/Tides/, which "
                + "differs only in case or in the dots ending a part from /posts/tides/, redirected already: the build "
                + "writes one file for both, as a disk or host that ignores case, or Windows, reads them; elsewhere, "
                + "readers who follow it get the site's 404 page"), lines(result, Category.REDIRECTS));
    }

    @Test
    void anIncludeOfPlainHtmlIsFilledInAndAYouTubePlayerMovesToItsPrivacyEnhancedAddress() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\nvideo_width: 640\n");
        old("_includes/player.html", "<!-- player -->\n<iframe width=\"{{ include.width | default: site.video_width }}\" "
                + "height=\"{{ include.height | default: 315 }}\"\n  src=\"https://www.youtube.com/embed/{{ include.v }}\" "
                + "frameborder=\"0\" allowfullscreen></iframe>\n");
        old("_includes/choice.html", "{% for v in include.v %}<b>{{ v }}</b>{% endfor %}\n");
        old("_posts/2017-06-01-pier.md", "---\ntitle: Pier\nclip: k9Lm3\n---\nThe pier.\n\n{% include player.html v='Ab1_x-9' %}\n\n"
                + "{% include player.html v=page.clip height=\"200\" %}\n\n{% include choice.html v='c' %}\n\n"
                + "{% include player.html v=clip_id %}\n\n<iframe src=\"//youtube.com/embed/Zz9\"></iframe>\n\nLast line.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String pier = read("content/en/2017/pier.md");
        assertTrue(pier.contains("\nThe pier.\n\n<iframe width=\"640\" height=\"315\" "
                + "src=\"https://www.youtube-nocookie.com/embed/Ab1_x-9\" allowfullscreen></iframe>\n\n"
                + "<iframe width=\"640\" height=\"200\" src=\"https://www.youtube-nocookie.com/embed/k9Lm3\" "
                + "allowfullscreen></iframe>\n\n{% include choice.html v='c' %}\n\n{% include player.html v=clip_id %}\n\n"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/Zz9\"></iframe>\n\nLast line.\n"), pier);
        String page = Files.readString(dir.resolve("project/site/en/2017/06/pier/index.html"));
        assertTrue(page.contains("src=\"https://www.youtube-nocookie.com/embed/Ab1_x-9\""), page);
        assertTrue(page.contains("src=\"https://www.youtube-nocookie.com/embed/Zz9\""), page);
        assertEquals(List.of("_posts/2017-06-01-pier.md:11: Liquid '{% include choice.html v='c' %}' has no Markdown "
                + "equivalent; kept as text", "_posts/2017-06-01-pier.md:13: Liquid '{% include player.html v=clip_id %}' "
                + "has no Markdown equivalent; kept as text"), lines(result, Category.UNCONVERTED));
        assertTrue(read("import-report.md").contains("- 2 includes replaced by the HTML of the file of _includes/ named"),
                read("import-report.md"));
        assertTrue(read("import-report.md").contains("- 3 YouTube players moved to"), read("import-report.md"));
    }

    @Test
    void anIncludeThatCapturesThePictureAddressItBuildsShowsThePicture() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\nlang: ko\n");
        old("_includes/photo-cdn", "{% capture src %}{{ include.key | prepend: \"https://photos.example.net/p?key=\" "
                + "| append: \"&w=800\" }}{% endcapture %}\n{% assign label = include.alt | default: \"사진\" %}\n"
                + "[![{{ label }}]({{ src }}){: .align-center}]({{ src }})\n<!-- {: .shadow } -->\n");
        old("_posts/2023-08-14-low-tide.md", "---\ntitle: 썰물\n---\n갯벌이 드러났다.\n\n"
                + "{% include photo-cdn alt=\"갯벌\" key=\"Qx7-2b\" %}\n\n{% include photo-cdn key=\"Rm_40\" %}\n\n끝.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String post = read("content/ko/2023/low-tide.md");
        assertTrue(post.contains("갯벌이 드러났다.\n\n[![갯벌](https://photos.example.net/p?key=Qx7-2b&w=800)]"
                + "(https://photos.example.net/p?key=Qx7-2b&w=800)\n\n[![사진](https://photos.example.net/p?key=Rm_40&w=800)]"
                + "(https://photos.example.net/p?key=Rm_40&w=800)\n\n끝.\n"), post);
        assertEquals(List.of(), lines(result, Category.UNCONVERTED));
    }

    @Test
    void anIncludeThatGivesAVariableADefaultWithUnlessShowsItsText() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ncodepen_username: kim\n");
        old("_includes/codepen.html", "{% assign username = include.username %}\n{% unless username %}\n"
                + "{% assign username = site.codepen_username %}\n{% endunless %}\n"
                + "<p>See the Pen <a href='https://codepen.io/{{ username }}/pen/{{ include.hash }}/'>{{ include.title }}</a></p>\n");
        old("_includes/odd.html", "{% case include.x %}\n{% when 1 %}One x.\n{% endcase %}\n");
        old("_posts/2023-08-14-quiz.md", "---\ntitle: Quiz\n---\n{% include codepen.html hash=\"QWq\" title=\"1st\" %}\n\n"
                + "{% include codepen.html hash=\"yLz\" title=\"2nd\" username=\"lee\" %}\n\n{% include odd.html %}\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        // the site's user where the post names none, the post's own where it does
        assertTrue(read("content/en/2023/quiz.md").contains("<p>See the Pen <a href='https://codepen.io/kim/pen/QWq/'>1st</a>"
                + "</p>\n\n<p>See the Pen <a href='https://codepen.io/lee/pen/yLz/'>2nd</a></p>"), read("content/en/2023/quiz.md"));
        assertEquals(List.of("_posts/2023-08-14-quiz.md:8: Liquid '{% include odd.html %}' has no Markdown equivalent; "
                + "kept as text"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void anIncludeThatChoosesWithIfShowsTheBranchItsParametersChoseAndItsArithmeticIsDone() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\n");
        old("_includes/part.html", "<h{{ include.level | plus: 1 }} id=\"part-{{ include.number | replace: '.', '-' }}\">\n"
                + "  {{ include.number }}. {{ include.title }}\n</h{{ include.level | plus: 1 }}>\n");
        old("_includes/photo.html", "<figure>\n  {% if include.width %}\n    <img src=\"{{ include.src }}\" alt=\"{{ include.text }}\" "
                + "width=\"{{ include.width }}\"/>\n    {% if include.width == \"300\" and include.text %}<figcaption>"
                + "[ {{ include.text }} ]</figcaption>{% else %}<figcaption>{{ include.text }}</figcaption>{% endif %}\n"
                + "  {% else %}\n    <img src=\"{{ include.src }}\" alt=\"{{ include.text }}\"/>\n  {% endif %}\n</figure>\n");
        old("_includes/list.html", "{% for item in include.items %}<li>{{ item }}</li>{% endfor %}\n");
        old("assets/img/pier.png", "PNG");
        old("assets/img/gulls.png", "PNG");
        old("_posts/2023-08-14-pier.md", "---\ntitle: Pier\n---\n{% include part.html level=\"1\" number=\"1.2\" title=\"The pier\" %}\n\n"
                + "{% include photo.html src=\"/assets/img/pier.png\" text=\"The pier\" width=\"300\" %}\n\n"
                + "{% include photo.html src=\"/assets/img/gulls.png\" text=\"Gulls\" %}\n\n{% include list.html %}\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String article = read("content/en/2023/pier.md");
        assertTrue(article.contains("<h2 id=\"part-1-2\"> 1.2. The pier </h2>"), article);
        assertTrue(article.contains("![The pier](/images/assets/img/pier.png)") && article.contains("[ The pier ]")
                && article.contains("![Gulls](/images/assets/img/gulls.png)") && !article.contains("{% if"), article);
        assertEquals("PNG", read("content/images/assets/img/gulls.png"));
        assertEquals(List.of("_posts/2023-08-14-pier.md:10: Liquid '{% include list.html %}' has no Markdown equivalent; "
                + "kept as text"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void minimalMistakesVideoIncludeShowsItsYouTubeOrVimeoPlayer() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\ntheme: minimal-mistakes-jekyll\n");
        old("_includes/video", "{% capture src %}{% case include.provider %}{% when \"youtube\" %}"
                + "https://www.youtube-nocookie.com/embed/{{ include.id }}{% endcase %}{% endcapture %}\n"
                + "{% unless src == \"\" %}<div class=\"responsive-video-container\"><iframe src=\"{{ src }}\"></iframe></div>"
                + "{% endunless %}\n");
        old("_posts/2021-05-02-spring-tide.md", "---\ntitle: Spring tide\n---\nWatch.\n\n"
                + "{% include video id=\"Tq9_x-2\" provider=\"youtube\" %}\n\n{% include video id=\"4711\" provider=\"vimeo\" %}\n\n"
                + "{% include video id=\"BV1x\" provider=\"bilibili\" %}\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String post = read("content/en/2021/spring-tide.md");
        assertTrue(post.contains("src=\"https://www.youtube-nocookie.com/embed/Tq9_x-2\""), post);
        assertTrue(post.contains("src=\"https://player.vimeo.com/video/4711?dnt=true\""), post);
        assertEquals(List.of("_posts/2021-05-02-spring-tide.md:10: Liquid '{% include video id=\"BV1x\" provider=\"bilibili\" %}' "
                + "has no Markdown equivalent; kept as text"), lines(result, Category.UNCONVERTED));
        String page = Files.readString(dir.resolve("project/site/en/2021/05/spring-tide/index.html"));
        assertTrue(page.contains("https://www.youtube-nocookie.com/embed/Tq9_x-2"), page);
        assertTrue(page.contains("https://player.vimeo.com/video/4711"), page);
    }

    @Test
    void figureIncludesOfThemesShowTheirPictureWithItsCaption() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\n");
        // minimal-mistakes' figure, and al-folio's figure.liquid, which choose among their parameters with if
        old("_includes/figure", "<figure class=\"{{ include.class }}\">\n  <img src=\n"
                + "    {% if include.image_path contains \"://\" %}\n      \"{{ include.image_path }}\"\n    {% else %}\n"
                + "      \"{{ include.image_path | relative_url }}\"\n    {% endif %}\n"
                + "    alt=\"{% if include.alt %}{{ include.alt }}{% endif %}\">\n  {% if include.caption %}\n"
                + "    <figcaption>{{ include.caption | markdownify }}</figcaption>{% endif %}</figure>\n");
        old("_includes/figure.liquid", "{% assign ext = include.path | split: '.' | last %}\n<figure>\n  <picture>\n"
                + "    <img src=\"{% if include.url %}{{ include.url }}{% else %}{{ include.path | relative_url }}{% endif %}\"\n"
                + "      {% if include.alt %}alt=\"{{ include.alt }}\"{% endif %}>\n  </picture>\n"
                + "  {% if include.caption %}<figcaption class=\"caption\">{{ include.caption }}</figcaption>{% endif %}\n"
                + "</figure>\n");
        old("assets/img/low tide.png", "png");
        old("assets/img/pier.png", "png");
        old("assets/img/gulls.jpg", "png");
        old("_posts/2021-05-03-neap-tide.md", "---\ntitle: Neap tide\n---\nThe bay at noon.\n\n"
                + "{% include figure image_path=\"/assets/img/low&#32;tide.png\" alt=\"Mud flats\" "
                + "caption=\"The flats at low water.\" %}\n\n"
                + "{% include figure image_path=\"assets/img/pier.png\" %}\n\n"
                + "<div class=\"slides\">\n  <div>{% include figure.liquid path=\"assets/img/gulls.jpg\" class=\"rounded\" "
                + "caption=\"Gulls\" %}</div>\n</div>\n\nThe end.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String post = read("content/en/2021/neap-tide.md");
        assertTrue(post.contains("![Mud flats](/images/assets/img/low%20tide.png)"), post);
        assertTrue(post.contains("<figcaption>The flats at low water.</figcaption>"), post);
        assertTrue(post.contains("![](/images/assets/img/pier.png)"), post);
        assertTrue(post.contains("![](/images/assets/img/gulls.jpg)"), post);
        assertTrue(post.contains("<figcaption>Gulls</figcaption>"), post);
        assertEquals(List.of(), lines(result, Category.UNCONVERTED));
        String page = Files.readString(dir.resolve("project/site/en/2021/05/neap-tide/index.html"));
        assertTrue(page.contains("gulls.jpg") && page.contains("low%20tide.png"), page);
    }

    @Test
    void findingsAfterLiquidThatGaveSeveralLinesNameTheirLinesInTheOldFile() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2017-06-01-pier.md", "---\ntitle: Pier\nnote: |\n  Rebuilt in 1998.\n  Closed in winter.\n---\n"
                + "{{ page.note }}\nOpen again.\n{: .lead}\n\n<iframe src=\"//youtube.com/embed/Zz9\"></iframe>\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2017/pier.md").contains("Rebuilt in 1998.\nClosed in winter.\n"),
                read("content/en/2017/pier.md"));
        assertEquals(List.of("_posts/2017-06-01-pier.md:9: kramdown attribute '{: .lead}' removed"),
                lines(result, Category.ATTRIBUTES));
        assertEquals(List.of("_posts/2017-06-01-pier.md:11: <iframe src=\"//youtube.com/embed/…\"> moved to "
                + "https://www.youtube-nocookie.com/embed/"), lines(result, Category.YOUTUBE));
    }

    @Test
    void findingsAfterAShortcodeOfSeveralLinesNameTheirLinesInTheOldFile() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/pier.md", "---\ntitle: Pier\ndate: 2023-04-01\n---\n{{< figure src=\"https://cdn.example.org/a.png\" "
                + "caption=\"At dawn\" >}}\n{{</* tweet\n  id=\"1\" */>}}\n<iframe src=\"//youtube.com/embed/Zz9\"></iframe>\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/posts/pier.md:8: <iframe src=\"//youtube.com/embed/…\"> moved to "
                + "https://www.youtube-nocookie.com/embed/"), lines(result, Category.YOUTUBE));
    }

    @Test
    void aJekyllBaseurlWrittenAsAWholeAddressGivesOnlyItsPath() throws IOException {
        old("_config.yml", "url: 'https://tides.example.org'\nbaseurl: 'https://tides.example.org' # for links\n"
                + "timezone: Asia/Seoul\npermalink: /:year/:month/:day/:title\n");
        old("_posts/2017-06-01-pier.md", "---\ntitle: Pier\n---\nThe pier. [Bells](https://tides.example.org/2017/06/02/bells)\n");
        old("_posts/2017-06-02-bells.md", "---\ntitle: Bells\n---\nBells.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2017/pier.md").contains("aliases:\n  - /2017/06/01/pier\n  - /2017/06/01/pier.html\n"),
                read("content/en/2017/pier.md"));
        assertTrue(read("content/en/2017/pier.md").contains("The pier. [Bells](bells.md)"), read("content/en/2017/pier.md"));
        assertTrue(lines(result, Category.SETTINGS).contains("_config.yml:2: 'baseurl' is a whole address "
                + "(https://tides.example.org), which Jekyll put before links: the site was served below its path, /"),
                lines(result, Category.SETTINGS).toString());
    }

    @Test
    void aJekyllUrlThatAlreadyEndsWithTheBaseurlPutsTheOldAddressesBelowItOnce() throws IOException {
        old("_config.yml", "url: 'http://kim.github.io/notes'\nbaseurl: '/notes'\ntimezone: Asia/Seoul\n"
                + "permalink: /:year-:month-:day-:title/\n");
        old("_posts/2017-10-03-gitea.md", "---\ntitle: Gitea\n---\nA forge.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2017/gitea.md").contains("aliases:\n  - /notes/2017-10-03-gitea/\n"),
                read("content/en/2017/gitea.md"));
        assertTrue(lines(result, Category.SETTINGS).contains("_config.yml:2: 'url' (http://kim.github.io/notes) already "
                + "ends with the 'baseurl' (/notes): the site was served below /notes/, once"),
                lines(result, Category.SETTINGS).toString());
    }

    @Test
    void postsInFoldersThatTheExcludeListOfJekyllNamesAreNotImported() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\nexclude:\n  - /docs # the theme's own documentation\n  - test\n"
                + "  - \"*-draft.md\"\n  - notes\ninclude: [notes]\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nThe pier.\n");
        old("docs/_posts/2010-10-25-post-future-date.md", "---\ntitle: A theme's example\n---\nLorem.\n");
        old("test/_posts/2010-10-26-gallery.md", "---\ntitle: A theme's test\n---\nIpsum.\n");
        old("_posts/2020-04-03-bells-draft.md", "---\ntitle: Bells, unfinished\n---\nBells.\n");
        old("notes/_posts/2020-04-04-gulls.md", "---\ntitle: Gulls\n---\nGulls.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 2 posts"), result.summary());
        assertEquals(List.of("_posts/2020-04-03-bells-draft.md: not imported: the exclude list of _config.yml names it "
                        + "(*-draft.md), so Jekyll did not read it",
                "docs/_posts/2010-10-25-post-future-date.md: not imported: the exclude list of _config.yml names it (/docs), "
                        + "so Jekyll did not read it",
                "test/_posts/2010-10-26-gallery.md: not imported: the exclude list of _config.yml names it (test), so "
                        + "Jekyll did not read it"), lines(result, Category.NOT_PUBLISHED));
    }

    @Test
    void postsInAFolderWhoseNameStartsWithAnUnderscoreAreNotImportedUnlessTheIncludeListNamesIt() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\ninclude: [_notes]\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nThe pier.\n");
        old("_i18n/en/_posts/2020-04-02-pier.md", "---\ntitle: Pier, a translation kept for a plugin\n---\nPier.\n");
        old("_i18n/jp/_drafts/2020-04-03-bells.md", "---\ntitle: Bells\n---\nBells.\n");
        old("_notes/_posts/2020-04-04-gulls.md", "---\ntitle: Gulls\n---\nGulls.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 2 posts"), result.summary());
        assertEquals(List.of("_i18n/en/_posts/2020-04-02-pier.md: not imported: Jekyll did not read the folder _i18n, "
                        + "as it reads no folder whose name starts with '_' unless the include list of _config.yml names it",
                "_i18n/jp/_drafts/2020-04-03-bells.md: not imported: Jekyll did not read the folder _i18n, as it reads no "
                        + "folder whose name starts with '_' unless the include list of _config.yml names it"),
                lines(result, Category.NOT_PUBLISHED));
    }

    @Test
    void postsThatJekyllMultipleLanguagesPluginBuiltFromI18nAreImportedAtTheAddressesOfEachLanguage() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\npermalink: pretty\nplugins:\n"
                + "  - jekyll-multiple-languages-plugin\nlanguages: [\"en\", \"ko\"]\n");
        old("_posts/2017-01-01-leftover.md", "---\ntitle: Left over\n---\nNever built.\n");
        old("_i18n/en/_posts/tech/2017-11-15-tides.md", "---\ntitle: Tides\ncategories: [sea]\n---\nHigh water.\n");
        old("_i18n/ko/_posts/tech/2017-11-15-tides.md", "---\ntitle: 조수\ncategories: [sea]\n---\n만조.\n"
                + "[갈매기]({{ site.baseurl }}/2018/01/02/gulls/)\n\n![밀물]({{ site.baseurl }}/img/tide.png)\n");
        old("img/tide.png", "png");
        old("_i18n/ko/_posts/blog/2018-01-02-gulls.md", "---\ntitle: 갈매기\n---\n갈매기가 운다. [조수](/sea/2017/11/15/tides/)\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 3 posts from the Jekyll site old: 1 en, 2 ko; 1 translation pair"),
                result.summary());
        assertTrue(read("content/en/2017/tides.md").contains("aliases:\n  - /sea/2017/11/15/tides/\n"),
                read("content/en/2017/tides.md"));
        assertTrue(read("content/ko/2017/tides.md").contains("aliases:\n  - /ko/sea/2017/11/15/tides/\n"),
                read("content/ko/2017/tides.md"));
        assertTrue(read("content/ko/2018/gulls.md").contains("aliases:\n  - /ko/2018/01/02/gulls/\n"),
                read("content/ko/2018/gulls.md"));
        // the plugin set site.baseurl below the folder of the language it built
        assertTrue(read("content/ko/2017/tides.md").contains("[갈매기](../2018/gulls.md)"), read("content/ko/2017/tides.md"));
        // and copied the site's files into that folder too
        assertEquals(List.of(), lines(result, Category.IMAGES));
        // the plugin left a post's links as written: this one led to the English version
        assertTrue(read("content/ko/2018/gulls.md").contains("[조수](../../en/2017/tides.md)"), read("content/ko/2018/gulls.md"));
        assertEquals(List.of("_posts/2017-01-01-leftover.md: not imported: jekyll-multiple-languages-plugin read the "
                + "posts of _i18n/<lang>/_posts in place of the site's _posts"), lines(result, Category.NOT_PUBLISHED));
    }

    @Test
    void aLeadImageNamedByItsFileNameAloneIsTakenFromTheOnlyImageFolderThatHasIt() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("images/2023-01-29-pier.jpg", "pier");
        old("images/gulls.jpg", "gulls in images");
        old("assets/img/gulls.jpg", "gulls in assets");
        old("_posts/2023-01-29-pier.md", "---\ntitle: The pier\nimage: 2023-01-29-pier.jpg\n---\nPier.\n");
        old("_posts/2023-01-30-gulls.md", "---\ntitle: Gulls\nimage: gulls.jpg\n---\nGulls.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2023/pier.md").contains("image:\n  src: /images/2023-01-29-pier.jpg\n"),
                read("content/en/2023/pier.md"));
        assertEquals(List.of("_posts/2023-01-29-pier.md:3: the lead image '2023-01-29-pier.jpg' taken from "
                + "/images/2023-01-29-pier.jpg"), lines(result, Category.LEAD_IMAGE_FOLDER));
        assertEquals(List.of("_posts/2023-01-30-gulls.md:3: image 'gulls.jpg' not found in the old site: add the file and "
                + "link it by hand"), lines(result, Category.IMAGES), "two folders have it: which one the theme used is unknown");
    }

    @Test
    void aJekyllBaseurlOfASlashAloneIsTheSiteRoot() throws IOException {
        old("_config.yml", "baseurl: /\ntimezone: Asia/Seoul\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nThe pier.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2020/pier.md").contains("aliases:\n  - /2020/04/02/pier.html\n"),
                read("content/en/2020/pier.md"));
        assertTrue(read("content/site.yml").contains("baseUrl: https://example.org/\n"), read("content/site.yml"));
    }

    @Test
    void aJekyllBaseurlWithoutAUrlStillPutsTheOldAddressesBelowItsPath() throws IOException {
        old("_config.yml", "baseurl: /blog\ntimezone: Asia/Seoul\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nThe pier. [Bells]({{ site.baseurl }}/2020/04/03/bells.html)\n");
        old("_posts/2020-04-03-bells.md", "---\ntitle: Bells\n---\nBells.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2020/pier.md").contains("aliases:\n  - /blog/2020/04/02/pier.html\n"),
                read("content/en/2020/pier.md"));
        assertTrue(read("content/en/2020/pier.md").contains("The pier. [Bells](bells.md)"), read("content/en/2020/pier.md"));
        assertTrue(read("content/site.yml").contains("baseUrl: https://example.org/blog/"), read("content/site.yml"));
        assertTrue(lines(result, Category.SETTINGS).contains("content/site.yml:1: the old site names no absolute address "
                + "(only its path, /blog/, which the new site keeps); wrote baseUrl: https://example.org/blog/: put the real "
                + "one there"), lines(result, Category.SETTINGS).toString());
    }

    @Test
    void jekyllPolyglotWithABasePathPutTheLanguageFolderBelowIt() throws IOException {
        old("_config.yml", "url: https://poly.example.org\nbaseurl: /blog\ntimezone: Asia/Seoul\nplugins: [jekyll-polyglot]\n"
                + "languages: [\"ko\", \"en\"]\ndefault_lang: \"ko\"\n");
        old("_posts/2023-12-04-bells-en.md", "---\ntitle: Bells\nlang: en\n---\nEnglish body. [Next](/blog/posts/lantern) "
                + "and [again](/blog/en/posts/lantern).\n");
        old("_posts/2023-12-05-lantern.md", "---\ntitle: 등불\nlang: ko\npermalink: /posts/lantern\n---\n등불.\n");
        old("_posts/2023-12-05-lantern-en.md", "---\ntitle: Lantern\nlang: en\npermalink: /posts/lantern\n---\nLantern.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2023/lantern.md").contains("aliases:\n  - /blog/en/posts/lantern\n"),
                read("content/en/2023/lantern.md"));
        assertTrue(read("content/en/2023/bells.md").contains("English body. [Next](lantern.md) and [again](lantern.md)."),
                read("content/en/2023/bells.md"));
    }

    @Test
    void aKoreanTechnicalBlogIsKoreanAndItsCategoriesWithSpacesKeepTheirAddressesAndOneWithAHashSaysWhyNot() throws IOException {
        old("_config.yml", "locale: \"ko-KR\"\ntimezone: Asia/Seoul\npermalink: /:categories/:title/\n");
        old("_posts/Unity/2020-12-17-ch12-9.md", "---\ntitle: \"로딩화면 만들기\"\ncategories:\n  - Unity Lesson 3\n"
                + "tags:\n  - [Game Engine, Unity]\n---\n씬을 불러오는 동안 보여 줄 화면을 만든다.\n\n```csharp\n"
                + "    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n    public void Load(int scene) { SceneManager.LoadSceneAsync(scene); Debug.Log(\"loading\"); }\n```\n");
        old("_posts/2020-12-18-enum.md", "---\ntitle: 열거형\ncategories: [C#]\ntags: [C, C++]\n---\n열거형을 정리한다.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().contains(": 2 ko;"), result.summary());
        assertTrue(read("content/topics.yml").contains("game-engine:") && read("content/topics.yml").contains("unity:")
                && read("content/topics.yml").contains("cpp:") && read("content/topics.yml").contains("csharp:"),
                read("content/topics.yml"));
        assertTrue(lines(result, Category.REDIRECTS).stream().anyMatch(line -> line.startsWith("_posts/2020-12-18-enum.md:1: "
                + "no redirect from the old address /c#/enum/, which the build would refuse (alias '/c#/enum/' cannot be "
                + "a file of the site")), lines(result, Category.REDIRECTS).toString());
        assertTrue(read("content/ko/2020/ch12-9.md").contains("aliases:\n  - /unity lesson 3/ch12-9/\n"),
                read("content/ko/2020/ch12-9.md"));
        assertTrue(Files.isRegularFile(dir.resolve("project/site/unity lesson 3/ch12-9/index.html")));
        assertFalse(lines(result, Category.REDIRECTS).stream().anyMatch(line -> line.contains("/unity lesson 3/")),
                lines(result, Category.REDIRECTS).toString());
    }

    @Test
    void aCategoryWithSpacesKeepsTheOldAddressesJekyllEscapedAsRedirectPagesInFoldersWithSpaces() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("_posts/2020-12-17-loading.md", "---\ntitle: Loading screens\ncategories: [Unity Lesson 3]\n---\nA screen.\n");
        old("_posts/2020-12-18-scenes.md", "---\ntitle: Scenes\n---\nAfter [the loading screen]"
                + "(/unity%20lesson%203/2020/12/17/loading.html).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2020/loading.md").contains("aliases:\n  - /unity lesson 3/2020/12/17/loading.html\n"),
                read("content/en/2020/loading.md"));
        assertTrue(read("content/en/2020/scenes.md").contains("After [the loading screen](loading.md)."),
                read("content/en/2020/scenes.md"));
        assertTrue(read("site/unity lesson 3/2020/12/17/loading.html").contains("url=/en/2020/12/loading/"));
        assertTrue(result.summary().contains("2 old addresses redirected"), result.summary());
        assertEquals(List.of(), lines(result, Category.REDIRECTS));
    }

    @Test
    void jekyllSplitsTheWordsOfCategoriesAndTagsButNotOfTheSingularCategoryAndTag() throws IOException {
        old("_config.yml", "timezone: UTC\npermalink: /:categories/:year/:month/:day/:title/\n");
        old("_posts/2021-03-02-ferry.md", "---\ntitle: Ferry times\ncategory: Harbor News\ntag: Night Ferry\n---\nLater.\n");
        old("_posts/2021-03-03-pier.md", "---\ntitle: Pier\ncategories: Harbor News\ntags: Night Ferry\n---\nOpen.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String ferry = read("content/en/2021/ferry.md");
        assertTrue(ferry.contains("topics: [night-ferry, harbor-news]\n") || ferry.contains("topics:\n  - night-ferry\n  - harbor-news\n"),
                ferry);
        assertTrue(ferry.contains("aliases:\n  - /harbor news/2021/03/02/ferry/\n"), ferry);
        String pier = read("content/en/2021/pier.md");
        assertTrue(pier.contains("aliases:\n  - /harbor/news/2021/03/03/pier/\n"), pier);
    }

    @Test
    void authorKeysAreNamedFromTheAuthorsOfTheConfigWhenTheSiteHasNoAuthorData() throws IOException {
        old("_config.yml", "timezone: UTC\nauthors:\n  mira:\n    name: Mira Song\n    twitter: mirasong\n"
                + "  jun:\n    name: Jun Park\n");
        old("_posts/2021-03-02-ferry.md", "---\ntitle: Ferry times\nauthor: [mira, jun, dara]\n---\nLater.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String ferry = read("content/en/2021/ferry.md");
        assertTrue(ferry.contains("authors:\n  - Mira Song\n  - Jun Park\n  - name: dara\n"), ferry);
    }

    @Test
    void aJekyllSiteWithoutAUrlWasServedAtTheHostItsCnameNamesAndLinksByThatAddressLeadToTheArticles() throws IOException {
        old("CNAME", "Tides.example.org\n");
        old("_config.yml", "timezone: UTC\npermalink: /:year/:title/\n");
        old("_posts/2019-06-01-story.md", "---\ntitle: Story\n---\nOld story.\n");
        old("_posts/2021-01-01-quay.md", "---\ntitle: Quay\n---\nAfter [the story](https://tides.example.org/2019/story/).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2021/quay.md").contains("After [the story](../2019/story.md).\n"), read("content/en/2021/quay.md"));
        assertTrue(read("content/site.yml").contains("baseUrl: https://tides.example.org/"), read("content/site.yml"));
        assertTrue(lines(result, Category.SETTINGS).contains("CNAME:1: the old site's address taken as "
                + "https://tides.example.org, the host its CNAME file names, where GitHub Pages served it (_config.yml "
                + "names no url of the site): import again with -Dbroadsheet.oldHost if it was served elsewhere"),
                lines(result, Category.SETTINGS).toString());
    }

    @Test
    void aRelativePicturePathIsReadAgainstThePostsOldAddressAsTheReadersBrowserReadIt() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: UTC\npermalink: /articles/:title/\n");
        old("img/pier/night.jpg", "JPG");
        old("_posts/2015-03-16-pier.md", "---\ntitle: Pier\n---\n![The pier at night](../../img/pier/night.jpg)\n\n"
                + "<img src=\"../../img/pier/night.jpg\" alt=\"again\">\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertEquals(List.of(), lines(result, Category.IMAGES));
        assertTrue(read("content/en/2015/pier.md").contains("![The pier at night](/images/img/pier/night.jpg)"),
                read("content/en/2015/pier.md"));
        assertEquals("JPG", read("content/images/img/pier/night.jpg"));
    }

    @Test
    void jekyllsPathNameAndCollectionPlaceholdersGiveTheOldAddressesOfPostsInSubfolders() throws IOException {
        old("_config.yml", "url: https://club.example.org\ntimezone: Asia/Seoul\n"
                + "collections:\n  posts:\n    output: true\n    permalink: /posts/:path/\n");
        old("_posts/term1/web/2021-09-18-Lets_git_it.markdown", "---\ntitle: Let's git it\n---\nFirst session.\n");
        old("_posts/2021-09-19-harbor_notes.md", "---\ntitle: Harbor notes\npermalink: /:collection/:name/\n---\n"
                + "After [the first session](/posts/term1/web/2021-09-18-Lets_git_it/).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2021/Lets_git_it.md").contains("aliases:\n  - /posts/term1/web/2021-09-18-Lets_git_it/\n"),
                read("content/en/2021/Lets_git_it.md"));
        String notes = read("content/en/2021/harbor_notes.md");
        assertTrue(notes.contains("aliases:\n  - /posts/2021-09-19-harbor-notes/\n"), notes);
        assertTrue(notes.contains("After [the first session](Lets_git_it.md)."), notes);
        assertEquals(List.of(), lines(result, Category.REDIRECTS));
    }

    @Test
    void aReferenceDefinitionToAMarkdownFileThatIsNoImportedPostGoesWithItsLinks() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: UTC\n");
        old("_releases/2025-01-09-tide-tables-2.md", "---\ntitle: Tide tables 2\n---\nReleased.\n");
        old("_posts/2024-11-05-tides.md", "---\ntitle: Tides\n---\nThe tables are out in [2.0] and [the notes][notes].\n\n"
                + "[2.0]: /_releases/2025-01-09-tide-tables-2.md\n[notes]: /_releases/2025-01-09-tide-tables-2.md\n\nThe end.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String tides = read("content/en/2024/tides.md");
        assertTrue(tides.contains("The tables are out in 2.0 and the notes.\n") && !tides.contains("_releases"), tides);
        assertTrue(tides.endsWith("\n\n\n\nThe end.\n"), tides);
    }

    @Test
    void aHugoPageMarkedWithAnotherConfiguredLanguageIsCountedNotImported() throws IOException {
        old("hugo.toml", "baseURL = 'https://example.net/'\ndefaultContentLanguage = 'ko'\ntimeZone = 'Asia/Seoul'\n"
                + "[languages.ko]\n  weight = 1\n[languages.en]\n  weight = 2\n[languages.ja]\n  weight = 3\n"
                + "[languages.zh-cn]\n  weight = 4\n");
        old("content/posts/last-story.ko.md", "---\ntitle: 마지막 이야기\ndate: 2025-12-16T10:38:41+09:00\n---\n"
                + "드라마 같은 게임 이야기다.\n");
        old("content/posts/last-story.en.md", "---\ntitle: The last story\ndate: 2025-12-16T10:38:41+09:00\n---\n"
                + "A game that tells its story like a drama.\n");
        old("content/posts/last-story.ja.md", "---\ntitle: 最後の物語\ndate: 2025-12-16T10:38:41+09:00\n---\n"
                + "ドラマのようなゲームの物語です。\n");
        old("content/posts/last-story.zh-cn.md", "---\ntitle: 最后的故事\ndate: 2025-12-16T10:38:41+09:00\n---\n"
                + "像电视剧一样的游戏故事。\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains("1 en, 1 ko; 1 translation pair"), result.summary());
        assertEquals(List.of("content/posts/last-story.ja.md", "content/posts/last-story.zh-cn.md"),
                lines(result, Category.OTHER_LANGUAGE).stream().map(line -> line.substring(0, line.indexOf(':'))).toList());
    }

    @Test
    void aSiteThatNamedNoTimezoneWroteItsAddressesInUtcWhateverZoneItsDatesGiveTheNewSite() throws IOException {
        old("_config.yml", "url: https://tech.example.kr\n");
        old("_posts/2020-02-14-early.md", "---\ntitle: Early\ndate: 2020-02-14 01:00:00 +0900\ncategory: data\n---\nEarly.\n");
        old("_posts/2020-03-10-later.md", "---\ntitle: Later\ndate: 2020-03-10 10:00:00 +0900\ncategory: data\n---\n"
                + "After [early](https://tech.example.kr/data/2020/02/13/early.html).\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/site.yml").contains("timezone: Asia/Seoul"), read("content/site.yml"));
        assertTrue(read("content/en/2020/early.md").contains("aliases:\n  - /data/2020/02/13/early.html\n"),
                read("content/en/2020/early.md"));
        assertTrue(read("content/en/2020/later.md").contains("After [early](early.md)."), read("content/en/2020/later.md"));
    }

    @Test
    void aPermalinkWithoutExtensionAnswersWithAndWithoutHtmlAndIndentedOrSpacedPicturesArePublished() throws IOException {
        old("_config.yml", "url: https://blog.example.org\ntimezone: UTC\npermalink: /:categories/:year/:month/:day/:title\n");
        old("images/a.png", "png");
        old("images/FMS b.png", "png");
        old("_posts/2019-01-13-first-steps.md", "---\ntitle: First steps\n---\n<a href=\"/images/a.png\">\n"
                + "    <img src=\"/images/a.png\" width=\"100%\"></a>\n\n![FMS](/images/FMS%20b.png)\n");
        old("_posts/2019-02-01-next.md", "---\ntitle: Next\n---\n[a](../../../2019/01/13/first-steps.html) "
                + "[b](/2019/01/13/first-steps.html) [c](/2019/01/13/first-steps/)\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String first = read("content/en/2019/first-steps.md");
        assertTrue(first.contains("aliases:\n  - /2019/01/13/first-steps\n  - /2019/01/13/first-steps.html\n"), first);
        assertTrue(first.contains("\n[![](/images/a.png)](/images/a.png)\n") && first.contains("![FMS](/images/FMS%20b.png)"),
                first);
        assertTrue(read("content/en/2019/next.md").contains("[a](first-steps.md) [b](first-steps.md) [c](first-steps.md)"),
                read("content/en/2019/next.md"));
        String page = Files.readString(dir.resolve("project/site/en/2019/01/first-steps/index.html"));
        assertTrue(page.contains("<a href=\"/media/images/a.png\"><img src=\"/media/images/a.png\"")
                && !page.contains("<pre><code>"), page);
        assertTrue(page.contains("<img src=\"/media/images/FMS%20b.png\" alt=\"FMS\""), page);
    }

    @Test
    void aPictureWhoseNameHoldsWhatAnAddressReadsAsItsOwnIsPublishedAndShown() throws IOException {
        old("_config.yml", "url: https://blog.example.org\ntimezone: UTC\n");
        old("images/Q&A #2 100%.png", "png");
        old("_posts/2019-01-13-answers.md", "---\ntitle: Answers\n---\n![Q and A](/images/Q&A%20%232%20100%25.png)\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String post = read("content/en/2019/answers.md");
        assertTrue(post.contains("![Q and A](/images/Q%26A%20%232%20100%25.png)"), post);
        assertEquals(List.of(), lines(result, Category.IMAGES));
        String page = Files.readString(dir.resolve("project/site/en/2019/01/answers/index.html"));
        assertTrue(page.contains("<img src=\"/media/images/Q%26A%20%232%20100%25.png\" alt=\"Q and A\""), page);
        assertTrue(Files.exists(dir.resolve("project/site/media/images/Q&A #2 100%.png")));
    }

    @Test
    void everyFileOfAHugoBundleThatAPostLinksIsCopiedUnlessTheBuildWouldRefuseItWhichIsReported() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">";
        old("hugo.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/teapot/index.md", "---\ntitle: A teapot in 3D\ndate: 2023-04-05T08:00:00+09:00\n---\n"
                + "[The model](teapot.obj), [the script](render.py), [the points](points.csv), [everything](teapot.zip),\n"
                + "[the paper](paper.pdf) and [a demo](demo.html).\n\n![A diagram](diagram.svg)\n\n![A chart](chart.svg)\n");
        old("content/posts/teapot/teapot.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
        old("content/posts/teapot/render.py", "print('teapot')\n");
        old("content/posts/teapot/points.csv", "x,y\n0,1\n");
        old("content/posts/teapot/teapot.zip", "PK\u0003\u0004");
        old("content/posts/teapot/paper.pdf", "%PDF-1.4\n");
        old("content/posts/teapot/demo.html", "<p>A demo</p>\n");
        old("content/posts/teapot/diagram.svg", svg + "<rect width=\"4\" height=\"3\"/></svg>\n");
        old("content/posts/teapot/chart.svg", svg + "<script>alert(1)</script></svg>\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String teapot = read("content/en/2023/teapot.md");
        assertTrue(teapot.contains("[The model](/files/posts/teapot/teapot.obj), [the script](/files/posts/teapot/render.py), "
                + "[the points](/files/posts/teapot/points.csv), [everything](/files/posts/teapot/teapot.zip),\n"
                + "[the paper](/files/posts/teapot/paper.pdf) and [a demo](/posts/teapot/demo.html).\n\n"
                + "![A diagram](/images/posts/teapot/diagram.svg)\n\n*[image not published: chart.svg]*\n"), teapot);
        for (String file : List.of("teapot.obj", "render.py", "points.csv", "teapot.zip", "paper.pdf")) {
            assertTrue(Files.isRegularFile(dir.resolve("project/site/media/files/posts/teapot/" + file)), file);
        }
        assertTrue(Files.isRegularFile(dir.resolve("project/site/media/images/posts/teapot/diagram.svg")));
        assertFalse(Files.exists(dir.resolve("project/content/files/posts/teapot/demo.html")));
        assertFalse(Files.exists(dir.resolve("project/content/images/posts/teapot/chart.svg")));
        assertEquals(List.of(
                "content/posts/teapot/index.md:6: 'demo.html' kept as /posts/teapot/demo.html, the address it had on the "
                        + "old site: it answers only while the host serves the old site's page there; the file is not "
                        + "copied: it is a page, script or server program ('.html'), and Broadsheet publishes no file that "
                        + "a browser or a web server could run (docs/security.md)",
                "content/posts/teapot/index.md:10: image 'chart.svg' not copied: content/posts/teapot/chart.svg holds "
                        + "<script>, and Broadsheet publishes no file that a browser or a web server could run "
                        + "(docs/security.md)"), lines(result, Category.IMAGES));
        assertTrue(result.summary().contains("6 images and files copied"), result.summary());
    }

    @Test
    void aJekyllPostsDownloadsOfAnyKindAreCopiedButNotAPageTheOldSiteRendered() throws IOException {
        old("_config.yml", "url: https://pki.example.org\ntimezone: UTC\n");
        old("assets/certs/root-ca.der", "0\u0082\u0001\n");
        old("assets/certs/root-ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        old("feed.xml", "---\nlayout: null\n---\n<?xml version=\"1.0\"?><feed></feed>\n");
        old("_posts/2021-05-01-certs.md", "---\ntitle: Our certificates\n---\nThe root certificate [in DER]"
                + "(/assets/certs/root-ca.der) and [in PEM](/assets/certs/root-ca.pem); [the feed](/feed.xml).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2021/certs.md").contains("[in DER](/files/assets/certs/root-ca.der) and "
                + "[in PEM](/files/assets/certs/root-ca.pem)"), read("content/en/2021/certs.md"));
        assertTrue(Files.isRegularFile(dir.resolve("project/site/media/files/assets/certs/root-ca.der")));
        assertTrue(Files.isRegularFile(dir.resolve("project/site/media/files/assets/certs/root-ca.pem")));
        assertFalse(Files.exists(dir.resolve("project/content/files/feed.xml")), "a page of the old site, not a file");
        assertEquals(List.of(), lines(result, Category.IMAGES));
    }

    @Test
    void theOldSitesSettingsHiddenFilesAndKeysAreNeverCopiedWhateverLinksToThem() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: UTC\nalgolia_admin_key: SECRET\n");
        old(".env.production", "API_TOKEN=SECRET\n");
        old("deploy.sh", "rsync -e 'ssh -i SECRET' _site/ web:\n");
        old("_data/keys.yml", "token: SECRET\n");
        old("assets/server.pem", "-----BEGIN RSA PRIVATE KEY-----\nSECRET\n-----END RSA PRIVATE KEY-----\n");
        old("files/tides.pdf", "%PDF-1.4\n");
        old("_posts/2021-05-01-site.md", "---\ntitle: How this site is made\n---\n[Settings](/_config.yml), "
                + "[environment](/.env.production), [deploy](/deploy.sh), [keys](/_data/keys.yml), "
                + "[key](/assets/server.pem) and [the tides](/files/tides.pdf).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String settings = "' unlinked, its text kept; the file is not copied: it is one of the old site's settings, "
                + "build or theme files, not its content, and the import copies none into content/";
        assertEquals(List.of(
                "_posts/2021-05-01-site.md:4: '/.env.production' unlinked, its text kept; the file is not copied: it is "
                        + "a hidden file, which may hold passwords (.env, .htpasswd, .git/), and the import copies none "
                        + "into content/",
                "_posts/2021-05-01-site.md:4: '/_config.yml" + settings,
                "_posts/2021-05-01-site.md:4: '/_data/keys.yml" + settings,
                "_posts/2021-05-01-site.md:4: '/assets/server.pem' unlinked, its text kept; the file is not copied: it "
                        + "holds a private key or other credentials, and the import copies none into content/, from "
                        + "where a link would publish it",
                "_posts/2021-05-01-site.md:4: '/deploy.sh' unlinked, its text kept; the file is not copied: it is a "
                        + "script, which may hold the commands, addresses and tokens of the old site's servers, and the "
                        + "import copies none into content/: when readers are meant to download it, read it through, then "
                        + "copy it into content/files/ and link to it there"), lines(result, Category.IMAGES));
        assertTrue(read("content/en/2021/site.md").contains("Settings, environment, deploy, keys, key and "
                + "[the tides](/files/tides.pdf)."), read("content/en/2021/site.md"));
        assertTrue(Files.isRegularFile(dir.resolve("project/site/media/files/tides.pdf")));
        assertNoFileOfTheProjectHolds("SECRET");
    }

    @Test
    void aHugoSitesScriptsAndToolSettingsBelowStaticAreNeverCopiedWhateverLinksToThem() throws IOException {
        old("hugo.toml", "baseURL = 'https://tides.example.org/'\ntimeZone = 'UTC'\n");
        old("static/scripts/deploy.sh", "rsync -e 'ssh -i SECRET' public/ web:\n");
        old("static/tools/Gemfile.lock", "remote: https://SECRET@gems.example.org/\n");
        old("static/tools/.env.production", "API_TOKEN=SECRET\n");
        old("static/_data/secrets.yml", "token: SECRET\n");
        old("static/files/tides.pdf", "%PDF-1.4\n");
        old("content/posts/site.md", "---\ntitle: How this site is made\ndate: 2021-05-01\n---\n[Deploy](/scripts/deploy.sh), "
                + "[gems](/tools/Gemfile.lock), [environment](/tools/.env.production), [data](/_data/secrets.yml) and "
                + "[the tides](/files/tides.pdf).\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String notCopied = "' unlinked, its text kept; the file is not copied: it is ";
        String settings = "one of the old site's settings, build or theme files, not its content, and the import copies "
                + "none into content/";
        assertEquals(List.of(
                "content/posts/site.md:5: '/_data/secrets.yml" + notCopied + settings,
                "content/posts/site.md:5: '/scripts/deploy.sh" + notCopied + "a script, which may hold the commands, "
                        + "addresses and tokens of the old site's servers, and the import copies none into content/: when "
                        + "readers are meant to download it, read it through, then copy it into content/files/ and link "
                        + "to it there",
                "content/posts/site.md:5: '/tools/.env.production" + notCopied + "a hidden file, which may hold passwords (.env, "
                        + ".htpasswd, .git/), and the import copies none into content/",
                "content/posts/site.md:5: '/tools/Gemfile.lock" + notCopied + settings), lines(result, Category.IMAGES));
        assertTrue(Files.isRegularFile(dir.resolve("project/site/media/files/tides.pdf")));
        assertNoFileOfTheProjectHolds("SECRET");
    }

    /** Asserts that no file of the new project, content/ and site/ included, holds {@code text}. */
    private void assertNoFileOfTheProjectHolds(String text) throws IOException {
        try (var files = Files.walk(dir.resolve("project"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text),
                        file.toString());
            }
        }
    }

    @Test
    void rawHtmlLinksToPicturesAndFilesLeadToTheirPublishedCopiesAndTheBuildWarnsOfNone() throws IOException {
        old("_config.yml", "url: https://blog.example.org\ntimezone: UTC\n");
        old("images/harbor.png", "png");
        old("images/harbor-small.png", "png");
        old("files/tide-table.pdf", "%PDF-1.4\n");
        old("_posts/2019-01-13-harbor.md", "---\ntitle: Harbor\n---\n"
                + "<a href=\"/images/harbor.png\"><img src=\"/images/harbor-small.png\" alt=\"The harbor\"></a>\n\n"
                + "<p align=\"center\">\n<a href=\"/images/harbor.png\">\n<img src=\"/images/harbor.png\">\n</a>\n</p>\n\n"
                + "The <a href=\"/files/tide-table.pdf\" target=\"_blank\">tide table</a> is out.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String harbor = read("content/en/2019/harbor.md");
        assertTrue(harbor.contains("[![The harbor](/images/harbor-small.png)](/images/harbor.png)\n"), harbor);
        assertTrue(harbor.contains("<p>\n\n\n[![](/images/harbor.png)](/images/harbor.png)\n\n\n</p>"), harbor);
        assertTrue(harbor.contains("The [tide table](/files/tide-table.pdf) is out."), harbor);
        String page = read("site/en/2019/01/harbor/index.html");
        assertTrue(page.contains("<a href=\"/media/images/harbor.png\"><img src=\"/media/images/harbor-small.png\""), page);
        assertTrue(page.contains("<a href=\"/media/files/tide-table.pdf\">tide table</a>"), page);
        assertEquals(List.of(), lines(result, Category.OLD_PAGES));
        List<String> warnings = new ArrayList<>();
        // a cold build, whose link check reads every page
        Generator.build(BuildOptions.standard(dir.resolve("project")).withOutput(dir.resolve("cold-site"),
                dir.resolve("cold-work")), new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        });
        assertEquals(List.of(), warnings);
    }

    @Test
    void authorKeysJoinedByCommasAreLookedUpEachAndAuthorsWrittenAsLinksAreNamedEach() throws IOException {
        old("_config.yml", "url: https://tech.example.kr\ntimezone: Asia/Seoul\n");
        old("_data/authors.yaml", "gadi: {name: 가디}\npurin: {name: 푸린}\n");
        old("_posts/2021-05-01-pair.md", "---\ntitle: 짝 프로그래밍\nlang: ko\nauthor: gadi, purin\n---\n둘이 함께 코드를 쓴다.\n");
        old("_posts/2021-05-02-link.md", "---\ntitle: Linked\nauthor: <a href=\"https://example.org/~ss\">Scott Sievert</a>\n"
                + "---\nA post.\n");
        old("_posts/2021-05-03-duo.md", "---\ntitle: Duo\nauthor: \"<a href='https://example.org/a'>Ada Park</a>, "
                + "<a href='https://example.org/b'>Bo Lee</a> and <a href='https://example.org/c'>Cy Kim</a>\"\n---\nA post.\n");
        old("_posts/2021-05-04-team.md", "---\ntitle: Team\nauthor: \"<a href='https://example.org/a'>Ada Park</a> (Harbor Lab), "
                + "<a href='https://example.org/b'>Bo Lee</a>\"\n---\nA post.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2021/duo.md").contains("authors:\n  - Ada Park\n  - Bo Lee\n  - Cy Kim\n"),
                read("content/en/2021/duo.md"));
        assertTrue(read("content/en/2021/team.md").contains("authors:\n  - \"Ada Park (Harbor Lab), Bo Lee\"\n"),
                read("content/en/2021/team.md"));
        assertTrue(read("content/ko/2021/pair.md").contains("authors:\n  - 가디\n  - 푸린\n"), read("content/ko/2021/pair.md"));
        assertTrue(read("content/en/2021/link.md").contains("authors:\n  - Scott Sievert\n"), read("content/en/2021/link.md"));
        assertTrue(lines(result, Category.FIELDS).contains("_posts/2021-05-02-link.md:3: author '<a href=\"https://example.org/~ss\">"
                + "Scott Sievert</a>' written as HTML: the byline names 'Scott Sievert'"), lines(result, Category.FIELDS).toString());
    }

    @Test
    void aHugoSiteWhoseDefaultLanguageBroadsheetDoesNotMakeHasItsUnmarkedPagesCountedAndTheOthersInTheirFolders()
            throws IOException {
        old("hugo.yaml", "baseURL: https://example.org/\ntitle: Bells\ntimeZone: Asia/Tokyo\nDefaultContentLanguage: ja\n"
                + "languages: {ja: {weight: 1}, ko: {weight: 2}, en: {weight: 3}}\npermalinks: {post: /posts/:slug/}\n");
        old("content/post/bells/index.md", "---\ntitle: 鐘の話\nslug: bells\ndate: 2024-05-25\n---\n今年も鐘が鳴りました。東京の寺で聞きました。\n");
        old("content/post/bells/index.ko.md", "---\ntitle: 종 이야기\nslug: bells\ndate: 2024-05-25\n---\n올해도 종이 울렸습니다. 도쿄의 절에서 들었습니다.\n");
        old("content/post/bells/index.en.md", "---\ntitle: The bells\nslug: bells\ndate: 2024-05-25\n---\nThe bells rang again this year. "
                + "I heard them at a temple in Tokyo.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains("1 en, 1 ko; 1 translation pair"), result.summary());
        assertTrue(read("content/en/2024/bells.md").contains("aliases:\n  - /en/posts/bells/\n"), read("content/en/2024/bells.md"));
        assertTrue(read("content/ko/2024/bells.md").contains("aliases:\n  - /ko/posts/bells/\n"), read("content/ko/2024/bells.md"));
        assertEquals(1, lines(result, Category.OTHER_LANGUAGE).size(), lines(result, Category.OTHER_LANGUAGE).toString());
    }

    @Test
    void aPostNamingNoAuthorHasTheSitesAuthorAsItsThemeShowedIt() throws IOException {
        old("_config.yml", "url: https://sql.example.org\ntimezone: Europe/London\nauthor:\n  name: \"Mikey Bronowski\"\n"
                + "  bio: DBA\n");
        old("_posts/2020-10-13-tools.md", "---\ntitle: Tools\n---\nText.\n");
        old("_posts/2020-10-14-guest.md", "---\ntitle: Guest\nauthor: Magda\n---\nText.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2020/tools.md").contains("authors:\n  - Mikey Bronowski\n"), read("content/en/2020/tools.md"));
        assertTrue(read("content/en/2020/guest.md").contains("authors:\n  - Magda\n"), read("content/en/2020/guest.md"));
        assertEquals(List.of("_posts/2020-10-13-tools.md: 'author' from _config.yml, the site's author"),
                lines(result, Category.DEFAULTS));
    }

    @Test
    void aSitesAuthorWithoutANameIsNoBylineAndNothingToCheck() throws IOException {
        old("_config.yml", "url: https://notes.example.org\ntimezone: Asia/Seoul\nauthor:\n  twitter: harbornotes\n"
                + "  github: harbornotes\n");
        old("_posts/2020-10-13-tools.md", "---\ntitle: Tools\n---\nText.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertFalse(read("content/en/2020/tools.md").contains("authors:"), read("content/en/2020/tools.md"));
        assertEquals(List.of(), lines(result, Category.FIELDS));
        assertEquals(List.of(), lines(result, Category.DEFAULTS));
    }

    @Test
    void hugoNamesALanguagesFolderByItsKeyAndPutsNoneOnASiteOfOneLanguage() throws IOException {
        old("config.yaml", "baseURL: https://blog.example.org/\ntimeZone: UTC\ndefaultContentLanguage: en-us\n"
                + "defaultContentLanguageInSubdir: true\npermalinks: {post: /:year/:month/:title/}\n");
        old("content/post/release.md", "---\ntitle: Gitea 1.4.0 is released\ndate: 2018-03-25\n---\nReleased.\n");
        importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2018/release.md").contains("aliases:\n  - /2018/03/gitea-1.4.0-is-released/\n"),
                read("content/en/2018/release.md"));
    }

    @Test
    void hugoNamesALanguagesFolderByItsKey() throws IOException {
        old("hugo.toml", "baseURL = 'https://bay.example.org/'\ntimeZone = 'UTC'\ndefaultContentLanguage = 'en-us'\n"
                + "defaultContentLanguageInSubdir = true\n[languages.en-us]\n  weight = 1\n[languages.ko]\n  weight = 2\n");
        old("content/post/bells.md", "---\ntitle: Bells\ndate: 2024-05-25\n---\nThe bells rang again this year at the temple.\n");
        old("content/post/bells.ko.md", "---\ntitle: 종소리\ndate: 2024-05-25\n---\n올해도 절에서 종이 울렸습니다.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().contains("1 en, 1 ko; 1 translation pair"), result.summary());
        assertTrue(read("content/en/2024/bells.md").contains("aliases:\n  - /en-us/post/bells/\n"), read("content/en/2024/bells.md"));
        assertTrue(read("content/ko/2024/bells.md").contains("aliases:\n  - /ko/post/bells/\n"), read("content/ko/2024/bells.md"));
    }

    @Test
    void aHugoBundlesPictureNamedAsAFeaturedResourceIsItsLeadImage() throws IOException {
        old("hugo.toml", "baseURL = 'https://blog.example.org/'\ntimeZone = 'UTC'\n");
        old("content/posts/gsoc/thumbnail.png", "png");
        old("content/posts/gsoc/index.md", "---\ntitle: GSoC final\ndate: 2021-08-20\nresources:\n  - name: featuredImage\n"
                + "    src: thumbnail.png\n    params:\n      alt: Plots of the summer\n---\nThe summer's work.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2021/gsoc.md").contains("image:\n  src: /images/posts/gsoc/thumbnail.png\n"
                + "  alt: Plots of the summer\n"), read("content/en/2021/gsoc.md"));
        assertEquals(List.of(), lines(result, Category.IMAGES));
    }

    @Test
    void aBundleWhoseFolderNameAMacWroteDecomposedIsReadWithItsPicturesAndLinks() throws IOException {
        old("hugo.toml", "baseURL = 'https://blog.example.org/'\ntimeZone = 'Asia/Seoul'\ndefaultContentLanguage = 'ko'\n");
        // macOS writes Hangul file names decomposed (NFD); git keeps those bytes, and Linux does not compose them
        String folder = "content/posts/" + java.text.Normalizer.normalize("등대-이야기", java.text.Normalizer.Form.NFD);
        old(folder + "/lamp.png", "PNG");
        old(folder + "/index.md", "---\ntitle: 등대 이야기\ndate: 2025-09-14\n---\n등대는 밤새 불을 밝혔다.\n\n"
                + "![등대의 불](lamp.png)\n");
        // the link a Mac wrote to it names the folder decomposed too, as Hugo found it
        old("content/posts/after/index.md", "---\ntitle: 그 뒤\ndate: 2025-09-15\n---\n[등대]({{< relref \""
                + java.text.Normalizer.normalize("등대-이야기", java.text.Normalizer.Form.NFD) + "/index.md\" >}})를 보라.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/ko/2025/after.md").contains("[등대](등대-이야기.md)를 보라."), read("content/ko/2025/after.md"));
        assertTrue(result.summary().startsWith("Imported 2 posts "), result.summary());
        assertTrue(read("content/ko/2025/등대-이야기.md").contains("![등대의 불](/images/posts/등대-이야기/lamp.png)"),
                read("content/ko/2025/등대-이야기.md"));
        assertEquals("PNG", read("content/images/posts/등대-이야기/lamp.png"));
        assertEquals(List.of(), lines(result, Category.IMAGES));
    }

    @Test
    void docsysImgprocShortcodeBecomesThePictureOfItsBundleThatItsNameMatchesWithItsTextAsCaption() throws IOException {
        old("hugo.yaml", "baseURL: https://project.example.org/\ntimeZone: UTC\ntheme: docsy\n");
        old("content/blog/2022-05-25-summit/summit-welcome-featured.jpg", "JPG");
        old("content/blog/2022-05-25-summit/stage.png", "PNG");
        old("content/blog/2022-05-25-summit/index.md", "---\ntitle: Summit wrap-up\ndate: 2022-05-25\n---\n"
                + "We met in the hall.\n\n{{< imgproc summit-welcome Resize 600x >}}\nThe welcome desk\n{{< /imgproc >}}\n\n"
                + "{{< imgproc stage Resize \"500x\" >}}\n{{< /imgproc >}}\n\nThen the talks.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2022/summit.md").contains("We met in the hall.\n\n"
                + "![The welcome desk](/images/blog/2022-05-25-summit/summit-welcome-featured.jpg)\n*The welcome desk*\n\n"
                + "![](/images/blog/2022-05-25-summit/stage.png)\n\nThen the talks.\n"), read("content/en/2022/summit.md"));
        assertEquals("JPG", read("content/images/blog/2022-05-25-summit/summit-welcome-featured.jpg"));
        assertEquals(List.of("content/blog/2022-05-25-summit/index.md:7: '{{< imgproc summit-welcome Resize 600x >}}' made "
                + "the image it showed, summit-welcome-featured.jpg of its bundle", "content/blog/2022-05-25-summit/index.md:11: "
                + "'{{< imgproc stage Resize \"500x\" >}}' made the image it showed, stage.png of its bundle"),
                lines(result, Category.PICTURE_SHORTCODES));
        assertEquals(List.of(), lines(result, Category.UNCONVERTED));
        assertEquals(List.of(), lines(result, Category.IMAGES));
    }

    @Test
    void aProjectsUndatedDocumentationIsNotTakenForItsPostsWhenItHasMorePagesThanTheBlog() throws IOException {
        old("hugo.toml", "baseURL = 'https://project.example.org/'\ntimeZone = 'UTC'\n");
        for (String page : List.of("install", "configure", "upgrade")) {
            old("content/docs/" + page + ".md", "---\ntitle: " + page + "\nweight: 2\n---\nHow to " + page + ".\n");
        }
        old("content/blog/release-1.md", "---\ntitle: Release 1\ndate: 2024-03-01\n---\nThe first release.\n");
        old("content/blog/release-2.md", "---\ntitle: Release 2\n---\nThe second release, its date forgotten.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertEquals(3, lines(result, Category.NOT_ARTICLES).size(), lines(result, Category.NOT_ARTICLES).toString());
        assertEquals(List.of("content/blog/release-2.md:1: not imported: no date in the front matter or the file name; "
                + "add 'date:' to it and import again"), lines(result, Category.SKIPPED));
    }

    @Test
    void aPagesRelativePicturesAreFoundWhereTheBrowserReadThemAgainstItsOldAddress() throws IOException {
        old("config.toml", "baseURL = 'https://registry.example.org'\ntimeZone = 'UTC'\n");
        old("content/blog/_index.md", "---\ntitle: Blog\n---\n");
        old("content/blog/img/harbor/boats.png", "PNG");
        old("static/img/map.png", "MAP");
        // served at /blog/harbor/: the browser read ../img/ as /blog/img/, a file of the section's folder, and
        // ../../img/ as /img/, a file of static/
        old("content/blog/harbor.md", "---\ntitle: Harbor\ndate: 2024-05-02\n---\nThe boats.\n\n"
                + "![Boats](../img/harbor/boats.png)\n\n![Map](../../img/map.png)\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of(), lines(result, Category.IMAGES));
        assertTrue(read("content/en/2024/harbor.md").contains("![Boats](/images/blog/img/harbor/boats.png)\n\n"
                + "![Map](/images/img/map.png)\n"), read("content/en/2024/harbor.md"));
        assertEquals("PNG", read("content/images/blog/img/harbor/boats.png"));
        assertEquals("MAP", read("content/images/img/map.png"));
    }

    @Test
    void aSectionPageWithADatedTextOfItsOwnIsNotLostSilently() throws IOException {
        old("hugo.toml", "baseURL = 'https://notes.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/_index.md", "---\ntitle: Posts\n---\n");
        old("content/posts/network/_index.md", "---\ntitle: Networks\ndate: 2023-10-15\n---\n{{< toc >}}\n");
        old("content/posts/network/routing/_index.md", "---\ntitle: Routing\ndate: 2023-10-16\ntags: [network]\n---\n"
                + "How a packet finds its way, hop by hop.\n");
        old("content/posts/network/routing/bgp.md", "---\ntitle: BGP\ndate: 2023-10-17\n---\nRoutes between networks.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertEquals(List.of("content/posts/network/routing/_index.md:1: not imported: a section page (_index) with a date "
                + "and a text of its own, which Hugo showed above the section's list; Broadsheet makes no section pages: "
                + "if it is an article, make it a page of its own and import again"), lines(result, Category.SKIPPED));
        assertEquals(2, lines(result, Category.NOT_PUBLISHED).size(), lines(result, Category.NOT_PUBLISHED).toString());
    }

    @Test
    void aWrittenSectionPageInALanguageTheThemeLacksIsAnotherLanguagesPageNotOneToCheck() throws IOException {
        old("hugo.toml", "baseURL = 'https://docs.example.org/'\n[languages.en]\ncontentDir = 'content/en'\n"
                + "[languages.no]\ncontentDir = 'content/no'\n[languages.ja]\ncontentDir = 'content/ja'\n");
        old("content/en/blog/pier.md", "---\ntitle: Pier\ndate: 2023-10-17\n---\nThe pier.\n");
        old("content/no/docs/_index.md", "---\ntitle: Dokumentasjon\ndate: 2023-10-15\n---\nAlt om bryggen.\n");
        old("content/en/docs/_index.ja.md", "---\ntitle: ドキュメント\ndate: 2023-10-15\n---\n桟橋について。\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of(), lines(result, Category.SKIPPED));
        assertEquals(List.of("content/en/docs/_index.ja.md:1: not imported: a section page (_index) in the language 'ja', "
                + "which is not one of en, ko", "content/no/docs/_index.md:1: not imported: a section page (_index) in the "
                + "language 'no', which is not one of en, ko"), lines(result, Category.OTHER_LANGUAGE));
    }

    @Test
    void aJekyllPostInAsciiDocIsListedToConvertNotLostUnseen() throws IOException {
        old("_config.yml", "url: https://notes.example.org\nasciidoc: {}\n");
        old("_posts/2015-01-01-first-entry.adoc", "---\ntitle: First entry\n---\n= First entry\n\nHello, AsciiDoc.\n");
        old("_posts/2015-01-02-second.md", "---\ntitle: Second\n---\nHello.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertEquals(List.of("_posts/2015-01-01-first-entry.adoc: not imported: only Markdown posts are imported; convert it "
                + "to Markdown by hand"), lines(result, Category.SKIPPED));
    }

    @Test
    void anHtmlExampleKeptBesideTheJekyllPostsWithoutADateIsNoPostToConvert() throws IOException {
        old("_config.yml", "url: https://notes.example.org\n");
        old("_posts/2020/jquery/2020-11-16-ajax.md", "---\ntitle: Ajax\n---\nSee [the example](practice/ajax1.html).\n");
        old("_posts/2020/jquery/practice/ajax1.html", "<!DOCTYPE html>\n<html><body><p>Example</p></body></html>\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertEquals(List.of(), lines(result, Category.SKIPPED));
        assertEquals(List.of("_posts/2020/jquery/practice/ajax1.html: not imported: its name does not start with a date "
                + "(2019-02-20-), so Jekyll did not read it as a post"), lines(result, Category.NOT_PUBLISHED));
    }

    @Test
    void aHugoPageInOrgOrAsciiDocIsListedToConvertAndABundlesHtmlFileIsNot() throws IOException {
        old("hugo.toml", "baseURL = 'https://notes.example.org/'\n");
        old("content/posts/tides.org", "#+TITLE: Tides\n#+DATE: 2021-03-20\n\nThe sea rises.\n");
        old("content/posts/pier/index.adoc", "---\ntitle: Pier\ndate: 2021-03-21\n---\n= Pier\n");
        old("content/posts/_index.html", "---\ntitle: Posts\n---\n");
        old("content/posts/boats/index.md", "---\ntitle: Boats\ndate: 2021-03-22\n---\nBoats.\n");
        old("content/posts/boats/table.html", "<table></table>\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/posts/pier/index.adoc: not imported: only Markdown pages are imported; convert it to "
                + "Markdown by hand and import again", "content/posts/tides.org: not imported: only Markdown pages are "
                + "imported; convert it to Markdown by hand and import again"), lines(result, Category.SKIPPED));
    }

    @Test
    void aFolderOfHugoContentHoldingAStaticHtmlDemoIsListedOnceAsNotPublishable() throws IOException {
        old("hugo.toml", "baseURL = 'https://notes.example.org/'\n");
        old("content/posts/boats.md", "---\ntitle: Boats\ndate: 2021-03-22\n---\nBoats.\n");
        old("content/posts/chat-clone/index.html", "\n<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" "
                + "href=\"css/style.css\"></head><body><a href=\"rooms.html\">Rooms</a></body></html>\n");
        old("content/posts/chat-clone/rooms.html", "<!DOCTYPE html>\n<html><body>Rooms</body></html>\n");
        old("content/posts/chat-clone/lobby.html", "<!DOCTYPE html>\n<html><body>Lobby</body></html>\n");
        old("content/posts/chat-clone/css/style.css", "body { margin: 0; }\n");
        old("content/posts/chat-clone/js/app.js", "console.log('rooms');\n");
        old("content/posts/chat-clone/img/bubble.png", "png");
        old("content/posts/tides.html", "---\ntitle: Tides\ndate: 2021-03-20\n---\n<p>The sea rises.</p>\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/posts/chat-clone/: not imported: a static HTML page (index.html, a whole document "
                + "without front matter) that Hugo published as it was, with the 5 other files of its folder (1 .css, "
                + "2 .html, 1 .js, 1 .png); Broadsheet publishes no page or script of content/ (docs/security.md), and its "
                + "address will not answer: to keep it, publish it elsewhere and link to it from an article",
                "content/posts/tides.html: not imported: only Markdown pages are imported; convert it to Markdown by hand "
                + "and import again"), lines(result, Category.SKIPPED));
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
    }

    @Test
    void hugoPagesThatTheSitesIgnoreFilesLeavesOutAreNotImported() throws IOException {
        old("hugo.yaml", "baseURL: https://notes.example.org/\nignoreFiles:\n  - content/posts/tides/notes-\\d{4}\\.md$\n"
                + "  - '[unclosed'\n");
        old("content/posts/tides/high.md", "---\ntitle: High tide\ndate: 2021-03-22\n---\nHigh.\n");
        old("content/posts/tides/notes-2021.md", "---\ntitle: Notes\n---\nTo write up.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertEquals(List.of(), lines(result, Category.SKIPPED));
        assertEquals(List.of("content/posts/tides/notes-2021.md: not imported: the site's ignoreFiles "
                + "('content/posts/tides/notes-\\d{4}\\.md$') leaves it out, so Hugo did not read it"),
                lines(result, Category.NOT_PUBLISHED));
        assertTrue(lines(result, Category.SETTINGS).contains("hugo.yaml: ignoreFiles '[unclosed' is not a regular "
                + "expression the import can read; the files it names are read: check that none of them is imported"),
                lines(result, Category.SETTINGS).toString());
    }

    @Test
    void aHugoPageInAnotherFormatInASectionHugoDoesNotRenderIsNotListedToConvert() throws IOException {
        old("hugo.toml", "baseURL = 'https://notes.example.org/'\n");
        old("content/posts/boats.md", "---\ntitle: Boats\ndate: 2021-03-22\n---\nBoats.\n");
        old("content/posts/sources/_index.md", "---\ntitle: Sources\ncascade:\n  build:\n    render: never\n---\n");
        old("content/posts/sources/survey.html", "<!doctype html>\n<html><body>Survey</body></html>\n");
        old("content/posts/tides.html", "---\ntitle: Tides\ndate: 2021-03-20\n---\n<p>The sea rises.</p>\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/posts/tides.html: not imported: only Markdown pages are imported; convert it to "
                + "Markdown by hand and import again"), lines(result, Category.SKIPPED));
        assertTrue(lines(result, Category.NOT_PUBLISHED).contains("content/posts/sources/survey.html: not imported: a "
                + "page in another format than Markdown, in a section whose cascade Hugo does not publish (draft, or "
                + "build's render: never)"), lines(result, Category.NOT_PUBLISHED).toString());
    }

    @Test
    void aPictureInAFolderOfTheHugoContentRootIsFoundByTheAddressHugoPublishedItAt() throws IOException {
        old("config.yml", "baseurl: 'https://tides.example.org/'\n");
        old("content/_index.md", "---\ntitle: Home\n---\n");
        old("content/content-images/news/2010/pier.jpg", "JPG");
        old("content/news/2010/pier.md", "---\ntitle: Pier\ndate: 2010-08-02\n---\n![The pier](/content-images/news/2010/pier.jpg)"
                + "\n\n[![The pier again][1]][1]\n\n [1]: /content-images/news/2010/pier.jpg \"Pier\"\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of(), lines(result, Category.IMAGES));
        assertEquals("JPG", read("content/images/content-images/news/2010/pier.jpg"));
    }

    @Test
    void aMissingPictureNamedByAReferenceDefinitionIsShownAsNotFoundAndTheBuildPasses() throws IOException {
        old("config.yml", "baseurl: 'https://tides.example.org/'\n");
        old("content/news/pier.md", "---\ntitle: Pier\ndate: 2010-08-02\n---\nThe pier.\n\n[![The pier][1]][2]\n\n"
                + " [1]: /content-images/gone.jpg \"Pier\"\n [2]: https://photos.example.org/pier\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/news/pier.md:9: image '/content-images/gone.jpg' not found in the old site: add the "
                + "file and link it by hand"), lines(result, Category.IMAGES));
    }

    @Test
    void aHugoContentAdapterIsListedAsPagesTheImportCannotMake() throws IOException {
        old("hugo.toml", "baseURL = 'https://notes.example.org/'\n");
        old("content/posts/tides.md", "---\ntitle: Tides\ndate: 2021-03-20\n---\nThe sea rises.\n");
        old("content/releases/_content.gotmpl", "{{ range site.Data.releases }}\n  {{ $.AddPage (dict \"title\" .name) }}\n"
                + "{{ end }}\n");
        old("content/releases/_index.md", "---\ntitle: Releases\n---\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/releases/_content.gotmpl: not imported: a content adapter, a template that made "
                + "pages when Hugo built the site; the import cannot run it: write its pages as Markdown and import again"),
                lines(result, Category.SKIPPED));
    }

    @Test
    void aBundlesPictureNamedFeaturedOrCoverIsItsLeadImageAsBlowfishAndCongoShowedIt() throws IOException {
        old("hugo.toml", "baseURL = 'https://blog.example.org/'\ntimeZone = 'Asia/Seoul'\ntheme = 'blowfish'\n");
        old("content/posts/dogs/featured_dogs.jpg", "JPG");
        old("content/posts/dogs/walk.jpg", "WALK");
        old("content/posts/dogs/index.md", "---\ntitle: Two dogs\ndate: 2006-03-24\n---\nThey came home.\n");
        old("content/posts/kites/thumb.png", "THUMB");
        old("content/posts/kites/cover.png", "COVER");
        old("content/posts/kites/index.md", "---\ntitle: Kites\ndate: 2023-05-05\n---\nKites over the river.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2006/dogs.md").contains("image:\n  src: /images/posts/dogs/featured_dogs.jpg\n"
                + "  alt: Two dogs\n"), read("content/en/2006/dogs.md"));
        assertTrue(read("content/en/2023/kites.md").contains("image:\n  src: /images/posts/kites/cover.png\n"),
                read("content/en/2023/kites.md"));
        assertEquals(List.of("content/posts/dogs/index.md:1: the lead image taken from the bundle's featured_dogs.jpg, "
                + "which the theme showed as the post's picture", "content/posts/kites/index.md:1: the lead image taken "
                + "from the bundle's cover.png, which the theme showed as the post's picture"),
                lines(result, Category.BUNDLE_LEAD_IMAGE));
    }

    @Test
    void anUnmarkedPageWrittenInChineseOnASiteOfOneLanguageIsCountedNotImportedAsEnglish() throws IOException {
        old("config.toml", "baseURL = 'https://registry.example.org'\ntimeZone = 'UTC'\n");
        old("content/blog/bells.md", "---\ntitle: Bells at midnight\ndate: 2018-09-12\n---\nThe old bell at the pier "
                + "rang at midnight for the first time in ten years.\n");
        old("content/blog/zh/bells.md", "---\ntitle: 午夜的钟声\ndate: 2018-09-12\n---\n"
                + "码头上的老钟在午夜敲响，这是十年来的第一次。渡轮上的人们都停下来静静聆听。\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertEquals(List.of("content/blog/zh/bells.md:1: not imported: its language 'zh' is not one of en, ko"),
                lines(result, Category.OTHER_LANGUAGE));
    }

    @Test
    void aFeaturedImageResourceIsTheLeadImageWhenAnArchetypeLeftAnEmptyImagesList() throws IOException {
        old("hugo.toml", "baseURL = 'https://blog.example.org/'\ntimeZone = 'UTC'\n");
        old("content/posts/emoji/featured-image.png", "png");
        old("content/posts/emoji/index.en.md", "---\ntitle: Emoji support\ndate: 2019-10-01\nimages: []\nresources:\n"
                + "- name: \"featured-image\"\n  src: \"featured-image.png\"\n---\nEmoji.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2019/emoji.md").contains("image:\n  src: /images/posts/emoji/featured-image.png\n"),
                read("content/en/2019/emoji.md"));
        assertEquals(List.of(), lines(result, Category.IMAGES));
    }

    @Test
    void languagesAndADefaultLanguageWithoutPolyglotServedEveryPostAtTheRoot() throws IOException {
        old("_config.yml", "url: https://example.org\ntimezone: Asia/Seoul\nlanguages: [\"ko\", \"en\"]\ndefault_lang: \"ko\"\n"
                + "plugins:\n  - jekyll-feed\npermalink: /:year/:month/:day/:title/\n");
        old("Gemfile", "gem \"github-pages\", group: :jekyll_plugins\n");
        old("_posts/2023-02-10-fix.md", "---\ntitle: 한글 제목\nlang: ko\n---\n한국어 본문입니다.\n");
        old("_posts/2023-02-10-fix-en.md", "---\ntitle: Title\nlang: en\n---\nThe English body.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2023/fix.md").contains("aliases:\n  - /2023/02/10/fix-en/\n"), read("content/en/2023/fix.md"));
    }

    @Test
    void draftTrueInAJekyllPostIsNotReadByJekyllSoThePostStaysPublishedAndTheReportSaysSo() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\npermalink: /:year/:title/\n");
        old("_posts/2022-07-01-crane.md", "---\ntitle: The old crane stays\ndraft: true\n---\nThe crane stays.\n");
        old("_posts/2022-07-02-hidden.md", "---\ntitle: Not yet\npublished: false\n---\nLater.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String crane = read("content/en/2022/crane.md");
        assertFalse(crane.contains("\ndraft:"), crane);
        assertTrue(crane.contains("aliases:\n  - /2022/crane/\n") && crane.contains("extra:\n  draft: true\n"),
                "kept as the variable it was to Jekyll: " + crane);
        assertTrue(Files.isRegularFile(dir.resolve("project/site/en/2022/07/crane/index.html")), "published");
        assertTrue(read("content/en/2022/hidden.md").contains("draft: true\n"), "published: false hides a post");
        assertEquals(List.of("_posts/2022-07-01-crane.md:3: 'draft: true' is not read by Jekyll, which published it: "
                + "imported as published, with its old address; set draft: true to keep it unpublished"),
                lines(result, Category.FIELDS));
    }

    @Test
    void draftTrueInAHugoPageKeepsItADraftAsHugoDid() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/crane.md", "---\ntitle: The old crane stays\ndate: 2022-07-01\ndraft: true\n---\nThe crane.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String crane = read("content/en/2022/crane.md");
        assertTrue(crane.contains("draft: true\n") && !crane.contains("aliases"), crane);
        assertEquals(List.of(), lines(result, Category.FIELDS));
    }

    @Test
    void jekyllReadsFrontMatterKeysOnlyAsWrittenAndTheReportNamesTheOnesItDidNotRead() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\npermalink: /:year/:title/\n");
        old("_posts/2022-07-03-ferry-fares.md", "---\nTitle: Ferry fares rise\nPermalink: /fares/\ntags: [ferry]\n---\n"
                + "Fares rise in August.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String fares = read("content/en/2022/ferry-fares.md");
        assertTrue(fares.startsWith("---\ntitle: ferry fares\n"), "titled from the file name, as Jekyll did: " + fares);
        assertTrue(fares.contains("aliases:\n  - /2022/ferry-fares/\n"), fares);
        assertTrue(fares.contains("extra:\n  Permalink: /fares/\n  Title: Ferry fares rise\n"), fares);
        assertEquals(List.of("_posts/2022-07-03-ferry-fares.md:2: 'Title' is not read by Jekyll as 'title' (its keys are "
                        + "case-sensitive): imported as Jekyll published the post, without it, and kept in 'extra'; write it "
                        + "as 'title' if it should count",
                "_posts/2022-07-03-ferry-fares.md:3: 'Permalink' is not read by Jekyll as 'permalink' (its keys are "
                        + "case-sensitive): imported as Jekyll published the post, without it, and kept in 'extra'; write it "
                        + "as 'permalink' if it should count"), lines(result, Category.FIELDS));
    }

    @Test
    void aJekyllKeyInTheCaseOfAKeyThatOnlyHugoReadsIsNotReportedAsAKeyToRewrite() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2022-07-03-ferry-fares.md", "---\ntitle: Ferry fares rise\npublishdate: 2022-07-03 09:00:00 +09:00\n"
                + "LastMod: 2022-07-05\nAliases: [/fares/]\n---\nFares rise in August.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertEquals(List.of(), lines(result, Category.FIELDS));
        assertEquals(List.of("_posts/2022-07-03-ferry-fares.md:3: no 'date'; took 'publishdate' (2022-07-03 09:00:00 +09:00)"),
                lines(result, Category.DATE_FROM_FIELD));
    }

    @Test
    void aJekyllPostKeepsTheKeysThatOnlyHugoReadsInExtraAsItsOtherVariables() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2022-07-03-ferry-fares.md", "---\ntitle: Ferry fares rise\npublishDate: 2022-07-01\n"
                + "url: /fares/\naliases: [/f/]\ndraft: false\nparams: {kicker: Ferries}\nmood: calm\n---\nFares rise.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String fares = read("content/en/2022/ferry-fares.md");
        assertTrue(fares.contains("extra:\n  aliases:\n    - /f/\n  draft: false\n  mood: calm\n  params:\n"
                + "    kicker: Ferries\n  publishDate: 2022-07-01\n  url: /fares/\n"), fares);
    }

    @Test
    void hugoReadsFrontMatterKeysInAnyCase() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/fares.md", "---\nTitle: Ferry fares rise\nDate: 2022-07-03\nSlug: ferry-fares\nTags: [ferry]\n"
                + "TranslationKey: fares\n---\nFares rise in August.\n");
        old("content/posts/yogeum.md", "---\ntitle: 여객선 요금 인상\ndate: 2022-07-03\ntranslationkey: fares\n---\n"
                + "8월부터 여객선 요금이 조금 오른다고 항만청이 밝혔다.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String fares = read("content/en/2022/ferry-fares.md");
        assertTrue(fares.startsWith("---\ntitle: Ferry fares rise\ndate: 2022-07-03T00:00:00+09:00\n"), fares);
        assertTrue(fares.contains("topics:\n  - ferry\n") && fares.contains("aliases:\n  - /posts/ferry-fares/\n"), fares);
        assertFalse(fares.contains("extra"), fares);
        assertTrue(result.summary().contains("1 translation pair"), result.summary());
        assertEquals(List.of(), lines(result, Category.FIELDS));
    }

    @Test
    void hugoDatesAPageByTheKeysOfItsFrontmatterSettingsAndTakesTheSlugFromADatedName() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "[frontmatter]\n  date = [':git', 'createdAt', ':filename', ':default']\n");
        old("content/posts/ropes.md", "---\ntitle: New ropes\ncreatedAt: 2023-03-01T09:00:00+09:00\ndate: 2023-03-05\n"
                + "---\nRopes.\n");
        old("content/posts/2023-03-02-buoys.md", "---\ntitle: Buoys\ndate: 2023-03-09\n---\nBuoys.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2023/ropes.md").contains("date: 2023-03-01T09:00:00+09:00\n"), read("content/en/2023/ropes.md"));
        String buoys = read("content/en/2023/buoys.md");
        assertTrue(buoys.contains("date: 2023-03-02T00:00:00+09:00\n") && buoys.contains("aliases:\n  - /posts/buoys/\n"),
                buoys);
        assertEquals(List.of("content/posts/ropes.md:3: no 'date'; took 'createdAt' (2023-03-01T09:00:00+09:00), as Hugo "
                + "dated the page"), lines(result, Category.DATE_FROM_FIELD));
        assertEquals(List.of("content/posts/2023-03-02-buoys.md:3: dated by the file name before its 'date', as the "
                + "site's [frontmatter] date says: took 2023-03-02 from the file name, at 00:00 Asia/Seoul "
                + "(2023-03-02T00:00:00+09:00)"), lines(result, Category.DATE_FROM_FILE_NAME));
        assertTrue(lines(result, Category.SETTINGS).contains("hugo.toml: the old site dates its pages by ':git' "
                + "([frontmatter] date), which the import cannot read: pages are dated by the other keys it names, "
                + "createdat, :filename, date, publishdate, pubdate, published, lastmod, modified"),
                lines(result, Category.SETTINGS).toString());
    }

    @Test
    void hugoDatesAPageByTheDateThatStartsItsNameWhateverSeparatesItFromTheSlug() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "[frontmatter]\n  date = [':filename', ':default']\n");
        old("content/posts/2023-03-02_buoys.md", "---\ntitle: Buoys\n---\nBuoys.\n");
        importAndBuild(SourceKind.HUGO, null);
        String buoys = read("content/en/2023/buoys.md");
        assertTrue(buoys.contains("date: 2023-03-02T00:00:00+09:00\n") && buoys.contains("aliases:\n  - /posts/buoys/\n"),
                buoys);
    }

    @Test
    void anUntitledHugoPageIsTitledByTheRestOfItsNameWhateverSeparatesItFromTheDate() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/2023-03-02_buoys.md", "---\ndate: 2023-03-02\n---\nBuoys.\n");
        old("content/posts/2023-03-03-red-nets.md", "---\ndate: 2023-03-03\n---\nNets.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertEquals(List.of("content/posts/2023-03-02_buoys.md:1: no title; used 'buoys' from the file name",
                "content/posts/2023-03-03-red-nets.md:1: no title; used 'red nets' from the file name"),
                lines(result, Category.TITLE_FROM_FILE_NAME));
    }

    @Test
    void hugoDatesAPageByItsLastModificationBeforeAFieldItDoesNotRead() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n"
                + "[permalinks]\n  posts = '/:year/:month/:slug/'\n");
        old("content/posts/nets.md", "---\ntitle: Nets\nslug: nets\ncreated_at: 2023-01-10\nlastmod: 2023-02-20\n---\nNets.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String nets = read("content/en/2023/nets.md");
        assertTrue(nets.contains("date: 2023-02-20T00:00:00+09:00\n") && nets.contains("aliases:\n  - /2023/02/nets/\n"),
                nets);
        assertEquals(List.of("content/posts/nets.md:5: no 'date'; took 'lastmod' (2023-02-20), as Hugo dated the page"),
                lines(result, Category.DATE_FROM_FIELD));
    }

    @Test
    void jekyllDatesAPostByItsDateOrFileNameOnlySoOtherFieldsLeaveTheOldAddressAsItWas() throws IOException {
        old("_config.yml", "url: https://quay.example.org\npermalink: date\n");
        old("_posts/2024-04-05-ropes.md", "---\ntitle: Ropes\ncreatedAt: 2024-04-05 08:44:57 +09:00\n---\nRopes.\n");
        old("_posts/2024-04-06-nets.md", "---\ntitle: Nets\npublishDate: 2024-05-01\n---\nNets.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String ropes = read("content/en/2024/ropes.md");
        assertTrue(ropes.contains("date: 2024-04-05T08:44:57+09:00\n"), "the time of the file name's day: " + ropes);
        assertTrue(ropes.contains("aliases:\n  - /2024/04/05/ropes.html\n"), "Jekyll's date, in UTC: " + ropes);
        String nets = read("content/en/2024/nets.md");
        assertTrue(nets.contains("date: 2024-04-06T00:00:00+00:00\n") && nets.contains("aliases:\n  - /2024/04/06/nets.html\n"),
                nets);
        assertEquals(List.of("_posts/2024-04-05-ropes.md:3: no 'date'; took 'createdAt' (2024-04-05 08:44:57 +09:00)"),
                lines(result, Category.DATE_FROM_FIELD));
    }

    @Test
    void aJekyllPostNamedWithATwoDigitYearIsDatedAsRubyReadTheYear() throws IOException {
        old("_config.yml", "url: https://quay.example.org\npermalink: date\n");
        old("_posts/19-2-20-gulls.md", "---\ntitle: Gulls\n---\nGulls.\n");
        old("_posts/99-12-31-cranes.md", "---\ntitle: Cranes\n---\nCranes.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String gulls = read("content/en/2019/gulls.md");
        assertTrue(gulls.contains("date: 2019-02-20T00:00:00+00:00\n") && gulls.contains("  - /2019/02/20/gulls.html\n"),
                gulls);
        String cranes = read("content/en/1999/cranes.md");
        assertTrue(cranes.contains("date: 1999-12-31T00:00:00+00:00\n") && cranes.contains("  - /1999/12/31/cranes.html\n"),
                cranes);
    }

    @Test
    void theTextBeforeHugosSummaryDividerIsTheSummaryOfAPageThatNamesNoneAndTheDividerIsRemoved() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/gulls.md", "---\ntitle: Gulls\ndate: 2023-04-01\n---\nThe gulls came back early this year.\n\n"
                + "<!--more-->\n\nCounting starts on Monday.\n\n```html\n<!--more-->\n```\n");
        old("content/posts/nets.md", "---\ntitle: Nets\ndate: 2023-04-02\nsummary: Nets dry on the quay.\n---\n"
                + "The nets are out.\n<!--more-->\nMore on nets.\n");
        old("content/posts/ropes.md", "---\ntitle: Ropes\ndate: 2023-04-03\n---\nNew *ropes* for the [ferry](/ferry/).\n\n"
                + "Old ones go to the museum.<!--more--> The rest.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        String gulls = read("content/en/2023/gulls.md");
        assertTrue(gulls.contains("summary: The gulls came back early this year.\n"), gulls);
        assertTrue(gulls.contains("early this year.\n\n\n\nCounting starts on Monday.\n\n```html\n<!--more-->\n```\n"),
                "removed, its line left blank; kept in code: " + gulls);
        String nets = read("content/en/2023/nets.md");
        assertTrue(nets.contains("summary: Nets dry on the quay.\n") && nets.contains("The nets are out.\n\nMore on nets.\n"),
                nets);
        String ropes = read("content/en/2023/ropes.md");
        assertTrue(ropes.contains("summary: New ropes for the ferry. Old ones go to the museum.\n")
                && ropes.contains("Old ones go to the museum. The rest.\n"), ropes);
        assertEquals(List.of("content/posts/gulls.md:7: summary taken from the text before '<!--more-->'"),
                lines(result, Category.SUMMARY_FROM_DIVIDER));
        assertEquals(List.of("content/posts/ropes.md:7: summary taken from the text before '<!--more-->', as one "
                + "paragraph of plain text: check that it reads well without the paragraphs, formatting, links or "
                + "pictures it had"), lines(result, Category.SUMMARIES));
    }

    @Test
    void aRawHtmlLinkToAFileKeepsTheNameAndClassThatReadersAndOtherLinksRelyOn() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\n");
        old("files/tides.pdf", "%PDF-1.4\n");
        old("_posts/2023-04-01-tides.md", "---\ntitle: Tides\n---\nSee <a name=\"table\" class=\"pdf\" "
                + "href=\"/files/tides.pdf\">the table</a>.\n\n[Back to the table](#table)\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String page = Files.readString(dir.resolve("project/site/en/2023/04/tides/index.html"));
        assertTrue(page.contains("<span id=\"table\" class=\"pdf\"><a href=\"/media/files/tides.pdf\">the table</a></span>")
                && page.contains("<a href=\"#table\">Back to the table</a>"), page);
    }

    @Test
    void aJekyllSettingThatTheImportersYamlCannotReadCostsThatSettingOnly() throws IOException {
        old("_config.yml", "title: Quay Notes\nurl: https://quay.example.org\ntimezone: Asia/Seoul\n"
                + "jekyll_compose:\n  default_front_matter:\n    posts:\n      date: {{ page.date | date: \"%Y-%m-%d\" }}\n"
                + "permalink: /:year/:title/\n");
        old("_posts/2023-04-01-gulls.md", "---\ntitle: Gulls\ndate: 2023-04-01 09:00\n---\nThe gulls came back.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/site.yml").contains("Quay Notes") && read("content/site.yml").contains("quay.example.org"),
                read("content/site.yml"));
        String gulls = read("content/en/2023/gulls.md");
        assertTrue(gulls.contains("date: 2023-04-01T09:00:00+09:00\n") && gulls.contains("  - /2023/gulls/\n"), gulls);
        assertEquals(List.of("_config.yml:7: setting 'jekyll_compose' not read"), lines(result, Category.SETTINGS).stream()
                .filter(line -> line.contains("not read")).map(line -> line.substring(0, line.indexOf(": YAML"))).toList());
    }

    @Test
    void aGalleryIncludeShowsThePicturesTheFrontMatterListsAsTheThemeLoopedOverThem() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\n");
        old("_includes/gallery", "{% if include.id %}{% assign gallery = page[include.id] %}{% else %}"
                + "{% assign gallery = page.gallery %}{% endif %}\n<figure>\n{% for img in gallery %}\n"
                + "{% if img.url %}<a href=\"{{ img.url | relative_url }}\"><img src=\"{{ img.image_path | relative_url }}\" "
                + "alt=\"{{ img.alt }}\"></a>{% else %}<img src=\"{{ img.image_path | relative_url }}\" alt=\"{{ img.alt }}\">"
                + "{% endif %}\n{% endfor %}\n{% if include.caption %}<figcaption>{{ include.caption }}</figcaption>{% endif %}"
                + "\n</figure>\n");
        old("images/gulls-1.png", "png1");
        old("images/gulls-2.png", "png2");
        old("images/nets.png", "png3");
        old("_posts/2023-04-01-gulls.md", "---\ntitle: Gulls\ngallery:\n  - url: /images/gulls-1.png\n"
                + "    image_path: images/gulls-1.png\n    alt: The first gull\n  - image_path: /images/gulls-2.png\n"
                + "    alt: The second gull\nnets:\n  - image_path: /images/nets.png\n    alt: Nets\n---\n"
                + "The gulls came back.\n\n{% include gallery caption=\"Two gulls\" %}\n\n{% include gallery id=\"nets\" %}\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String gulls = read("content/en/2023/gulls.md");
        assertTrue(gulls.contains("[![The first gull](/images/gulls-1.png)](/images/gulls-1.png)")
                && gulls.contains("![The second gull](/images/gulls-2.png)") && gulls.contains("Two gulls")
                && gulls.contains("![Nets](/images/nets.png)") && !gulls.contains("{%"), gulls);
        for (String picture : List.of("gulls-1.png", "gulls-2.png", "nets.png")) {
            assertTrue(Files.isRegularFile(dir.resolve("project/site/media/images/" + picture)), picture);
        }
    }

    @Test
    void aBlockOfHtmlWhoseContentKramdownReadAsMarkdownIsReadAsMarkdown() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2023-04-01-props.md", "---\ntitle: Props\n---\n* A page:\n  * <details>\n    <summary>Code</summary>\n"
                + "    <div markdown = \"1\">\n    ```ts\n    const page: Page<TideProps> = load();\n    ```\n    </div>\n"
                + "    </details>\n\n<div markdown=\"1\">\nThe *tide* table.\n</div>\n\n```html\n<div markdown=\"1\">\nkept\n```\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String props = read("content/en/2023/props.md");
        assertTrue(props.contains("    <div>\n\n    ```ts\n") && props.contains("<div>\n\nThe *tide* table.\n</div>")
                && props.contains("```html\n<div markdown=\"1\">\nkept\n```"), props);
        String page = Files.readString(dir.resolve("project/site/en/2023/04/props/index.html"));
        assertTrue(page.contains("Page&lt;TideProps&gt;") && page.contains("<em>tide</em>"), page);
        assertEquals(2, lines(result, Category.MARKDOWN_IN_HTML).size(), result.findings().toString());
    }

    @Test
    void jekyllsExcerptSeparatorOfTheSiteOrThePostIsTheSummaryDivider() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\nexcerpt_separator: <!--more-->\n");
        old("_posts/2023-04-01-gulls.md", "---\ntitle: Gulls\n---\nThe gulls came back.\n<!--more-->\nCounting starts.\n");
        old("_posts/2023-04-02-nets.md", "---\ntitle: Nets\nexcerpt_separator: <!-- cut -->\n---\nThe nets are out.\n"
                + "<!-- cut -->\nMore on nets.\n<!--more-->\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String gulls = read("content/en/2023/gulls.md");
        assertTrue(gulls.contains("summary: The gulls came back.\n") && gulls.endsWith("The gulls came back.\n\nCounting starts.\n"),
                gulls);
        String nets = read("content/en/2023/nets.md");
        assertTrue(nets.contains("summary: The nets are out.\n") && nets.endsWith("The nets are out.\n\nMore on nets.\n<!--more-->\n"),
                "an HTML comment that is not the post's separator stays: " + nets);
        assertEquals(2, lines(result, Category.SUMMARY_FROM_DIVIDER).size(), result.findings().toString());
    }

    @Test
    void theStartMarkThatAJekyllSiteNamesBeginsTheSummaryAndLeavesTheBodyWithTheDivider() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\nstart_excerpt: \"<!--from here-->\"\n"
                + "defaults:\n  - scope: {path: \"\", type: posts}\n    values: {excerpt_separator: \"<!--cut-->\"}\n");
        old("_posts/2023-04-01-gulls.md", "---\ntitle: Gulls\n---\nAfter the storm,\n<!--from here-->\nthe gulls came back.\n"
                + "<!--cut-->\n\nCounting starts.\n");
        old("_posts/2023-04-02-nets.md", "---\ntitle: Nets\n---\nThe nets are out <!--from here-->and dry.<!--cut-->\n\nMore.\n");
        old("_posts/2023-04-03-ropes.md", "---\ntitle: Ropes\n---\nRopes <!--from here-->coiled.\n\nMore.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String gulls = read("content/en/2023/gulls.md");
        assertTrue(gulls.contains("summary: the gulls came back.\n")
                && gulls.endsWith("---\nAfter the storm,\n\nthe gulls came back.\n\n\nCounting starts.\n"), gulls);
        String nets = read("content/en/2023/nets.md");
        assertTrue(nets.contains("summary: and dry.\n") && nets.endsWith("---\nThe nets are out and dry.\n\nMore.\n"), nets);
        assertTrue(read("content/en/2023/ropes.md").endsWith("---\nRopes coiled.\n\nMore.\n"), read("content/en/2023/ropes.md"));
        assertEquals(List.of("_posts/2023-04-01-gulls.md:7: summary taken from the text between '<!--from here-->' and "
                        + "'<!--cut-->'", "_posts/2023-04-02-nets.md:4: summary taken from the text between "
                        + "'<!--from here-->' and '<!--cut-->'"), lines(result, Category.SUMMARY_FROM_DIVIDER));
    }

    @Test
    void aSummaryDividerBeforeAnyTextIsRemovedAsRoutineAndOneAfterAPictureIsToCheck() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\nexcerpt_separator: <!--more-->\n");
        old("images/gulls.png", "png");
        old("_posts/2023-04-01-gulls.md", "---\ntitle: Gulls\n---\n\n<!--more-->\n\nThe gulls came back.\n");
        old("_posts/2023-04-02-nets.md", "---\ntitle: Nets\n---\n![](/images/gulls.png)\n<!--more-->\nThe nets are out.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertFalse(read("content/en/2023/gulls.md").contains("<!--more-->"), read("content/en/2023/gulls.md"));
        assertEquals(List.of("_posts/2023-04-01-gulls.md:5: '<!--more-->' before any text: removed, the summary being "
                + "the body's first paragraph"), lines(result, Category.DIVIDER_FIRST));
        assertEquals(List.of("_posts/2023-04-02-nets.md:5: the text before '<!--more-->' has no words: no summary taken "
                + "from it (Broadsheet's is the body's first paragraph)"), lines(result, Category.SUMMARIES));
    }

    @Test
    void theSummaryDividersFindingNamesItsLineInTheOldFileThoughAPictureAboveItWasSetOnLinesOfItsOwn() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\nexcerpt_separator: <!--more-->\n");
        old("images/gulls.png", "png");
        old("_posts/2023-04-01-gulls.md", "---\ntitle: Gulls\n---\n<p>\n<img src=\"/images/gulls.png\">\n</p>\n\n"
                + "The gulls came back.\n<!--more-->\nCounting starts.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2023/gulls.md").contains("<p>\n\n\n![](/images/gulls.png)\n\n\n</p>"),
                read("content/en/2023/gulls.md"));
        assertEquals(List.of("_posts/2023-04-01-gulls.md:9"), result.findings().stream()
                .filter(f -> f.category() == Category.SUMMARIES || f.category() == Category.SUMMARY_FROM_DIVIDER)
                .map(f -> f.toString().substring(0, f.toString().indexOf(": "))).toList());
    }

    @Test
    void anAuthorWrittenAsANameAndAnAddressInAngleBracketsIsNamedWithoutTheAddress() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\n");
        old("_posts/2023-05-01-cranes.md", "---\ntitle: Cranes\nauthor: Kim Minji <minji@quay.example.org>\n---\nCranes.\n");
        old("_posts/2023-05-02-tugs.md", "---\ntitle: Tugs\nauthors: [\"Lee Jun <@leejun>\", \"<a href='/ana/'>Ana Park</a>\"]\n"
                + "---\nTugs.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(read("content/en/2023/cranes.md").contains("authors:\n  - Kim Minji\n"), read("content/en/2023/cranes.md"));
        assertTrue(read("content/en/2023/tugs.md").contains("authors:\n  - Lee Jun\n  - Ana Park\n"), read("content/en/2023/tugs.md"));
        assertEquals(List.of("_posts/2023-05-01-cranes.md:3: author 'Kim Minji <minji@quay.example.org>': the byline "
                        + "names 'Kim Minji', without the address",
                "_posts/2023-05-02-tugs.md:3: author 'Lee Jun <@leejun>': the byline names 'Lee Jun', without the address"),
                lines(result, Category.AUTHOR_ADDRESS));
        assertEquals(List.of("_posts/2023-05-02-tugs.md:3: author '<a href='/ana/'>Ana Park</a>' written as HTML: the "
                + "byline names 'Ana Park'"), lines(result, Category.FIELDS));
    }

    @Test
    void hugoPagesWithoutADateOutsideThePostsSectionsAreNotArticles() throws IOException {
        old("hugo.toml", "baseURL = 'https://quay.example.org/'\ntimeZone = 'Asia/Seoul'\n");
        old("content/posts/gulls.md", "---\ntitle: Gulls\ndate: 2023-04-01\n---\nGulls.\n");
        old("content/posts/nets.md", "---\ntitle: Nets\ndate: 2023-04-02\n---\nNets.\n");
        old("content/posts/ropes.md", "---\ntitle: Ropes\n---\nRopes.\n");
        old("content/about.md", "---\ntitle: About the quay\nlayout: page\n---\nWho we are.\n");
        old("content/team/kim.md", "---\ntitle: Kim Minji\n---\nEditor.\n");
        old("content/team/lee.md", "---\ntitle: Lee Jun\ndate: 2023-01-01\n---\nReporter.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 3 posts "), result.summary());
        assertEquals(List.of("content/about.md:1: not imported: a page without a date outside the sections that hold "
                        + "the posts (posts), not an article",
                "content/team/kim.md:1: not imported: a page without a date outside the sections that hold the posts "
                        + "(posts), not an article"), lines(result, Category.NOT_ARTICLES));
        assertEquals(List.of("content/posts/ropes.md:1: not imported: no date in the front matter or the file name; "
                + "add 'date:' to it and import again"), lines(result, Category.SKIPPED));
        assertTrue(read("import-report.md").contains("- 2 pages not imported: without a date and outside the sections "
                + "that hold the posts (an about or contact page), they are not articles; Broadsheet's templates make a "
                + "site's own pages: at the content folder's root (1), in team/ (1)\n"), read("import-report.md"));
    }

    @Test
    void aFileOfJekyllsPostsFolderWhoseNameHasNoDateWasNotAPost() throws IOException {
        old("_config.yml", "url: https://quay.example.org\ntimezone: Asia/Seoul\npermalink: date\n");
        old("_posts/about.md", "---\ntitle: About the quay\nlayout: page\ndate: 2020-01-01\n---\nWho we are.\n");
        old("_posts/2014-3-3-early.md", "---\ntitle: Early\n---\nAn early post.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        assertTrue(read("content/en/2014/early.md").contains("aliases:\n  - /2014/03/03/early.html\n"),
                read("content/en/2014/early.md"));
        assertEquals(List.of("_posts/about.md: not imported: its name does not start with a date (2019-02-20-), so "
                + "Jekyll did not read it as a post"), lines(result, Category.NOT_PUBLISHED));
        assertEquals(List.of(), lines(result, Category.SKIPPED));
    }

    @Test
    void theConsoleIsToldHowFarTheImportGot() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        for (int i = 1; i <= 501; i++) {
            old(String.format("_posts/2020-01-01-note-%04d.md", i), "---\ntitle: Note " + i + "\n---\nA short note.\n");
        }
        importAndBuild(SourceKind.JEKYLL, null);
        Map<String, List<String>> byStage = new TreeMap<>();
        console.stream().filter(l -> l.startsWith("import: ")).forEach(l -> byStage.computeIfAbsent(l.split("\\s+")[1],
                k -> new ArrayList<>()).add(l.replaceAll("\\s+\\d+ ms", " N ms")));
        assertEquals(List.of("import: read 500 of 501", "import: read N ms  501 files"), byStage.get("read"));
        assertEquals(List.of("import: convert 500 of 501", "import: convert N ms  501 files"), byStage.get("convert"));
    }

    @Test
    void aBodyNestedTooDeeplyToReadIsKeptAsWrittenAndTheOthersAreImported() throws IOException {
        old("_config.yml", "timezone: Asia/Seoul\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nThe pier is open again.\n");
        old("_posts/2020-04-03-quotes.md", "---\ntitle: Quotes\n---\n" + ">".repeat(200_000) + " x\n");
        ImportResult result = Importer.run(new ImportOptions(SourceKind.JEKYLL, dir.resolve("old"), dir.resolve("project"),
                null, false, null), BuildLog.SILENT);
        assertTrue(result.summary().startsWith("Imported 2 posts "), result.summary());
        assertTrue(read("content/en/2020/quotes.md").endsWith(">".repeat(200_000) + " x\n"));
        assertEquals(List.of("_posts/2020-04-03-quotes.md:4: body kept as written: it nests blocks too deeply to be read "
                + "(thousands of '>' or list markers); the build will refuse it too"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void aRedirectFromTheSameAddressWithoutItsSlashIsOneRedirectAndBothAnswer() throws IOException {
        old("_config.yml", "url: https://harbor.example.org\ntimezone: UTC\npermalink: /:year/:month/:day/:title/\n"
                + "plugins:\n  - jekyll-redirect-from\n");
        old("_posts/2021-05-04-tide-tables.md", "---\ntitle: Tide tables\nredirect_from:\n  - /2021/05/04/tide-tables\n"
                + "  - /tides\n  - /tides/\n---\nThe new tables are out.\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String post = read("content/en/2021/tide-tables.md");
        assertTrue(post.contains("aliases:\n  - /2021/05/04/tide-tables/\n  - /tides\n---\n"), post);
        assertTrue(read("import-report-full.md").contains("- /2021/05/04/tide-tables → "), read("import-report-full.md"));
    }

    @Test
    void aContentFolderOrMountOutsideTheOldSiteIsNotRead() throws IOException {
        Files.createDirectories(dir.resolve("outside/posts"));
        Files.writeString(dir.resolve("outside/posts/secret.md"), "---\ntitle: SECRET-TITLE\ndate: 2024-01-01\n---\nSECRET\n");
        old("hugo.toml", "baseURL = 'https://bay.example.org/'\n[[module.mounts]]\nsource = '../outside'\ntarget = 'content'\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 0 posts"), result.summary());
        assertTrue(lines(result, Category.SETTINGS).stream().anyMatch(line -> line.endsWith(": a folder outside the old "
                + "site, which the import never reads: its files are not imported")), lines(result, Category.SETTINGS).toString());
    }

    @Test
    void nothingOutsideTheOldSiteIsReadThroughSymbolicLinksOrRelativePaths() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: SECRET-TITLE\n---\nSECRET-BODY\n");
        Files.writeString(outside.resolve("secret.png"), "SECRET-PNG");
        Files.writeString(outside.resolve("secret.yml"), "title: SECRET-SETTING\n");
        old("_config.yml", "title: Tides\ntimezone: Asia/Seoul\n");
        old("assets/harbor.png", "PNG");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nThe pier.\n\n![a](/assets/photo.png)\n\n"
                + "![b](../../outside/secret.png)\n\n![c](/../outside/secret.png)\n\n![d](/assets/same.png)\n");
        Path old = dir.resolve("old");
        Files.createSymbolicLink(old.resolve("_posts/2020-04-03-leak.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(old.resolve("assets/photo.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(old.resolve("assets/same.png"), old.resolve("assets/harbor.png"));
        Files.createDirectories(old.resolve("_data"));
        Files.createSymbolicLink(old.resolve("_data/authors.yml"), outside.resolve("secret.yml"));
        Files.createSymbolicLink(old.resolve("_posts/more"), outside);

        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);

        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
        try (var walk = Files.walk(dir.resolve("project"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("SECRET"),
                        file + " holds a file from outside the old site");
            }
        }
        assertEquals("PNG", read("content/images/assets/same.png"), "a link to a file of the old site is followed");
        assertTrue(lines(result, Category.SKIPPED).containsAll(List.of(
                "_data/authors.yml: not imported: a symbolic link to a file outside the old site, which the import "
                        + "never reads: put the file itself in the old site",
                "_posts/2020-04-03-leak.md: not imported: a symbolic link to a file outside the old site, which the "
                        + "import never reads: put the file itself in the old site")), lines(result, Category.SKIPPED).toString());
    }

    @Test
    void anOldSiteGivenAsASymbolicLinkToItsFolderIsReadWhole() throws IOException {
        old("_config.yml", "url: https://tides.example.org\n");
        old("_posts/2020-04-02-pier.md", "---\ntitle: Pier\n---\nThe pier.\n");
        Path link = Files.createSymbolicLink(dir.resolve("old-link"), dir.resolve("old"));
        ImportResult result = Importer.run(new ImportOptions(SourceKind.JEKYLL, link, dir.resolve("project"), null, false,
                null), BuildLog.SILENT);
        assertEquals(List.of(), result.refusals());
        assertTrue(result.summary().startsWith("Imported 1 post "), result.summary());
    }

    @Test
    void hugosParamShortcodeGivesThePagesValueElseItsLanguagesElseTheSites() throws IOException {
        old("hugo.toml", "baseURL = 'https://ferry.example.org/'\ntimeZone = 'UTC'\ndefaultContentLanguage = 'en'\n"
                + "[params]\n  DocsUrl = '//docs.example.org/v2/'\n  [params.social]\n    chat = 'https://chat.example.org'\n"
                + "[languages.en]\n  weight = 1\n[languages.ko]\n  weight = 2\n  [languages.ko.params]\n"
                + "    docsurl = '//docs.example.org/ko/v2/'\n");
        old("content/posts/release-2.md", "---\ntitle: Release 2\ndate: 2024-03-01\nversion: 2.0.1\n---\n"
                + "Read [the guide]({{< param DocsUrl >}}guide/) for {{< param \"version\" >}}; "
                + "ask in [chat]({{< param social.chat >}}). {{< param missing >}}\n");
        old("content/posts/release-2.ko.md", "---\ntitle: 배포 2\ndate: 2024-03-01\n---\n"
                + "[안내서]({{< param DocsUrl >}}guide/)를 읽으세요.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2024/release-2.md").contains("Read [the guide](//docs.example.org/v2/guide/) for 2.0.1; "
                + "ask in [chat](https://chat.example.org). {{< param missing >}}\n"), read("content/en/2024/release-2.md"));
        assertTrue(read("content/ko/2024/release-2.md").contains("[안내서](//docs.example.org/ko/v2/guide/)를 읽으세요."),
                read("content/ko/2024/release-2.md"));
        assertEquals(4, lines(result, Category.PARAM_VALUES).size(), lines(result, Category.PARAM_VALUES).toString());
        assertEquals(List.of("content/posts/release-2.md:6: shortcode '{{< param missing >}}' has no Markdown equivalent; "
                + "kept as text: write out what Hugo's param showed, or remove it"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void aDatedPageAtTheContentRootOfASiteThatKeepsItsPostsInSectionsIsNotAnArticle() throws IOException {
        old("hugo.toml", "baseURL = 'https://ferry.example.org/'\ntimeZone = 'UTC'\n");
        old("content/about.md", "+++\ntitle = 'About'\ndate = '2021-02-03'\n+++\nWho runs the ferry.\n");
        old("content/post/_index.md", "---\ntitle: Posts\n---\n");
        old("content/post/timetable.md", "---\ntitle: Timetable\ndate: 2021-03-01\n---\nThe summer timetable.\n");
        old("content/post/new-boat.md", "---\ntitle: New boat\ndate: 2021-04-01\n---\nA new boat.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 2 posts "), result.summary());
        assertFalse(Files.exists(dir.resolve("project/content/en/2021/about.md")));
        assertEquals(List.of("content/about.md:1: not imported: a page at the content folder's root, outside the sections "
                + "that hold the posts (post), as an about or contact page is, whatever its date; if it is an article, "
                + "move it into post/ and import again"), lines(result, Category.SKIPPED));
    }

    @Test
    void aSiteThatKeepsMostOfItsPostsAtTheContentRootHasThemImported() throws IOException {
        old("hugo.toml", "baseURL = 'https://ferry.example.org/'\ntimeZone = 'UTC'\n");
        for (String slug : List.of("spring", "summer", "autumn")) {
            old("content/" + slug + ".md", "---\ntitle: " + slug + "\ndate: 2021-03-01\n---\nThe " + slug + " crossing.\n");
        }
        old("content/notes/knots.md", "---\ntitle: Knots\ndate: 2021-05-01\n---\nTwo knots.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(result.summary().startsWith("Imported 4 posts "), result.summary());
        assertEquals(List.of(), lines(result, Category.SKIPPED));
    }

    @Test
    void aJekyllPageKeptAmongThePostsWithLayoutPageIsNotAnArticle() throws IOException {
        old("_config.yml", "url: https://ferry.example.org\ntimezone: UTC\ndefaults:\n  - scope: {path: ''}\n"
                + "    values: {layout: post}\n");
        old("_posts/pages/2016-01-01-about.md", "---\ntitle: About\nlayout: page\npermalink: /about/\n---\nWho runs it.\n");
        old("_posts/news/2016-02-01-timetable.md", "---\ntitle: Timetable\n---\nThe winter timetable.\n");
        old("_posts/news/2016-03-01-new-boat.md", "---\ntitle: New boat\nlayout: post\n---\nA new boat.\n");
        old("_posts/minutes/2016-04-01-minutes.md", "---\ntitle: Minutes of April 1\nlayout: page\n"
                + "permalink: /minutes/2016/04/01/\n---\nThe board met.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 3 posts "), result.summary());
        assertEquals(List.of("_posts/pages/2016-01-01-about.md:3: not imported: a page of the site ('layout: page' and a "
                + "'permalink' without a date in its front matter), as an about or contact page is, not an article; if it "
                + "is one, remove 'layout: page' and import again"), lines(result, Category.SKIPPED));
    }

    @Test
    void aJekyllSiteWhosePostsAllSayLayoutPageWithoutADateHasThemImported() throws IOException {
        old("_config.yml", "url: https://ferry.example.org\ntimezone: UTC\n");
        old("_posts/2016-02-01-timetable.md", "---\ntitle: Timetable\nlayout: page\npermalink: /timetable/\n---\n"
                + "The winter timetable.\n");
        old("_posts/2016-03-01-new-boat.md", "---\ntitle: New boat\nlayout: page\npermalink: /new-boat/\n---\nA new boat.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        assertTrue(result.summary().startsWith("Imported 2 posts "), result.summary());
        assertEquals(List.of(), lines(result, Category.SKIPPED));
    }

    @Test
    void aFileOfTheOldSiteLinkedWithItsOwnHostIsCopiedAsItsPathIs() throws IOException {
        old("hugo.toml", "baseURL = 'https://tides.example.org/'\ntimeZone = 'UTC'\n");
        old("content/blog/audit.pdf", "PDF");
        old("static/files/chart.png", "PNG");
        old("content/blog/audit-done.md", "---\ntitle: Audit done\ndate: 2020-03-01\n---\n"
                + "Read [the report](https://tides.example.org/blog/audit.pdf) and [the old one](//tides.example.org/blog/old.pdf)."
                + "\n\n![The chart](https://www.tides.example.org/files/chart.png)\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, null);
        assertTrue(read("content/en/2020/audit-done.md").contains("Read [the report](/files/blog/audit.pdf) and "
                + "[the old one](//tides.example.org/blog/old.pdf).\n\n![The chart](/images/files/chart.png)\n"),
                read("content/en/2020/audit-done.md"));
        assertEquals("PDF", read("content/files/blog/audit.pdf"));
        assertEquals("PNG", read("content/images/files/chart.png"));
        assertEquals(1, lines(result, Category.OLD_PAGES).size(), lines(result, Category.OLD_PAGES).toString());
    }

    @Test
    void filesOfTheOldSiteNamedWithItsOwnHostInHtmlOrAsTheLeadImageAreCopiedAndMissingOnesNoted() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: UTC\n");
        old("assets/img/pier.png", "PIER");
        old("assets/img/chart.png", "CHART");
        old("assets/docs/audit.pdf", "PDF");
        old("_posts/2020-03-01-audit.md", "---\ntitle: Audit\nimage: https://tides.example.org/assets/img/pier.png\n---\n"
                + "Text.\n\n<p><img src=\"https://tides.example.org/assets/img/chart.png\" alt=\"The chart\"></p>\n\n"
                + "Read <a href=\"https://tides.example.org/assets/docs/audit.pdf\">the report</a>.\n\n"
                + "<img src=\"https://tides.example.org/assets/img/gone.png\">\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String article = read("content/en/2020/audit.md");
        // the new site takes over the old address: an image the old site lacks there is missing, not elsewhere
        assertTrue(article.contains("*[image not found: https://tides.example.org/assets/img/gone.png]*"), article);
        assertTrue(article.contains("src: /images/assets/img/pier.png"), article);
        assertTrue(article.contains("![The chart](/images/assets/img/chart.png)"), article);
        assertTrue(article.contains("[the report](/files/assets/docs/audit.pdf)"), article);
        assertEquals("CHART", read("content/images/assets/img/chart.png"));
        assertEquals("PDF", read("content/files/assets/docs/audit.pdf"));
        assertEquals(List.of("_posts/2020-03-01-audit.md:11: image 'https://tides.example.org/assets/img/gone.png' not "
                + "found in the old site: add the file and link it by hand"), lines(result, Category.IMAGES));
    }

    @Test
    void aRelrefToAPageOfTheOldSiteThatIsNotImportedLeadsToItsOldAddress() throws IOException {
        old("hugo.toml", "baseURL = 'https://ferry.example.org/'\ntimeZone = 'UTC'\n");
        old("content/downloads.md", "---\ntitle: Downloads\n---\nThe timetables as files.\n");
        old("content/community/_index.md", "---\ntitle: Community\n---\nWhere to talk.\n");
        old("content/about/security.md", "---\ntitle: Security\n---\nHow to report a flaw.\n");
        old("content/posts/_index.md", "---\ntitle: Posts\n---\n");
        old("content/posts/release-2.md", "---\ntitle: Release 2\ndate: 2024-03-01\n---\n"
                + "Get it from [downloads]({{< relref \"downloads\" >}}) and ask the [community]({{< ref \"/community#chat\" >}}); "
                + "[gone]({{< relref \"gone\" >}}); [flaws]({{< relref \"security\" >}}).\n");
        old("content/posts/release-1.md", "---\ntitle: Release 1\ndate: 2024-02-01\n---\nThe first.\n");
        ImportResult result = importAndBuild(SourceKind.HUGO, "https://old.ferry.example.org");
        assertTrue(read("content/en/2024/release-2.md").contains("Get it from [downloads](https://old.ferry.example.org/downloads/) "
                + "and ask the [community](https://old.ferry.example.org/community/#chat); [gone]({{< relref \"gone\" >}}); "
                + "[flaws](https://old.ferry.example.org/about/security/).\n"),
                read("content/en/2024/release-2.md"));
        assertEquals(List.of("content/posts/release-2.md:5: '{{< relref \"gone\" >}}' names no imported page (or a draft); "
                + "kept as text"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void aRefInTheAddressOfARawHtmlLinkLeadsToTheArticlesNewAddress() throws IOException {
        old("hugo.toml", "baseURL = 'https://ferry.example.org/'\ntimeZone = 'UTC'\n");
        old("content/posts/_index.md", "---\ntitle: Posts\n---\n");
        old("content/posts/guide/plan.md", "---\ntitle: Plan\ndate: 2023-07-01\n---\nPlan first.\n");
        old("content/posts/steps/framing.md", "---\ntitle: Framing\ndate: 2023-07-02\n---\n<div>\n  <label>Read the "
                + "<a href=\"{{< ref \"/posts/guide/plan.md\" >}}\">plan</a> and <a href=\"{{< relref \"plan\" >}}#steps\">its "
                + "steps</a>.</label>\n</div>\n");
        importAndBuild(SourceKind.HUGO, null);
        String framing = read("content/en/2023/framing.md");
        assertTrue(framing.contains("<a href=\"/en/2023/07/plan/\">plan</a> and <a href=\"/en/2023/07/plan/#steps\">its "
                + "steps</a>"), framing);
    }

    @Test
    void aLinkWhoseAddressIsTemplateCodeTheOldSiteFilledInIsUnlinkedAndReported() throws IOException {
        old("_config.yml", "title: Tides\n");
        old("_posts/2024-06-26-advisories.md", "---\ntitle: Advisories\n---\n{% for post in site.posts %}\n"
                + "<h2><a href=\"{{ post.url }}\">{{ post.title }}</a></h2>\n{% endfor %}\n\nSee [the last]({{post.url}}).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String article = read("content/en/2024/advisories.md");
        assertFalse(article.contains("href=\"{{"), article);
        assertTrue(article.contains("See the last."), article);
        List<String> unconverted = lines(result, Category.UNCONVERTED);
        assertTrue(unconverted.contains("_posts/2024-06-26-advisories.md:5: link to '{{ post.url }}': the old site's "
                + "template code has no Markdown equivalent; unlinked, its text kept"), unconverted.toString());
        assertTrue(unconverted.contains("_posts/2024-06-26-advisories.md:8: link to '{{post.url}}': the old site's "
                + "template code has no Markdown equivalent; unlinked, its text kept"), unconverted.toString());
    }

    @Test
    void aLiquidLinkToAPageOrADocumentThatIsNotImportedLeadsToItsOldAddress() throws IOException {
        old("_config.yml", "url: https://tides.example.org\nbaseurl: /harbor\npermalink: pretty\n"
                + "collections:\n  manual:\n    output: true\n    permalink: /:collection/:path/\n  notes:\n    output: false\n");
        old("_manual/tides/chart.md", "---\ntitle: Chart\n---\nThe chart.\n");
        old("_notes/draft.md", "---\ntitle: Draft\n---\nNot published.\n");
        old("contact.md", "---\ntitle: Contact\n---\nWrite to us.\n");
        old("team.md", "---\ntitle: Team\npermalink: /people/\n---\nWho we are.\n");
        old("files/fares.pdf", "%PDF-1.4\n");
        old("_posts/2021-05-02-pier.md", "---\ntitle: Pier\n---\nRead [the chart]({% link _manual/tides/chart.md %}#spring), "
                + "[the chart again]({{ site.baseurl }}{% link _manual/tides/chart.md %}),\n[contact]({% link contact.md %}), "
                + "[the team]({% link team.md %}), [the fares]({% link files/fares.pdf %}) and [a note]({% link _notes/draft.md %}).\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, "https://old.tides.example.org");
        assertTrue(read("content/en/2021/pier.md").endsWith("Read [the chart](https://old.tides.example.org/harbor/manual/"
                + "tides/chart/#spring), [the chart again](https://old.tides.example.org/harbor/manual/tides/chart/),\n"
                + "[contact](https://old.tides.example.org/harbor/contact/), [the team](https://old.tides.example.org/harbor/"
                + "people/), [the fares](/files/fares.pdf) and [a note]({% link _notes/draft.md %}).\n"),
                read("content/en/2021/pier.md"));
        assertEquals(List.of("_posts/2021-05-02-pier.md:5: '{% link _notes/draft.md %}' names no imported post (or a draft); "
                + "kept as text"), lines(result, Category.UNCONVERTED));
    }

    @Test
    void aPostsLoopOverTheNewestReleasesOfItsDataWithLimitAndReversedKeepsTheirLinksInJekyllsOrder() throws IOException {
        old("_config.yml", "url: https://tides.example.org\n");
        old("_data/releases.yml", "- {name: '1.0', url: 'https://forge.example.org/1.0', fixes: [3, 5]}\n"
                + "- {name: '1.1', url: 'https://forge.example.org/1.1', fixes: [8]}\n"
                + "- {name: '2.0', url: 'https://forge.example.org/2.0', fixes: []}\n");
        old("_posts/2022-03-01-tides-2-0.md", "---\ntitle: Tides 2.0\n---\nThe first two releases, the later first:\n\n"
                + "{% for r in site.data.releases reversed limit: 2 %}\n"
                + "- [Tides {{ r.name }}]({{ r.url }}){% for n in r.fixes %} [#{{ n }}](https://forge.example.org/issues/{{ n }})"
                + "{% endfor %}\n{% endfor %}\n\nAnd {% for r in site.data.releases limit: 2 offset: 9 %}none{% endfor %}.\n");
        ImportResult result = importAndBuild(SourceKind.JEKYLL, null);
        String page = read("site/en/2022/03/tides-2-0/index.html");
        // each item's text starts and ends with a line break, as in Jekyll: a list with blank lines between its items
        assertTrue(page.contains("<li>\n<p><a href=\"https://forge.example.org/1.1\">Tides 1.1</a> "
                + "<a href=\"https://forge.example.org/issues/8\">#8</a></p>\n</li>\n<li>\n<p><a href=\"https://forge.example.org/"
                + "1.0\">Tides 1.0</a> <a href=\"https://forge.example.org/issues/3\">#3</a> "
                + "<a href=\"https://forge.example.org/issues/5\">#5</a></p>\n</li>"), page);
        assertTrue(page.contains("<p>And .</p>"), page);
        assertEquals(List.of("_posts/2022-03-01-tides-2-0.md:6: '{% for r in site.data.releases reversed limit: 2 %}' wrote its "
                + "text once for each of its 2 items, as Jekyll did", "_posts/2022-03-01-tides-2-0.md:10: '{% for r in "
                + "site.data.releases limit: 2 offset: 9 %}' wrote its text once for each of its 0 items, as Jekyll did"),
                lines(result, Category.LIQUID_LOOPS));
    }

    @Test
    void aReleaseNoteWhoseIssueLinksALiquidLoopDefinesKeepsThemAsLinks() throws IOException {
        old("_config.yml", "url: https://tides.example.org\ntimezone: Asia/Seoul\nrepository: https://forge.example.org/tides\n");
        old("_posts/2022-03-01-tides-2-0.md", "---\ntitle: Tides 2.0\n---\nFixes [#12] and [#30].\n\n"
                + "{% assign fixed = '12|30' | split: '|' %}\n{% for n in fixed %}\n[#{{ n }}]: {{ site.repository }}/issues/{{ n }}\n"
                + "{% endfor %}\n");
        importAndBuild(SourceKind.JEKYLL, null);
        String page = read("site/en/2022/03/tides-2-0/index.html");
        assertTrue(page.contains("<a href=\"https://forge.example.org/tides/issues/12\">#12</a> and "
                + "<a href=\"https://forge.example.org/tides/issues/30\">#30</a>"), page);
        assertTrue(read("import-report.md").contains("- 1 loop over a list whose items are known (split from a text, of "
                + "the front matter or _config.yml) written out once for each item, as Jekyll did\n"), read("import-report.md"));
    }
}
