package org.broadsheet.render;

import org.broadsheet.diag.Suggestions;
import org.broadsheet.markdown.BodyAnchors;
import org.broadsheet.markdown.LinkRewriter;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodyText;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.SiteModel;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves the links and images of one article's body: a link to another article's {@code .md}
 * file becomes that article's URL, a fragment of it ({@code other.md#background}) the id that the article's page has
 * for it ({@link ArticleAnchors}), an image or other file of {@code content/} is published under
 * {@code media/} unless a browser or server could run it ({@link PublishableFiles}), and anything else (external URLs, anchors, other paths of the host) is kept.
 */
final class BodyLinks implements LinkRewriter {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
    /**
     * What a link or image is rendered with once its problem is reported (or its article's file has problems of
     * its own): the build fails, and the link check, which reports what leads nowhere, passes over it.
     */
    private static final String REPORTED = "";
    private static final int MAX_MISSING_FRAGMENTS = 20;

    private final SiteModel site;
    private final SiteUrls urls;
    private final String source;
    private final String contentPath;
    private final int bodyLine;
    private final MediaFiles mediaFiles;
    private final boolean absolute;
    private final PageContext context;
    private final Predicate<String> unread;
    private final ArticleAnchors anchors;
    private final Map<String, MediaFiles.Size> sizes = new HashMap<>();
    /**
     * How many links to a fragment that an article's page lacks were warned of: a hostile body of a hundred thousand
     * would otherwise give as many warnings, each with a search for the closest id.
     */
    private int missingFragments;

    /** @param absolute whether links are written as absolute URLs (for feeds) rather than from the site root */
    BodyLinks(SiteModel site, SiteUrls urls, Article article, MediaFiles mediaFiles, ArticleAnchors anchors,
              boolean absolute, PageContext context) {
        this(site, urls, article.source(), article.contentPath(), article.bodyLine(), mediaFiles, anchors, absolute,
                context, file -> false);
    }

    /**
     * Checks {@code body}, writing links from the site root.
     *
     * @param unread whether an article file (relative to {@code content/}) could not be read for problems of its own:
     *               a link to one is not reported again as leading to no article
     */
    BodyLinks(SiteModel site, SiteUrls urls, BodyText body, MediaFiles mediaFiles, ArticleAnchors anchors,
              PageContext context, Predicate<String> unread) {
        this(site, urls, body.source(), body.contentPath(), body.line(), mediaFiles, anchors, false, context, unread);
    }

    private BodyLinks(SiteModel site, SiteUrls urls, String source, String contentPath, int bodyLine,
                      MediaFiles mediaFiles, ArticleAnchors anchors, boolean absolute, PageContext context,
                      Predicate<String> unread) {
        this.site = site;
        this.urls = urls;
        this.source = source;
        this.contentPath = contentPath;
        this.bodyLine = bodyLine;
        this.mediaFiles = mediaFiles;
        this.absolute = absolute;
        this.context = context;
        this.unread = unread;
        this.anchors = anchors;
    }

    @Override
    public int[] imageSize(String renderedUrl) {
        MediaFiles.Size size = sizes.get(renderedUrl);
        return size == null ? null : new int[]{size.width(), size.height()};
    }

    private String link(String path) {
        return absolute ? urls.absolute(path) : urls.href(path);
    }

    @Override
    public void removed(int line, String what) {
        context.problems().warn(source, bodyLine + line - 1, "removed " + what);
    }

    @Override
    public void renamed(int line, String what) {
        context.problems().warn(source, bodyLine + line - 1, "renamed " + what);
    }

    /**
     * {@code fragment} (with its {@code #}) of {@code url}, a link to {@code linked}, as the id that the article's page
     * has for it: the one its element was renamed to, as the article's own links follow it; a warning at
     * {@code fileLine} when the page has no such element.
     */
    private String fragment(String url, String fragment, Article linked, int fileLine) {
        Optional<BodyAnchors> page = fragment.length() > 1 ? anchors.of(linked) : Optional.empty();
        if (page.isEmpty()) {
            return fragment;
        }
        String written = fragment.substring(1);
        String decoded = ContentPaths.percentDecoded(written);
        String target = page.get().target(written);
        target = target != null ? target : page.get().target(decoded);
        if (target == null) {
            missingFragments++;
            if (missingFragments <= MAX_MISSING_FRAGMENTS) {
                context.problems().warn(source, fileLine, "link to '" + url + "' leads to no element of the article's "
                        + "page: " + linked.source() + " has no id '" + decoded + "'"
                        + Suggestions.hint(decoded, page.get().ids()) + " (a heading's id is its text in lower case, "
                        + "with '-' for spaces); link to an id it has, or to the article alone");
            } else if (missingFragments == MAX_MISSING_FRAGMENTS + 1) {
                context.problems().warn(source, fileLine, "more links to no element of an article's page from here "
                        + "on: warnings of them stop after " + MAX_MISSING_FRAGMENTS + " in one article");
            }
            return fragment;
        }
        return target.equals(written) || target.equals(decoded) ? fragment : "#" + target;
    }

    @Override
    public String rewrite(String url, int line, boolean image) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).matches()) {
            return url;
        }
        int fileLine = bodyLine + line - 1;
        String fragment = url.contains("#") ? url.substring(url.indexOf('#')) : "";
        Optional<String> target = ContentPaths.resolve(contentPath, url);
        // an article's file however the link spells it (a.m%64, a.md/.): its source is never published as a file
        if (target.map(t -> t.endsWith(".md")).orElse(ContentPaths.withoutQuery(url).endsWith(".md"))) {
            target.ifPresent(context.linkTargets()::add);
            Article linked = target.map(site.byFile()::get).orElse(null);
            if (linked == null && target.filter(unread).isPresent()) {
                return REPORTED;
            }
            if (linked == null) {
                context.problems().add(source, fileLine, "link to '" + url + "' leads to no article"
                        + target.map(t -> " (no published article content/" + t + ")").orElse("")
                        + target.map(t -> Suggestions.hint(t, site.byFile().keySet())).orElse("")
                        + "; links to articles are relative to this file, e.g. ../2018/harbor.md");
                return REPORTED;
            }
            return link(urls.article(linked)) + fragment(url, fragment, linked, fileLine);
        }
        ContentPaths.Found found = target.map(mediaFiles::find).orElse(ContentPaths.Found.MISSING);
        if (found.refusal() != null) {
            context.problems().add(source, fileLine, (image ? "image '" : "link to '") + url + "' " + found.refusal());
            return REPORTED;
        }
        Optional<String> refusal = found == ContentPaths.Found.FILE ? mediaFiles.refusal(target.get()) : Optional.empty();
        if (refusal.isPresent()) {
            context.problems().add(source, fileLine, (image ? "image '" : "link to '") + url + "' "
                    + refusal.get() + PublishableFiles.NOT_PUBLISHED);
            return REPORTED;
        }
        if (found == ContentPaths.Found.FILE) {
            context.media().add(target.get());
            String rendered = link(SiteUrls.media(target.get()));
            if (image) {
                mediaFiles.of(target.get()).ifPresent(size -> sizes.put(rendered, size));
            }
            return rendered;
        }
        if (image) {
            context.problems().add(source, fileLine, "image '" + url + "' not found"
                    + target.map(t -> mediaFiles.otherCaseHint(url, t)).orElse("") + " (paths are relative to this "
                    + "file, or to content/ when they start with '/')");
            return REPORTED;
        }
        return url;
    }
}
