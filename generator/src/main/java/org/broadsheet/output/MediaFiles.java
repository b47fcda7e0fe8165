package org.broadsheet.output;

import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of {@code content/} that pages use, looked at once per file and build: whether each is a
 * file of {@code content/} (not one a symbolic link leads to outside it), whether it may be published
 * ({@link PublishableFiles}), and the pixel size of images
 * (JPEG, PNG, GIF, BMP, WebP) read from their headers, so that pages can give {@code width} and {@code height}
 * and browsers reserve the space.
 */
public final class MediaFiles {

    /** Width and height in pixels. */
    public record Size(int width, int height) {
    }

    private final Path contentDir;
    private final Map<String, Optional<Size>> sizes = new ConcurrentHashMap<>();
    private final Map<String, ContentPaths.Found> found = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> refusals = new ConcurrentHashMap<>();

    public MediaFiles(Path contentDir) {
        this.contentDir = contentDir;
    }

    /** What {@code contentFile} (relative to {@code content/}) is on disk. */
    public ContentPaths.Found find(String contentFile) {
        return found.computeIfAbsent(contentFile, f -> ContentPaths.find(contentDir, f));
    }

    /** Why {@code contentFile} (a file of {@code content/}, as {@link #find} found it) is not published, or empty. */
    public Optional<String> refusal(String contentFile) {
        return refusals.computeIfAbsent(contentFile, f -> PublishableFiles.refusal(contentDir, f));
    }

    /** {@link ContentPaths#otherCaseHint} in this {@code content/}. */
    public String otherCaseHint(String reference, String contentFile) {
        return ContentPaths.otherCaseHint(contentDir, reference, contentFile);
    }

    /** The size of {@code contentFile} (relative to {@code content/}), or empty for a format we cannot read. */
    public Optional<Size> of(String contentFile) {
        return sizes.computeIfAbsent(contentFile, f -> PixelSize.of(contentDir.resolve(f)));
    }
}
