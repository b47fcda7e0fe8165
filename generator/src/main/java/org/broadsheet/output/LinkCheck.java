package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the built pages before they are published: every link, image and alternate that points
 * into the site must lead to a file of the build. A broken link into what Broadsheet generates is
 * an error; a link to another path on the same host (the rest of a newsroom's website) is a warning.
 */
public final class LinkCheck {

    /** A link that leads nowhere, on {@code page} (a path of the site). */
    public record Broken(String page, String link, boolean error) {
    }

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");

    private final SiteUrls urls;
    private final Set<String> generatedRoots;

    /** @param generatedRoots the first path segments that Broadsheet owns, e.g. {@code en}, {@code media} */
    public LinkCheck(SiteUrls urls, Set<String> generatedRoots) {
        this.urls = urls;
        this.generatedRoots = generatedRoots;
    }

    /**
     * Checks the HTML files among {@code pages} (site paths, as staged in {@code stagingDir}) against
     * {@code files}, every file the site will hold.
     */
    public List<Broken> check(Path stagingDir, Collection<String> pages, Set<String> files) {
        List<Broken> broken = new ArrayList<>();
        for (String file : pages) {
            if (!file.endsWith(".html")) {
                continue;
            }
            try {
                Matcher m = LINK.matcher(Files.readString(stagingDir.resolve(file)));
                while (m.find()) {
                    String link = m.group(1).replace("&amp;", "&");
                    urls.sitePath(link).ifPresent(path -> {
                        if (!files.contains(target(path, files))) {
                            String root = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
                            broken.add(new Broken(file, link, root.isEmpty() || generatedRoots.contains(root)));
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broken;
    }

    private static String target(String path, Set<String> files) {
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.isEmpty() || decoded.endsWith("/")) {
            return decoded + "index.html";
        }
        return files.contains(decoded) ? decoded : decoded + "/index.html";
    }
}
