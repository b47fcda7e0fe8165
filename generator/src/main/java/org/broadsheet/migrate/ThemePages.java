package org.broadsheet.migrate;

import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pages that a theme filled from the site's posts: an empty page whose layout lists or searches them (an archive,
 * a tag index, a blog's front page), which Broadsheet makes its own way, so that importing one as an article would
 * publish an empty story.
 */
final class ThemePages {

    /** The listing and search layouts of the usual themes: PaperMod, Stack, minima, minimal-mistakes, Chirpy, Hydejack. */
    private static final Set<String> LAYOUTS = Set.of("archives", "archive", "search", "links", "tags", "tag",
            "categories", "category", "terms", "home", "blog", "posts", "post-index");

    private ThemePages() {
    }

    /** The layout of {@code document} when it is such a page, else empty. */
    static Optional<String> layout(LooseDocument document) {
        LooseField field = SourcePost.field(document.fields(), "layout");
        String layout = field == null ? null : Loose.text(field.value());
        return layout != null && LAYOUTS.contains(layout.toLowerCase(Locale.ROOT)) && document.body().isBlank()
                ? Optional.of(layout) : Optional.empty();
    }

    /** Reports {@code path}, a page the theme filled with the layout {@code layout}, as not imported. */
    static void report(String path, String layout, Findings findings) {
        findings.add(Category.NOT_PUBLISHED, path, 1, "not imported: a page the theme fills (layout: " + layout
                + "), not an article; Broadsheet makes its own", "theme pages");
    }
}
