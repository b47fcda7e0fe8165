package org.broadsheet.migrate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The pictures of a Hugo page bundle as its page's resources, found as Docsy's {@code imgproc} shortcode finds them:
 * {@code .Resources.GetMatch "**NAME*"}, the first file of the bundle (in any subfolder, in any case) whose name holds
 * {@code NAME} followed by anything but a folder ({@code kubecon} finds {@code kubecon-featured.jpg}).
 */
final class BundleResources {

    private static final Pattern BUNDLE_PAGE = Pattern.compile("(?:.*/)?_?index(?:\\.[\\w-]+)?\\.(?:md|markdown|html?)");

    private final Function<String, List<String>> files;

    /** @param files a folder of the old site → every file below it, relative to the old site, sorted */
    BundleResources(Function<String, List<String>> files) {
        this.files = files;
    }

    /** The picture of {@code post}'s bundle that {@code name} matches, relative to the post's folder; empty for a page that is no bundle. */
    Optional<String> picture(SourcePost post, String name) {
        if (!BUNDLE_PAGE.matcher(post.path()).matches() || name.isBlank()) {
            return Optional.empty();
        }
        Pattern glob = Pattern.compile("(?i).*" + Pattern.quote(name) + "[^/]*");
        int folder = post.folder().isEmpty() ? 0 : post.folder().length() + 1;
        return files.apply(post.folder()).stream().map(file -> file.substring(folder))
                .filter(file -> ImageFiles.IMAGE.matcher(file).matches() && glob.matcher(file).matches()).findFirst();
    }
}
