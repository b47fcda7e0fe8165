package org.broadsheet.migrate;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Maps a post's front matter to Broadsheet's fields; what Broadsheet has no field for goes to
 * {@code extra}, except settings of the old theme's presentation, which are dropped.
 */
final class FrontMatterMapping {

    /** The fields read into Broadsheet's own, as Jekyll spells them (Hugo reads them in any case). */
    private static final Set<String> MAPPED = Set.of("title", "subtitle", "date", "publishDate", "pubdate",
            "published", "last_modified_at", "lastmod", "updated", "modified", "tags", "tag", "categories",
            "category", "author", "authors", Authors.NAME_BESIDE_HANDLE, "summary", "excerpt", "description", "draft",
            "slug", "permalink", "url", "aliases", "redirect_from", "lang", "language", "translationKey", "translation_key",
            "ref", "lang_ref", "params", "tagline", "original", "translated", "translation", "is_translation", "original_language",
            "original_lang", "source_language", "source_lang", "translated_from");
    /**
     * The fields of {@link #MAPPED} that Hugo reads and Jekyll does not, nor the plugins of its sites: in a Jekyll post,
     * custom variables that its templates may show, kept in {@code extra} like any other.
     */
    private static final Set<String> HUGO_ONLY = Set.of("publishDate", "pubdate", "lastmod", "modified", "url",
            "aliases", "params", "draft");

    /** The fields that can give the summary, the first present winning. */
    private static final List<String> SUMMARIES = List.of("summary", "excerpt", "description");

    /**
     * Settings of the old theme's layout and widgets (minimal-mistakes and Chirpy included), meaningless to
     * Broadsheet: dropped (listed in the documentation), in any case.
     */
    private static final Set<String> DROPPED = Set.of("layout", "type", "weight", "menu", "comments", "share", "toc",
            "toc_sticky", "toc_label", "toc_icon", "showtoc", "tocopen", "sidebar", "classes", "author_profile",
            "read_time", "words_per_minute", "show_date", "related", "mathjax", "math", "katex", "mermaid", "pin",
            "sitemap", "search", "excerpt_separator", "hidden", "outputs", "markup", "_build", "build", "disableshare",
            "linktitle", "header", "entries_layout", "render_with_liquid", "media_subpath", "img_path");

    private FrontMatterMapping() {
    }

    /**
     * What the importer decided about a post beyond its own front matter.
     *
     * @param series   the key of the series the post is a part of (a Hugo post's {@code series}), else null
     * @param slug     the address's last segment when it differs from the file name, else null
     * @param original whether it is the original version of a translation pair
     * @param summary  the summary the text before a summary divider gives, when the post names none; else null
     */
    record Decisions(OffsetDateTime date, OffsetDateTime updated, List<String> topics, String series,
                     String translationKey, String slug, boolean original, boolean draft, List<String> aliases,
                     String summary) {
    }

    static Map<String, Object> fields(SourcePost post, Decisions decisions, Map<String, Object> authorData,
                                      ImageFiles images, BundleResources resources, Findings findings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String title = Loose.text(post.value("title"));
        if (title == null) {
            // without the date, as Hugo's slug from the name is (a Jekyll post's name comes without it)
            String name = HugoReader.afterDate(post.fileSlug());
            title = (name.isEmpty() ? post.fileSlug() : name).replace('-', ' ');
            findings.add(Category.TITLE_FROM_FILE_NAME, post.path(), 1, "no title; used '" + title + "' from the file name");
        }
        fields.put("title", title);
        fields.put("date", PostDates.ISO.format(decisions.date()));
        if (decisions.updated() != null) {
            fields.put("updated", PostDates.ISO.format(decisions.updated()));
        }
        String subtitle = post.firstPresent("subtitle", "tagline");
        if (subtitle != null) {
            putText(fields, "subtitle", post, subtitle);
        }
        String summaryField = post.firstPresent(SUMMARIES.toArray(String[]::new));
        if (namesSummary(post)) {
            fields.put("summary", Loose.text(post.value(summaryField)));
        } else if (decisions.summary() != null) {
            fields.put("summary", decisions.summary());
        }
        List<Object> authors = Authors.of(post, authorData, findings);
        if (!authors.isEmpty()) {
            fields.put("authors", authors);
        }
        if (!decisions.topics().isEmpty()) {
            fields.put("topics", decisions.topics());
        }
        if (decisions.series() != null) {
            fields.put("series", decisions.series());
        }
        Optional<Map<String, Object>> image = LeadImage.of(post, title, images, resources, findings);
        image.ifPresent(i -> fields.put("image", i));
        if (decisions.slug() != null) {
            fields.put("slug", decisions.slug());
        }
        if (decisions.translationKey() != null) {
            fields.put("translationKey", decisions.translationKey());
        }
        if (decisions.original()) {
            fields.put("original", true);
        }
        if (decisions.draft()) {
            fields.put("draft", true);
        }
        if (!decisions.aliases().isEmpty()) {
            fields.put("aliases", decisions.aliases());
        }
        Map<String, Object> extra = new TreeMap<>();
        post.fields().forEach((name, field) -> {
            // Hugo's params are the page's own fields; Jekyll's a variable like any other
            if (post.kind() == SourceKind.HUGO && name.equalsIgnoreCase("params")
                    && field.value() instanceof Map<?, ?> params) {
                params.forEach((k, v) -> extra.put(String.valueOf(k), v));
            } else if (field.value() != null && (toExtra(name, post.kind(), image.isPresent(), summaryField)
                    || notByline(post, name)) && !(decisions.series() != null && name.equalsIgnoreCase("series"))) {
                extra.put(name, field.value());
            }
        });
        if (!extra.isEmpty()) {
            fields.put("extra", extra);
        }
        return fields;
    }

    /** Whether {@code field} is an author field that the byline was not read from: a handle beside {@code authorname}. */
    private static boolean notByline(SourcePost post, String field) {
        String read = readAs(field, post.kind()) == null ? field : readAs(field, post.kind());
        return (read.equals("author") || read.equals("authors")) && !Authors.fields(post).contains(read);
    }

    /** Whether the post names its summary ({@code summary}, else {@code excerpt} or {@code description}). */
    static boolean namesSummary(SourcePost post) {
        String field = post.firstPresent(SUMMARIES.toArray(String[]::new));
        return field != null && Loose.text(post.value(field)) != null;
    }

    /** Whether a field is a setting of the old theme, which the import drops. */
    static boolean dropped(String field) {
        return DROPPED.contains(field.toLowerCase(Locale.ROOT));
    }

    /**
     * The spelling of a field that a site of {@code kind} reads, which {@code field} writes in another case
     * ({@code Title}: {@code title}), or null when it reads none so or reads it as written.
     */
    static String readAs(String field, SourceKind kind) {
        return Stream.concat(MAPPED.stream(), LeadImage.FIELDS.stream())
                .filter(known -> readBy(kind, known))
                .filter(known -> known.equalsIgnoreCase(field) && !known.equals(field)).findFirst().orElse(null);
    }

    /**
     * Whether a source field goes to {@code extra}: one Broadsheet has no field for (Jekyll reads a field only as
     * written, Hugo in any case) or that the old generator did not read, an image field when no lead image could be made
     * of it, a second summary-like field.
     */
    private static boolean toExtra(String field, SourceKind kind, boolean imageMade, String summaryField) {
        String read = kind == SourceKind.HUGO && readAs(field, kind) != null ? readAs(field, kind) : field;
        if (LeadImage.FIELDS.contains(read)) {
            return !imageMade;
        }
        if (SUMMARIES.contains(read)) {
            return !read.equals(summaryField);
        }
        return !(MAPPED.contains(read) && readBy(kind, read)) && !dropped(field);
    }

    /** Whether a site of {@code kind} reads the field {@code known} of {@link #MAPPED} or {@link LeadImage#FIELDS}. */
    private static boolean readBy(SourceKind kind, String known) {
        return kind == SourceKind.HUGO || !HUGO_ONLY.contains(known);
    }

    private static void putText(Map<String, Object> fields, String name, SourcePost post, String source) {
        String text = Loose.text(post.value(source));
        if (text != null) {
            fields.put(name, text);
        }
    }
}
