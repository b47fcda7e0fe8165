package org.broadsheet.output;

import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.EditorFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's {@code assets/} folder as published: stylesheets and scripts get the hash of their
 * content in their name ({@code style.3f2a1b9c.css}) so that browsers and CDNs may cache them
 * forever; other files (fonts, images a stylesheet refers to) keep their names. Editors' temporary files
 * and hidden ones are not assets.
 */
public final class Assets {

    private final Path assetsDir;
    private final Path themeDir;
    private final Map<String, String> published = new TreeMap<>();
    private final List<String> linksOutside = new ArrayList<>();
    private final List<String> folderLinks = new ArrayList<>();

    /** @param themeDir the theme's folder, which a symbolic link among the assets must not lead out of */
    public Assets(Path assetsDir, Path themeDir) {
        this.assetsDir = assetsDir;
        this.themeDir = themeDir;
        if (!Files.isDirectory(assetsDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assetsDir)) {
            for (Path file : files.filter(file -> Files.isRegularFile(file) || Files.isSymbolicLink(file)).sorted().toList()) {
                String name = assetsDir.relativize(file).toString().replace('\\', '/');
                if (EditorFiles.temporary(assetsDir.relativize(file))) {
                    continue;
                }
                if (!Files.isRegularFile(file)) {
                    // the walk enters no linked folder: its files would silently be missing from the site
                    if (Files.isDirectory(file)) {
                        folderLinks.add(name);
                    }
                } else if (Files.isSymbolicLink(file) && ContentPaths.realInside(themeDir, file).isEmpty()) {
                    linksOutside.add(name);
                } else {
                    published.put(name, "assets/" + fingerprinted(name, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The assets (relative to {@code assets/}) that are symbolic links leading outside the theme: not published. */
    public List<String> linksOutside() {
        return List.copyOf(linksOutside);
    }

    /** The symbolic links to folders among the assets (relative to {@code assets/}): nothing in them is published. */
    public List<String> folderLinks() {
        return List.copyOf(folderLinks);
    }

    /** Every asset's published path ({@code assets/style.3f2a1b9c.css}). */
    public Collection<String> paths() {
        return Collections.unmodifiableCollection(published.values());
    }

    /** The published path of the asset {@code name} (relative to {@code assets/}), if the theme has it. */
    public Optional<String> path(String name) {
        return Optional.ofNullable(published.get(name));
    }

    /**
     * Copies every asset to its published path, and returns those (relative to {@code assets/}) not copied
     * because they no longer are files of the theme: a symbolic link leading out put in place of one since.
     */
    public List<String> copyTo(SiteWriter writer) {
        List<String> gone = new ArrayList<>();
        published.forEach((name, path) -> {
            if (!writer.copy(themeDir, assetsDir.resolve(name), path)) {
                gone.add(name);
            }
        });
        return gone;
    }

    private static String fingerprinted(String name, Path file) throws IOException {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        if (!extension.equals(".css") && !extension.equals(".js")) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return name.substring(0, dot) + "." + HexFormat.of().formatHex(hash, 0, 4) + extension;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
