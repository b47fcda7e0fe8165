package org.broadsheet.render;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;

import java.util.Set;
import java.util.TreeSet;

/**
 * What rendering one page (or feed) finds out besides its HTML: the content problems met (broken
 * links, missing images), the files of {@code content/} it uses, and the files its article body
 * links to. Used by one thread at a time.
 */
public final class PageContext {

    private final Problems problems = new Problems();
    private final Set<String> media = new TreeSet<>();
    private final Set<String> linkTargets = new TreeSet<>();
    private Article extraShown;

    public Problems problems() {
        return problems;
    }

    /** Files of {@code content/} (relative to it) that the page shows, to be published under {@code media/}. */
    public Set<String> media() {
        return media;
    }

    /** Files of {@code content/} that the article's body links to, found or not. */
    public Set<String> linkTargets() {
        return linkTargets;
    }

    /** The article whose {@code extra} the page hands to its template, or null. */
    public Article extraShown() {
        return extraShown;
    }

    void showExtraOf(Article article) {
        extraShown = article;
    }
}
