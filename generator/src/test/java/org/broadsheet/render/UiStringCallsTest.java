package org.broadsheet.render;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a theme's {@code t(…)} calls print, and what one without a key tells the theme's author. */
class UiStringCallsTest {

    @TempDir
    Path dir;

    private TestSite site(String topicsTemplate) {
        return TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .file("templates/topics.ftlh", topicsTemplate);
    }

    @Test
    void aWholeNumberFillsAPlaceholderWithoutDecimalsAndOtherValuesAsWritten() {
        TestSite site = site("<p>${t(\"articleCount\", 3.0)}|${t(\"articleCount\", 2.5)}|${t(\"articleCount\", 1.0)}"
                + "|${t(\"pageNumber\", \"iv\")}|${t?has_content}</p>\n");
        assertTrue(site.build().succeeded());
        assertEquals("<p>3 articles|2.5 articles|1 article|Page iv|true</p>\n", site.read("en/topics/index.html"));
    }

    @Test
    void aCallWithoutAKeyIsAProblemOfTheTemplateSayingWhatItNeeds() {
        List<String> problems = site("<p>\n${t()}</p>\n").problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("templates/topics.ftlh:2: t(…) needs the key of a UI string, "
                + "e.g. t(\"articleCount\", 3)"), problems.get(0));
    }
}
