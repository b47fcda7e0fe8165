package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;

/**
 * The old site's own pages (about, contact, privacy) that it kept where its posts are, dated as posts are: not
 * articles, so not imported, and listed to check. Broadsheet's templates make a site's own pages.
 *
 * @param site                 the old site
 * @param rootHoldsPages       whether the pages at a Hugo site's content root are such pages ({@link #of})
 * @param pageLayoutMarksPages whether a post's own {@code layout: page} makes it one ({@link #of})
 */
record SitePages(SourceSite site, boolean rootHoldsPages, boolean pageLayoutMarksPages) {

    /**
     * The rules that {@code site} follows. The pages at a Hugo site's content root are its own pages when it keeps its
     * posts in sections that hold more pages than the root: Hugo gives a page there no section, themes list the
     * sections that hold the posts, and {@code hugo new} dates every page; a site that keeps its posts at the root has
     * more pages there. A post whose own front matter says {@code layout: page}, the layout Jekyll's own theme and most
     * others give a site's pages, with a fixed address without a year, is one when fewer posts say so than not: a site
     * that keeps its pages among its posts ({@code _posts/en/pages/}) marks them so, while a theme whose posts all use
     * it would make most posts say it. In a Hugo site that keeps its posts in sections, a page outside them whose own
     * front matter says {@code layout: page} is one too: the theme laid it out as the site's page, not as a post; so is
     * one that its front matter puts in a menu ({@code menu: main}), which linked it from every page, as Stack's about
     * page is.
     */
    static SitePages of(SourceSite site) {
        long atRoot = site.posts().stream().filter(post -> post.sections().isEmpty()).count();
        long inSections = site.posts().stream().filter(post -> !post.sections().isEmpty() && site.holdsPosts(post)).count();
        long pages = site.posts().stream().filter(SitePages::pageLayout).count();
        return new SitePages(site, site.kind() == SourceKind.HUGO && !site.postSections().isEmpty() && atRoot < inSections,
                pages > 0 && pages < site.posts().size() - pages);
    }

    /** Whether {@code post} is one of the site's own pages: reported as not imported. */
    boolean skipped(SourcePost post, Findings findings) {
        if (rootHoldsPages && post.sections().isEmpty()) {
            return skip(post, 1, "a page at the content folder's root, outside the sections that hold the posts ("
                    + String.join(", ", site.postSections()) + "), as an about or contact page is, whatever its date; if "
                    + "it is an article, move it into " + site.postSections().get(0) + "/ and import again", findings);
        }
        if (site.kind() == SourceKind.HUGO && !site.holdsPosts(post) && "page".equalsIgnoreCase(own(post, "layout"))) {
            return skip(post, post.line("layout"), outsidePostSections("whose front matter says 'layout: page'",
                    "layout: page"), findings);
        }
        LooseField menu = post.field("menu");
        if (site.kind() == SourceKind.HUGO && !site.holdsPosts(post) && menu != null && menu.line() > 0
                && !Loose.items(menu.value()).isEmpty()) {
            return skip(post, menu.line(), outsidePostSections("that its front matter puts in the site's menu "
                    + "('menu:')", "menu:"), findings);
        }
        if (pageLayoutMarksPages && pageLayout(post)) {
            return skip(post, post.line("layout"), "a page of the site ('layout: page' and a 'permalink' without a date "
                    + "in its front matter), as an about or contact page is, not an article; if it is one, remove "
                    + "'layout: page' and import again", findings);
        }
        return false;
    }

    /** What a page of a Hugo site outside the sections that hold the posts, told so by its {@code field}, is. */
    private String outsidePostSections(String toldBy, String field) {
        return "a page outside the sections that hold the posts (" + String.join(", ", site.postSections()) + ") "
                + toldBy + ", as an about or contact page is, whatever its date; if it is an article, move it into "
                + site.postSections().get(0) + "/, remove '" + field + "' and import again";
    }

    /** Leaves {@code post} out of the import, saying {@code why} at {@code line} of it; true. */
    private static boolean skip(SourcePost post, int line, String why, Findings findings) {
        findings.notImported(post.path());
        findings.add(Category.SKIPPED, post.path(), line, "not imported: " + why);
        return true;
    }

    /**
     * Whether the post's own front matter, not the defaults of the old site's settings, says {@code layout: page} and
     * gives it a fixed address without a year ({@code permalink: /en/about/}), as a page's: the dated notes that a
     * site lays out as pages keep their date in their address ({@code /en/meetings/2016/05/05/}).
     */
    private static boolean pageLayout(SourcePost post) {
        String layout = own(post, "layout");
        String permalink = own(post, "permalink");
        return "page".equalsIgnoreCase(layout) && permalink != null && !permalink.contains(":")
                && !permalink.matches(".*(^|/)(19|20)\\d\\d(/.*|$)");
    }

    /** The value of the post's own field {@code name}, not one given by the defaults of the old site's settings. */
    private static String own(SourcePost post, String name) {
        LooseField field = post.field(name);
        return field == null || field.line() <= 0 ? null : Loose.text(field.value());
    }
}
