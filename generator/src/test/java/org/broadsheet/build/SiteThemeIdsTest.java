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
 * A site's own theme: the ids that its templates write and its scripts look up are kept from the bodies as the
 * default theme's are, read from the theme in use at each build.
 */
class SiteThemeIdsTest {

    private static final String STORY = "en/2019/story-1.md";
    private static final String BODY = "## Newsletter\n\n<div id=\"ticker\">Prices</div>\n\n"
            + "Sign up [below](#newsletter), see [prices](#ticker).\n";

    @TempDir
    Path dir;

    private TestSite newsroom() {
        return RepeatedBuildTest.newsroom(dir.resolve("project"))
                .article("content/" + STORY, "title: Story 1\ndate: 2019-01-10\ntopics: [north-korea]", BODY);
    }

    @Test
    void bodiesGiveWayToTheIdsOfTheSitesOwnTemplatesAndScripts() {
        TestSite site = newsroom()
                .edit("templates/article.ftlh", "<div class=\"story-body\"",
                        "<aside id=\"newsletter\">Subscribe</aside>\n  <div class=\"story-body\"")
                .file("templates/assets/ticker.js", "document.querySelector('#ticker').textContent = 'live';\n");
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        Element story = Jsoup.parse(site.read("en/2019/01/story-1/index.html")).selectFirst(".story-body");
        assertEquals(List.of("newsletter-1", "ticker-1"), story.select("[id]").eachAttr("id"));
        assertEquals(List.of("#newsletter-1", "#ticker-1"), story.select("a").eachAttr("href"));
        assertEquals(List.of("content/en/2019/story-1.md:6: renamed the id of the heading 'Newsletter' to "
                        + "'newsletter-1': the theme's pages have an element of the id 'newsletter'; links to #newsletter "
                        + "in this article follow the rename, links from elsewhere need #newsletter-1, or reword the heading",
                "content/en/2019/story-1.md:8: renamed the id 'ticker' in the raw HTML to 'ticker-1': the theme's pages "
                        + "have an element of the id 'ticker'; links to #ticker in this article follow the rename, links "
                        + "from elsewhere need #ticker-1, or give the element another id"),
                built.warnings().stream().sorted().toList());
    }

    @Test
    void aTemplateOfOneKindSavedWithANewIdRendersEveryBodyAndFeedEntryAgain() throws IOException {
        TestSite site = newsroom();
        SiteBuilder preview = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertTrue(preview.build().succeeded());
        assertTrue(site.read("en/2019/01/story-1/index.html").contains("<h2 id=\"newsletter\">"));

        // an id on topic pages alone: the article pages, which this template does not render, hold the bodies
        site.edit("templates/topic.ftlh", "<div class=\"article-list\">", "<aside id=\"newsletter\"></aside>\n"
                + "<div class=\"article-list\">");
        BuildResult saved = preview.build(List.of(site.root().resolve("templates/topic.ftlh")));
        assertTrue(saved.succeeded(), saved.problems().toString());
        assertTrue(site.read("en/2019/01/story-1/index.html").contains("<h2 id=\"newsletter-1\">"));
        assertEquals(coldBuild(site, dir.resolve("cold")), files(site.root().resolve("site")));
    }

    @Test
    void aFullBuildInANewJvmAfterATemplateGainedAnIdDoesNotResumeTheLastOnesState() {
        TestSite site = newsroom();
        assertTrue(site.build().succeeded());
        site.edit("templates/topic.ftlh", "<div class=\"article-list\">", "<aside id=\"newsletter\"></aside>\n"
                + "<div class=\"article-list\">");
        assertTrue(site.build().succeeded());
        assertTrue(site.read("en/2019/01/story-1/index.html").contains("<h2 id=\"newsletter-1\">"));
        assertEquals(coldBuild(site, dir.resolve("cold")), files(site.root().resolve("site")));
    }
}
