package org.broadsheet.persist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Byte arrays by key in one file under {@code target/}, with an index of their places at its end: what
 * a full build keeps for the next one that is too large to hold at once, such as the postings of an
 * archive's search index. Entries are read one at a time (from several threads) and written as they
 * are made. A file damaged on disk reads as an empty store, never as other bytes: the index is checked
 * against the file's size, and every entry against its CRC-32 when the store is opened, since its users
 * need all of it or nothing (the postings of every shard of an index).
 */
public final class BlobStore implements AutoCloseable {

    private final FileChannel channel;
    /** Key → offset, length and CRC-32 of its entry. */
    private final Map<String, long[]> entries;

    private BlobStore(FileChannel channel, Map<String, long[]> entries) {
        this.channel = channel;
        this.entries = entries;
    }

    public static BlobStore empty() {
        return new BlobStore(null, Map.of());
    }

    /** The store in {@code file}, or an empty one when there is none or it cannot be read. */
    public static BlobStore open(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            ByteBuffer footer = ByteBuffer.allocate(Long.BYTES);
            channel.read(footer, size - Long.BYTES);
            long indexOffset = footer.flip().getLong();
            if (indexOffset < 0 || indexOffset > size - Long.BYTES || size - Long.BYTES - indexOffset > Integer.MAX_VALUE) {
                channel.close();
                return empty();
            }
            ByteBuffer index = ByteBuffer.allocate((int) (size - Long.BYTES - indexOffset));
            channel.read(index, indexOffset);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(index.array()));
            int count = in.readInt();
            Map<String, long[]> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                long[] entry = {in.readLong(), in.readInt(), in.readInt() & 0xFFFFFFFFL};
                if (entry[0] < 0 || entry[1] < 0 || entry[0] + entry[1] > indexOffset) {
                    throw new IOException("an entry outside the store");
                }
                entries.put(key, entry);
            }
            BlobStore store = new BlobStore(channel, entries);
            for (String key : entries.keySet()) {
                if (store.bytes(key) == null) {
                    throw new IOException("an entry that is not what was written");
                }
            }
            return store;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the store is not used anyway
                }
            }
            return empty();
        }
    }

    /** The bytes stored under {@code key}, or null. */
    public byte[] bytes(String key) {
        long[] entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.allocate((int) entry[1]);
            channel.read(bytes, entry[0]);
            return checksum(bytes.array()) == entry[2] ? bytes.array() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    /** Writes a new store, entry by entry, into a temporary file that {@link #commit} puts in place. */
    public static final class Writer {
        private final Path file;
        private final Path temporary;
        private final FileChannel channel;
        private final Map<String, long[]> entries = new HashMap<>();
        private long position;

        public Writer(Path file) throws IOException {
            this.file = file;
            this.temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.createDirectories(file.getParent());
            this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        }

        /** Stores {@code bytes} under {@code key}. */
        public synchronized void put(String key, byte[] bytes) {
            try {
                channel.write(ByteBuffer.wrap(bytes), position);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.put(key, new long[]{position, bytes.length, checksum(bytes)});
            position += bytes.length;
        }

        /** Ends the file with its index and replaces the old store with it. */
        public synchronized void commit() throws IOException {
            ByteArrayOutputStream index = new ByteArrayOutputStream(entries.size() * 80);
            DataOutputStream out = new DataOutputStream(index);
            out.writeInt(entries.size());
            for (Map.Entry<String, long[]> entry : entries.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeLong(entry.getValue()[0]);
                out.writeInt((int) entry.getValue()[1]);
                out.writeInt((int) entry.getValue()[2]);
            }
            out.writeLong(position);
            channel.write(ByteBuffer.wrap(index.toByteArray()), position);
            channel.close();
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Forgets what was written. */
        public synchronized void abort() throws IOException {
            channel.close();
            Files.deleteIfExists(temporary);
        }
    }
}
