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
 * had it. A footnote's own elements (a reference's {@code <sup>}, a note's {@code <li>}, told by the links Markdown
 * writes in them) give way like any other, and the footnote's links follow them. Holds the body until it ends, since a
 * link may come before the element it leads to. Tells {@code renames} each id it renamed, so that the writer hears of
 * it.
 */
final class UniqueIds implements HtmlStreamEventReceiver {

    /** Hears of each id renamed, in the order of the elements. */
    interface Renames {
        /**
         * @param id         the id as written
         * @param occurrence how many elements of the body before this one have {@code id} as written, footnotes'
         *                   elements left out
         * @param renamed    the id it got instead
         * @param theme      whether {@code id} is the theme's; else an element before it has it
         * @param footnote   whether the element is a footnote's own
         */
        void renamed(String id, int occurrence, String renamed, boolean theme, boolean footnote);
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
    /** Which of {@link #withIds} are a footnote's own elements. */
    private final Set<Integer> footnotes = new HashSet<>();
    /** The links of the footnotes: a reference's to its note, a note's back to its references. */
    private final List<List<String>> footnoteLinks = new ArrayList<>();
    /** Of {@link #withIds}, the {@code <sup>} just opened, or -1: a reference's link comes next. */
    private int openedSup = -1;
    /** Of {@link #withIds}, the last {@code <li>}: a note's links back come at its end. */
    private int lastItem = -1;

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
        int element = -1;
        if (id >= 0) {
            withIds.add(copy);
            written.add(copy.get(id));
            element = withIds.size() - 1;
        }
        int href = elementName.equals("a") ? value(copy, "href") : -1;
        if (href >= 0 && copy.get(href).startsWith("#")) {
            withFragments.add(copy);
            footnoteLink(copy);
        }
        openedSup = elementName.equals("sup") ? element : -1;
        lastItem = elementName.equals("li") ? element : lastItem;
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

    /** Takes {@code link} for a footnote's when it has the class that Markdown gives the footnotes' links. */
    private void footnoteLink(List<String> link) {
        int type = value(link, "class");
        String linkClass = type < 0 ? "" : link.get(type);
        int footnote = linkClass.equals("footnote-ref") ? openedSup : linkClass.equals("footnote-back") ? lastItem : -1;
        if (footnote >= 0) {
            footnotes.add(footnote);
            footnoteLinks.add(link);
        }
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
        Map<String, String> footnotesMoved = new HashMap<>();
        for (int element = 0; element < withIds.size(); element++) {
            List<String> attrs = withIds.get(element);
            int at = value(attrs, "id");
            String id = attrs.get(at);
            if (id.isEmpty()) {
                // names no element: a link to "#" leads to the top of the page
                continue;
            }
            boolean footnote = footnotes.contains(element);
            int occurrence = footnote ? 0 : occurrences.merge(id, 1, Integer::sum) - 1;
            boolean theme = themeIds.contains(id);
            if (theme || ids.claimed(id)) {
                String free = ids.claim(id);
                if (theme) {
                    moved.putIfAbsent(id, free);
                }
                if (footnote) {
                    footnotesMoved.put(id, free);
                }
                attrs.set(at, free);
                renames.renamed(id, occurrence, free, theme, footnote);
            } else {
                ids.keep(id);
            }
        }
        follow(withFragments, moved);
        follow(footnoteLinks, footnotesMoved);
        held.forEach(Runnable::run);
        out.closeDocument();
    }

    /** Points each of {@code links} whose fragment {@code moved} names at the element's new id. */
    private static void follow(List<List<String>> links, Map<String, String> moved) {
        for (List<String> attrs : links) {
            int at = value(attrs, "href");
            String target = moved.get(attrs.get(at).substring(1));
            if (target != null) {
                attrs.set(at, "#" + target);
            }
        }
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
