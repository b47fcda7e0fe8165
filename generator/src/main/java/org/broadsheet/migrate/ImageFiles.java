package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the image files that posts use — in the old site's static folders (site-absolute paths) or
 * beside the post (relative paths, Hugo's page bundles) — and plans their copy into
 * {@code content/images/}, keeping the path they had on the old site.
 */
final class ImageFiles {

    private static final Pattern IMAGE = Pattern.compile("(?i).+\\.(jpe?g|png|gif|webp|avif|svg)");
    /** A link to a file that is not a page: a document, a sound, a picture linked rather than shown. */
    private static final Pattern FILE_LINK = Pattern.compile(
            "(?<!!)(\\[[^\\]\\n]*\\]\\()\\s*<?([^)\\s>#?]+\\.(?i:pdf|jpe?g|png|gif|webp|svg|mp3|mp4|webm|zip|docx?|xlsx?|pptx?|hwp|csv|txt))>?(\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[([^\\]\\n]*)\\]\\(\\s*<?([^)\\s>]+)>?(\\s+\"[^\"]*\")?\\s*\\)");

    private final Path root;
    private final SourceSite site;
    private final Findings findings;
    /** Target below {@code content/} → source below the old site. */
    private final Map<String, String> copies = new TreeMap<>();

    ImageFiles(Path root, SourceSite site, Findings findings) {
        this.root = root;
        this.site = site;
        this.findings = findings;
    }

    static boolean external(String reference) {
        return reference.matches("(?i)[a-z][a-z0-9+.-]*:.*") || reference.startsWith("//");
    }

    /**
     * The content-absolute path ({@code /images/…}) of the copy of the image that {@code reference}
     * names from {@code post}, or empty (with a finding) when no such file exists.
     */
    Optional<String> use(String reference, SourcePost post, int line) {
        String written = reference.split("[?#]", 2)[0];
        String basePath = site.basePath();
        if (!basePath.isEmpty() && written.startsWith(basePath + "/")) {
            written = written.substring(basePath.length());
        }
        List<String[]> candidates = new ArrayList<>();
        Optional<String> served = ContentPaths.resolve("index.html", written);
        if (!written.startsWith("/")) {
            ContentPaths.resolve(post.path(), written).ifPresent(beside ->
                    candidates.add(new String[]{beside, beside.replaceFirst("^content/", "")}));
        }
        served.ifPresent(path -> site.staticDirs().forEach(dir ->
                candidates.add(new String[]{dir.isEmpty() ? path : dir + "/" + path, path})));
        for (String[] candidate : candidates) {
            if (Files.isRegularFile(root.resolve(candidate[0]))) {
                String folder = IMAGE.matcher(candidate[1]).matches() ? "images/" : "files/";
                String target = candidate[1].startsWith(folder) ? candidate[1] : folder + candidate[1];
                copies.putIfAbsent(target, candidate[0]);
                return Optional.of("/" + target);
            }
        }
        findings.add(Category.IMAGES, post.path(), line, (IMAGE.matcher(reference).matches() ? "image '" : "file '")
                + reference + "' not found in the old site: add the file and link it by hand");
        return Optional.empty();
    }

    /**
     * The body with each local Markdown image (and link to a local file) copied and relinked; a missing
     * image is replaced by a visible note, a missing file keeps its link (both reported).
     */
    String body(SourcePost post, String body) {
        String linked = BodyText.replace(body, post.bodyLine(), FILE_LINK, match -> {
            String href = match.group(2);
            if (external(href)) {
                return match.group(0);
            }
            String title = match.group(3) == null ? "" : match.group(3);
            return use(href, post, match.line()).map(copy -> match.group(1) + copy + title + ")").orElse(match.group(0));
        });
        return BodyText.replace(linked, post.bodyLine(), MARKDOWN_IMAGE, match -> {
            String src = match.group(2);
            if (external(src) || src.startsWith("/") && copies.containsKey(src.substring(1))) {
                return match.group(0);
            }
            String title = match.group(3) == null ? "" : match.group(3);
            return use(src, post, match.line()).map(copy -> "![" + match.group(1) + "](" + copy + title + ")")
                    .orElse("*[image not found: " + src + "]*");
        });
    }

    /** Target below {@code content/} → source below the old site, sorted. */
    Map<String, String> copies() {
        return copies;
    }
}
