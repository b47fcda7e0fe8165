package org.broadsheet.migrate;

import org.broadsheet.content.LooseDocument;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses at which Jekyll published the old site's files that are not imported — a page ({@code about.md}), a
 * document of a collection ({@code _docs/history.md}), a file it copied as it was — for the {@code {% link %}} tags
 * that name one. Such a tag becomes that address, which is then led as every link to a page of the old site is
 * ({@link OldLinks}), instead of staying as text inside its link.
 *
 * @param files    the old site's files
 * @param settings its {@code _config.yml}
 */
record JekyllPages(SourceFiles files, Map<String, Object> settings) {

    private static final Pattern CONVERTED = Pattern.compile("(?i).+\\.(md|markdown|mkdn|mkd|html?)");
    /** A file or folder that Jekyll does not publish, outside a collection: {@code _drafts/}, {@code _includes/}, {@code .git}. */
    private static final Pattern UNPUBLISHED = Pattern.compile("(^|/)[_.#~]");

    /**
     * The address, from the old site's base path, of the file of the old site that {@code reference} (a path from the
     * site's folder, with an optional {@code #anchor}) names, or empty when there is none that Jekyll published.
     */
    Optional<String> address(String reference) {
        String[] parts = reference.strip().split("#", 2);
        String anchor = parts.length > 1 ? "#" + parts[1] : "";
        String path = parts[0].strip().replaceAll("^/+", "");
        if (path.isEmpty() || path.contains("..") || path.contains("{") || !files.exists(path)) {
            return Optional.empty();
        }
        Optional<String> collection = collection(path);
        if (collection.isEmpty() && UNPUBLISHED.matcher(path).find()) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!CONVERTED.matcher(name).matches()) {
            return Optional.of("/" + path + anchor);
        }
        Optional<LooseDocument> document = files.documentQuietly(path);
        if (document.isEmpty() || !document.get().hasFrontMatter()) {
            return Optional.of("/" + path + anchor);
        }
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String basename = name.substring(0, name.lastIndexOf('.'));
        String own = document.get().fields().containsKey("permalink")
                ? Loose.text(document.get().fields().get("permalink").value()) : null;
        String pattern;
        if (collection.isPresent()) {
            Object config = Loose.get(settings.get("collections"), collection.get());
            if (!Loose.isTrue(Loose.get(config, "output"))) {
                return Optional.empty();
            }
            String configured = Loose.text(Loose.get(config, "permalink"));
            pattern = own != null ? own : "pretty".equals(configured) ? "/:collection/:path/"
                    : configured != null && configured.startsWith("/") ? configured : "/:collection/:path:output_ext";
        } else if (own != null) {
            pattern = own;
        } else if (basename.equals("index")) {
            pattern = "/:path/";
        } else {
            // Jekyll gives pages the ending of the site's permalink style: a folder of their own, or .html
            String style = Loose.text(settings.get("permalink"));
            pattern = "pretty".equals(style) || style != null && style.endsWith("/") ? "/:path/:basename/"
                    : "/:path/:basename:output_ext";
        }
        String inCollection = collection.map(label -> path.substring(collectionsPrefix().length() + label.length() + 2))
                .orElse(path);
        String address = pattern
                .replace(":collection", collection.orElse(""))
                .replace(":path", collection.isPresent() ? inCollection.substring(0, inCollection.lastIndexOf('.')) : folder)
                .replace(":basename", basename)
                .replace(":name", basename)
                .replace(":title", basename)
                .replace(":output_ext", ".html");
        return Optional.of(("/" + address).replaceAll("/{2,}", "/") + anchor);
    }

    /** The label of the collection that holds {@code path} ({@code docs} for {@code _docs/history.md}), if any. */
    private Optional<String> collection(String path) {
        String prefix = collectionsPrefix();
        if (!path.startsWith(prefix) || !(settings.get("collections") instanceof Map<?, ?> labels)) {
            return Optional.empty();
        }
        String first = path.substring(prefix.length()).split("/", 2)[0];
        return first.startsWith("_") && !first.equals("_posts") && labels.containsKey(first.substring(1))
                ? Optional.of(first.substring(1)) : Optional.empty();
    }

    /** The folder of the collections, {@code stories/} for {@code collections_dir: stories}, else empty. */
    private String collectionsPrefix() {
        String dir = Loose.text(settings.get("collections_dir"));
        String folder = dir == null ? "" : dir.replaceAll("^[./]+|/+$", "");
        return folder.isEmpty() ? "" : folder + "/";
    }
}
