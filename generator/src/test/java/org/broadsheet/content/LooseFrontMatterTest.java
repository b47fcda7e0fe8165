package org.broadsheet.content;

import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front matter of Jekyll and Hugo files as found in real archives, and the YAML the importer writes. */
class LooseFrontMatterTest {

    private static LooseDocument read(String text, Problems problems) {
        return LooseFrontMatter.read(text.getBytes(StandardCharsets.UTF_8), "_posts/a.md", problems).orElseThrow();
    }

    @Test
    void byteOrderMarkCrlfBlankLinesAndTabsAreAccepted() {
        Problems problems = new Problems();
        LooseDocument doc = read("\uFEFF\r\n\r\n---\r\ntitle: Bells\r\ntags:\r\n\t- one\r\n\t- two\r\nauthor:\r\n\tname: Kim\r\n---\r\nBody\r\n", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(new LooseField("title", 4, "Bells"), doc.fields().get("title"));
        assertEquals(List.of("one", "two"), doc.fields().get("tags").value());
        assertEquals(Map.of("name", "Kim"), doc.fields().get("author").value());
        assertEquals("Body\n", doc.body());
        assertEquals(11, doc.bodyLine());
    }

    @Test
    void tomlFrontMatterKeepsTheLineOfEachKey() {
        Problems problems = new Problems();
        LooseDocument doc = read("+++\ntitle = \"종소리\"\ndate = 2022-11-11T17:00:00+09:00\ntags = [\"a\"]\n\n[params]\nx = 1\n+++\nBody", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(new LooseField("title", 2, "종소리"), doc.fields().get("title"));
        assertEquals(3, doc.fields().get("date").line());
        assertEquals("2022-11-11T17:00:00+09:00", doc.fields().get("date").value().toString());
        assertEquals(6, doc.fields().get("params").line());
        assertEquals(9, doc.bodyLine());
    }

    @Test
    void aKeyGivenTwiceTakesTheLastValueAndKeepsTheOneItReplaced() {
        Problems problems = new Problems();
        LooseDocument doc = read("---\ntitle: Draft headline\ndate: 2019-01-01\ntitle: Final headline\n---\nBody\n", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(new LooseField("title", 4, "Final headline"), doc.fields().get("title"));
        assertEquals(List.of(new LooseField("title", 2, "Draft headline")), doc.replaced());
    }

    @Test
    void hugoJsonFrontMatterEndsAtItsClosingBrace() {
        Problems problems = new Problems();
        LooseDocument doc = read("\n{\n  \"title\": \"Tide tables\",\n  \"tags\": [\"harbor\"],\n  \"params\": {\"x\": 1}\n}\n"
                + "Body {not json}\n", problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertTrue(doc.hasFrontMatter());
        assertEquals(new LooseField("title", 3, "Tide tables"), doc.fields().get("title"));
        assertEquals(List.of("harbor"), doc.fields().get("tags").value());
        assertEquals(5, doc.fields().get("params").line());
        assertEquals("Body {not json}\n", doc.body());
        assertEquals(7, doc.bodyLine());
    }

    @Test
    void brokenJsonFrontMatterIsAProblemWithItsLine() {
        Problems problems = new Problems();
        assertTrue(LooseFrontMatter.read("{\n\"title\": \"a\",\n\"date\" 2019\n}\n".getBytes(StandardCharsets.UTF_8),
                "content/a.md", problems).isEmpty());
        assertTrue(problems.sorted().get(0).toString().startsWith("content/a.md:3: JSON syntax error: "),
                problems.sorted().toString());
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        LooseDocument doc = read("Just text\n", new Problems());
        assertFalse(doc.hasFrontMatter());
        assertEquals("Just text\n", doc.body());
    }

    @Test
    void aFileOfBlankLinesIsAllBody() {
        LooseDocument doc = read("\n  \n", new Problems());
        assertFalse(doc.hasFrontMatter());
        assertEquals("\n  \n", doc.body());
    }

    @Test
    void frontMatterThatIsNotClosedIsAProblemAtItsOpeningLine() {
        Problems problems = new Problems();
        assertTrue(LooseFrontMatter.read("\n---\ntitle: Open\n".getBytes(StandardCharsets.UTF_8), "_posts/a.md",
                problems).isEmpty());
        assertEquals(List.of("_posts/a.md:2: the front matter is not closed by a '---' line"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void brokenTomlFrontMatterIsAProblemAtItsFirstLine() {
        Problems problems = new Problems();
        assertTrue(LooseFrontMatter.read("+++\ntitle = \n+++\nBody\n".getBytes(StandardCharsets.UTF_8), "content/a.md",
                problems).isEmpty());
        assertEquals(List.of("content/a.md:2"), problems.sorted().stream()
                .map(p -> p.toString().substring(0, p.toString().indexOf(": TOML syntax error: "))).toList());
    }

    @Test
    void settingsAndDataFilesThatAreNotUtf8AreProblemsNamingThem() {
        byte[] latin1 = "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Problems problems = new Problems();
        assertTrue(LooseFrontMatter.settings(latin1, "_config.yml", problems).isEmpty());
        assertTrue(LooseFrontMatter.value(latin1, "_data/authors.yml", problems).isEmpty());
        assertEquals(List.of("_config.yml: the file is not UTF-8 text", "_data/authors.yml: the file is not UTF-8 text"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void brokenFrontMatterIsAProblemWithItsLine() {
        Problems problems = new Problems();
        assertTrue(LooseFrontMatter.read("---\ntitle: a: b\n---\n".getBytes(StandardCharsets.UTF_8), "_posts/a.md",
                problems).isEmpty());
        assertEquals("_posts/a.md:2", problems.sorted().stream().map(Problem::toString).findFirst().orElseThrow()
                .substring(0, "_posts/a.md:2".length()));
    }

    @Test
    void writtenFrontMatterQuotesOnlyWhatYamlNeeds() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", "Harbor: reopens");
        fields.put("date", "2019-12-25T09:00:00+09:00");
        fields.put("slug", "2019");
        fields.put("kicker", "yes");
        fields.put("summary", "서울의 종소리");
        fields.put("topics", List.of("economy", "north-korea"));
        fields.put("draft", true);
        assertEquals("""
                ---
                title: "Harbor: reopens"
                date: 2019-12-25T09:00:00+09:00
                slug: "2019"
                kicker: "yes"
                summary: 서울의 종소리
                topics:
                  - economy
                  - north-korea
                draft: true
                ---
                Body
                """, FrontMatterWriter.article(fields, "Body\n"));
    }
}
