package org.broadsheet.content;

import org.broadsheet.model.Body;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A body read again from its file each time: the text from {@code start} of the decoded file. The
 * SHA-256 of the text stands for it in {@code equals} and {@code toString}. A file that no longer holds
 * that text (saved again or deleted during the build) is an error, not a silent mix of two versions; it
 * is told by the text's length and hash code, which cost far less than a second digest at every reading.
 *
 * @param file   the file as it is named on disk
 * @param source the file as problems name it
 * @param start  where the body starts in the decoded text
 * @param length the body's length in chars
 * @param hash   the body's {@link String#hashCode()}
 * @param sha256 the digest of the body's text, in hex
 */
public record FileBody(String file, String source, int start, int length, int hash, String sha256) implements Body {

    /** The body of {@code text} (decoded) from {@code start}, read from {@code file} when next needed. */
    static FileBody of(Path file, String source, String text, int start) {
        String body = text.substring(start);
        return new FileBody(file.toString(), source, start, body.length(), body.hashCode(), sha256(body));
    }

    /**
     * The body's hash code, consistent with {@code equals} (which compares every component): articles are
     * looked up by their bodies hundreds of thousands of times a build, and a record's generated hash code
     * runs interpreted for much of a fresh JVM's short rebuild.
     */
    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String text() {
        try {
            Path path = Path.of(file);
            if (Files.size(path) > ArticleReader.MAX_BYTES) {
                // a body is at most that; a file grown past it since is not read whole to find out it changed
                throw new Body.Changed(source, file);
            }
            String text = SourceText.decode(Files.readAllBytes(path)).orElse("");
            String body = text.length() == start + length ? text.substring(start) : null;
            if (body == null || body.hashCode() != hash) {
                throw new Body.Changed(source, file);
            }
            return body;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Body.Changed(source, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
