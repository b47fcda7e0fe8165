package org.broadsheet.search;

/**
 * Where a full build keeps the postings of an edition's search index for the next one, and finds those
 * the last one kept: an edit then renumbers the stored postings and adds the edited articles' tokens,
 * instead of counting and adding the tokens of the whole archive again.
 */
public interface PostingsStore {

    /** What the last full build kept under {@code key}, or null. */
    byte[] kept(String key);

    /** Keeps {@code bytes} under {@code key} for the next full build. */
    void keep(String key, byte[] bytes);
}
