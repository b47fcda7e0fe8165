package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.broadsheet.build.RepeatedBuildTest.coldBuild;
import static org.broadsheet.build.RepeatedBuildTest.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A link to a fragment of another article ({@code other.md#background}) leads to the id that the other article's page
 * has for it, renamed or not, and is a warning at its line when that page has none; a rebuild after the other
 * article changed gives what a cold build gives, feeds included.
 */
class FragmentLinksTest {

    private static final String LINKS = "See [the list](b.md#most-read), [the intro](b.md#intro), [the top](b.md#main),"
            + " [더](b.md#%EB%8D%94) and [nothing](b.md#nowhere).\n";

    @TempDir
    Path dir;

    private TestSite site(String otherBody) {
        return TestSite.create(dir.resolve("project"))
                .article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", LINKS)
                .article("content/en/2019/b.md", "title: B\ndate: 2019-03-02", otherBody);
    }

    private static List<String> hrefs(TestSite site) {
        Element story = Jsoup.parse(site.read("en/2019/03/a/index.html")).selectFirst(".story-body");
        return story.select("a").eachAttr("href");
    }

    @Test
    void aLinkToAnotherArticlesHeadingFollowsItsIdAndOneToNoElementIsAWarningAtItsLine() {
        TestSite site = site("## Most read\n\n## Intro\n\n## 더\n");
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        assertEquals(List.of("/en/2019/03/b/#most-read-1", "/en/2019/03/b/#intro", "/en/2019/03/b/#main",
                "/en/2019/03/b/#%EB%8D%94", "/en/2019/03/b/#nowhere"), hrefs(site));
        assertEquals(List.of("content/en/2019/a.md:5: link to 'b.md#nowhere' leads to no element of the article's "
                        + "page: content/en/2019/b.md has no id 'nowhere' (a heading's id is its text in lower case, "
                        + "with '-' for spaces); link to an id it has, or to the article alone"),
                built.warnings().stream().filter(warning -> warning.contains("a.md")).toList());
    }

    @Test
    void aSavedArticleChangesTheFragmentsThatOthersLinkToInTheirPagesAndFeedEntries() throws IOException {
        TestSite site = site("## Intro\n\n## Summary\n");
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        assertEquals("/en/2019/03/b/#most-read", hrefs(site).get(0));

        site.edit("content/en/2019/b.md", "## Summary", "## Most read");
        BuildResult saved = preview.build(List.of(site.root().resolve("content/en/2019/b.md")));
        assertTrue(saved.succeeded(), saved.problems().toString());
        assertEquals("/en/2019/03/b/#most-read-1", hrefs(site).get(0));
        assertEquals(coldBuild(site, dir.resolve("cold")), files(site.root().resolve("site")));
    }
}
