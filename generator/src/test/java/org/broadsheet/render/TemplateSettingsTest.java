package org.broadsheet.render;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a theme's expressions print whatever the machine that builds: numbers as a program writes them, booleans as
 * {@code true} and {@code false}, and addresses escaped in UTF-8.
 */
class TemplateSettingsTest {

    @TempDir
    Path dir;

    @Test
    void numbersBooleansAndEscapedAddressesPrintTheSameOnEveryMachine() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .file("templates/topics.ftlh", "<p>${1234567}|${1.5}|${topics?has_content}|${\"서울 항구\"?url}</p>\n");
        assertTrue(site.build().succeeded());
        assertEquals("<p>1234567|1.5|true|%EC%84%9C%EC%9A%B8%20%ED%95%AD%EA%B5%AC</p>\n",
                site.read("en/topics/index.html"));
    }
}
