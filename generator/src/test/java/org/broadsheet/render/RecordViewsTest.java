package org.broadsheet.render;

import freemarker.template.Configuration;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /** "Aa" and "BB" have the same hash code, as "ab" and "bC" do. */
    private record Crowded(String Aa, String BB, String ab, String bC, String e, String f, String g, String h, String i) {
    }

    @Test
    void eachComponentIsReadByItsNameThoughNamesShareAHash() throws TemplateModelException {
        TemplateHashModel view = (TemplateHashModel) new RecordWrapper(Configuration.VERSION_2_3_34)
                .wrap(new Crowded("1", "2", "3", "4", "5", "6", "7", "8", "9"));
        String read = "";
        for (String name : new String[]{"Aa", "BB", "ab", "bC", "e", "f", "g", "h", "i"}) {
            // a name as a template's text gives it: equal, not the same string
            read += ((TemplateScalarModel) view.get(new String(name.toCharArray()))).getAsString();
        }
        assertEquals("123456789", read);
        assertNull(view.get("Ab"));
        assertNull(view.get("aA"));
    }
}
