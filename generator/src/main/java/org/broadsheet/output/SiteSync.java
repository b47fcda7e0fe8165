package org.broadsheet.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings an existing {@code site/} up to date from a build's staged files: the last build's files that
 * this one does not have go first, then the staged files move in. Should that stop half way, the
 * manifest still names what {@code site/} then holds of Broadsheet's, so that the next build finishes
 * the job.
 */
final class SiteSync {

    private final Path siteDir;
    private final Path stagingDir;
    private final Manifest manifest;
    private final Set<Path> folders = new HashSet<>();

    SiteSync(Path siteDir, Path stagingDir, Manifest manifest) {
        this.siteDir = siteDir;
        this.stagingDir = stagingDir;
        this.manifest = manifest;
    }

    /**
     * Makes {@code site/} hold {@code siteFiles}: {@code staged} (site path → staged file) moved in, the
     * others as they were, files of {@code published} (the last build's) outside them removed. Returns
     * how many were removed.
     */
    int apply(Map<String, Path> staged, Set<String> siteFiles, Set<String> published) throws IOException {
        Set<String> obsolete = new TreeSet<>(published);
        Set<String> listed = new TreeSet<>(published);
        obsolete.removeAll(siteFiles);
        new SitePlaces(siteDir).check(staged.keySet(), obsolete);
        int removed = 0;
        try {
            // obsolete files go first: one may stand where a new file needs a folder, or the reverse
            for (String path : obsolete) {
                Path file = siteDir.resolve(path);
                if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed++;
                    deleteEmptyParents(file.getParent());
                }
                listed.remove(path);
            }
            for (String path : new TreeSet<>(staged.keySet())) {
                Path target = siteDir.resolve(path);
                if (folders.add(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                // a move replaces a symbolic link at the target itself, never the file it leads to
                Files.move(staged.get(path), target, StandardCopyOption.REPLACE_EXISTING);
                listed.add(path);
            }
        } catch (IOException | RuntimeException e) {
            try {
                manifest.write(listed, stagingDir);
            } catch (IOException manifestFailed) {
                e.addSuppressed(manifestFailed);
            }
            throw e;
        }
        manifest.write(siteFiles, stagingDir);
        return removed;
    }

    private void deleteEmptyParents(Path folder) throws IOException {
        while (folder != null && folder.startsWith(siteDir) && !folder.equals(siteDir)) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            folder = folder.getParent();
        }
    }
}
