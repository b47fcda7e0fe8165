package org.broadsheet.output;

import org.broadsheet.model.Host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files that a static host reads besides the site: redirect rules and headers for Netlify and
 * Cloudflare Pages ({@code _redirects}, {@code _headers}), {@code .nojekyll} for GitHub Pages. S3 takes
 * both from object metadata, which {@code broadsheet:deploy} sets, so it needs no file.
 */
public final class HostFiles {

    public static final String REDIRECTS = "_redirects";
    public static final String HEADERS = "_headers";
    public static final String NO_JEKYLL = ".nojekyll";
    /** Cloudflare Pages reads at most this many redirect rules; the aliases beyond are answered by their pages. */
    public static final int CLOUDFLARE_REDIRECTS = 2000;

    /** The host's files, path → text, and what the newsroom should know about them. */
    public record Files(Map<String, String> files, List<String> warnings) {
    }

    private HostFiles() {
    }

    /** The files that {@link #of} writes for {@code host}, which no alias may take. */
    public static Set<String> names(Host host) {
        return switch (host) {
            case NETLIFY, CLOUDFLARE -> Set.of(REDIRECTS, HEADERS);
            case GITHUB -> Set.of(NO_JEKYLL);
            case S3, GENERIC -> Set.of();
        };
    }

    /**
     * @param redirects the file of each alias's redirect page → the link it leads to ({@link Redirects#target})
     * @param siteFiles every file of the site
     */
    public static Files of(Host host, Map<String, String> redirects, Set<String> siteFiles, SiteUrls urls) {
        Map<String, String> files = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        switch (host) {
            case NETLIFY -> {
                // '!' makes the rule win over the redirect page that exists at the same address
                files.put(REDIRECTS, redirectRules(redirects, urls, "301!", Integer.MAX_VALUE));
                files.put(HEADERS, headers(siteFiles, urls));
            }
            case CLOUDFLARE -> {
                // Cloudflare Pages follows a rule before it looks for a file, and knows no '!'
                files.put(REDIRECTS, redirectRules(redirects, urls, "301", CLOUDFLARE_REDIRECTS));
                files.put(HEADERS, headers(siteFiles, urls));
                if (redirects.size() > CLOUDFLARE_REDIRECTS) {
                    warnings.add(REDIRECTS + ": Cloudflare Pages reads " + CLOUDFLARE_REDIRECTS + " redirect rules; the other "
                            + (redirects.size() - CLOUDFLARE_REDIRECTS) + " aliases are answered by their redirect pages");
                }
            }
            case GITHUB -> files.put(NO_JEKYLL, "");
            case S3, GENERIC -> {
            }
        }
        return new Files(files, warnings);
    }

    /** One rule per alias, {@code from to status}, at most {@code limit}, in the order of their files. */
    private static String redirectRules(Map<String, String> redirects, SiteUrls urls, String status, int limit) {
        StringBuilder rules = new StringBuilder("# Aliases of articles: their old addresses, answered with 301 redirects.\n");
        new TreeMap<>(redirects).entrySet().stream().limit(limit).forEach(redirect -> rules
                .append(urls.href(address(redirect.getKey()))).append(' ').append(redirect.getValue()).append(' ')
                .append(status).append('\n'));
        return rules.toString();
    }

    /** The address a file answers: {@code a/b/index.html} answers {@code a/b/}. */
    private static String address(String file) {
        return file.equals("index.html") || file.endsWith("/index.html")
                ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /**
     * Long-lived caching for media and fingerprinted assets. Rules never overlap, since Cloudflare joins
     * the values of overlapping rules; pages, feeds and the sitemap keep the host's default, which
     * revalidates them on every request (both hosts clear their CDN on each deploy).
     */
    private static String headers(Set<String> siteFiles, SiteUrls urls) {
        StringBuilder rules = new StringBuilder("# Caching: media and fingerprinted assets never change under their names.\n");
        if (siteFiles.stream().anyMatch(file -> FileKind.of(file) == FileKind.MEDIA)) {
            rules.append(urls.href("media/")).append("*\n  Cache-Control: ").append(FileKind.IMMUTABLE).append('\n');
        }
        siteFiles.stream().filter(file -> FileKind.of(file) == FileKind.FINGERPRINTED_ASSET).sorted().forEach(file ->
                rules.append(urls.href(file)).append("\n  Cache-Control: ").append(FileKind.IMMUTABLE).append('\n'));
        return rules.toString();
    }
}
