package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code content/most-read.yml}: an edition's list, published as a small JSON file that renders no page again. */
class MostReadTest {

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void articles() {
        site = TestSite.create(dir)
                .article("content/en/2019/bells.md", "title: Bells ring\ndate: 2019-03-01", "Body.")
                .article("content/en/2019/cranes.md", "title: Cranes arrive\ndate: 2019-06-12", "Body.")
                .article("content/en/2019/draft.md", "title: Not yet\ndate: 2019-06-13\ndraft: true", "Body.")
                .article("content/ko/2019/bells.md", "title: 종이 울린다\ndate: 2019-03-01", "본문.");
    }

    @Test
    void entriesAreAddressesOrFilesInTheOrderGiven() {
        site.file("content/most-read.yml", """
                en:
                  - /en/2019/06/cranes/?utm_source=newsletter
                  - https://news.example.org/en/2019/03/bells
                  - en/2019/cranes.md
                ko:
                  - content/ko/2019/bells.md
                """);
        TestSite.Logged build = site.buildLogged();
        assertTrue(build.result().succeeded(), build.result().problems().toString());
        assertEquals(List.of(), build.warnings());
        assertEquals("{\"articles\":[{\"href\":\"/en/2019/06/cranes/\",\"title\":\"Cranes arrive\"},"
                + "{\"href\":\"/en/2019/03/bells/\",\"title\":\"Bells ring\"}]}", site.read("en/most-read.json"));
        assertEquals("{\"articles\":[{\"href\":\"/ko/2019/03/bells/\",\"title\":\"종이 울린다\"}]}",
                site.read("ko/most-read.json"));
    }

    @Test
    void theListKeepsTheFirstTenArticlesItNamesWhateverTheirAddressesEndWith() {
        StringBuilder list = new StringBuilder("en:\n");
        StringBuilder kept = new StringBuilder();
        for (int day = 1; day <= 12; day++) {
            String slug = "s%02d".formatted(day);
            site.article("content/en/2020/" + slug + ".md", "title: Story " + day + "\ndate: 2020-01-%02d".formatted(day), "Body.");
            list.append("  - /en/2020/01/").append(slug).append(day % 2 == 0 ? "/index.html\n" : "\n");
            if (day <= 10) {
                kept.append(kept.isEmpty() ? "" : ",").append("{\"href\":\"/en/2020/01/").append(slug)
                        .append("/\",\"title\":\"Story ").append(day).append("\"}");
            }
        }
        site.file("content/most-read.yml", list.toString());
        TestSite.Logged build = site.buildLogged();
        assertTrue(build.result().succeeded(), build.result().problems().toString());
        assertEquals(List.of(), build.warnings());
        assertEquals("{\"articles\":[" + kept + "]}", site.read("en/most-read.json"));
    }

    @Test
    void whatNamesNoArticleIsAWarningAndTheBuildGoesOn() {
        site.file("content/most-read.yml", """
                en:
                  - /en/2018/01/deleted-long-ago/
                  - en/2019/draft.md
                  - /ko/2019/03/bells/
                  - ko/2019/bells.md
                  - https://elsewhere.example/en/2019/03/bells/
                  - /en/2019/03/bells/
                fr:
                  - /fr/2019/03/cloches/
                """);
        TestSite.Logged build = site.buildLogged();
        assertTrue(build.result().succeeded(), build.result().problems().toString());
        assertEquals(List.of(
                "content/most-read.yml:2: '/en/2018/01/deleted-long-ago/' names no article of the 'en' edition, "
                        + "so the most-read list leaves it out",
                "content/most-read.yml:3: 'en/2019/draft.md' names no article of the 'en' edition, "
                        + "so the most-read list leaves it out",
                "content/most-read.yml:4: '/ko/2019/03/bells/' names no article of the 'en' edition, "
                        + "so the most-read list leaves it out",
                "content/most-read.yml:5: 'ko/2019/bells.md' names no article of the 'en' edition, "
                        + "so the most-read list leaves it out",
                "content/most-read.yml:6: 'https://elsewhere.example/en/2019/03/bells/' names no article of the 'en' "
                        + "edition, so the most-read list leaves it out",
                "content/most-read.yml:8: 'fr' is not a language of content/site.yml (en, ko); its list is left out"),
                build.warnings().stream().sorted().toList());
        assertEquals("{\"articles\":[{\"href\":\"/en/2019/03/bells/\",\"title\":\"Bells ring\"}]}",
                site.read("en/most-read.json"));
        assertEquals("{\"articles\":[]}", site.read("ko/most-read.json"));
    }

    @Test
    void aDamagedFileIsAWarningAndEmptiesTheLists() {
        site.file("content/most-read.yml", "en: [/en/2019/03/bells/\n");
        TestSite.Logged build = site.buildLogged();
        assertTrue(build.result().succeeded(), build.result().problems().toString());
        assertEquals(1, build.warnings().size(), build.warnings().toString());
        assertTrue(build.warnings().get(0).startsWith("content/most-read.yml:1: YAML syntax error"), build.warnings().get(0));
        assertEquals("{\"articles\":[]}", site.read("en/most-read.json"));
    }

    @Test
    void changingTheListRendersNoPage() {
        site.file("content/most-read.yml", "en: [/en/2019/03/bells/]\n");
        BuildResult first = site.build();
        assertTrue(first.succeeded(), first.problems().toString());

        site.file("content/most-read.yml", "en: [/en/2019/06/cranes/, /en/2019/03/bells/]\n");
        BuildResult again = site.build();
        assertEquals(0, again.pagesRendered(), "a full build after the list changed");
        assertTrue(site.read("en/most-read.json").startsWith("{\"articles\":[{\"href\":\"/en/2019/06/cranes/\""));

        site.delete("content/most-read.yml");
        assertEquals(0, site.build().pagesRendered(), "a full build after the list was deleted");
        assertEquals("{\"articles\":[]}", site.read("en/most-read.json"));
    }

    @Test
    void thePreviewWritesTheListAloneWhenItChanges() throws Exception {
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        Path list = site.root().resolve("content/most-read.yml");
        site.file("content/most-read.yml", "en: [/en/2019/06/cranes/]\n");
        BuildResult saved = preview.build(List.of(list));
        assertTrue(saved.succeeded(), saved.problems().toString());
        assertEquals(0, saved.pagesRendered());
        assertEquals("{\"articles\":[{\"href\":\"/en/2019/06/cranes/\",\"title\":\"Cranes arrive\"}]}",
                site.read("en/most-read.json"));
    }

    @Test
    void anArticlePageCarriesAHiddenBoxThatItsScriptFills() {
        assertTrue(site.build().succeeded());
        var page = Jsoup.parse(site.read("en/2019/03/bells/index.html"));
        Element box = page.getElementById("most-read");
        assertNotNull(box);
        assertTrue(box.hasAttr("hidden"), "without scripts, there is no box");
        assertEquals("/en/most-read.json", box.attr("data-list"));
        assertEquals("Most read", box.selectFirst("h2").text());
        Element script = page.selectFirst("script[src*=most-read]");
        assertNotNull(script);
        assertTrue(site.exists(script.attr("src").substring(1)), script.attr("src"));
        assertEquals("많이 본 기사", Jsoup.parse(site.read("ko/2019/03/bells/index.html"))
                .selectFirst("#most-read h2").text());
        assertEquals("{\"articles\":[]}", site.read("en/most-read.json"), "an edition without a list has an empty one");
    }
}
