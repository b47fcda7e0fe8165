package org.broadsheet.sanitize;

import org.owasp.html.HtmlSanitizer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Stands in front of the rest of the sanitiser and makes the {@code name} of an {@code <a>} without an id its
 * {@code id}, the HTML5 form of the same link target: old archives mark the places that {@code [below](#part-2)}
 * leads to with {@code <a name="part-2"></a>}, and a removed name would leave those links leading nowhere. The id
 * then goes through {@link UniqueIds} like any other, so that a name cannot take the theme's ids. A name that
 * repeats the anchor's own id is dropped, as it adds nothing. Every other {@code name} reaches the policy, which
 * removes it: on an image, a form or a field it would stand for a property of the page (DOM clobbering).
 */
final class NamedAnchors extends TagFilter {

    NamedAnchors(HtmlSanitizer.Policy next) {
        super(next);
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        next.openTag(elementName, elementName.equals("a") ? anchor(attrs) : attrs);
    }

    /**
     * The attributes of an {@code <a>}, its names made its id or dropped as above. Read with iterators: the
     * sanitiser hands a linked list, where reading by index would make a tag of many attributes quadratic.
     */
    private static List<String> anchor(List<String> attrs) {
        String id = null;
        boolean named = false;
        for (Iterator<String> it = attrs.iterator(); it.hasNext(); ) {
            String attribute = it.next();
            String value = it.hasNext() ? it.next() : "";
            if (id == null && attribute.equals("id")) {
                id = value;
            }
            named |= attribute.equals("name");
        }
        if (!named) {
            return attrs;
        }
        List<String> out = new ArrayList<>(attrs.size());
        for (Iterator<String> it = attrs.iterator(); it.hasNext(); ) {
            String attribute = it.next();
            String value = it.hasNext() ? it.next() : "";
            if (!attribute.equals("name")) {
                out.add(attribute);
                out.add(value);
            } else if (id == null && !value.isEmpty()) {
                out.add("id");
                out.add(value);
            } else if (!value.isEmpty() && !value.equals(id)) {
                // another target than its id: removed, with the policy's warning
                out.add(attribute);
                out.add(value);
            }
        }
        return out;
    }
}
