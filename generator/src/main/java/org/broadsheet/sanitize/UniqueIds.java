package org.broadsheet.sanitize;

import org.broadsheet.model.ElementIds;
import org.broadsheet.model.FreeIds;
import org.owasp.html.HtmlStreamEventReceiver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stands between the policy and the writer of a whole body, and gives way to the theme's ids and to each other:
 * an id of the theme's ({@link ElementIds}) or one that an element before it has is numbered {@code -1},
 * {@code -2}… clear of every id of the body; a link of the body to a theme's id follows the first element that
 * had it. Holds the body until it ends, since a link may come before the element it leads to.
 */
final class UniqueIds implements HtmlStreamEventReceiver {

    private final HtmlStreamEventReceiver out;
    /** The theme's ids whose elements Markdown already renamed, with their new ids. */
    private final Map<String, String> moved;
    private final List<Runnable> held = new ArrayList<>();
    private final List<List<String>> withIds = new ArrayList<>();
    private final Set<String> written = new HashSet<>();
    private final List<List<String>> withFragments = new ArrayList<>();

    UniqueIds(HtmlStreamEventReceiver out, Map<String, String> moved) {
        this.out = out;
        this.moved = new HashMap<>(moved);
    }

    @Override
    public void openDocument() {
        out.openDocument();
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        List<String> copy = new ArrayList<>(attrs);
        int id = value(copy, "id");
        if (id >= 0) {
            withIds.add(copy);
            written.add(copy.get(id));
        }
        int href = elementName.equals("a") ? value(copy, "href") : -1;
        if (href >= 0 && copy.get(href).startsWith("#")) {
            withFragments.add(copy);
        }
        held.add(() -> out.openTag(elementName, copy));
    }

    @Override
    public void closeTag(String elementName) {
        held.add(() -> out.closeTag(elementName));
    }

    @Override
    public void text(String text) {
        held.add(() -> out.text(text));
    }

    /** The ids of the elements so far, as written. */
    Set<String> written() {
        return Set.copyOf(written);
    }

    @Override
    public void closeDocument() {
        // a number is given clear of every id written, so that no element after it meets it
        FreeIds ids = new FreeIds(written);
        for (List<String> attrs : withIds) {
            int at = value(attrs, "id");
            String id = attrs.get(at);
            if (id.isEmpty()) {
                // names no element: a link to "#" leads to the top of the page
                continue;
            }
            if (ElementIds.THEME.contains(id) || ids.claimed(id)) {
                String free = ids.claim(id);
                if (ElementIds.THEME.contains(id)) {
                    moved.putIfAbsent(id, free);
                }
                attrs.set(at, free);
            } else {
                ids.keep(id);
            }
        }
        for (List<String> attrs : withFragments) {
            int at = value(attrs, "href");
            String target = moved.get(attrs.get(at).substring(1));
            if (target != null) {
                attrs.set(at, "#" + target);
            }
        }
        held.forEach(Runnable::run);
        out.closeDocument();
    }

    /** The index of the value of attribute {@code name} in {@code attrs}, or -1. */
    private static int value(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return i + 1;
            }
        }
        return -1;
    }
}
