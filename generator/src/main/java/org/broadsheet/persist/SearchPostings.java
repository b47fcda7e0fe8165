package org.broadsheet.persist;

import org.broadsheet.search.PostingsStore;

/**
 * An edition's search postings in the work folder ({@link WorkFolder#searchPostings}): what the last
 * full build kept, read from its store, and what this build keeps, written to the next version of that
 * store, which replaces it when the build commits.
 */
public final class SearchPostings implements PostingsStore {

    private final BlobStore last;
    private final BlobStore.Writer next;

    public SearchPostings(BlobStore last, BlobStore.Writer next) {
        this.last = last;
        this.next = next;
    }

    @Override
    public byte[] kept(String key) {
        return last.bytes(key);
    }

    @Override
    public void keep(String key, byte[] bytes) {
        next.put(key, bytes);
    }
}
