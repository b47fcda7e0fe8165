package org.broadsheet.migrate;

import java.util.List;

/** The Markdown report of an import ({@code import-report.md}): counts, then every finding by category. */
final class ImportReport {

    private ImportReport() {
    }

    static String markdown(String summary, List<Finding> findings) {
        StringBuilder report = new StringBuilder("# Import report\n\n").append(summary).append("\n\n");
        if (findings.isEmpty()) {
            return report.append("Nothing needs a human.\n").toString();
        }
        report.append("Each line below is a decision to check, as `file:line` of the old site (or of content/).\n");
        Category current = null;
        for (Finding finding : findings) {
            if (finding.category() != current) {
                current = finding.category();
                report.append("\n## ").append(current.heading()).append("\n\n");
            }
            report.append("- ").append(finding).append('\n');
        }
        return report.toString();
    }
}
