package org.broadsheet.markdown;

import java.util.Map;
import java.util.Set;

/**
 * What a link from another article to a fragment of an article's page ({@code other.md#background}) can lead to: the
 * ids of its page, those of its body as rendered and the theme's, and where the theme's ids that its body wrote went,
 * which links follow as the article's own links do.
 *
 * @param ids      the ids of the page: of the body as rendered, and of the theme
 * @param followed each theme's id that an element of the body had, with the id that its first such element got
 */
public record BodyAnchors(Set<String> ids, Map<String, String> followed) {

    public BodyAnchors {
        ids = Set.copyOf(ids);
        followed = Map.copyOf(followed);
    }

    /** The id that a link to {@code #fragment} of the page leads to, or null when the page has no such element. */
    public String target(String fragment) {
        String moved = followed.get(fragment);
        return moved != null ? moved : ids.contains(fragment) ? fragment : null;
    }
}
