package org.broadsheet.render;

import org.broadsheet.markdown.BodyAnchors;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of the article pages that other articles link to a fragment of ({@code other.md#background}), each worked
 * out once per build, when first asked for: most articles link to none, and finding them renders the linked body.
 * Safe to share between rendering threads.
 */
final class ArticleAnchors {

    private final Markdown markdown;
    private final Map<Article, Optional<BodyAnchors>> known = new ConcurrentHashMap<>();

    /** @param markdown the Markdown that renders the bodies of the build */
    ArticleAnchors(Markdown markdown) {
        this.markdown = markdown;
    }

    /** The ids of {@code article}'s page; empty when its body cannot be rendered, a problem of that article. */
    Optional<BodyAnchors> of(Article article) {
        return known.computeIfAbsent(article, linked -> {
            try {
                return Optional.of(markdown.anchors(linked.body().text()));
            } catch (Markdown.Failure e) {
                return Optional.empty();
            }
        });
    }
}
