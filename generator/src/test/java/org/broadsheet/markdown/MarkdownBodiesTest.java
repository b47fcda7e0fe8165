package org.broadsheet.markdown;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A body parsed once for its page and its feed entry ({@link Markdown#bodies}) renders, for any Markdown, what
 * two separate renderings give: the page's HTML and text with the page's links, the feed's HTML with the feed's,
 * each rewriter hearing the same addresses and removals.
 */
class MarkdownBodiesTest {

    private static final Markdown PASSING = new Markdown(false);
    private static final Markdown SANITIZING = new Markdown(false).sanitizing(List.of());

    /** Rewrites an address as {@code prefix} + the address, and records what it heard. */
    private static final class Recording implements LinkRewriter {
        private final String prefix;
        private final List<String> heard = new ArrayList<>();

        Recording(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String rewrite(String url, int line, boolean image) {
            heard.add(line + (image ? " image " : " link ") + url);
            return url.endsWith(".md") || url.startsWith("/") ? prefix + url : url;
        }

        @Override
        public int[] imageSize(String renderedUrl) {
            return renderedUrl.startsWith(prefix) ? new int[]{prefix.length(), 1} : null;
        }

        @Override
        public void removed(int line, String what) {
            heard.add(line + " removed " + what);
        }
    }

    @Property(tries = 1500, seed = "20261206")
    void oneParseGivesThePageAndTheFeedEntryOfTwoRenderings(@ForAll long seed, @ForAll boolean sanitizing) {
        String markdown = new RandomMarkdown(seed).document();
        Markdown rendering = sanitizing ? SANITIZING : PASSING;
        Recording page = new Recording("/site");
        Recording feed = new Recording("https://news.example.org/site");
        Markdown.Body alonePage;
        String aloneFeed;
        try {
            alonePage = rendering.body(markdown, page);
            aloneFeed = rendering.toHtml(markdown, feed);
        } catch (Markdown.Failure e) {
            Statistics.label("outcome").collect("fails");
            assertThrows(Markdown.Failure.class, () -> rendering.bodies(markdown, new Recording("/"), new Recording("/")));
            return;
        }
        Statistics.label("outcome").collect(aloneFeed.contains("https://news.example.org/site") ? "rewritten" : "kept");
        Statistics.label("outcome").coverage(coverage -> coverage.check("rewritten").percentage(p -> p >= 25));
        Recording bothPage = new Recording("/site");
        Recording bothFeed = new Recording("https://news.example.org/site");
        Markdown.Bodies both = rendering.bodies(markdown, bothPage, bothFeed);
        assertEquals(alonePage, both.page(), markdown);
        assertEquals(aloneFeed, both.feedHtml(), markdown);
        assertEquals(page.heard, bothPage.heard, markdown);
        assertEquals(feed.heard, bothFeed.heard, markdown);
    }
}
