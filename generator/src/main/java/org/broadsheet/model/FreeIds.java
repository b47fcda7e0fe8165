package org.broadsheet.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out the ids of one body, each once: an id as asked when it is free, else the first of {@code id-1},
 * {@code id-2}… that is (duplicate headings have always been numbered so). No id of {@code others} is free: the
 * theme's ({@link ElementIds}) and those of elements that keep theirs. The numbers of an id go on from where they
 * stopped, so that a body of n repeats costs n steps, not n².
 */
public final class FreeIds {

    private final Set<String> others;
    private final Set<String> claimed = new HashSet<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();

    /** @param others ids that are not free, though no element claimed them here */
    public FreeIds(Set<String> others) {
        this.others = others;
    }

    /** {@code id} when it is free, else its first free numbered form; claimed either way. */
    public String claim(String id) {
        if (free(id)) {
            claimed.add(id);
            return id;
        }
        int number = lastNumber.getOrDefault(id, 0);
        String numbered;
        do {
            number++;
            numbered = id + "-" + number;
        } while (!free(numbered));
        lastNumber.put(id, number);
        claimed.add(numbered);
        return numbered;
    }

    /** Claims {@code id} as it is, for an element that keeps its own. */
    public void keep(String id) {
        claimed.add(id);
    }

    /** Whether an element here has {@code id} already. */
    public boolean claimed(String id) {
        return claimed.contains(id);
    }

    private boolean free(String id) {
        return !claimed.contains(id) && !others.contains(id);
    }
}
