package org.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * What a full build keeps of an edition's index in a {@link PostingsStore} for the next one, and reads
 * of what the last one kept: the documents' keys, a line each, and each shard's tokens, each a varint
 * of its length, its UTF-8 bytes and its postings ({@link Postings#appendTo}).
 */
final class KeptIndex {

    private static final String DOCUMENTS = "documents";
    private static final String SHARD = "shard-";

    private final PostingsStore store;

    KeptIndex(PostingsStore store) {
        this.store = store;
    }

    /** The keys of the documents the last full build kept, newest first; null when it kept none. */
    String[] documents() {
        byte[] kept = store.kept(DOCUMENTS);
        if (kept == null) {
            return null;
        }
        return kept.length == 0 ? new String[0] : new String(kept, StandardCharsets.UTF_8).split("\n");
    }

    void keepDocuments(List<String> keys) {
        store.keep(DOCUMENTS, String.join("\n", keys).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Gives each token of {@code shard} as the last full build kept it, with a cursor over its postings, and
     * returns the shard's bytes as kept.
     *
     * @throws IllegalStateException when the documents were kept but not the shard
     */
    byte[] forEachTerm(int shard, BiConsumer<String, Cursor> terms) {
        byte[] kept = store.kept(SHARD + shard);
        if (kept == null) {
            throw new IllegalStateException("the search postings kept under target/ cannot be read:"
                    + " delete target/ and build again");
        }
        Cursor entries = new Cursor(kept, 0, kept.length);
        while (entries.more()) {
            String token = entries.text(entries.varint());
            terms.accept(token, entries.postings(entries.varint()));
        }
        return kept;
    }

    /** Keeps {@code shard} as {@code kept}, the bytes the last full build kept for it. */
    void keepShard(int shard, byte[] kept) {
        store.keep(SHARD + shard, kept);
    }

    void keepShard(int shard, TreeMap<String, Postings> terms) {
        Bytes kept = new Bytes(1 << 12);
        for (Map.Entry<String, Postings> term : terms.entrySet()) {
            byte[] token = term.getKey().getBytes(StandardCharsets.UTF_8);
            kept.varint(token.length);
            kept.bytes(token);
            term.getValue().appendTo(kept);
        }
        store.keep(SHARD + shard, kept.toArray());
    }
}
