package org.broadsheet.persist;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A file of the work folder that a build leaves for the next one: written whole through a temporary file
 * (a crash leaves none or all of it), and ending with the number and the CRC-32 of the bytes before it,
 * so that a file damaged on disk is never read as if it were whole (the number too, since a file cut
 * short might otherwise end in eight bytes that happen to be a checksum, such as eight zeros after an
 * empty start). The checksum is taken over buffered blocks, not over each number written, and texts are
 * written as UTF-8 bytes, not a char at a time: both files are written after every build, tens of
 * megabytes for a large archive.
 */
final class CheckedFile {

    private static final int BUFFER = 1 << 16;

    /** Writes a file's content. */
    interface Content {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a file's content; null when it is not what the caller wants (another version, another key). */
    interface Reading<T> {
        T read(DataInputStream in) throws IOException;
    }

    private CheckedFile() {
    }

    static void write(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32 checksum = new CRC32();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new CheckedOutputStream(Files.newOutputStream(temporary), checksum), BUFFER))) {
            content.write(out);
            out.flush();
            out.writeLong(trailer(Files.size(temporary), checksum));
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** What {@code reading} makes of {@code file}; empty if the file is absent, damaged, cut short or not wanted. */
    static <T> Optional<T> read(Path file, Reading<T> reading) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (!whole(file)) {
                return Optional.empty();
            }
            try (DataInputStream in = new DataInputStream(new Buffered(Files.newInputStream(file)))) {
                return Optional.ofNullable(reading.read(in));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The number of bytes before the trailer (modulo 2^32) in its upper half, their CRC-32 in its lower. */
    private static long trailer(long length, CRC32 checksum) {
        return length << 32 | checksum.getValue();
    }

    /**
     * Whether the file's last eight bytes are the trailer of those before them: a pass of its own, over a
     * file the page cache holds, so that reading never acts on a length or count from a damaged file.
     */
    private static boolean whole(Path file) throws IOException {
        long size = Files.size(file);
        if (size < Long.BYTES) {
            return false;
        }
        CRC32 checksum = new CRC32();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (long left = size - Long.BYTES; left > 0; ) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return false;
                }
                checksum.update(buffer, 0, read);
                left -= read;
            }
            return new DataInputStream(in).readLong() == trailer(size - Long.BYTES, checksum);
        }
    }

    /**
     * A buffered stream without the lock that {@link java.io.BufferedInputStream} takes on each call: a {@link
     * DataInputStream} reads each number a byte at a time, so reading the article cache of a large archive took that
     * lock tens of millions of times, on the way of every build that found one.
     */
    private static final class Buffered extends InputStream {

        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;

        Buffered(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == limit) {
                if (length >= buffer.length) {
                    return in.read(bytes, offset, length);
                }
                if (!fill()) {
                    return -1;
                }
            }
            int copied = Math.min(length, limit - position);
            System.arraycopy(buffer, position, bytes, offset, copied);
            position += copied;
            return copied;
        }

        private boolean fill() throws IOException {
            int read = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A text that may be null, of any length ({@link DataOutputStream#writeUTF} stops at 64 KB). */
    static void string(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the file ends within a text");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
