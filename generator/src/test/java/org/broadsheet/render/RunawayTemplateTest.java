package org.broadsheet.render;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A template whose macro calls itself without end, as a menu of nested sections written for the first time may:
 * a problem of the template, as any other mistake in it, rather than a crash of the build.
 */
class RunawayTemplateTest {

    @TempDir
    Path dir;

    @Test
    void aMacroThatCallsItselfWithoutEndIsAProblemOfItsTemplate() {
        List<String> problems = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "")
                .file("templates/topics.ftlh", "<#macro section depth><@section depth + 1/></#macro>\n<@section 0/>\n")
                .problems();
        assertEquals(List.of("templates/topics.ftlh: calls itself without end: a macro, function, #include or #nested "
                + "here or in a template it uses never reaches a case that stops it; give the recursion an end "
                + "(while rendering /en/topics/ and 1 other pages)"), problems);
    }
}
