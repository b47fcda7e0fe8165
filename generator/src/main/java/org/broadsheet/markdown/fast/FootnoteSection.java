package org.broadsheet.markdown.fast;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;

/**
 * Footnotes as Flexmark's {@code FootnoteNodeRenderer} writes them: a numbered link where each is
 * referenced, and after the document a list of the referenced definitions, in order of first
 * reference, each with a link back to every reference.
 */
final class FootnoteSection {

    private FootnoteSection() {
    }

    static void reference(DocumentRendering rendering, Footnote footnote) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        HtmlLines out = rendering.out;
        if (block == null) {
            // an undefined footnote stays as written
            out.raw("[^");
            rendering.children(footnote);
            out.raw("]");
            return;
        }
        FastRenderer config = rendering.config;
        int ordinal = block.getFootnoteOrdinal();
        out.raw("<sup").attribute("id", "fnref-" + ordinal + suffix(footnote.getReferenceOrdinal())).raw("><a");
        if (!config.footnoteLinkRefClass.isEmpty()) {
            out.attribute("class", config.footnoteLinkRefClass);
        }
        out.attribute("href", "#fn-" + ordinal).raw(">")
                .raw(config.footnoteRefPrefix + ordinal + config.footnoteRefSuffix).raw("</a></sup>");
    }

    /**
     * Numbers the referenced footnotes in order of first reference, before anything is rendered, as
     * Flexmark's footnote renderer does when it is made; doing it again gives the same numbers.
     */
    static void number(Document document) {
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
    }

    /** The list of footnotes after the document, when any is referenced. */
    static void render(DocumentRendering rendering, Document document) {
        List<FootnoteBlock> referenced = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
        if (referenced.isEmpty()) {
            return;
        }
        FastRenderer config = rendering.config;
        HtmlLines out = rendering.out;
        out.line().raw("<div").attribute("class", "footnotes").raw(">").line();
        out.line().raw("<hr />").line();
        out.line().raw("<ol>").line();
        for (FootnoteBlock block : referenced) {
            if (!inDocument(block, document)) {
                // Flexmark's renderer fails on a definition that parsing took out of the document again
                throw new Unrenderable("a footnote definition outside the document");
            }
            int ordinal = block.getFootnoteOrdinal();
            out.line().raw("<li").attribute("id", "fn-" + ordinal).raw(">").line();
            rendering.children(block);
            for (int i = 0; i < block.getFootnoteReferences(); i++) {
                out.line().raw("<a").attribute("href", "#fnref-" + ordinal + suffix(i));
                if (!config.footnoteBackLinkRefClass.isEmpty()) {
                    out.attribute("class", config.footnoteBackLinkRefClass);
                }
                out.raw(">").raw(config.footnoteBackRefString).raw("</a>");
            }
            out.line().raw("</li>").line();
        }
        out.line().raw("</ol>").line();
        out.line().raw("</div>").line();
    }

    private static boolean inDocument(Node node, Document document) {
        Node ancestor = node;
        while (ancestor.getParent() != null) {
            ancestor = ancestor.getParent();
        }
        return ancestor == document;
    }

    /** Flexmark's {@code -%d} for every reference to a footnote after the first. */
    private static String suffix(int referenceOrdinal) {
        return referenceOrdinal == 0 ? "" : "-" + referenceOrdinal;
    }
}
