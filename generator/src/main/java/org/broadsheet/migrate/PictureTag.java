package org.broadsheet.migrate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {% picture %}} tag of jekyll_picture_tag, read for the picture it showed:
 * {@code {% picture [preset] pier.jpg [mobile: pier-small.jpg] [--alt The pier] [--link https://…] [--img class="x"] %}},
 * its file below the plugin's {@code source} folder, else the site's root.
 */
final class PictureTag {

    /** The picture's file, as the plugin told it from a preset's name: by its extension. */
    private static final Pattern IMAGE = Pattern.compile("(?i)[\"']?(\\S+\\.(?:png|jpe?g|gif|webp|avif|svg|tiff?))[\"']?");
    /** A setting of the plugin's: {@code --alt}, {@code --link}, {@code --img}, {@code --a}, {@code --picture}… */
    private static final Pattern FLAG = Pattern.compile("(?:^|\\s)--(\\w+)\\s*+");

    /** The picture's address, its alt text and the address it linked to; alt and link may be null. */
    record Picture(String src, String alt, String link) {

        /** A Markdown image, inside a link where the tag gave one; a file of the site's addressed as a copied file is. */
        String markdown() {
            String image = "![" + (alt == null ? "" : ImageFiles.linkText(alt)) + "]("
                    + (ImageFiles.external(src) ? src : ImageFiles.destination(src)) + ")";
            return link == null ? image : "[" + image + "](" + link + ")";
        }
    }

    private PictureTag() {
    }

    /**
     * The picture that the tag's {@code arguments} show, or empty when they name no picture file.
     *
     * @param source the plugin's {@code picture: source:} folder of {@code _config.yml}, or null for the site's root
     */
    static Optional<Picture> read(String arguments, String source) {
        Matcher flag = FLAG.matcher(arguments);
        int firstFlag = flag.find() ? flag.start() : arguments.length();
        String file = null;
        String[] tokens = arguments.substring(0, firstFlag).strip().split("\\s+");
        for (int i = 0; i < tokens.length && file == null; i++) {
            Matcher image = IMAGE.matcher(tokens[i]);
            if (tokens[i].endsWith(":")) {
                // a media query's other picture (mobile: pier-small.jpg): the first is the one shown
                i++;
            } else if (image.matches()) {
                file = image.group(1);
            }
        }
        if (file == null) {
            return Optional.empty();
        }
        String alt = null;
        String link = null;
        // each setting's value runs up to the next setting
        for (boolean more = flag.find(0); more; ) {
            String name = flag.group(1);
            int start = flag.end();
            more = flag.find();
            String value = arguments.substring(start, more ? flag.start() : arguments.length()).strip();
            if (name.equals("alt") && !value.isEmpty()) {
                alt = value;
            } else if (name.equals("link") && !value.isEmpty()) {
                link = value.split("\\s+")[0];
            }
        }
        return Optional.of(new Picture(address(file, source), alt, link));
    }

    private static String address(String file, String source) {
        if (file.startsWith("/") || ImageFiles.external(file)) {
            return file;
        }
        String folder = source == null ? "" : source.strip().replaceAll("^/+|/+$", "");
        return "/" + (folder.isEmpty() ? "" : folder + "/") + file;
    }
}
