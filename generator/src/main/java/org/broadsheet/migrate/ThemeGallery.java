package org.broadsheet.migrate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a gallery include showed, as minimal-mistakes' {@code gallery} writes it: its file loops over a list of pictures
 * of the front matter ({@code gallery:}, or the key its {@code id} parameter names), each an {@code image_path} with its
 * {@code alt}, linked to its {@code url} when it has one, and the {@code caption} below. Written as HTML that the later
 * steps read as any other pictures and links to files, so that the pictures are copied and shown.
 */
final class ThemeGallery {

    private ThemeGallery() {
    }

    /**
     * The gallery that {@code text}, an include's file, showed for a post whose front matter is {@code page}, given its
     * parameters {@code include}; empty when the file is not such a loop, or the post gives no such list.
     */
    static Optional<String> html(String text, Map<String, Object> page, Map<String, Object> include) {
        if (!text.contains("page.gallery") || !text.contains("image_path")) {
            return Optional.empty();
        }
        Object id = include.get("id");
        Object list = page.get(id == null || id.toString().isBlank() ? "gallery" : id.toString());
        if (!(list instanceof List<?> pictures) || pictures.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder html = new StringBuilder("<figure>");
        for (Object item : pictures) {
            if (!(item instanceof Map<?, ?> picture) || text(picture.get("image_path")).isBlank()) {
                return Optional.empty();
            }
            String img = "<img src=\"" + attribute(rooted(text(picture.get("image_path")))) + "\" alt=\""
                    + attribute(text(picture.get("alt"))) + "\">";
            String url = text(picture.get("url"));
            String title = text(picture.get("title"));
            html.append(url.isBlank() ? img : "<a href=\"" + attribute(rooted(url)) + "\""
                    + (title.isBlank() ? "" : " title=\"" + attribute(title) + "\"") + ">" + img + "</a>");
        }
        String caption = text(include.get("caption"));
        if (!caption.isBlank() && text.contains("include.caption")) {
            html.append("<figcaption>").append(caption.strip().replaceAll("\\s+", " ")).append("</figcaption>");
        }
        return Optional.of(html.append("</figure>").toString());
    }

    /** A path as {@code relative_url} gave it, from the site's root. */
    private static String rooted(String path) {
        String stripped = path.strip();
        return stripped.contains("://") || stripped.startsWith("/") ? stripped : "/" + stripped;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String attribute(String value) {
        return value.strip().replace("&", "&amp;").replace("\"", "&quot;");
    }
}
