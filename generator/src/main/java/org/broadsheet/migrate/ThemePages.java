package org.broadsheet.migrate;

import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pages that a theme filled from the site's posts: an empty page whose layout lists or searches them (an archive,
 * a tag index, a blog's front page), which Broadsheet makes its own way, so that importing one as an article would
 * publish an empty story; and the site's about page, which stood apart from the posts.
 */
final class ThemePages {

    /** The listing and search layouts of the usual themes: PaperMod, Stack, minima, minimal-mistakes, Chirpy, Hydejack. */
    private static final Set<String> LAYOUTS = Set.of("archives", "archive", "search", "links", "tags", "tag",
            "categories", "category", "terms", "home", "blog", "posts", "post-index");

    /** The layout, or Hugo content type, under which sites lay out their about page apart from the posts. */
    private static final String ABOUT = "about";

    private ThemePages() {
    }

    /**
     * Whether {@code document} at {@code path} is one of these pages: reported as not imported. An empty page whose
     * layout lists or searches the posts, or the site's about page ({@code type: about}, {@code layout: about}, as
     * Hextra's and Stack's sites write it), text and date and all, which stood apart from the posts.
     */
    static boolean skipped(String path, LooseDocument document, Findings findings) {
        String layout = value(document, "layout");
        if (layout != null && LAYOUTS.contains(layout.toLowerCase(Locale.ROOT)) && document.body().isBlank()) {
            findings.add(Category.NOT_PUBLISHED, path, 1, "not imported: a page the theme fills (layout: " + layout
                    + "), not an article; Broadsheet makes its own", "theme pages");
            return true;
        }
        for (String key : List.of("layout", "type")) {
            if (ABOUT.equalsIgnoreCase(value(document, key))) {
                findings.add(Category.NOT_PUBLISHED, path, 1, "not imported: the site's about page (" + key + ": "
                        + value(document, key) + "), not an article; Broadsheet's templates make a site's own pages",
                        "about pages");
                return true;
            }
        }
        return false;
    }

    private static String value(LooseDocument document, String key) {
        LooseField field = SourcePost.field(document.fields(), key);
        String value = field == null ? null : Loose.text(field.value());
        return value == null ? null : value.strip();
    }
}
