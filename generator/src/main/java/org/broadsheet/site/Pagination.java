package org.broadsheet.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a paginated list.
 *
 * @param number 1-based page number
 * @param count  the number of pages (at least 1, even for an empty list)
 */
public record Pagination<T>(int number, int count, List<T> items) {

    /** Splits {@code items} into pages of {@code size}; an empty list still has one (empty) page. */
    public static <T> List<Pagination<T>> split(List<T> items, int size) {
        int count = Math.max(1, (items.size() + size - 1) / size);
        List<Pagination<T>> pages = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            int from = (number - 1) * size;
            pages.add(new Pagination<>(number, count, items.subList(from, Math.min(items.size(), from + size))));
        }
        return pages;
    }
}
