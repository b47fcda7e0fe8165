package org.broadsheet.sanitize;

import org.owasp.html.HtmlSanitizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stands in front of the policy and hands it only the attributes whose name the policy may keep on some
 * element, at most {@value #REPEATS} of each name; the names of the others are told to {@code dropped} after
 * each tag, each once. The sanitiser reads a tag's attributes from a list by index and also removes from it
 * while iterating, which one of a linked list or an array list makes quadratic: a tag of a hundred thousand
 * attributes took minutes. With a few dozen attributes at most, a tag costs it a bounded time. A repeated name
 * is handed on more than once because the sanitiser keeps the first value its policy allows, not the first
 * written; only a tag that repeats a name more than {@value #REPEATS} times, which no editor writes, can come
 * out otherwise.
 */
final class KnownAttributes extends TagFilter {

    /** Told, after the policy saw each tag, the names it did not see, in the order written (often none). */
    interface Dropped {
        void attributes(String elementName, List<String> names);
    }

    static final int REPEATS = 16;

    private final Set<String> kept;
    private final Dropped dropped;

    /** @param kept every attribute name that the policy keeps on some element */
    KnownAttributes(Set<String> kept, HtmlSanitizer.Policy policy, Dropped dropped) {
        super(policy);
        this.kept = kept;
        this.dropped = dropped;
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        List<String> known = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (Iterator<String> it = attrs.iterator(); it.hasNext(); ) {
            String name = it.next();
            String value = it.hasNext() ? it.next() : "";
            if (!kept.contains(name)) {
                unknown.add(name);
            } else if (repeats.merge(name, 1, Integer::sum) <= REPEATS) {
                known.add(name);
                known.add(value);
            }
        }
        next.openTag(elementName, known);
        dropped.attributes(elementName, List.copyOf(unknown));
    }
}
