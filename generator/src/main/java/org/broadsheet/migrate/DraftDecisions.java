package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The decisions to check about drafts, which the old site did not publish and the first build leaves out:
 * in {@code import-report.md} and on the console, one line per draft counts them, so that the published
 * posts' decisions are not lost among them; {@code import-report-full.md} still lists each one.
 */
final class DraftDecisions {

    private DraftDecisions() {
    }

    /**
     * {@code sorted} with the decisions to check whose file is one of {@code drafts} (paths of the old site) replaced
     * by one {@link Category#DRAFTS} decision that counts them by kind and names the report that lists them.
     */
    static List<Finding> folded(List<Finding> sorted, Set<String> drafts) {
        List<Finding> kept = new ArrayList<>();
        Map<Category, Integer> perKind = new LinkedHashMap<>();
        Set<String> withDecisions = new TreeSet<>();
        for (Finding finding : sorted) {
            if (!finding.category().routine() && drafts.contains(finding.path())) {
                perKind.merge(finding.category(), 1, Integer::sum);
                withDecisions.add(finding.path());
            } else {
                kept.add(finding);
            }
        }
        if (!perKind.isEmpty()) {
            int total = perKind.values().stream().mapToInt(Integer::intValue).sum();
            kept.add(new Finding(Category.DRAFTS, ImportReport.FULL_FILE, 0, total + (total == 1 ? " decision" : " decisions")
                    + " to check about " + withDecisions.size() + (withDecisions.size() == 1 ? " draft" : " drafts") + " ("
                    + perKind.entrySet().stream().map(e -> e.getKey().heading() + " " + e.getValue())
                    .collect(Collectors.joining(", ")) + "), listed there with their files: check a draft's before you "
                    + "publish it", null));
        }
        return kept.stream().sorted().toList();
    }
}
