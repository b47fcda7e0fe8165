package org.broadsheet.model;

/**
 * An old address of an article (e.g. from the site it was imported from), where the build writes a
 * page that redirects to the article.
 *
 * @param path    site-absolute, starting with {@code /}, in one form (percent escapes decoded, then NFC, no {@code .} or
 *                empty segments): {@code /2019/12/25/bells.html} or {@code /posts/bells/}
 * @param written the alias as the article gives it, for problems
 * @param line    the line of the article file that gives it
 */
public record Alias(String path, String written, int line) {

    /**
     * The file that holds the redirect, relative to {@code site/}: {@code 2019/12/25/bells.html}, or
     * {@code posts/bells/index.html} for a path ending in {@code /} or whose last segment has no extension.
     */
    public String file() {
        String relative = path.substring(1);
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            return relative + "index.html";
        }
        return last.contains(".") ? relative : relative + "/index.html";
    }
}
