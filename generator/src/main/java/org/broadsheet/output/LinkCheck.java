package org.broadsheet.output;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the built pages before they are published: every link, image and alternate that points
 * into the site must lead to a file of the build. A broken link into what Broadsheet generates is
 * an error; a link to another path on the same host (the rest of a newsroom's website) is a warning.
 */
public final class LinkCheck {

    /** A link that leads nowhere, on {@code page} (a path of the site). */
    public record Broken(String page, String link, boolean error) {
    }

    private final SiteUrls urls;
    private final Set<String> generatedRoots;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    /** @param generatedRoots the first path segments that Broadsheet owns, e.g. {@code en}, {@code media} */
    public LinkCheck(SiteUrls urls, Set<String> generatedRoots) {
        this.urls = urls;
        this.generatedRoots = generatedRoots;
    }

    /**
     * The site paths (without query and fragment) of the links, images and alternates of a page's
     * HTML: the values of its {@code href="…"} and {@code src="…"} attributes. Scanned by hand, as a
     * regular expression over every page of a large archive costs seconds.
     */
    public List<String> links(String html) {
        List<String> links = new ArrayList<>();
        int equals = html.indexOf("=\"");
        while (equals >= 0) {
            int next = equals + 2;
            if (attribute(html, equals, "href") || attribute(html, equals, "src")) {
                int end = html.indexOf('"', equals + 2);
                if (end < 0) {
                    break;
                }
                String link = html.substring(equals + 2, end).replace("&amp;", "&");
                if (urls.sitePath(link).isPresent()) {
                    links.add(shared(link));
                }
                next = end + 1;
            }
            equals = html.indexOf("=\"", next);
        }
        return List.copyOf(links);
    }

    /**
     * The text of {@code link} as an earlier page gave it, if one did: the links of all pages are held
     * until the check, and most of them (menus, topics, related articles) are the same few thousand texts.
     */
    private String shared(String link) {
        // looked up first: putIfAbsent takes the lock of the key's bin unless the key is the bin's first
        String earlier = seen.get(link);
        if (earlier != null) {
            return earlier;
        }
        earlier = seen.putIfAbsent(link, link);
        return earlier != null ? earlier : link;
    }

    /** Whether {@code name} ends just before {@code equals}, preceded by white space (as {@code \\s} means it). */
    private static boolean attribute(String html, int equals, String name) {
        int start = equals - name.length();
        return start > 0 && html.startsWith(name, start) && " \t\n\u000B\f\r".indexOf(html.charAt(start - 1)) >= 0;
    }

    /**
     * Checks the links of each page (as {@link #links} found them) against {@code files}, every file
     * the site will hold.
     */
    public List<Broken> check(Map<String, List<String>> linksByPage, Set<String> files) {
        // each distinct link is resolved once: most of a page's links are menus, topics and related articles
        // that thousands of pages share
        Map<String, Optional<Boolean>> verdicts = new ConcurrentHashMap<>();
        // on both cores, in page order: a large archive has a great many links (see bench/README.md)
        return new TreeMap<>(linksByPage).entrySet().parallelStream()
                .flatMap(page -> broken(page.getKey(), page.getValue(), files, verdicts).stream()).toList();
    }

    private List<Broken> broken(String page, List<String> links, Set<String> files,
                                Map<String, Optional<Boolean>> verdicts) {
        List<Broken> broken = new ArrayList<>();
        for (String link : links) {
            Optional<Boolean> verdict = verdicts.get(link);
            if (verdict == null) {
                verdict = verdict(link, files);
                verdicts.put(link, verdict);
            }
            verdict.ifPresent(error -> broken.add(new Broken(page, link, error)));
        }
        return broken;
    }

    /** Empty when {@code link} leads to one of {@code files}; else whether the dead end is an error. */
    private Optional<Boolean> verdict(String link, Set<String> files) {
        String path = urls.sitePath(link).orElseThrow();
        if (files.contains(target(path, files))) {
            return Optional.empty();
        }
        String root = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return Optional.of(root.isEmpty() || generatedRoots.contains(root));
    }

    private static String target(String path, Set<String> files) {
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.isEmpty() || decoded.endsWith("/")) {
            return decoded + "index.html";
        }
        return files.contains(decoded) ? decoded : decoded + "/index.html";
    }
}
