package org.broadsheet.model;

import java.util.HashSet;
import java.util.Set;

/**
 * The ids an article's body gives way to ({@link FreeIds} numbers its own clear of them). A page holds the theme's
 * elements and the body's; a browser, a skip link, a label and a script's {@code getElementById} find the first
 * element of an id, so a body that took one of the theme's ids would take the theme's place, and two elements of
 * one id leave a link to it to the first.
 */
public final class ElementIds {

    /**
     * The ids the default theme's templates write or point at and its scripts look up ({@code ThemeIdsTest} holds
     * this list to them); a site's own theme adds those of its files ({@link #reserved}).
     */
    public static final Set<String> THEME = Set.of("main", "site-search", "latest-heading", "topics-heading",
            "series-heading", "corrections-heading", "related-heading", "most-read", "most-read-heading",
            "search-page", "search-query", "search-status", "search-results", "search-more");

    private ElementIds() {
    }

    /**
     * The ids a body gives way to under a theme whose templates and scripts use {@code themeIds}: those and the
     * default theme's, which stay reserved whatever theme a site has, so that a body's ids do not change when a
     * site edits its copy of the theme without adding one.
     */
    public static Set<String> reserved(Set<String> themeIds) {
        Set<String> reserved = new HashSet<>(THEME);
        reserved.addAll(themeIds);
        return Set.copyOf(reserved);
    }
}
