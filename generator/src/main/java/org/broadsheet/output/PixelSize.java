package org.broadsheet.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The width and height of a JPEG, PNG, GIF, BMP or WebP image, read from its header. It reads a few
 * dozen bytes (a JPEG's segments are skipped by their lengths, not read), and it does not start Java's
 * image I/O, whose registry of readers took a fresh JVM about 0.15 s to set up in a program of its own, which
 * every build of a newsroom with pictures would pay for a few numbers.
 */
final class PixelSize {

    /** A JPEG's size is in its frame header, after the segments that hold metadata; a file that never gets there is given up. */
    private static final int MAX_JPEG_SEGMENTS = 1_000;

    private PixelSize() {
    }

    /** The size in pixels of the image in {@code file}, or empty for a format it does not know, a damaged header or an unreadable file. */
    static Optional<MediaFiles.Size> of(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer head = read(channel, 0, 32);
            if (startsWith(head, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
                return png(head);
            }
            if (startsWith(head, 'G', 'I', 'F', '8')) {
                return size(head.order(ByteOrder.LITTLE_ENDIAN).getShort(6) & 0xFFFF, head.getShort(8) & 0xFFFF);
            }
            if (startsWith(head, 'B', 'M')) {
                return bmp(head.order(ByteOrder.LITTLE_ENDIAN));
            }
            if (startsWith(head, 'R', 'I', 'F', 'F') && head.getInt(8) == fourCc("WEBP")) {
                return webp(head.order(ByteOrder.LITTLE_ENDIAN));
            }
            if (startsWith(head, 0xFF, 0xD8)) {
                return jpeg(channel);
            }
            return Optional.empty();
        } catch (IOException | IndexOutOfBoundsException e) {
            // a header cut short reads past what the file holds: no size, as for a format we do not know
            return Optional.empty();
        }
    }

    private static Optional<MediaFiles.Size> png(ByteBuffer head) {
        if (head.getInt(12) != fourCc("IHDR")) {
            return Optional.empty();
        }
        return size(head.getInt(16), head.getInt(20));
    }

    private static Optional<MediaFiles.Size> bmp(ByteBuffer head) {
        int headerSize = head.getInt(14);
        if (headerSize == 12) {
            return size(head.getShort(18) & 0xFFFF, head.getShort(20) & 0xFFFF);
        }
        // a negative height is an image stored top row first
        int height = head.getInt(22);
        return height == Integer.MIN_VALUE ? Optional.empty() : size(head.getInt(18), Math.abs(height));
    }

    private static Optional<MediaFiles.Size> webp(ByteBuffer head) {
        int chunk = head.order(ByteOrder.BIG_ENDIAN).getInt(12);
        head.order(ByteOrder.LITTLE_ENDIAN);
        if (chunk == fourCc("VP8 ")) {
            if ((head.get(23) & 0xFF) != 0x9D || (head.get(24) & 0xFF) != 0x01 || (head.get(25) & 0xFF) != 0x2A) {
                return Optional.empty();
            }
            return size(head.getShort(26) & 0x3FFF, head.getShort(28) & 0x3FFF);
        }
        if (chunk == fourCc("VP8L")) {
            if ((head.get(20) & 0xFF) != 0x2F) {
                return Optional.empty();
            }
            int bits = head.getInt(21);
            return size((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
        }
        if (chunk == fourCc("VP8X")) {
            return size(uint24(head, 24) + 1, uint24(head, 27) + 1);
        }
        return Optional.empty();
    }

    /** The first frame header's size: its segments are read one marker and length at a time. */
    private static Optional<MediaFiles.Size> jpeg(FileChannel channel) throws IOException {
        long position = 2;
        for (int segment = 0; segment < MAX_JPEG_SEGMENTS; segment++) {
            ByteBuffer header = read(channel, position, 9);
            if ((header.get(0) & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = header.get(1) & 0xFF;
            if (marker == 0xFF) {
                // a fill byte before the marker
                position++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                position += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty();
            }
            if (isFrameHeader(marker)) {
                return size(header.getShort(7) & 0xFFFF, header.getShort(5) & 0xFFFF);
            }
            int length = header.getShort(2) & 0xFFFF;
            if (length < 2) {
                return Optional.empty();
            }
            position += 2 + length;
        }
        return Optional.empty();
    }

    /** SOF0 to SOF15, but for DHT, JPG and DAC, which share their range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** A size whose sides are both positive; a height of 0 (a JPEG that gives it after the first scan) is not known here. */
    private static Optional<MediaFiles.Size> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new MediaFiles.Size(width, height)) : Optional.empty();
    }

    /** Up to {@code count} bytes from {@code position}, big-endian, fewer at the file's end. */
    private static ByteBuffer read(FileChannel channel, long position, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // a file may give its bytes in several reads
        }
        return buffer.flip();
    }

    private static boolean startsWith(ByteBuffer head, int... bytes) {
        if (head.limit() < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head.get(i) & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static int uint24(ByteBuffer head, int index) {
        return (head.get(index) & 0xFF) | (head.get(index + 1) & 0xFF) << 8 | (head.get(index + 2) & 0xFF) << 16;
    }

    private static int fourCc(String code) {
        return code.charAt(0) << 24 | code.charAt(1) << 16 | code.charAt(2) << 8 | code.charAt(3);
    }
}
