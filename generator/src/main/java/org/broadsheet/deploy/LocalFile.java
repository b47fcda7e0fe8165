package org.broadsheet.deploy;

import java.nio.file.Path;

/**
 * A file of the built site as it is to be published.
 *
 * @param path    relative to the site root, {@code /} separated
 * @param file    the file in {@code site/}
 * @param size    in bytes
 * @param digest  of its bytes and of how it is served, so that a change of either uploads it again
 * @param headers its content type, caching and redirect
 * @param stage   when it is published ({@link org.broadsheet.output.FileKind#stage})
 */
record LocalFile(String path, Path file, long size, String digest, Bucket.Headers headers, int stage) {
}
