package org.broadsheet.migrate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lines of import-report.md that list decisions to check: a run of one kind in one file on one line. */
class RepeatedFindingsTest {

    private static final String KEPT = "'def' shortcodes kept as text: write out what it showed, or remove it";

    private static Finding def(String path, int line) {
        return new Finding(Category.UNCONVERTED, path, line, "shortcode '{{< def >}}' has no Markdown equivalent", KEPT);
    }

    @Test
    void moreThanThreeOfOneKindInOneFileAreOneLineNamingEachOfTheirFirstLinesOnce() {
        List<Finding> listed = new ArrayList<>(List.of(def("a.md", 3), def("a.md", 3), def("a.md", 5), def("a.md", 9),
                new Finding(Category.UNCONVERTED, "a.md", 10, "closing tag '{{< /x >}}' of no shortcode kept as text", null),
                def("a.md", 12), def("a.md", 14), def("a.md", 20), def("b.md", 1), def("b.md", 2), def("b.md", 4)));
        assertEquals(List.of("a.md: 7 " + KEPT + " (lines 3, 5, 9, 12, 14, …; each in import-report-full.md)",
                "a.md:10: closing tag '{{< /x >}}' of no shortcode kept as text",
                "b.md:1: shortcode '{{< def >}}' has no Markdown equivalent",
                "b.md:2: shortcode '{{< def >}}' has no Markdown equivalent",
                "b.md:4: shortcode '{{< def >}}' has no Markdown equivalent"), RepeatedFindings.lines(listed));
    }

    @Test
    void aRunOnOneLineSaysLine() {
        assertEquals(List.of("a.md: 4 " + KEPT + " (line 7; each in import-report-full.md)"),
                RepeatedFindings.lines(List.of(def("a.md", 7), def("a.md", 7), def("a.md", 7), def("a.md", 7))));
    }
}
