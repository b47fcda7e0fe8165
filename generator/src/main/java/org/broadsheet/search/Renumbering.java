package org.broadsheet.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * How the documents of the postings a full build kept ({@code kept}: their keys) are numbered today
 * ({@code numbers}, by kept number; -1 when gone), and today's documents that were not kept
 * ({@code added}, ascending).
 */
record Renumbering(String[] kept, int[] numbers, int[] added) {

    /**
     * The renumbering from the documents kept ({@code kept}: their keys) to those of {@code keys}; null
     * when none were kept, when the shards differ, when the kept documents are in another order, or when
     * more than half of today's are new: counting all tokens again is then as quick.
     */
    static Renumbering of(String[] kept, List<String> keys) {
        if (kept == null) {
            return null;
        }
        Map<String, Integer> today = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            today.put(keys.get(i), i);
        }
        if (today.size() < keys.size() || SearchIndex.shardCount(kept.length) != SearchIndex.shardCount(keys.size())) {
            return null;
        }
        int[] numbers = new int[kept.length];
        boolean[] found = new boolean[keys.size()];
        int last = -1;
        for (int i = 0; i < kept.length; i++) {
            Integer number = today.get(kept[i]);
            numbers[i] = number == null ? -1 : number;
            if (number != null) {
                if (number <= last) {
                    return null;
                }
                last = number;
                found[number] = true;
            }
        }
        int[] added = IntStream.range(0, keys.size()).filter(i -> !found[i]).toArray();
        return added.length * 2 > keys.size() ? null : new Renumbering(kept, numbers, added);
    }

    /** Whether today's documents {@code from} to {@code to} (by {@code keys}) are the kept ones of those numbers. */
    boolean keptBlock(int from, int to, List<String> keys) {
        // the kept block of that number must end where today's does
        if (to != Math.min(kept.length, from + SearchIndex.DOCS_PER_BLOCK)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!kept[i].equals(keys.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The postings of a shard, and the bytes the last full build kept for it when the postings are those
     * byte for byte (then the shard's file that build wrote is still right), else null.
     */
    record Merged(TreeMap<String, Postings> terms, byte[] asKept) {
    }

    /**
     * The postings of {@code shard} as {@code index} kept them, renumbered, with the postings of the added
     * documents ({@code added}, by token; emptied here) merged in.
     */
    Merged merge(KeptIndex index, int shard, TreeMap<String, Postings> added) {
        TreeMap<String, Postings> all = new TreeMap<>();
        boolean[] same = {true};
        byte[] kept = index.forEachTerm(shard, (token, postingsKept) -> {
            Postings postings = merge(postingsKept, added.remove(token));
            if (!postings.isEmpty()) {
                all.put(token, postings);
            }
            same[0] &= postingsKept.reads(postings);
        });
        boolean nothingAdded = added.isEmpty();
        all.putAll(added);
        return new Merged(all, same[0] && nothingAdded ? kept : null);
    }

    private Postings merge(Cursor kept, Postings added) {
        Postings merged = new Postings();
        Cursor more = added == null ? new Postings().cursor() : added.cursor();
        boolean another = more.next();
        while (kept.next()) {
            int document = numbers[kept.document()];
            if (document >= 0) {
                for (; another && more.document() < document; another = more.next()) {
                    merged.add(more.document(), more.weight());
                }
                merged.add(document, kept.weight());
            }
        }
        for (; another; another = more.next()) {
            merged.add(more.document(), more.weight());
        }
        return merged;
    }
}
