package org.broadsheet.migrate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites Markdown links to the old address of an imported post ({@code /2019/12/25/bells.html},
 * {@code https://old.example.org/posts/bells/}) into relative {@code .md} links, so that they follow
 * the article wherever Broadsheet publishes it rather than relying on a redirect.
 */
final class OldLinks {

    private static final Pattern LINK_TARGET = Pattern.compile("(?<!!)(\\[[^\\]\\n]*\\]\\()\\s*<?([^)\\s>]+)>?");

    private final Map<String, String> contentPathByAddress;
    private final String origin;

    /**
     * @param contentPathByAddress old site-absolute address → the post's new path below {@code content/}
     * @param baseUrl              the old site's absolute address, or null
     */
    OldLinks(Map<String, String> contentPathByAddress, String baseUrl) {
        this.contentPathByAddress = contentPathByAddress;
        this.origin = baseUrl == null ? null : baseUrl.replaceFirst("^([a-zA-Z]+://[^/]+).*", "$1");
    }

    /**
     * The body with links to old addresses of posts rewritten; a link that Broadsheet's link check would
     * reject (a relative page link, or one into {@code /en/…}, {@code /ko/…}, {@code /media/…} or
     * {@code /assets/…} that no imported post had) is kept and reported.
     */
    String rewrite(SourcePost post, String body, String fromContentPath, Findings findings) {
        return BodyText.replace(body, post.bodyLine(), LINK_TARGET, match -> {
            String target = match.group(2);
            String[] parts = target.split("#", 2);
            String path = parts[0];
            if (origin != null && path.startsWith(origin + "/")) {
                path = path.substring(origin.length());
            }
            String contentPath = contentPathByAddress.get(decode(path));
            if (contentPath == null && path.endsWith("/index.html")) {
                contentPath = contentPathByAddress.get(decode(path.substring(0, path.length() - "index.html".length())));
            }
            if (contentPath == null) {
                if (wouldBreak(path)) {
                    findings.add(Category.UNCONVERTED, post.path(), match.line(), "the link to '" + target + "' leads "
                            + "to no imported post, and Broadsheet would report it as a broken link: point it at "
                            + "the new page (a .md file) or at a full address");
                }
                return match.group(0);
            }
            return match.group(1) + ContentPath.relative(fromContentPath, contentPath) + (parts.length > 1 ? "#" + parts[1] : "");
        });
    }

    private static boolean wouldBreak(String path) {
        boolean file = path.matches("(?i).+\\.[a-z0-9]{2,5}") && !path.matches("(?i).+\\.html?");
        if (path.isEmpty() || path.startsWith("#") || path.startsWith("{") || ImageFiles.external(path) || file) {
            return false;
        }
        if (!path.startsWith("/")) {
            return true;
        }
        String first = path.substring(1).split("/", 2)[0];
        return SourceLanguages.SUPPORTED.contains(first) || first.equals("media") || first.equals("assets");
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
