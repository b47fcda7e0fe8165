package org.broadsheet.migrate;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The addresses at which Hugo published the old site's pages that are not imported — a download or community page,
 * a section's own page ({@code _index.md}) — for the {@code ref} and {@code relref} shortcodes that name one. Such a
 * shortcode becomes that address, which is then led as every link to a page of the old site is ({@link OldLinks}),
 * instead of staying as text that readers would see.
 *
 * @param root   the old site's folder
 * @param site   the old site
 * @param byPath its pages read as posts, by path
 */
record HugoPages(Path root, SourceSite site, Map<String, SourcePost> byPath) {

    /** A date for the pages whose address has none: those outside the sections that {@code permalinks} name. */
    private static final ZonedDateTime UNDATED = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    static HugoPages of(Path root, SourceSite site) {
        return new HugoPages(root, site, site.posts().stream().collect(Collectors.toMap(SourcePost::path,
                Function.identity(), (a, b) -> a)));
    }

    /**
     * The address, from the host's root, of the page of the old site that {@code reference} names from {@code from}
     * as Hugo looked it up — from the page's folder, else from the content folder — or empty when no page of the old
     * site that Hugo published is there.
     */
    Optional<String> address(SourcePost from, String reference) {
        String[] parts = reference.strip().split("#", 2);
        String anchor = parts.length > 1 ? "#" + parts[1] : "";
        String written = parts[0].replaceAll("^/+|/+$", "");
        if (written.isEmpty() || written.contains("..") || written.contains(":")) {
            return Optional.empty();
        }
        String content = contentFolder(from);
        for (String file : candidates(from, parts[0].strip().startsWith("/"), written, content)) {
            if (!SourceFiles.exists(root, file)) {
                continue;
            }
            SourcePost page = byPath.get(file);
            if (page != null) {
                // a page whose section dates its address, or one Hugo did not publish, has no address to give
                String section = page.sections().isEmpty() ? "page" : page.sections().get(0).toLowerCase(Locale.ROOT);
                return page.draft() || site.permalinks().containsKey(section) ? Optional.empty()
                        : Optional.of(OldUrls.of(page, site, UNDATED).get(0) + anchor);
            }
            if (file.endsWith("/_index.md") && file.startsWith(content + "/")) {
                String prefix = site.defaultInSubdir() || !from.oldLanguage().equals(site.oldDefault())
                        ? "/" + from.oldLanguage() : "";
                String below = file.substring(content.length(), file.length() - "_index.md".length());
                return Optional.of(site.basePath() + prefix + OldUrls.sanitized(below).toLowerCase(Locale.ROOT) + anchor);
            }
        }
        return Optional.empty();
    }

    /**
     * The files that {@code written} may name, in the order Hugo looked: from the page's folder (unless written from
     * the root), from the content folder, else the only page of the site of that name ({@code community} for
     * {@code what-is/community.md}).
     */
    private List<String> candidates(SourcePost from, boolean fromRoot, String written, String content) {
        List<String> bases = new ArrayList<>();
        if (!fromRoot) {
            bases.add(folder(from.path()));
        }
        bases.add(content);
        List<String> files = new ArrayList<>();
        for (String base : bases) {
            String path = base.isEmpty() ? written : base + "/" + written;
            files.addAll(path.matches("(?i).+\\.(md|markdown)") ? List.of(path)
                    : List.of(path + ".md", path + "/_index.md", path + "/index.md"));
        }
        if (!written.contains("/")) {
            Pattern name = Pattern.compile("(?i).*/" + Pattern.quote(written.replaceFirst("(?i)\\.(md|markdown)$", ""))
                    + "(/index)?\\.(md|markdown)");
            List<String> named = byPath.keySet().stream()
                    .filter(path -> path.startsWith(content + "/") && name.matcher(path).matches()).toList();
            if (named.size() == 1) {
                files.add(named.get(0));
            }
        }
        return files;
    }

    /** The content folder that holds {@code post}: its path without its sections, bundle and file. */
    private static String contentFolder(SourcePost post) {
        String folder = folder(post.path());
        if (post.path().matches("(?i).*/index(\\.[\\w-]+)?\\.(md|markdown)")) {
            folder = folder(folder);
        }
        String sections = String.join("/", post.sections());
        if (!sections.isEmpty() && folder.endsWith(sections)) {
            folder = folder.substring(0, folder.length() - sections.length()).replaceAll("/+$", "");
        }
        return folder;
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
