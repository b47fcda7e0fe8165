package org.broadsheet.markdown.fast;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The {@code id} of every heading of a document, as Flexmark's renderer gives them: made by
 * Flexmark's own {@link HeaderIdGenerator}, in document order so that duplicates are numbered
 * alike, without writing them into the document (Flexmark's renderer may still render it).
 */
final class HeadingIds {

    private final HeaderIdGenerator generator = new HeaderIdGenerator();
    private final Map<Heading, String> ids = new IdentityHashMap<>();

    HeadingIds(Document document, DataHolder options) {
        generator.setResolveDupes(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES.get(options));
        generator.setToDashChars(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(options));
        generator.setNonDashChars(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(options));
        generator.setNoDupedDashes(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(options));
        generator.setNonAsciiToLowercase(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(options));
        visit(document);
    }

    /** Flexmark's visitor looks at every node but descends into blocks only. */
    private void visit(Node node) {
        if (node instanceof AnchorRefTarget) {
            if (!(node instanceof Heading heading)) {
                throw new Unrenderable("an anchor target that is not a heading");
            }
            // a heading that already has an id (a document rendered before) keeps it, as in Flexmark
            String id = heading.getAnchorRefId();
            ids.put(heading, id.isEmpty() ? generator.getId(heading.getAnchorRefText()) : id);
        }
        if (node instanceof Block) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        }
    }

    /** The id, empty when Flexmark would render an empty one, null when none. */
    String of(Heading heading) {
        String id = ids.get(heading);
        return id != null ? id : heading.getAnchorRefId();
    }
}
