package org.broadsheet.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What stands in {@code site/} where a commit is to write or delete, looked at without following
 * symbolic links, so that a commit is refused before it changes anything when something that
 * Broadsheet did not write is in the way.
 */
final class SitePlaces {

    /** What a path of {@code site/} is, without following a symbolic link. */
    private enum Kind { LINK, FILE, FOLDER, NOTHING }

    private final Path siteDir;
    private final Map<String, Kind> onDisk = new HashMap<>();

    SitePlaces(Path siteDir) {
        this.siteDir = siteDir;
    }

    /**
     * Refuses a commit that would write through a symbolic link, or whose {@code staged} files need the
     * place of something that Broadsheet did not write (a file where a folder goes, a folder of other files
     * where a file goes). Files of the last build ({@code obsolete} among them) are removed first and are in
     * no one's way.
     */
    void check(Set<String> staged, Set<String> obsolete) throws IOException {
        Set<String> touched = new TreeSet<>(staged);
        touched.addAll(obsolete);
        for (String path : touched) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                if (kind(path.substring(0, slash)) == Kind.LINK) {
                    throw new SiteWriter.InTheWay(path.substring(0, slash), "is a symbolic link where the site's "
                            + "files go; Broadsheet writes and deletes nothing through links: remove it (site/ was "
                            + "left as it was)");
                }
            }
        }
        for (String path : staged) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash);
                if (kind(folder) == Kind.FILE && !obsolete.contains(folder)) {
                    throw new SiteWriter.InTheWay(folder, "is a file that Broadsheet did not write, where the site "
                            + "needs a folder (for " + path + "): move it away (site/ was left as it was)");
                }
            }
            if (kind(path) == Kind.FOLDER && !onlyObsolete(path, obsolete)) {
                throw new SiteWriter.InTheWay(path, "is a folder holding files that Broadsheet did not write, where "
                        + "the site needs a file: move it away (site/ was left as it was)");
            }
        }
    }

    /** Whether every file below the folder {@code path} of {@code site/} is one of {@code obsolete}. */
    private boolean onlyObsolete(String path, Set<String> obsolete) throws IOException {
        Path folder = siteDir.resolve(path);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                    .allMatch(file -> obsolete.contains(path + "/" + folder.relativize(file).toString().replace('\\', '/')));
        }
    }

    private Kind kind(String path) {
        return onDisk.computeIfAbsent(path, p -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(siteDir.resolve(p), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return attributes.isSymbolicLink() ? Kind.LINK : attributes.isDirectory() ? Kind.FOLDER : Kind.FILE;
            } catch (IOException e) {
                return Kind.NOTHING;
            }
        });
    }
}
