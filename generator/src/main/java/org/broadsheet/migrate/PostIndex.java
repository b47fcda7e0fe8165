package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds imported posts by the names old bodies use for them: a source path ({@code {% link %}}), a
 * post name ({@code {% post_url %}}), a content path or page name ({@code {{< ref >}}}).
 */
final class PostIndex {

    /** An imported post: its source, where it goes in {@code content/}, and whether it stays a draft. */
    record Entry(SourcePost post, String contentPath, boolean draft) {
    }

    private final Map<String, List<Entry>> byName = new HashMap<>();

    PostIndex(List<Entry> entries) {
        for (Entry entry : entries) {
            SourcePost post = entry.post();
            String stem = post.path().substring(post.path().lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
            String hugoPath = String.join("/", post.sections()) + (post.sections().isEmpty() ? "" : "/") + post.fileSlug();
            for (String name : List.of(post.path(), name(post.path()), name(post.path().replace("_posts/", "")), name(stem),
                    hugoPath, post.fileSlug())) {
                List<Entry> named = byName.computeIfAbsent(name, k -> new ArrayList<>());
                if (!named.contains(entry)) {
                    named.add(entry);
                }
            }
        }
    }

    /**
     * The resolver for the body of {@code from}, whose file goes to {@code fromContentPath}; a published
     * post's body never links to a draft (Broadsheet would report a link to an unpublished article).
     */
    Links linksFrom(SourcePost from, String fromContentPath, boolean draft) {
        return (reference, language) -> {
            // paths are read composed (NFC), and so is a reference that a Mac wrote decomposed, as it named its folder
            String[] parts = Normalizer.normalize(reference.strip(), Normalizer.Form.NFC).split("#", 2);
            String anchor = parts.length > 1 ? "#" + parts[1] : "";
            String written = parts[0];
            List<String> names = new ArrayList<>();
            if (!written.startsWith("/")) {
                ContentPaths.resolve(from.path(), written).ifPresent(relative -> names.add(name(relative)));
            }
            names.add(name(written));
            String preferred = language != null ? language : from.language();
            for (String name : names) {
                List<Entry> found = byName.getOrDefault(name, List.of()).stream()
                        .filter(e -> !e.draft() || draft).toList();
                if (!found.isEmpty()) {
                    Entry target = found.stream().filter(e -> e.post().language().equals(preferred)).findFirst()
                            .orElse(found.get(0));
                    return Optional.of(ContentPath.relative(fromContentPath, target.contentPath()) + anchor);
                }
            }
            return Optional.empty();
        };
    }

    /** A reference without leading {@code /}, extension, language suffix, {@code index} or trailing {@code /}. */
    private static String name(String reference) {
        String name = reference.strip().replaceAll("^[./]+", "").replaceAll("/+$", "")
                .replaceFirst("(?i)\\.(md|markdown|mkdn|html)$", "");
        name = name.replaceFirst("(?i)\\.(" + String.join("|", SourceLanguages.SUPPORTED) + ")$", "");
        name = name.replaceFirst("(^|/)_?index$", "");
        return name;
    }
}
