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

    String rewrite(SourcePost post, String body, String fromContentPath) {
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
                return match.group(0);
            }
            return match.group(1) + ContentPath.relative(fromContentPath, contentPath) + (parts.length > 1 ? "#" + parts[1] : "");
        });
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
