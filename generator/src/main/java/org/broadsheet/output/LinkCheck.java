package org.broadsheet.output;

import org.broadsheet.model.ContentPaths;

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
 * A relative link is checked where the page's address leads it, as a browser reads it: a writer who
 * links {@code ../2019/harbor/} from an article thinks of the folders of {@code content/}, which are
 * not the article's address.
 */
public final class LinkCheck {

    /** A link that leads nowhere, on {@code page} (a path of the site). */
    public record Broken(String page, String link, boolean error) {
    }

    private static final byte[] HREF = "href".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SRC = "src".getBytes(StandardCharsets.US_ASCII);

    private final SiteUrls urls;
    private final Set<String> generatedRoots;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    /** @param generatedRoots the first path segments that Broadsheet owns, e.g. {@code en}, {@code media} */
    public LinkCheck(SiteUrls urls, Set<String> generatedRoots) {
        this.urls = urls;
        this.generatedRoots = generatedRoots;
    }

    /**
     * The links, images and alternates of a page's HTML that lead into the site, as written: the values of
     * its {@code href="…"} and {@code src="…"} attributes that name a path of the site or one relative to
     * the page. Scanned by hand, as a regular expression over every page of a large archive costs seconds.
     */
    public List<String> links(String html) {
        return links(html.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #links(String)} of a page's HTML in UTF-8, as it is written. */
    public List<String> links(byte[] html) {
        List<String> links = new ArrayList<>();
        int equals = valueStart(html, 0);
        while (equals >= 0) {
            int next = equals + 2;
            if (attribute(html, equals, HREF) || attribute(html, equals, SRC)) {
                int end = indexOf(html, (byte) '"', equals + 2);
                if (end < 0) {
                    break;
                }
                String link = new String(html, equals + 2, end - equals - 2, StandardCharsets.UTF_8)
                        .replace("&amp;", "&");
                if (urls.sitePath(link).isPresent() || relative(link)) {
                    links.add(shared(link));
                }
                next = end + 1;
            }
            equals = valueStart(html, next);
        }
        return List.copyOf(links);
    }

    /** The index of the next {@code ="} at or after {@code from}, or -1. */
    private static int valueStart(byte[] html, int from) {
        for (int i = indexOf(html, (byte) '=', from); i >= 0; i = indexOf(html, (byte) '=', i + 1)) {
            if (i + 1 < html.length && html[i + 1] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
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
    private static boolean attribute(byte[] html, int equals, byte[] name) {
        int start = equals - name.length;
        if (start <= 0) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (html[start + i] != name[i]) {
                return false;
            }
        }
        byte before = html[start - 1];
        return before == ' ' || before >= '\t' && before <= '\r';
    }

    /**
     * Checks the links of each page (as {@link #links} found them) against {@code files}, every file
     * the site will hold.
     */
    public List<Broken> check(Map<String, List<String>> linksByPage, Set<String> files) {
        // each distinct link is resolved once: most of a page's links are menus, topics and related articles
        // that thousands of pages share; a relative link, by the path it leads to
        Map<String, Optional<Boolean>> verdicts = new ConcurrentHashMap<>();
        Map<String, Optional<Boolean>> relativeVerdicts = new ConcurrentHashMap<>();
        // on both cores, in page order: a large archive has a great many links (see bench/README.md)
        return new TreeMap<>(linksByPage).entrySet().parallelStream()
                .flatMap(page -> broken(page.getKey(), page.getValue(), files, verdicts, relativeVerdicts).stream())
                .toList();
    }

    private List<Broken> broken(String page, List<String> links, Set<String> files,
                                Map<String, Optional<Boolean>> verdicts, Map<String, Optional<Boolean>> relativeVerdicts) {
        List<Broken> broken = new ArrayList<>();
        for (String link : links) {
            Optional<Boolean> verdict;
            if (relative(link)) {
                verdict = resolved(page, link).map(path -> relativeVerdicts.computeIfAbsent(path, p -> verdict(p, files)))
                        .orElse(Optional.empty());
            } else {
                verdict = verdicts.get(link);
                if (verdict == null) {
                    verdict = verdict(urls.sitePath(link).orElseThrow(), files);
                    verdicts.put(link, verdict);
                }
            }
            verdict.ifPresent(error -> broken.add(new Broken(page, link, error)));
        }
        return broken;
    }

    /**
     * Whether {@code link} is a path relative to its page: not from the root, with no scheme ({@code mailto:},
     * {@code https:}) and more than a query or a fragment of the page itself.
     */
    public static boolean relative(String link) {
        if (link.isEmpty() || "/#?\\".indexOf(link.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return false;
            }
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
        }
        return true;
    }

    /**
     * The site path that the relative {@code link} on the site file {@code page} leads to, as a browser resolves
     * it, without query and fragment; empty when it climbs above the site's root, out of what the check knows.
     */
    public static Optional<String> resolved(String page, String link) {
        List<String> parts = new ArrayList<>(List.of(page.split("/", -1)));
        parts.remove(parts.size() - 1);
        String[] segments = ContentPaths.withoutQuery(link).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else if (!segment.equals(".")) {
                parts.add(segment);
                continue;
            }
            if (last) {
                // "." or ".." at the end names a folder
                parts.add("");
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Empty when the site path {@code path} leads to one of {@code files}; else whether the dead end is an error. */
    private Optional<Boolean> verdict(String path, Set<String> files) {
        if (files.contains(target(path, files))) {
            return Optional.empty();
        }
        String root = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return Optional.of(root.isEmpty() || generatedRoots.contains(root));
    }

    private static String target(String path, Set<String> files) {
        // a broken escape (%zz), which a writer may type, stays as written: it names no file, and the link is broken
        String decoded = ContentPaths.percentDecoded(path);
        if (decoded.isEmpty() || decoded.endsWith("/")) {
            return decoded + "index.html";
        }
        return files.contains(decoded) ? decoded : decoded + "/index.html";
    }
}
