package org.broadsheet.render;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The views a template receives, as a theme's expressions see them. */
class RecordViewsTest {

    @TempDir
    Path dir;

    @Test
    void aViewHasContentAndANameItLacksIsMissing() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .file("templates/topics.ftlh", "<p>${(topics[0]?has_content)?c}|${topics[0].name}|${topics[0].count}"
                        + "|${topics[0].nothing!\"none\"}|${(topics[0].url??)?c}</p>\n");
        assertTrue(site.build().succeeded());
        assertEquals("<p>true|Economy|0|none|false</p>\n", site.read("en/topics/index.html"));
    }
}
