package org.broadsheet.build;

import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodyText;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.SiteModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The check stage's verdict on links: a broken link into what Broadsheet generates fails the build; one
 * to another path of the host is a warning.
 */
final class BrokenLinks {

    /**
     * How many broken links of one article are placed at their line; the others are problems of its file
     * without a line. Placing one searches the body for it: a hostile body of a hundred thousand broken links
     * would otherwise cost as much as reading it a hundred thousand times, and no writer reads so many.
     */
    static final int PLACED_PER_ARTICLE = 1000;

    private BrokenLinks() {
    }

    /** The link check of a site with {@code config}. */
    static LinkCheck checker(SiteUrls urls, SiteConfig config) {
        // the first path segments that Broadsheet owns: a broken link into them is an error
        Set<String> generated = new TreeSet<>(Set.of("media", "assets", SiteUrls.sitemap(), SiteUrls.robots(),
                SiteUrls.notFound()));
        config.languages().forEach(l -> generated.add(l.code()));
        return new LinkCheck(urls, generated);
    }

    /**
     * Checks the links of {@code linksByPage} (site file → links) against the site's {@code files}. A link that an
     * article's body holds is reported at its line of the article's file (the articles of {@code model}, at their
     * addresses by {@code urls}); others, such as a template's, on the page of the site.
     */
    static void check(LinkCheck linkCheck, Map<String, List<String>> linksByPage, Set<String> files, SiteModel model,
                      SiteUrls urls, BuildOptions options, BuildLog log, Problems problems) {
        check(linkCheck, linksByPage, Map.of(), files, model, urls, options, log, problems);
    }

    /**
     * {@link #check}, and {@code unreadBodies}: under a key of {@code linksByPage} that is no file of the site, the body
     * of a file whose front matter could not be read, whose links are reported at their lines of that file.
     */
    static void check(LinkCheck linkCheck, Map<String, List<String>> linksByPage, Map<String, BodyText> unreadBodies,
                      Set<String> files, SiteModel model, SiteUrls urls, BuildOptions options, BuildLog log,
                      Problems problems) {
        String site = options.named(options.outputDir());
        List<LinkCheck.Broken> brokenLinks = linkCheck.check(linksByPage, files);
        // site file → article, worked out only for a build that has a broken link
        Map<String, Article> articles = brokenLinks.isEmpty() ? Map.of() : model.byFile().values().stream()
                .collect(Collectors.toMap(article -> SiteUrls.file(urls.article(article)), article -> article,
                        (first, other) -> first));
        // each article's body read once, however many of its links are broken
        Map<Article, String> bodies = new HashMap<>();
        Map<Object, Integer> placed = new HashMap<>();
        // a link broken many times on one page is placed once
        Map<List<Object>, Integer> lines = new HashMap<>();
        for (LinkCheck.Broken broken : brokenLinks) {
            BodyText unread = unreadBodies.get(broken.page());
            Article article = unread == null ? articles.get(broken.page()) : null;
            Object owner = unread != null ? unread : article;
            boolean placing = owner != null && placed.merge(owner, 1, Integer::sum) <= PLACED_PER_ARTICLE;
            int line = !placing ? (owner == null ? -1 : 0) : lines.computeIfAbsent(List.of(owner, broken.link()),
                    key -> unread != null ? Math.max(lineOf(unread.line(), unread.text(), broken.link()), 0)
                            : lineOf(article.bodyLine(), bodies.computeIfAbsent(article, a -> a.body().text()), broken.link()));
            String path = unread != null ? unread.source() : line < 0 ? site + broken.page() : article.source();
            String where = where(broken, urls);
            if (broken.error()) {
                problems.add(path, Math.max(line, 0), "broken link to " + broken.link() + where
                        + ": no such page or file in the site");
            } else {
                log.warn(new Problem(path, Math.max(line, 0), "link to " + broken.link() + where
                        + " leads to no page Broadsheet generates (fine if the host serves it)").toString());
            }
        }
    }

    /**
     * For a link relative to its page, the address it leads to, which the writer may not have had in mind: an
     * article's address is not the folder of its file.
     */
    private static String where(LinkCheck.Broken broken, SiteUrls urls) {
        if (!LinkCheck.relative(broken.link())) {
            return "";
        }
        String path = ContentPaths.withoutQuery(broken.link());
        String name = path.substring(path.lastIndexOf('/') + 1);
        String how = name.endsWith(".md")
                ? "a Markdown link to an article's .md file leads to the article, one in raw HTML does not"
                : name.contains(".") && !name.endsWith(".html") ? "a file of content/ is linked by its path from the article's file"
                : "link an article by its .md file";
        return LinkCheck.resolved(broken.page(), broken.link())
                .map(to -> " (from this page's address it leads to " + urls.href("") + to + "; " + how + ")")
                .orElse("");
    }

    /**
     * The line of an article's file that holds {@code link} as written in its {@code body}, which starts at
     * {@code bodyLine}, or -1 when the body holds none: first where it is written as a whole address, in Markdown
     * or raw HTML (a short link such as {@code ../} is part of many a longer one), else where it first occurs.
     */
    private static int lineOf(int bodyLine, String body, String link) {
        int first = body.indexOf(link);
        int at = first;
        while (at >= 0 && !writtenAsAddress(body, at, link.length())) {
            at = body.indexOf(link, at + 1);
        }
        at = at >= 0 ? at : first;
        if (at < 0) {
            return -1;
        }
        int line = bodyLine;
        for (int i = body.indexOf('\n'); i >= 0 && i < at; i = body.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /**
     * Whether the {@code length} chars of {@code body} at {@code at} are a whole address: a link's, an image's, a
     * reference's, or an attribute's in raw HTML, quoted or not ({@code <img src=x>}).
     */
    private static boolean writtenAsAddress(String body, int at, int length) {
        int end = at + length;
        return (end == body.length() || ")\"'> \t\r\n".indexOf(body.charAt(end)) >= 0)
                && (body.startsWith("](", at - 2) || body.startsWith("<", at - 1) || body.startsWith("]: ", at - 3)
                || afterAttribute(body, at, "href") || afterAttribute(body, at, "src"));
    }

    /** Whether {@code body} at {@code at} follows {@code name=}, with or without a quote, in any case. */
    private static boolean afterAttribute(String body, int at, String name) {
        int equals = at > 0 && (body.charAt(at - 1) == '"' || body.charAt(at - 1) == '\'') ? at - 2 : at - 1;
        return equals >= name.length() && body.charAt(equals) == '='
                && body.regionMatches(true, equals - name.length(), name, 0, name.length());
    }
}
