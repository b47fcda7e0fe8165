package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Node;

import org.broadsheet.sanitize.HtmlPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a writer, at its line, of each id of the body that is not the one written or made from a heading's text: a
 * link shared outside the article (a newsletter's, a reader's) names the id the writer expects, and would otherwise
 * lead to the theme's element, or to the top of the page, without anyone knowing why.
 */
final class RenamedIds {

    private RenamedIds() {
    }

    /** Tells {@code links} of each heading that {@link HeadingAnchors} gave another id than its text makes. */
    static void headings(List<HeadingAnchors.Renamed> renamed, LinkRewriter links) {
        for (HeadingAnchors.Renamed heading : renamed) {
            String slug = heading.slug();
            String id = heading.id();
            links.renamed(LineStarts.of(heading.heading()), "the id of the heading '" + heading.heading().getAnchorRefText()
                    + "' to '" + id + "': " + switch (heading.reason()) {
                        case THEME -> theirs(slug, id) + ", or reword the heading";
                        case RAW_HTML -> "an element of the raw HTML has the id '" + slug + "', which links to #" + slug
                                + " lead to; give that element another id, or reword the heading";
                        case FOOTNOTE -> "a footnote has the id '" + slug + "'; reword the heading";
                    });
        }
    }

    /**
     * Tells {@code links} of each id of the raw HTML that sanitising renamed, at the line of the piece of raw HTML
     * ({@code raw}, in the order of the body) that holds it: the n-th element of an id as written is the n-th that
     * the pieces hold, as headings never take a raw id and footnotes' elements are not counted. A footnote's element
     * renamed gave way to the first piece that holds its id.
     */
    static void rawHtml(List<Node> raw, List<HtmlPolicy.Rename> renames, HtmlPolicy policy, LinkRewriter links) {
        if (renames.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> lines = new HashMap<>();
        for (Node node : raw) {
            for (String id : policy.idsInOrder(node.getChars().toString())) {
                lines.computeIfAbsent(id, key -> new ArrayList<>()).add(LineStarts.of(node));
            }
        }
        for (HtmlPolicy.Rename rename : renames) {
            String id = rename.id();
            List<Integer> at = lines.getOrDefault(id, List.of(1));
            // a piece read alone may hold fewer ids than the whole body gave (a tag left open across pieces)
            int line = at.get(Math.min(rename.occurrence(), at.size() - 1));
            links.renamed(line, rename.footnote()
                    ? "the id '" + id + "' of a footnote to '" + rename.renamed() + "': an element of the raw HTML here "
                    + "has it, which links to #" + id + " from elsewhere lead to; the footnote's own links follow the "
                    + "rename; give that element another id"
                    : "the id '" + id + "' in the raw HTML to '" + rename.renamed() + "': "
                    + (rename.theme() ? theirs(id, rename.renamed()) + ", or give the element another id"
                    : "an element before it has that id; give each element an id of its own"));
        }
    }

    /** Why and what next for an id of the theme's, {@code id}, that the body's element has as {@code renamed}. */
    private static String theirs(String id, String renamed) {
        return "the theme's pages have an element of the id '" + id + "'; links to #" + id + " in this article follow "
                + "the rename, links from elsewhere need #" + renamed;
    }
}
