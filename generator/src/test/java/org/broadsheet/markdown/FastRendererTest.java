package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Document;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast renderer writes byte for byte what Flexmark's renderer writes, for random Markdown and
 * for every article body of the repository, and takes the fast path for most of them.
 */
class FastRendererTest {

    private static final Markdown PASSING = new Markdown(false);
    private static final Markdown ESCAPING = new Markdown(true);
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A(---|\\+\\+\\+)\\n.*?\\n\\1\\n");

    /** Keeps URLs, and knows the size of images whose URL says "sized". */
    private static final LinkRewriter LINKS = new LinkRewriter() {
        @Override
        public String rewrite(String url, int line, boolean image) {
            return url.endsWith(".md") ? "/rewritten/" + url : url;
        }

        @Override
        public int[] imageSize(String renderedUrl) {
            return renderedUrl.contains("sized") ? new int[]{640, 480} : null;
        }
    };

    @Property(tries = 3000, seed = "20261126")
    void rendersWhatFlexmarkRenders(@ForAll long seed, @ForAll boolean escapeHtml) {
        String markdown = new RandomMarkdown(seed).document();
        Markdown rendering = escapeHtml ? ESCAPING : PASSING;
        // a grammar that Flexmark could not parse, or that never took the fast path, would test nothing
        Statistics.label("path").coverage(coverage -> {
            coverage.check("fast").percentage(p -> p >= 70);
            coverage.check("unparsed").percentage(p -> p <= 1);
        });
        // rendered as Markdown does: the fast renderer first, then Flexmark's on the same document
        Document document;
        try {
            document = rendering.parsed(markdown, LINKS);
        } catch (RuntimeException | AssertionError e) {
            // Flexmark's parser trips on its own assertions for some odd input: a Failure before any rendering
            Statistics.label("path").collect("unparsed");
            return;
        }
        String fast = rendering.fastHtml(document, LINKS);
        Statistics.label("path").collect(fast != null ? "fast" : "Flexmark");
        String flexmark;
        try {
            flexmark = rendering.flexmarkHtml(document);
        } catch (RuntimeException | AssertionError e) {
            // where Flexmark fails, the document must still go to Flexmark, to fail (or not) as before
            assertNull(fast, () -> "Flexmark fails (" + e + ") where the fast renderer renders:\n" + markdown);
            return;
        }
        if (fast != null) {
            assertEquals(flexmark, fast, () -> "for the Markdown:\n" + markdown);
        }
    }

    @Test
    void rendersEmptyAndBlankDocumentsAsFlexmarkDoes() {
        for (String markdown : List.of("", "\n", "   \n\n\t\n", "[ref]: /x.md\n", "[^1]: unreferenced\n")) {
            for (Markdown rendering : List.of(PASSING, ESCAPING)) {
                Document document = rendering.parsed(markdown, LINKS);
                String fast = rendering.fastHtml(document, LINKS);
                assertEquals(rendering.flexmarkHtml(document), fast, () -> "for " + markdown.replace("\n", "\\n"));
            }
        }
    }

    @Test
    void rendersEveryArticleOfTheRepositoryFastAndAsFlexmarkDoes() throws IOException {
        List<Path> articles = new ArrayList<>();
        Path root = TestSite.repositoryRoot();
        for (Path dir : List.of(root.resolve("content"), root.resolve("generator/src/test/resources"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(articles::add);
            }
        }
        assertTrue(articles.size() > 50, "articles found: " + articles.size());
        for (Path article : articles) {
            String body = FRONT_MATTER.matcher(Files.readString(article)).replaceFirst("");
            for (Markdown rendering : List.of(PASSING, ESCAPING)) {
                Document document = rendering.parsed(body, LINKS);
                String fast = rendering.fastHtml(document, LINKS);
                assertNotNull(fast, () -> "the fast renderer renders " + article);
                assertEquals(rendering.flexmarkHtml(document), fast, article::toString);
            }
        }
    }
}
