package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The old addresses of a post, as Jekyll and Hugo computed them from their permalink settings. */
class OldUrlsTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 2019-12-24 23:30 UTC: already the 25th in Seoul, where the old sites published. */
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2019-12-24T23:30:00Z");

    @ParameterizedTest(name = "Jekyll {0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            date                          | -      | /en/news/2019/12/25/winter-bells.html
            pretty                        | -      | /en/news/2019/12/25/winter-bells/
            ordinal                       | -      | /en/news/2019/359/winter-bells.html
            none                          | -      | /en/news/winter-bells.html
            weekdate                      | -      | /en/news/2019/W52/Wed/winter-bells.html
            /:w_year/:week/:w_day/:long_day/:short_month/:long_month/:title/ | - | /2019/52/3/Wednesday/Dec/December/winter-bells/
            /:year/:i_month/:title/       | -      | /2019/12/winter-bells/
            /:categories/:slug:output_ext | -      | /en/news/winter-bells.html
            date                          | /bells/ | /bells/
            """)
    void jekyll(String permalink, String own, String expected) {
        SourcePost post = post("en/_posts/2019-12-25-winter-bells.md", "en", "winter-bells", List.of("en"), List.of(),
                "categories", "News", "permalink", own);
        SourceSite site = site(SourceKind.JEKYLL, Map.of("", permalink), false, false);
        assertEquals(expected, OldUrls.of(post, site, DATE.atZoneSameInstant(SEOUL)).get(0));
    }

    @ParameterizedTest(name = "Jekyll :title of {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NewsClustering[1st]  | /posts/NewsClustering-1st/
            C#-basics  two       | /posts/C-basics-two/
            (draft) notes!       | /posts/(draft)-notes!/
            """)
    void jekyllsTitleIsSlugifiedAsJekyllsPrettyModeDoes(String name, String expected) {
        SourcePost post = post("_posts/2023-04-22-" + name + ".md", "en", name, List.of(), List.of());
        assertEquals(expected, OldUrls.of(post, site(SourceKind.JEKYLL, Map.of("", "/posts/:title/"), false, false),
                DATE.atZoneSameInstant(SEOUL)).get(0));
    }

    @ParameterizedTest(name = "Hugo {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /:sections[1:]/:filename/  | /matplotlib/gsoc/
            /:sections[last]/:slug/    | /matplotlib/gsoc-final/
            /:sections[0]/:slug/       | /posts/gsoc-final/
            /:sections[:1]/:filename/  | /posts/gsoc/
            /:sections[5:]/:filename/  | /gsoc/
            /:sections[1:99999999999]/:filename/ | /matplotlib/gsoc/
            /:sections[99999999999]/:slug/       | /gsoc-final/
            /:sections[0001]/:slug/              | /matplotlib/gsoc-final/
            """)
    void hugoSlicesItsSectionsInAPermalink(String pattern, String expected) {
        SourcePost post = post("content/posts/matplotlib/gsoc/index.md", "en", "gsoc", List.of(), List.of("posts", "matplotlib"),
                "title", "GSoC final");
        assertEquals(expected, OldUrls.of(post, site(SourceKind.HUGO, Map.of("posts", pattern), false, false),
                DATE.atZoneSameInstant(SEOUL)).get(0));
    }

    @org.junit.jupiter.api.Test
    void percentEscapesOfAFileNameAreDecodedAsABrowserAsksForThem() {
        SourcePost post = post("_posts/2010-09-22-sneak-peeks-%e2%80%93-testing.md", "en", "sneak-peeks-%e2%80%93-testing",
                List.of(), List.of());
        assertEquals(List.of("/2019/12/25/sneak-peeks-–-testing/"),
                OldUrls.of(post, site(SourceKind.JEKYLL, Map.of("", "pretty"), false, false), DATE.atZoneSameInstant(SEOUL)));
    }

    @ParameterizedTest(name = "Hugo {0} ({1}, {2}) -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                    | en | false | false | /posts/winter-bells/
            -                    | ko | false | false | /ko/posts/winter-bells/
            -                    | en | true  | false | /en/posts/winter-bells/
            -                    | en | false | true  | /posts/winter-bells.html
            /:year/:month/:slug/ | en | false | false | /2019/12/winter-bells-ring/
            /:sections/:filename/ | ko | false | false | /ko/posts/winter-bells/
            /:2006/:01/:02/:filename | en | false | false | /2019/12/25/winter-bells/
            /:year/:filename.html | en | false | false | /2019/winter-bells.html
            /:06/:Jan/:slug/     | en | false | false | /19/dec/winter-bells-ring/
            /:sections/:slugorcontentbasename | en | false | false | /posts/winter-bells/
            """)
    void hugo(String pattern, String language, boolean inSubdir, boolean ugly, String expected) {
        SourcePost post = post("content/posts/winter-bells/index." + language + ".md", language, "winter-bells",
                List.of(), List.of("posts"), "title", "Winter Bells Ring");
        Map<String, String> permalinks = pattern == null ? Map.of() : Map.of("posts", pattern);
        assertEquals(expected, OldUrls.of(post, site(SourceKind.HUGO, permalinks, ugly, inSubdir), DATE.atZoneSameInstant(SEOUL)).get(0));
    }

    @ParameterizedTest(name = "Hugo {0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '~', textBlock = """
            slug | github  code viewer   | /posts/github-code-viewer/
            slug | ~ a - b?c ~           | /posts/a-bc/
            slug | 서울 시장             | /posts/서울-시장/
            url  | post/next-gen         | /post/next-gen/
            url  | /feed.xml             | /feed.xml
            url  | /post/next-gen/       | /post/next-gen/
            """)
    void hugoMakesASlugsPathSafeAndAUrlWithoutExtensionAFolder(String field, String value, String expected) {
        SourcePost post = post("content/posts/viewer.md", "en", "viewer", List.of(), List.of("posts"), field, value);
        assertEquals(expected, OldUrls.of(post, site(SourceKind.HUGO, Map.of(), false, false), DATE.atZoneSameInstant(SEOUL)).get(0));
    }

    @ParameterizedTest(name = "Hugo :slug of the title {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Basic Building Blocks DDD - Entities | /p/basic-building-blocks-ddd-entities/
            x -- y                               | /p/x--y/
            Hello,  World!                       | /p/hello-world/
            ~ Tab	and space ~                   | /p/tab-and-space/
            """)
    void hugoUrlizesATitleAsItMakesAPathSafe(String title, String expected) {
        SourcePost post = post("content/post/24-ddd/index.md", "en", "24-ddd", List.of(), List.of("post"), "title", title);
        assertEquals(expected, OldUrls.of(post, site(SourceKind.HUGO, Map.of("post", "/p/:slug/"), false, false),
                DATE.atZoneSameInstant(SEOUL)).get(0));
    }

    private static SourcePost post(String path, String language, String fileSlug, List<String> categories,
                                   List<String> sections, String... nameValues) {
        Map<String, LooseField> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                fields.put(nameValues[i], new LooseField(nameValues[i], 2, nameValues[i + 1]));
            }
        }
        SourceKind kind = path.startsWith("content/") ? SourceKind.HUGO : SourceKind.JEKYLL;
        return new SourcePost(kind, path, language, language, fields, "", 5, null, fileSlug, fileSlug, false, categories,
                sections);
    }

    private static SourceSite site(SourceKind kind, Map<String, String> permalinks, boolean ugly, boolean inSubdir) {
        return new SourceSite(kind, null, "T", "https://example.org/", "Asia/Seoul", List.of(), List.of("en", "ko"), "en",
                Map.of(), permalinks, Map.of("", ugly), inSubdir, SourceSite.LanguageFolders.NONE, List.of(""), List.of(), Map.of(), Map.of(),
                List.of());
    }
}
