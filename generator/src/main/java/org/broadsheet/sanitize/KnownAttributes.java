package org.broadsheet.sanitize;

import org.owasp.html.HtmlSanitizer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stands in front of the policy and hands it, in a list read by index in constant time, only the attributes
 * whose name the policy may keep on some element; the names of the others are told to {@code dropped}
 * after each tag, each once. The sanitiser reads a tag's attributes from a linked list by index, and
 * compares each name with the distinct names kept before it, so a tag of a hundred thousand attributes took
 * minutes; with only the few names it may keep, its pass is linear, and what comes out of it is the same.
 * Repeated names are all handed on: the sanitiser keeps the first value its policy allows, not the first written.
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
        Set<String> unknown = new LinkedHashSet<>();
        for (Iterator<String> it = attrs.iterator(); it.hasNext(); ) {
            String name = it.next();
            String value = it.hasNext() ? it.next() : "";
            if (kept.contains(name)) {
                known.add(name);
                known.add(value);
            } else {
                unknown.add(name);
            }
        }
        policy.openTag(elementName, known);
        dropped.attributes(elementName, List.copyOf(unknown));
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
