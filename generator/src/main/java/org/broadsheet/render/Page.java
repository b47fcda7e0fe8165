package org.broadsheet.render;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One page of the site, described before it is rendered.
 *
 * @param language     the edition (for the language chooser and the 404 page: the default language)
 * @param path         where it is published (see {@link org.broadsheet.output.SiteUrls})
 * @param versions     language → path of this page in every language where it exists, itself included;
 *                     empty for the 404 page
 * @param xDefault     the path for readers whose language has no version; null for the 404 page
 * @param lastModified the latest change of what the page shows, for the sitemap; null for the 404 page
 * @param inputs       everything of the content that the page shows (articles, counts…): a page whose
 *                     inputs, versions and template did not change need not be rendered again
 * @param model        builds what the page's template receives, noting what it finds in the context
 */
public record Page(PageKind kind, String language, String path, Map<String, String> versions, String xDefault,
                   OffsetDateTime lastModified, List<Object> inputs,
                   BiFunction<Page, PageContext, PageModel> model) {

    /** What decides whether the page must be rendered again: its versions and inputs. */
    public List<Object> signature() {
        return List.of(versions, String.valueOf(xDefault), inputs);
    }

    /** Whether search engines should know the page (all but the 404 and search pages). */
    public boolean indexed() {
        return kind != PageKind.NOT_FOUND && kind != PageKind.SEARCH;
    }
}
