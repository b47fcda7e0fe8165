package org.broadsheet.migrate;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reports of an import: {@code import-report.md}, which a person reads — the counts by kind of
 * decision, the routine decisions a line each, then only what needs a human, grouped, with file and
 * line — and {@code import-report-full.md}, which lists every decision and every old address.
 */
final class ImportReport {

    static final String FILE = "import-report.md";
    static final String FULL_FILE = "import-report-full.md";

    private ImportReport() {
    }

    static String markdown(String summary, List<Finding> findings) {
        Map<Category, List<Finding>> byCategory = byCategory(findings);
        StringBuilder report = new StringBuilder("# Import report\n\n").append(summary).append("\n\n");
        if (findings.isEmpty()) {
            return report.append("Nothing needed a decision.\n").toString();
        }
        report.append("## Summary\n\n| kind of decision | count | |\n|---|---:|---|\n");
        byCategory.forEach((category, listed) -> report.append("| ").append(category.heading()).append(" | ")
                .append(count(listed.size())).append(" | ").append(category.routine() ? "routine" : "to check").append(" |\n"));
        if (byCategory.keySet().stream().anyMatch(Category::routine)) {
            report.append("\n## Routine\n\nDone as the old site did; nothing to check. ").append(FULL_FILE)
                    .append(" lists each one.\n\n");
            byCategory.forEach((category, listed) -> {
                if (category.routine()) {
                    report.append("- ").append(category.fact(listed.size())).append(breakdown(listed)).append('\n');
                }
            });
        }
        if (byCategory.keySet().stream().anyMatch(c -> !c.routine())) {
            report.append("\n## To check\n\nEach line is `file:line` of the old site (or a file of content/): what "
                    + "was done, and what to do.\n");
            byCategory.forEach((category, listed) -> {
                if (!category.routine()) {
                    report.append("\n### ").append(category.heading()).append(" (").append(count(listed.size()))
                            .append(")\n\n");
                    if (!category.advice().isEmpty()) {
                        report.append(category.advice()).append("\n\n");
                    }
                    RepeatedFindings.lines(listed).forEach(line -> report.append("- ").append(line).append('\n'));
                }
            });
        } else {
            report.append("\nNothing needs a human.\n");
        }
        return report.toString();
    }

    /** Every decision with its file and line, then every old address and the page that answers it. */
    static String full(String summary, List<Finding> findings, Map<String, String> addresses) {
        StringBuilder report = new StringBuilder("# Import report, in full\n\n").append(summary).append("\n");
        byCategory(findings).forEach((category, listed) -> {
            report.append("\n## ").append(category.heading()).append(" (").append(count(listed.size())).append(")\n\n");
            listed.forEach(finding -> report.append("- ").append(finding).append('\n'));
        });
        report.append("\n## Old addresses (").append(count(addresses.size())).append(")\n\nEach old address of a post, "
                + "and the address of the page that answers it after the build.\n\n");
        new TreeMap<>(addresses).forEach((old, now) -> report.append("- ").append(old).append(" → ").append(now)
                .append('\n'));
        return report.toString();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static Map<Category, List<Finding>> byCategory(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::category, () -> new EnumMap<>(Category.class),
                Collectors.toList()));
    }

    /** {@code : created_at (12), published_at (3)} by the findings' details; empty when they have none. */
    private static String breakdown(List<Finding> listed) {
        Map<String, Long> counts = listed.stream().filter(f -> f.detail() != null)
                .collect(Collectors.groupingBy(Finding::detail, TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return "";
        }
        return ": " + counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
