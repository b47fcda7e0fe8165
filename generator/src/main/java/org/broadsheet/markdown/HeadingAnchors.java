package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

import org.broadsheet.model.ElementIds;
import org.broadsheet.model.FreeIds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each heading of a parsed document its id before either renderer runs (both keep an id a heading has):
 * Flexmark's, numbered {@code -1}, {@code -2}… when it is the theme's ({@link ElementIds#reserved}), a footnote's, one that
 * the body's raw HTML keeps, or an earlier heading's. Flexmark numbered only repeats of one text, so "Intro",
 * "Intro 1", "Intro" gave two {@code intro-1}.
 */
final class HeadingAnchors {

    private final HeaderIdGenerator slugs = new HeaderIdGenerator();

    HeadingAnchors(DataHolder options) {
        slugs.setResolveDupes(false);
        slugs.setToDashChars(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(options));
        slugs.setNonDashChars(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(options));
        slugs.setNoDupedDashes(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(options));
        slugs.setNonAsciiToLowercase(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(options));
    }

    /**
     * A heading whose id is not the one its text makes, for a reason its writer may not foresee: the theme's pages,
     * the body's raw HTML or a footnote have that id. A heading that repeats an earlier one's text is numbered as
     * Hugo and GitHub number it, and is not one.
     */
    record Renamed(Heading heading, String slug, String id, Reason reason) {
    }

    /** Who has the id that a heading's text makes. */
    enum Reason { THEME, RAW_HTML, FOOTNOTE }

    /** What {@link #assign} did: the theme's ids moved, as {@link #assign} says, and the headings renamed. */
    record Assigned(Map<String, String> moved, List<Renamed> renamed) {
    }

    /**
     * Sets the id of every heading of {@code document} whose text makes one, keeping clear of {@code rawIds} and
     * of {@code themeIds}, the ids the theme's pages use; answers, for each of those that a heading's text made, the id its first such heading got, so
     * that the body's links to it follow, and the headings renamed.
     */
    Assigned assign(Document document, Set<String> rawIds, Set<String> themeIds) {
        Set<String> others = new HashSet<>(rawIds);
        others.addAll(footnoteIds(document));
        others.addAll(themeIds);
        Assigned assigned = new Assigned(new HashMap<>(), new ArrayList<>());
        visit(document, new Claims(new FreeIds(others), rawIds, themeIds), assigned);
        return assigned;
    }

    /** The ids of one document as they are handed out, and those of its raw HTML and its theme. */
    private record Claims(FreeIds ids, Set<String> rawIds, Set<String> themeIds) {
    }

    /** In Flexmark's order: every node, descending into blocks only. */
    private void visit(Node node, Claims claims, Assigned assigned) {
        if (node instanceof Heading heading && heading.getAnchorRefId().isEmpty()) {
            String text = heading.getAnchorRefText();
            if (!text.isEmpty()) {
                String slug = slugs.getId(text);
                boolean repeat = claims.ids().claimed(slug);
                String id = claims.ids().claim(slug);
                Reason reason = claims.themeIds().contains(slug) ? Reason.THEME
                        : id.equals(slug) || repeat ? null
                        : claims.rawIds().contains(slug) ? Reason.RAW_HTML : Reason.FOOTNOTE;
                if (reason == Reason.THEME) {
                    assigned.moved().putIfAbsent(slug, id);
                }
                if (reason != null) {
                    assigned.renamed().add(new Renamed(heading, slug, id, reason));
                }
                heading.setAnchorRefId(id);
            }
        }
        if (node instanceof Block) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child, claims, assigned);
            }
        }
    }

    /** The ids of the footnotes as both renderers write them: {@code fn-N}, {@code fnref-N}, {@code fnref-N-M}. */
    private static Set<String> footnoteIds(Document document) {
        Set<String> ids = new HashSet<>();
        FootnoteRepository footnotes = FootnoteExtension.FOOTNOTES.get(document);
        // numbering them again, as each renderer does, gives the same numbers
        footnotes.resolveFootnoteOrdinals();
        for (FootnoteBlock block : footnotes.getReferencedFootnoteBlocks()) {
            int ordinal = block.getFootnoteOrdinal();
            ids.add("fn-" + ordinal);
            ids.add("fnref-" + ordinal);
            for (int reference = 1; reference < block.getFootnoteReferences(); reference++) {
                ids.add("fnref-" + ordinal + "-" + reference);
            }
        }
        return ids;
    }
}
