package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;
import org.broadsheet.model.ContentPaths;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the links of a post's body that lead into the old site — relative, from its root, or with its
 * host; in Markdown, autolinks or raw HTML. A link to an imported post becomes a relative {@code .md}
 * link (in raw HTML, the post's new address), so that it follows the article wherever Broadsheet publishes
 * it. A link to another page of the old site, which Broadsheet does not make, becomes an absolute link to
 * the old host; when there is no old host apart from the new site's own address, a link into what
 * Broadsheet owns ({@code /en/…}, {@code /media/…}) cannot lead anywhere and is unlinked, its text kept,
 * and any other is kept as a path of the host. A link to a file the old site does not have is such a page
 * too. Each of these is reported, as one group.
 */
final class OldLinks {

    private static final Pattern SCHEME = Pattern.compile("(?i)([a-z][a-z0-9+.-]*):.*");
    private static final Pattern WITH_HOST = Pattern.compile("(?i)(?:https?:)?//([^/?#]+)(.*)");
    private static final Pattern HREF = Pattern.compile("(?i)\\s(href)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    /** The characters a URL is made of; a bare URL that runs on into Korean text ends before them. */
    /** A link's text that is an address alone, which Markdown links when written bare. */
    private static final Pattern BARE_ADDRESS = Pattern.compile("(?i)(https?://|www\\.)[^\\s`]+");
    private static final Pattern URL_END = Pattern.compile("[^A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]");

    private final Map<String, String> contentPathByAddress;
    private final Map<String, String> newAddressByContentPath;
    private final Set<String> oldHosts;
    private final String oldHost;
    private final Set<String> ownedRoots;
    private final Predicate<String> generated;
    private final String newBasePath;
    private final BiPredicate<String, SourcePost> fileExists;
    private final BiFunction<String, SourcePost, Optional<ImageFiles.Refusal>> fileRefused;
    private final BiFunction<SourcePost, String, String> linkedFrom;
    private final BiFunction<SourcePost, String, Optional<String>> taxonomyPage;

    /**
     * @param contentPathByAddress    old address of each imported post (its path from the old host's root) → its
     *                                file below {@code content/}
     * @param newAddressByContentPath the new address of each imported post, from the new site's root
     * @param oldHosts                the host names under which the old site was written ({@code www.example.org})
     * @param oldHost                 where the old site's other pages stay ({@code https://old.example.org}, no
     *                                trailing {@code /}), or null when there is no such place
     * @param newBasePath             the new site's path from its host's root ({@code /}, {@code /news/}), below
     *                                which Broadsheet owns its paths
     * @param ownedRoots              the first path segments Broadsheet owns
     * @param generated               whether a path is a page Broadsheet makes anyway ({@code /en/}, {@code /})
     * @param fileExists              whether the old site has the file that a link from a post names, and the
     *                                build publishes it: such a link copies it rather than leading to the old site
     * @param fileRefused             why the old site's file that a link names is not copied, or empty: such a link
     *                                is led as a page's, or unlinked when the import withholds the file, and
     *                                reported with the reason
     * @param linkedFrom              where the old site led a post's link to a path of its own: below the post's
     *                                language folder with jekyll-polyglot, else the path as written
     * @param taxonomyPage            the new address of the topic or series page that a post's link to a path of the
     *                                old site's taxonomy pages ({@code /tags/fog/}) leads to, or empty
     */
    OldLinks(Map<String, String> contentPathByAddress, Map<String, String> newAddressByContentPath, Set<String> oldHosts,
             String oldHost, String newBasePath, Set<String> ownedRoots, Predicate<String> generated,
             BiPredicate<String, SourcePost> fileExists,
             BiFunction<String, SourcePost, Optional<ImageFiles.Refusal>> fileRefused,
             BiFunction<SourcePost, String, String> linkedFrom,
             BiFunction<SourcePost, String, Optional<String>> taxonomyPage) {
        this.contentPathByAddress = contentPathByAddress;
        this.newAddressByContentPath = newAddressByContentPath;
        this.oldHosts = oldHosts;
        this.oldHost = oldHost;
        this.ownedRoots = ownedRoots;
        this.generated = generated;
        this.newBasePath = newBasePath;
        this.fileExists = fileExists;
        this.fileRefused = fileRefused;
        this.linkedFrom = linkedFrom;
        this.taxonomyPage = taxonomyPage;
    }

    /** What a link becomes: its address in Markdown and in raw HTML; both null when it is unlinked. */
    private record Target(String markdown, String html) {
        static final Target UNLINKED = new Target(null, null);
    }

    /**
     * Adds to {@code edits} the rewriting of the links to the old site of the body of {@code post} (going
     * to {@code fromContentPath}), whose spans are {@code spans}.
     *
     * @param oldAddress the post's own old address, against which relative links are resolved
     * @param relinked   the offsets of the raw-HTML {@code href} values made links to copied files, left as they are
     */
    void rewrite(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, String fromContentPath,
                 String oldAddress, Links links, Set<Integer> relinked, Findings findings) {
        Set<String> unlinkedReferences = new HashSet<>();
        for (MarkdownSpans.Span span : spans) {
            switch (span.kind()) {
                case LINK, REFERENCE -> {
                    String url = body.substring(span.start(), span.end());
                    target(url, true, fromContentPath, oldAddress, links, post, edits.line(span.start()), findings).ifPresent(t -> {
                        if (t.markdown() != null) {
                            edits.replace(span.start(), span.end(), t.markdown());
                        } else if (span.kind() == MarkdownSpans.Kind.LINK) {
                            unlink(body, span, edits);
                        } else {
                            // its links become their text, and the definition goes: left, its address is still a link
                            unlinkedReferences.add(span.reference());
                            edits.replace(span.outerStart(), span.outerEnd(), "");
                        }
                    });
                }
                case AUTOLINK -> {
                    String written = body.substring(span.start(), span.end());
                    Matcher end = URL_END.matcher(written);
                    String shown = end.find() ? written.substring(0, end.start()) : written;
                    String url = shown.regionMatches(true, 0, "www.", 0, 4) ? "http://" + shown : shown;
                    String after = written.substring(shown.length()) + body.substring(span.end(), span.outerEnd());
                    target(url, true, fromContentPath, oldAddress, links, post, edits.line(span.start()), findings).ifPresent(t ->
                            edits.replace(span.outerStart(), span.outerEnd(), (t.markdown() != null
                                    ? "[" + shown + "](" + t.markdown() + ")" : "`" + shown + "`") + after.replaceFirst("^>", "")));
                }
                case HTML, HTML_BLOCK -> html(body, span, fromContentPath, oldAddress, links, post, edits, relinked,
                        findings);
                default -> {
                }
            }
        }
        for (MarkdownSpans.Span span : spans) {
            if (span.kind() == MarkdownSpans.Kind.LINK_REFERENCE && unlinkedReferences.contains(span.reference())) {
                edits.replace(span.outerStart(), span.textStart(), "");
                edits.replace(span.textEnd(), span.outerEnd(), "");
            }
        }
    }

    /**
     * Makes a Markdown link its text: as written, unless it is an address, which the build's Markdown would make a link
     * again (to the old site's address, which the new site takes over) and is shown as code instead. Only the brackets
     * and the address go, so that the edits inside the text stay: a thumbnail linked to a larger picture the old site
     * lacks is copied, or noted as not found, as it is without the link.
     */
    private static void unlink(String body, MarkdownSpans.Span span, BodyEdits edits) {
        String text = body.substring(span.textStart(), span.textEnd());
        if (BARE_ADDRESS.matcher(text).matches()) {
            edits.replace(span.outerStart(), span.outerEnd(), "`" + text + "`");
        } else {
            edits.replace(span.outerStart(), span.textStart(), "");
            edits.replace(span.textEnd(), span.outerEnd(), "");
        }
    }

    /** The {@code href}s of a span of raw HTML; an unlinked one loses its {@code href}. */
    private void html(String body, MarkdownSpans.Span span, String fromContentPath, String oldAddress, Links links,
                      SourcePost post, BodyEdits edits, Set<Integer> relinked, Findings findings) {
        Matcher href = HREF.matcher(body).region(span.start(), span.end());
        while (href.find()) {
            int group = href.group(3) != null ? 3 : 4;
            String url = href.group(group);
            int start = href.start(group);
            if (relinked.contains(start)) {
                continue;
            }
            int end = href.end(group);
            int whole = href.start();
            target(url, false, fromContentPath, oldAddress, links, post, edits.line(start), findings).ifPresent(t -> {
                if (t.html() != null) {
                    edits.replace(start, end, t.html());
                } else {
                    edits.replace(whole, href.end(), "");
                }
            });
        }
    }

    /**
     * What the link {@code url} becomes, or empty when it stays as written.
     *
     * @param markdown whether it is a Markdown link, which copies a file of the old site (raw HTML cannot)
     */
    private Optional<Target> target(String url, boolean markdown, String fromContentPath, String oldAddress, Links links,
                                    SourcePost post, int line, Findings findings) {
        if (url.isEmpty() || url.startsWith("#")) {
            return Optional.empty();
        }
        if (url.contains("{{") || url.contains("{%")) {
            // what is left of Liquid or a shortcode: the old generator filled it in, and a link as written leads nowhere
            findings.add(Category.UNCONVERTED, post.path(), line, "link to '" + url + "': the old site's template code "
                    + "has no Markdown equivalent; unlinked, its text kept");
            return Optional.of(Target.UNLINKED);
        }
        int cut = firstOf(url, '?', '#');
        String path = url.substring(0, cut);
        String rest = url.substring(cut);
        String fragment = rest.contains("#") ? rest.substring(rest.indexOf('#')) : "";
        boolean absolute = false;
        Matcher withHost = WITH_HOST.matcher(path);
        if (withHost.matches()) {
            if (!oldHosts.contains(withHost.group(1).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            absolute = true;
            path = withHost.group(2).isEmpty() ? "/" : withHost.group(2);
        } else if (SCHEME.matcher(path).matches()) {
            return Optional.empty();
        } else if (path.matches("(?i).+\\.(md|markdown|mkdn)")) {
            Optional<String> converted = ContentPaths.resolve(fromContentPath, path);
            if (converted.isPresent() && newAddressByContentPath.containsKey(converted.get())) {
                // the build leads a Markdown link to a .md file to its article, but publishes raw HTML as written
                return markdown ? Optional.empty() : Optional.of(new Target(url, newAddressByContentPath.get(converted.get())
                        + fragment));
            }
            Optional<String> link = links.resolve(url, null);
            if (link.isEmpty()) {
                findings.add(Category.OLD_PAGES, post.path(), line, "'" + url + "' names no imported post (or a draft); "
                        + "unlinked, its text kept");
            }
            return Optional.of(link.map(l -> new Target(l, newAddress(fromContentPath, l))).orElse(Target.UNLINKED));
        } else if (!path.startsWith("/")) {
            Optional<String> resolved = ContentPaths.resolve(oldAddress.substring(1)
                    + (oldAddress.endsWith("/") ? "index.html" : ""), path);
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            path = "/" + resolved.get() + (path.endsWith("/") && !resolved.get().isEmpty() ? "/" : "");
        }
        String led = linkedFrom.apply(post, path);
        String contentPath = led.equals(path) ? null : post(ContentPaths.percentDecoded(led));
        contentPath = contentPath != null ? contentPath : post(ContentPaths.percentDecoded(path));
        if (contentPath != null) {
            return Optional.of(new Target(ContentPath.relative(fromContentPath, contentPath) + fragment,
                    newAddressByContentPath.get(contentPath) + fragment));
        }
        String sitePath = path.startsWith(newBasePath) ? path.substring(newBasePath.length() - 1) : path;
        if (markdown && ImageFiles.isFile(path) && fileExists.test(url, post) || generated.test(sitePath)) {
            return Optional.empty();
        }
        // minimal-mistakes lists every tag on one page, a tag's posts at its anchor (/tags/#fog)
        String decoded = ContentPaths.percentDecoded(path);
        Optional<String> anchored = fragment.length() > 1 && decoded.endsWith("/")
                ? taxonomyPage.apply(post, decoded + ContentPaths.percentDecoded(fragment.substring(1)) + "/")
                : Optional.empty();
        Optional<String> term = anchored.isPresent() ? anchored
                : taxonomyPage.apply(post, decoded).map(page -> page + fragment);
        if (term.isPresent()) {
            String page = term.get();
            findings.add(Category.TAXONOMY_LINKS, post.path(), line, "'" + url + "' now leads to " + page,
                    page.contains("/series/") ? "series" : "topics");
            return Optional.of(new Target(page, page));
        }
        String shown = url.length() > 100 ? url.substring(0, 100) + "…" : url;
        // a file of the old site that the build would not publish (a page, a script) is led as a page is, and
        // reported with the files, saying why
        Optional<ImageFiles.Refusal> refused = absolute || !ImageFiles.isFile(path) ? Optional.empty()
                : fileRefused.apply(url, post);
        Category category = refused.isPresent() ? Category.IMAGES : Category.OLD_PAGES;
        String why = refused.map(r -> "; the file is not copied: it " + r.phrase()).orElse("");
        if (refused.filter(ImageFiles.Refusal::withheld).isPresent()) {
            // nor led to the old site, which may serve it still
            findings.add(category, post.path(), line, "'" + shown + "' unlinked, its text kept" + why);
            return Optional.of(Target.UNLINKED);
        }
        if (oldHost != null) {
            String onOldHost = oldHost + path + rest;
            if (onOldHost.equals(url)) {
                return Optional.empty();
            }
            findings.add(category, post.path(), line, "'" + shown + "' now leads to " + onOldHost
                    + ", the old site's page" + why);
            return Optional.of(new Target(onOldHost, onOldHost));
        }
        String root = sitePath.substring(1).split("/", 2)[0];
        if (ownedRoots.contains(root)) {
            findings.add(category, post.path(), line, "'" + shown + "' unlinked, its text kept (no old host "
                    + "apart from the new site's address)" + why);
            return Optional.of(Target.UNLINKED);
        }
        // with the host it was written with, or from the root, a link is kept as written; a relative one is
        // written from the root, since the new site will not have the folders it was relative to
        String kept = absolute ? url : path + rest;
        findings.add(category, post.path(), line, "'" + shown + "' kept" + (kept.equals(url) ? "" : " as " + kept)
                + ", the address it had on the old site: it answers only while the host serves the old site's page there"
                + why);
        return kept.equals(url) ? Optional.empty() : Optional.of(new Target(kept, kept));
    }

    /**
     * The imported post that had the old address {@code path} (or {@code path/}, {@code path/index.html},
     * {@code path.html}, or {@code path} without its {@code /}), or null.
     */
    private String post(String path) {
        String found = contentPathByAddress.get(path);
        if (found == null && path.endsWith("/index.html")) {
            found = contentPathByAddress.get(path.substring(0, path.length() - "index.html".length()));
        }
        if (found == null && !path.endsWith("/") && !path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            found = contentPathByAddress.get(path + "/");
            // hosts that serve page.html for /page (Netlify, GitHub Pages) make it the usual link to an ugly address
            found = found != null ? found : contentPathByAddress.get(path + ".html");
        }
        if (found == null && path.endsWith("/") && path.length() > 1) {
            String bare = path.substring(0, path.length() - 1);
            found = contentPathByAddress.get(bare + ".html");
            found = found != null ? found : contentPathByAddress.get(bare);
        }
        return found;
    }

    /** The new address, with its fragment, of the imported post that the relative {@code .md} link {@code link} names. */
    private String newAddress(String fromContentPath, String link) {
        int cut = link.indexOf('#');
        return ContentPaths.resolve(fromContentPath, link).map(newAddressByContentPath::get)
                .map(address -> address + (cut < 0 ? "" : link.substring(cut))).orElse(null);
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? (j < 0 ? text.length() : j) : (j < 0 ? i : Math.min(i, j));
    }
}
