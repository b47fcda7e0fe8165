package org.broadsheet.content;

import org.broadsheet.model.Body;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A body read from its file: the text from {@code start} of the decoded file. When the site's bodies fit in
 * memory ({@link ContentLoader.Settings#bodiesKept}), the text last read is kept with the file's stamp taken
 * before that read and given again while the file keeps that stamp, so that a build reads each file once;
 * else, as for an archive of a hundred thousand articles, the text is read again whenever it is needed. A
 * file read again that no longer holds that text (saved again or deleted during the build) is an error, not a
 * silent mix of two versions; it is told by the text's length and hash code, which cost far less than a second
 * digest. A save that keeps both the file's size and its modification time (two saves within the file
 * system's clock tick) goes unnoticed by a kept text, as it does by the next build's listing.
 *
 * <p>The {@link #digest} of the file's bytes (their CRC-32C and CRC-32), with the text's length and hash code,
 * stands for the text in {@code equals} and {@code toString}, which compare and name the components below, as a
 * record's would, and so in the digests that tell a later build which pages it need not make again. Equal bytes
 * decode to equal texts, so two equal bodies hold one text unless all three collide, which no edit does by chance
 * (about one in 2<sup>96</sup>). A collision crafted on purpose would keep the pages made from the earlier text;
 * it cannot put a text in a page without the checks every text goes through. The JVM computes both CRCs with the
 * processor's instructions, interpreted or compiled; a SHA-256 of the text, which C1 computes in plain code, took
 * about 3 % of the CPU of a small site's cold build.
 */
public final class FileBody implements Body {

    private final String file;
    private final String source;
    private final int start;
    private final int length;
    private final int hash;
    private final String digest;
    private final boolean keeps;
    /** The text as last read, with the file's stamp before that read; null until read, or when not kept. */
    private volatile Kept kept;

    /** A text read, and the stamp its file had before. */
    private record Kept(FileStamp stamp, String text) {
    }

    /**
     * A body whose text is read from its file whenever it is needed.
     *
     * @param file   the file as it is named on disk
     * @param source the file as problems name it
     * @param start  where the body starts in the decoded text
     * @param length the body's length in chars
     * @param hash   the body's {@link String#hashCode()}
     * @param digest the {@link #digest} of the file's bytes
     */
    public FileBody(String file, String source, int start, int length, int hash, String digest) {
        this(file, source, start, length, hash, digest, false);
    }

    private FileBody(String file, String source, int start, int length, int hash, String digest, boolean keeps) {
        this.file = file;
        this.source = source;
        this.start = start;
        this.length = length;
        this.hash = hash;
        this.digest = digest;
        this.keeps = keeps;
    }

    /**
     * The body of {@code text}, decoded from {@code bytes}, the content of {@code file}, from {@code start}; kept with
     * {@code stamp}, the stamp the file had before it was read, unless that is null.
     */
    static FileBody of(Path file, String source, byte[] bytes, String text, int start, FileStamp stamp) {
        String body = text.substring(start);
        FileBody read = new FileBody(file.toString(), source, start, body.length(), body.hashCode(), digest(bytes),
                stamp != null);
        if (stamp != null) {
            read.kept = new Kept(stamp, body);
        }
        return read;
    }

    public String file() {
        return file;
    }

    public String source() {
        return source;
    }

    public int start() {
        return start;
    }

    public int length() {
        return length;
    }

    public int hash() {
        return hash;
    }

    /** The CRC-32C and the CRC-32 of the file's bytes, in hex: 16 digits. */
    public String digest() {
        return digest;
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
    public boolean equals(Object other) {
        return other instanceof FileBody body && hash == body.hash && start == body.start && length == body.length
                && digest.equals(body.digest) && file.equals(body.file) && source.equals(body.source);
    }

    @Override
    public String toString() {
        return "FileBody[file=" + file + ", source=" + source + ", start=" + start + ", length=" + length
                + ", hash=" + hash + ", digest=" + digest + "]";
    }

    @Override
    public String text() {
        Path path = Path.of(file);
        try {
            FileStamp stamp = FileStamp.of(path);
            Kept last = kept;
            return last != null && last.stamp().equals(stamp) ? last.text() : readAgain(path, stamp);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new Body.Changed(source, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body read from {@code path}, which had {@code stamp} before the read, or the error that it changed. */
    private String readAgain(Path path, FileStamp stamp) throws IOException {
        if (stamp.size() > ArticleReader.MAX_BYTES) {
            // a body is at most that; a file grown past it since is not read whole to find out it changed
            throw new Body.Changed(source, file);
        }
        String text = SourceText.decode(Files.readAllBytes(path)).orElse("");
        String body = text.length() == start + length ? text.substring(start) : null;
        if (body == null || body.hashCode() != hash) {
            throw new Body.Changed(source, file);
        }
        if (keeps) {
            kept = new Kept(stamp, body);
        }
        return body;
    }

    private static String digest(byte[] bytes) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        return HexFormat.of().toHexDigits((int) crc32c.getValue()) + HexFormat.of().toHexDigits((int) crc32.getValue());
    }
}
