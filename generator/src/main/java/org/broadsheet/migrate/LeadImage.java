package org.broadsheet.migrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lead image of a post — Jekyll's {@code image} (a path or a map, Chirpy's {@code {path, alt}}),
 * minimal-mistakes' {@code header.image}, {@code header.overlay_image} or {@code header.teaser}, Hugo's
 * {@code images}, {@code image}, {@code featured_image} or {@code cover}, Clean Blog's {@code background} — as
 * Broadsheet's {@code image: {src, alt, caption}}.
 */
final class LeadImage {

    /** The keys under which a map of the front matter names its picture's file. */
    private static final List<String> IMAGE_KEYS = List.of("path", "src", "url", "feature", "image", "file");

    static final List<String> FIELDS = List.of("image", "images", "featured_image", "cover", "image_alt");

    private LeadImage() {
    }

    /** The image field, or empty when the post has none (or one that cannot be used, reported). */
    static Optional<Map<String, Object>> of(SourcePost post, String title, ImageFiles images, BundleResources resources,
                                            Findings findings) {
        String field = post.firstPresent("image", "images", "featured_image", "cover");
        Object value = field == null ? null : post.value(field);
        if (field == null) {
            // a Hugo page bundle's picture named as a resource (resources: [{name: featuredImage, src: x.png}])
            for (Object resource : Loose.items(post.value("resources"))) {
                String name = Loose.text(Loose.get(resource, "name"));
                if (Loose.text(Loose.get(resource, "src")) != null && name != null
                        && name.toLowerCase(Locale.ROOT).matches("featured?([-_]?image)?|cover([-_]?image)?|thumbnail|banner|hero")) {
                    field = "resources";
                    Map<String, Object> image = new LinkedHashMap<>();
                    image.put("path", Loose.get(resource, "src"));
                    image.put("alt", Loose.get(Loose.get(resource, "params"), "alt"));
                    value = image;
                    break;
                }
            }
        }
        if (field == null && post.value("header") instanceof Map<?, ?> header) {
            Object src = header.get("image") != null ? header.get("image")
                    : header.get("overlay_image") != null ? header.get("overlay_image") : header.get("teaser");
            if (Loose.text(src) != null) {
                field = "header";
                Map<String, Object> image = new LinkedHashMap<>();
                image.put("path", src);
                image.put("alt", header.get("image_description") != null ? header.get("image_description")
                        : header.get("alt"));
                image.put("caption", header.get("caption"));
                value = image;
            }
        }
        if (field == null && Loose.text(post.value("background")) != null
                && ImageFiles.IMAGE.matcher(Loose.text(post.value("background"))).matches()) {
            // Start Bootstrap's Clean Blog shows it behind the headline; other themes' background may be a colour
            field = "background";
            value = post.value("background");
        }
        if (field == null && post.kind() == SourceKind.HUGO) {
            Optional<String> featured = resources.featured(post);
            if (featured.isPresent()) {
                field = "image";
                value = featured.get();
                findings.add(Category.BUNDLE_LEAD_IMAGE, post.path(), 1, "the lead image taken from the bundle's "
                        + featured.get() + ", which the theme showed as the post's picture");
            }
        }
        if (field == null) {
            return Optional.empty();
        }
        if (post.line(field) == 0) {
            findings.add(Category.SITE_PICTURE, post.path(), 0, "'" + field + "' of the defaults of _config.yml not "
                    + "made the lead image");
            return Optional.empty();
        }
        Object first = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        String src = Loose.text(first);
        String alt = Loose.text(post.value("image_alt"));
        String caption = null;
        if (first instanceof Map<?, ?> map) {
            for (String key : IMAGE_KEYS) {
                if (src == null) {
                    src = Loose.text(map.get(key));
                }
            }
            alt = alt != null ? alt : Loose.text(map.get("alt"));
            caption = Loose.text(map.get("caption"));
        }
        int line = post.line(field);
        if (src == null && first instanceof Map<?, ?> map && (Loose.isTrue(map.get("hidden"))
                || IMAGE_KEYS.stream().anyMatch(key -> map.get(key) != null && map.get(key).toString().isBlank()))) {
            // a theme's archetype left empty (PaperMod's cover: {image: ""}), or a cover without picture that says it
            // is hidden (cover: {alt: …, hidden: true}): no picture, as the theme showed
            return Optional.empty();
        }
        if (src == null && first instanceof Map<?, ?> && post.kind() == SourceKind.HUGO) {
            // Wowchemy's (Hugo Academic's) image: {caption, focal_point} sets out the bundle's featured.* picture
            Optional<String> featured = resources.featured(post);
            if (featured.isPresent()) {
                src = featured.get();
                findings.add(Category.BUNDLE_LEAD_IMAGE, post.path(), line, "the lead image taken from the bundle's "
                        + src + ", which the theme showed as the post's picture with what '" + field + "' says of it");
            }
        }
        if (src == null) {
            findings.add(Category.IMAGES, post.path(), line, "'" + field + "' names no image file; left out");
            return Optional.empty();
        }
        if (!images.ofOldSite(src)) {
            findings.add(Category.IMAGES, post.path(), line, "the lead image '" + src + "' is on another site; kept "
                    + "in 'extra' (Broadsheet's lead image is a file of content/): download it if it should stay");
            return Optional.empty();
        }
        if (!src.contains("/") && !images.exists(src, post)) {
            Optional<String> inFolder = images.inImageFolder(src, post);
            if (inFolder.isPresent()) {
                findings.add(Category.LEAD_IMAGE_FOLDER, post.path(), line, "the lead image '" + src + "' taken from "
                        + inFolder.get());
                src = inFolder.get();
            }
        }
        Optional<String> copy = images.use(src, post, line);
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        if (alt == null) {
            alt = title;
            findings.add(Category.ALT_FROM_TITLE, post.path(), line, "the image '" + src + "' has no alt text; used the "
                    + "headline");
        }
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("src", copy.get());
        image.put("alt", alt);
        if (caption != null) {
            image.put("caption", caption);
        }
        return Optional.of(image);
    }
}
