package org.broadsheet.sanitize;

import org.owasp.html.HtmlSanitizer;

/**
 * A step in front of a sanitiser policy that changes only the tags it opens ({@link #openTag}), passing the rest
 * of the stream on as it comes.
 */
abstract class TagFilter implements HtmlSanitizer.Policy {

    /** The policy the stream goes on to. */
    final HtmlSanitizer.Policy next;

    TagFilter(HtmlSanitizer.Policy next) {
        this.next = next;
    }

    @Override
    public final void closeTag(String elementName) {
        next.closeTag(elementName);
    }

    @Override
    public final void text(String textChunk) {
        next.text(textChunk);
    }

    @Override
    public final void openDocument() {
        next.openDocument();
    }

    @Override
    public final void closeDocument() {
        next.closeDocument();
    }
}
