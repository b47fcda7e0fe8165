package org.broadsheet.build;

import org.broadsheet.render.TokenWeights;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The search tokens of every article of the last full build, on disk under {@code target/}, by the
 * article's digest: a full build after an edit counts only the tokens of the articles that changed.
 * Entries are read one at a time (from several threads) and written as they are counted, so that the
 * tokens of a whole archive are never held at once.
 */
final class TokenStore implements AutoCloseable {

    private final FileChannel channel;
    /** Digest → offset and length of its entry. */
    private final Map<String, long[]> entries;

    private TokenStore(FileChannel channel, Map<String, long[]> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    static TokenStore empty() {
        return new TokenStore(null, Map.of());
    }

    /** The store in {@code file}, or an empty one when there is none or it cannot be read. */
    static TokenStore open(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            ByteBuffer footer = ByteBuffer.allocate(Long.BYTES);
            channel.read(footer, channel.size() - Long.BYTES);
            long indexOffset = footer.flip().getLong();
            ByteBuffer index = ByteBuffer.allocate((int) (channel.size() - Long.BYTES - indexOffset));
            channel.read(index, indexOffset);
            DataInputStream in = new DataInputStream(new Input(index.array()));
            int count = in.readInt();
            Map<String, long[]> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), new long[]{in.readLong(), in.readInt()});
            }
            return new TokenStore(channel, entries);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** The encoded tokens stored for {@code digest} (see {@link #decode}), or null. */
    byte[] bytes(String digest) {
        long[] entry = entries.get(digest);
        if (entry == null) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.allocate((int) entry[1]);
            channel.read(bytes, entry[0]);
            return bytes.array();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    /** Writes a new store, entry by entry, into a temporary file that {@link #commit} puts in place. */
    static final class Writer {
        private final Path file;
        private final Path temporary;
        private final FileChannel channel;
        private final Map<String, long[]> entries = new HashMap<>();
        private long position;

        Writer(Path file) throws IOException {
            this.file = file;
            this.temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.createDirectories(file.getParent());
            this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }

        /** Stores the {@link #encode encoded} tokens of the article whose digest is {@code digest}. */
        void put(String digest, byte[] bytes) {
            synchronized (this) {
                if (bytes == null || entries.containsKey(digest)) {
                    return;
                }
                try {
                    channel.write(ByteBuffer.wrap(bytes), position);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                entries.put(digest, new long[]{position, bytes.length});
                position += bytes.length;
            }
        }

        /** Ends the file with its index and replaces the old store with it. */
        synchronized void commit() throws IOException {
            Output index = new Output(entries.size() * 80);
            DataOutputStream out = new DataOutputStream(index);
            out.writeInt(entries.size());
            for (Map.Entry<String, long[]> entry : entries.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeLong(entry.getValue()[0]);
                out.writeInt((int) entry.getValue()[1]);
            }
            out.writeLong(position);
            channel.write(ByteBuffer.wrap(index.toByteArray()), position);
            channel.close();
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Forgets what was written. */
        synchronized void abort() throws IOException {
            channel.close();
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Words as UTF-8 with their weight; Hangul codes (sorted) as differences; numbers as variable-length
     * ints. Null for a word longer than 64 KB: that article's tokens are counted again next time.
     */
    static byte[] encode(TokenWeights weights) {
        try {
            Output bytes = new Output(weights.hangul().length * 3 + weights.words().length * 10);
            DataOutputStream out = new DataOutputStream(bytes);
            writeNumber(out, weights.words().length);
            for (int i = 0; i < weights.words().length; i++) {
                out.writeUTF(weights.words()[i]);
                writeNumber(out, weights.wordWeights()[i]);
            }
            writeNumber(out, weights.hangul().length);
            long previous = Integer.MIN_VALUE;
            for (int i = 0; i < weights.hangul().length; i++) {
                writeNumber(out, weights.hangul()[i] - previous);
                previous = weights.hangul()[i];
                writeNumber(out, weights.hangulWeights()[i]);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }

    /** The tokens that {@link #encode} gave {@code bytes}, or null when they cannot be read. */
    static TokenWeights decode(byte[] bytes) {
        try {
            return decode(new DataInputStream(new Input(bytes)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static TokenWeights decode(DataInputStream in) throws IOException {
        String[] words = new String[(int) readNumber(in)];
        int[] wordWeights = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = in.readUTF();
            wordWeights[i] = (int) readNumber(in);
        }
        int[] hangul = new int[(int) readNumber(in)];
        int[] hangulWeights = new int[hangul.length];
        long previous = Integer.MIN_VALUE;
        for (int i = 0; i < hangul.length; i++) {
            previous += readNumber(in);
            hangul[i] = (int) previous;
            hangulWeights[i] = (int) readNumber(in);
        }
        return new TokenWeights(words, wordWeights, hangul, hangulWeights);
    }

    /** A non-negative number in 7-bit groups, low first. */
    private static void writeNumber(DataOutputStream out, long number) throws IOException {
        while (number >= 0x80) {
            out.writeByte((int) (number & 0x7F) | 0x80);
            number >>>= 7;
        }
        out.writeByte((int) number);
    }

    private static long readNumber(DataInputStream in) throws IOException {
        long number = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            number |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return number;
            }
        }
    }

    /**
     * A byte array as a stream, without the lock that {@code ByteArrayInputStream} takes for every byte:
     * the tokens of a whole archive are read a byte at a time.
     */
    private static final class Input extends InputStream {
        private final byte[] bytes;
        private int position;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, into, offset, count);
            position += count;
            return count;
        }
    }

    /** A growing byte array as a stream, without {@code ByteArrayOutputStream}'s lock for every byte. */
    private static final class Output extends OutputStream {
        private byte[] bytes;
        private int size;

        Output(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
