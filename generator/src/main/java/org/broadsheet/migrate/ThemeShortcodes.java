package org.broadsheet.migrate;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shortcodes of popular themes that show a picture, a link or a few words, read as each theme's own template showed
 * them, for the sites whose archive lacks that template (the theme a git submodule or a Hugo module): PaperMod's
 * {@code inTextImg}, Congo's and Blowfish's {@code screenshot} (a picture of the page's bundle) and {@code swatches},
 * Blowfish's {@code carousel},
 * LoveIt's, DoIt's and FixIt's {@code link}, {@code person} and {@code mapbox} (a link to a map of the place),
 * PaperMod's {@code audio} of a file on another host, Hextra's {@code card} (an item of a list of links).
 */
final class ThemeShortcodes {

    /** The names of the shortcodes read here; a site's own template of one of these names shows something else. */
    static final Set<String> NAMES = Set.of("inTextImg", "screenshot", "carousel", "swatches", "link", "person", "audio",
            "mapbox", "card");

    /** An address that a Markdown link holds as written: no space, no parenthesis, no angle bracket. */
    private static final String ADDRESS = "[^\\s()<>]++";

    private ThemeShortcodes() {
    }

    /** The Markdown for the shortcode {@code name} of {@code post}, or empty when its arguments do not say what it showed. */
    static Optional<String> convert(SourcePost post, String name, ShortcodeArguments arguments, BundleResources resources) {
        return Optional.ofNullable(switch (name) {
            case "inTextImg" -> {
                // PaperMod's picture in a line of text, the height of a letter
                String url = arguments.get("url", -1);
                yield url == null || !url.matches(ADDRESS) ? null : "![" + text(arguments.get("alt", -1)) + "](" + url + ")";
            }
            case "screenshot" -> {
                // the picture of the page's bundle whose name holds src, with its caption, inside a link to href
                String src = arguments.get("src", -1);
                String href = arguments.get("href", -1);
                var file = src == null ? Optional.<String>empty() : resources.picture(post, src);
                if (file.isEmpty()) {
                    yield null;
                }
                String image = ShortcodeBody.image(file.get(), arguments.get("alt", -1), arguments.get("caption", -1));
                yield href == null || !href.matches(ADDRESS) || image.contains("\n") ? image
                        : "[" + image + "](" + href + ")";
            }
            case "carousel" -> {
                // Blowfish's pictures shown one after another: each a picture of another host, or the first of the
                // page's bundle that its pattern matches; all of them, in a row
                String images = arguments.get("images", -1);
                if (images == null) {
                    yield null;
                }
                StringBuilder row = new StringBuilder();
                for (String item : images.replaceAll("^\\s*\\{|}\\s*$", "").split(",")) {
                    String image = item.strip();
                    var file = image.matches("https?://" + ADDRESS) ? Optional.of(image) : resources.matching(post, image);
                    if (file.isEmpty()) {
                        yield null;
                    }
                    row.append(row.isEmpty() ? "" : " ").append("![](").append(file.get()).append(")");
                }
                yield row.isEmpty() ? null : row.toString();
            }
            case "swatches" -> {
                // three colours shown as boxes: their codes stay readable
                String colours = Stream.of(arguments.get("", 0), arguments.get("", 1), arguments.get("", 2))
                        .filter(colour -> colour != null && colour.matches("#?[\\w(),.% ]{1,40}"))
                        .map(colour -> "`" + colour + "`").collect(Collectors.joining(" "));
                yield colours.isEmpty() ? null : colours;
            }
            case "link" -> {
                // named or positional: the address, the text (else the address), the title shown on hovering
                boolean named = !arguments.named().isEmpty();
                String href = named ? arguments.get("href", -1) : arguments.get("", 0);
                String content = named ? arguments.get("content", -1) : arguments.get("", 1);
                String title = named ? arguments.get("title", -1) : arguments.get("", 2);
                yield href == null || !href.matches(ADDRESS) ? null : "[" + text(content == null ? href : content) + "]("
                        + href + (title == null || title.isBlank() || title.contains("\"") ? "" : " \"" + title + "\"") + ")";
            }
            case "card" -> {
                // Hextra's: a box in a grid of them (its cards, removed around them), its title linked, its subtitle
                // under it; its icon and picture only decorated it
                String title = arguments.get("title", -1);
                String link = arguments.get("link", -1);
                String subtitle = arguments.get("subtitle", -1);
                yield title == null || title.isBlank() ? null : "- " + (link == null || !link.matches(ADDRESS)
                        ? "**" + title + "**" : "[" + text(title) + "](" + link + ")")
                        + (subtitle == null || subtitle.isBlank() ? "" : ": " + subtitle);
            }
            case "person" -> {
                // a mention of someone, named and linked to their page
                boolean named = !arguments.named().isEmpty();
                String url = named ? arguments.get("url", -1) : arguments.get("", 0);
                String person = named ? arguments.get("name", -1) : arguments.get("", 1);
                yield person == null || person.isBlank() ? null
                        : url == null || !url.matches(ADDRESS) ? text(person) : "[" + text(person) + "](" + url + ")";
            }
            case "mapbox" -> {
                // LoveIt's, DoIt's and FixIt's map of a place (longitude, latitude, zoom): a link to a map of it
                boolean named = !arguments.named().isEmpty();
                String lng = named ? arguments.get("lng", -1) : arguments.get("", 0);
                String lat = named ? arguments.get("lat", -1) : arguments.get("", 1);
                String zoom = named ? arguments.get("zoom", -1) : arguments.get("", 2);
                String number = "-?\\d{1,3}(?:\\.\\d{1,12})?";
                if (lng == null || lat == null || !lng.matches(number) || !lat.matches(number)) {
                    yield null;
                }
                String level = zoom != null && zoom.matches("\\d{1,2}(?:\\.\\d{1,6})?") ? zoom : "10";
                yield "[A map of " + lat + ", " + lng + "](https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lng
                        + "#map=" + level + "/" + lat + "/" + lng + ")";
            }
            case "audio" -> {
                String src = arguments.get("src", -1);
                yield src != null && src.matches("https?://" + ADDRESS) ? "[A recording](" + src + ")" : null;
            }
            default -> null;
        });
    }

    /** Text for the brackets of a link or an image, or of its own: shown as written ({@link ImageFiles#linkText}). */
    private static String text(String text) {
        return text == null ? "" : ImageFiles.linkText(text);
    }
}
