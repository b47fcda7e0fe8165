package org.broadsheet.sanitize;

import org.owasp.html.HtmlSanitizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Stands in front of the policy and hands it each tag's attributes once per name (the first, as browsers
 * keep) and only those whose name the policy may keep on some element; the others are told to
 * {@code dropped} after each tag. The sanitiser's own pass over a tag's attributes reads a linked list by index and
 * compares each name with those before it, so a tag of a hundred thousand attributes took minutes;
 * this pass is linear, and what comes out of the policy is the same.
 */
final class KnownAttributes implements HtmlSanitizer.Policy {

    /** Told, after the policy saw each tag, the names it did not see, in the order written (often none). */
    interface Dropped {
        void attributes(String elementName, List<String> names);
    }

    private final Set<String> kept;
    private final HtmlSanitizer.Policy policy;
    private final Dropped dropped;

    /** @param kept every attribute name that the policy keeps on some element */
    KnownAttributes(Set<String> kept, HtmlSanitizer.Policy policy, Dropped dropped) {
        this.kept = kept;
        this.policy = policy;
        this.dropped = dropped;
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<String> it = attrs.iterator(); it.hasNext(); ) {
            String name = it.next();
            String value = it.hasNext() ? it.next() : "";
            if (!seen.add(name)) {
                continue;
            }
            if (kept.contains(name)) {
                known.add(name);
                known.add(value);
            } else {
                unknown.add(name);
            }
        }
        policy.openTag(elementName, known);
        dropped.attributes(elementName, unknown);
    }

    @Override
    public void closeTag(String elementName) {
        policy.closeTag(elementName);
    }

    @Override
    public void text(String textChunk) {
        policy.text(textChunk);
    }

    @Override
    public void openDocument() {
        policy.openDocument();
    }

    @Override
    public void closeDocument() {
        policy.closeDocument();
    }
}
