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
 * an id of the theme's ({@link ElementIds#reserved}) or one that an element before it has is numbered {@code -1},
 * {@code -2}… clear of every id of the body; a link of the body to a theme's id follows the first element that
 * had it. Holds the body until it ends, since a link may come before the element it leads to. Tells {@code renames}
 * each id it renamed, so that the writer hears of it.
 */
final class UniqueIds implements HtmlStreamEventReceiver {

    /** Hears of each id renamed, in the order of the elements. */
    interface Renames {
        /**
         * @param id         the id as written
         * @param occurrence how many elements of the body before this one have {@code id} as written
         * @param renamed    the id it got instead
         * @param theme      whether {@code id} is the theme's; else an element before it has it
         */
        void renamed(String id, int occurrence, String renamed, boolean theme);
    }

    private final HtmlStreamEventReceiver out;
    /** The theme's ids whose elements Markdown already renamed, with their new ids. */
    private final Map<String, String> moved;
    private final Renames renames;
    private final Set<String> themeIds;
    private final List<Runnable> held = new ArrayList<>();
    private final List<List<String>> withIds = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final List<List<String>> withFragments = new ArrayList<>();

    /** @param themeIds the ids the theme's pages use */
    UniqueIds(HtmlStreamEventReceiver out, Set<String> themeIds, Map<String, String> moved, Renames renames) {
        this.out = out;
        this.themeIds = themeIds;
        this.moved = new HashMap<>(moved);
        this.renames = renames;
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

    /** The ids of the elements so far, as written, in order. */
    List<String> written() {
        return List.copyOf(written);
    }

    @Override
    public void closeDocument() {
        // a number is given clear of every id written, so that no element after it meets it
        Set<String> taken = new HashSet<>(written);
        taken.addAll(themeIds);
        FreeIds ids = new FreeIds(taken);
        Map<String, Integer> occurrences = new HashMap<>();
        for (List<String> attrs : withIds) {
            int at = value(attrs, "id");
            String id = attrs.get(at);
            if (id.isEmpty()) {
                // names no element: a link to "#" leads to the top of the page
                continue;
            }
            int occurrence = occurrences.merge(id, 1, Integer::sum) - 1;
            boolean theme = themeIds.contains(id);
            if (theme || ids.claimed(id)) {
                String free = ids.claim(id);
                if (theme) {
                    moved.putIfAbsent(id, free);
                }
                attrs.set(at, free);
                renames.renamed(id, occurrence, free, theme);
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
