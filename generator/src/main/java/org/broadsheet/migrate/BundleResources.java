package org.broadsheet.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pictures of a Hugo page bundle as its page's resources, found as Docsy's {@code imgproc} shortcode finds them:
 * {@code .Resources.GetMatch "**NAME*"}, the first file of the bundle (in any subfolder, in any case) whose name holds
 * {@code NAME} followed by anything but a folder ({@code kubecon} finds {@code kubecon-featured.jpg}).
 */
final class BundleResources {

    private static final Pattern BUNDLE_PAGE = Pattern.compile("(?:.*/)?_?index(?:\\.[\\w-]+)?\\.(?:md|markdown|html?)");

    private final Function<String, List<String>> files;
    private final boolean featuredByName;

    /**
     * @param files          a folder of the old site → every file below it, relative to the old site, sorted
     * @param featuredByName whether the site's theme (Blowfish, Congo, Wowchemy) showed a bundle's picture named
     *                       {@code feature…} as the post's picture
     */
    BundleResources(Function<String, List<String>> files, boolean featuredByName) {
        this.files = files;
        this.featuredByName = featuredByName;
    }

    /** Whether the settings name a theme that shows a bundle's picture named {@code feature…} as the post's picture. */
    static boolean featuredByName(Map<String, Object> settings) {
        // the theme by name, or as a Hugo module (github.com/nunocoracao/blowfish/v2); Wowchemy (Hugo Academic, now
        // Hugo Blox) shows the bundle's *featured* picture too
        String themes = (settings.get("theme") + " " + settings.get("module")).toLowerCase(Locale.ROOT);
        return Stream.of("blowfish", "congo", "wowchemy", "hugoblox", "hugo-blox", "academic").anyMatch(themes::contains);
    }

    /**
     * The picture of {@code post}'s bundle, beside its page, that Blowfish, Congo and Wowchemy show as the post's
     * picture when the front matter names none (none on a site of another theme): the first whose name holds {@code feature}, else {@code cover} or {@code thumbnail}.
     */
    Optional<String> featured(SourcePost post) {
        if (!featuredByName || !BUNDLE_PAGE.matcher(post.path()).matches()) {
            return Optional.empty();
        }
        List<String> pictures = pictures(post).filter(file -> !file.contains("/")).toList();
        return Stream.of("(?i).*feature.*", "(?i).*(cover|thumbnail).*").flatMap(name -> pictures.stream()
                .filter(file -> file.matches(name)).limit(1)).findFirst();
    }

    /** The picture of {@code post}'s bundle that {@code name} matches, relative to the post's folder; empty for a page that is no bundle. */
    Optional<String> picture(SourcePost post, String name) {
        if (!BUNDLE_PAGE.matcher(post.path()).matches() || name.isBlank()) {
            return Optional.empty();
        }
        Pattern glob = Pattern.compile("(?i).*" + Pattern.quote(name) + "[^/]*");
        return pictures(post).filter(file -> glob.matcher(file).matches()).findFirst();
    }

    /**
     * The first picture of {@code post}'s bundle whose path below it matches {@code glob} in any case, as Hugo's
     * {@code .Resources.GetMatch} finds it; empty for a page that is no bundle.
     */
    Optional<String> matching(SourcePost post, String glob) {
        if (!BUNDLE_PAGE.matcher(post.path()).matches() || glob.isBlank()) {
            return Optional.empty();
        }
        Pattern pattern = Pattern.compile(PathGlob.of(glob, true).pattern(), Pattern.CASE_INSENSITIVE);
        return pictures(post).filter(file -> pattern.matcher(file).matches()).findFirst();
    }

    /** The pictures below the folder of {@code post}'s bundle, relative to it, sorted. */
    private Stream<String> pictures(SourcePost post) {
        int folder = post.folder().isEmpty() ? 0 : post.folder().length() + 1;
        return files.apply(post.folder()).stream().map(file -> file.substring(folder))
                .filter(file -> ImageFiles.IMAGE.matcher(file).matches());
    }
}
