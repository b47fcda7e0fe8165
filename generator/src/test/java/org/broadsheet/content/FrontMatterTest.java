package org.broadsheet.content;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Front matter, spec style: each row is the front matter of {@code content/en/2019/a.md} and the
 * exact problems a build reports for it (none for a valid one).
 */
class FrontMatterTest {

    private static final String FILE = "content/en/2019/a.md:";
    private static final String NOT_A_SLUG = " cannot be a URL segment: use letters, digits and '-' only, without '/', "
            + "'..' or spaces, at most 255 bytes, not ending in '.' nor a name Windows keeps for devices (con, nul, "
            + "com1…), e.g. slug: harbor-reopens";

    static Stream<Arguments> table() {
        return Stream.of(
                row("minimal article", """
                        title: Harbor reopens
                        date: 2019-02-20
                        """),
                row("every field", """
                        title: Harbor reopens
                        date: 2019-02-20 17:00:00 +0900
                        updated: 2019-02-21T08:00:00+09:00
                        kicker: News analysis
                        subtitle: The port is back
                        summary: A summary.
                        topics: [economy, north-korea]
                        authors: [{name: Kim Seo-yeon, role: Harbor correspondent}, Lee Jun]
                        slug: harbor-reopens
                        translationKey: harbor
                        original: true
                        draft: false
                        extra: {series: Harbor at 100}
                        """),
                row("a single topic and a single author are accepted without a list", """
                        title: Harbor reopens
                        date: 2019-02-20
                        topics: economy
                        authors: Kim Seo-yeon
                        """),
                row("authors by key of authors.yml, by name, and as {name, role}", """
                        title: Harbor reopens
                        date: 2019-02-20
                        authors: [oh-yejin, Kim Seo-yeon, {name: Lee Jun, role: Photographer}]
                        """),
                row("an author key missing from authors.yml", """
                        title: Harbor reopens
                        date: 2019-02-20
                        authors:
                          - oh-yejn
                        """, FILE + "5: unknown author 'oh-yejn' (did you mean 'oh-yejin'?); authors are listed in "
                        + "content/authors.yml (a one-off contributor is written by name, e.g. Kim Seo-yeon, or as "
                        + "{name: …, role: …})"),
                row("a lower-case name is a key", """
                        title: Harbor reopens
                        date: 2019-02-20
                        authors: staff
                        """, FILE + "4: unknown author 'staff'; authors are listed in content/authors.yml (a one-off "
                        + "contributor is written by name, e.g. Kim Seo-yeon, or as {name: …, role: …})"),
                row("the contact line turned off", """
                        title: Harbor reopens
                        date: 2019-02-20
                        contact: false
                        """),
                row("contact that is not a boolean", """
                        title: Harbor reopens
                        date: 2019-02-20
                        contact: desk@example.org
                        """, FILE + "4: 'contact' must be true or false, not 'desk@example.org'"),
                row("no fields at all", "", FILE + "1: missing 'date': add the first publication date, e.g. date: "
                        + "2019-02-20 17:00", FILE + "1: missing 'title': add the headline, e.g. title: \"Harbor reopens\""),
                row("a title that is a list", """
                        title: [Harbor, reopens]
                        date: 2019-02-20
                        """, FILE + "2: 'title' must be a single text value, not a list"),
                row("an empty date", """
                        title: Harbor reopens
                        date:
                        """, FILE + "3: 'date' is empty; write a date such as 2019-02-20 17:00"),
                row("an author without a name", """
                        title: Harbor reopens
                        date: 2019-02-20
                        authors: [{role: Reporter}]
                        """, FILE + "4: an author has no 'name': write {name: Kim Seo-yeon, role: Reporter}"),
                row("an image without a file", """
                        title: Harbor reopens
                        date: 2019-02-20
                        image: {alt: The harbor}
                        """, FILE + "4: the image has no 'src': give the image file, e.g. src: harbor.jpg"),
                row("extra that is not a map", """
                        title: Harbor reopens
                        date: 2019-02-20
                        extra: [desk, Metro]
                        """, FILE + "4: 'extra' must be a map of your own fields, e.g. extra: {desk: \"Metro\"}"),
                row("an empty extra", """
                        title: Harbor reopens
                        date: 2019-02-20
                        extra:
                        """),
                row("optional fields with nothing after them are absent", """
                        title: Harbor reopens
                        date: 2019-02-20
                        topics:
                        authors:
                        aliases:
                        corrections:
                        image:
                        kicker:
                        subtitle:
                        summary:
                        series:
                        slug:
                        translationKey:
                        original:
                        draft:
                        contact:
                        """),
                row("missing title", """
                        date: 2019-02-20
                        """, FILE + "1: missing 'title': add the headline, e.g. title: \"Harbor reopens\""),
                row("empty title", """
                        title:
                        date: 2019-02-20
                        """, FILE + "2: empty 'title': add the headline, e.g. title: \"Harbor reopens\""),
                row("missing date", """
                        title: Harbor reopens
                        """, FILE + "1: missing 'date': add the first publication date, e.g. date: 2019-02-20 17:00"),
                row("impossible date", """
                        title: Harbor reopens
                        date: 2019-02-30
                        """, FILE + "3: 'date': '2019-02-30' is not a real date: 2019-02 has 28 days"),
                row("not a date", """
                        title: Harbor reopens
                        date: yesterday
                        """, FILE + "3: 'date': 'yesterday' is not a date; write it as 2019-02-20, "
                        + "2019-02-20 17:00 or 2019-02-20T17:00:00+09:00"),
                row("updated before date", """
                        title: Harbor reopens
                        date: 2019-02-20 17:00
                        updated: 2019-02-19 17:00
                        """, FILE + "4: 'updated' (2019-02-19T17:00+09:00) is before 'date' (2019-02-20T17:00+09:00); "
                        + "'updated' is the last modification and cannot precede the first publication"),
                row("misspelt field", """
                        title: Harbor reopens
                        date: 2019-02-20
                        sumary: Oops
                        """, FILE + "4: unknown field 'sumary' (did you mean 'summary'?); known fields are title, "
                        + "date, updated, kicker, subtitle, summary, topics, authors, image, slug, translationKey, "
                        + "original, draft, extra, aliases, corrections, contact, series"),
                row("a field of Jekyll or Hugo", """
                        title: Harbor reopens
                        date: 2019-02-20
                        tags: [harbor]
                        """, FILE + "4: unknown field 'tags' (in Broadsheet, its topics are 'topics', keys of "
                        + "content/topics.yml); known fields are title, date, updated, kicker, subtitle, summary, topics, "
                        + "authors, image, slug, translationKey, original, draft, extra, aliases, corrections, contact, "
                        + "series"),
                row("indented with a tab", """
                        title: Harbor reopens
                        date: 2019-02-20
                        image:
                        \tsrc: pier.jpg
                        """, FILE + "5: a tab indents this line: YAML indents with spaces only; replace the tab with spaces"),
                row("a full-width colon, as a Korean input method types it", """
                        title\uFF1A항만 재개장
                        date: 2019-02-20
                        """, FILE + "2: this line has a full-width colon (U+FF1A) where YAML needs a colon ':'; type it "
                        + "again as ':' followed by a space"),
                row("a no-break space after a colon, pasted from a web page", """
                        title: Harbor reopens
                        date:\u00A02019-02-20
                        """, FILE + "3: this line has a no-break space (U+00A0) where YAML needs an ordinary space; type "
                        + "it again as a space"),
                row("a full-width space in an indentation", """
                        title: Harbor reopens
                        date: 2019-02-20
                        topics:
                        \u3000- economy
                        """, FILE + "5: this line has a full-width space (U+3000) where YAML needs an ordinary space; "
                        + "type it again as a space"),
                row("corrections", """
                        title: Harbor reopens
                        date: 2019-02-20
                        corrections:
                          - {date: 2019-02-22 09:00, text: An earlier version misspelled the pier.}
                        """),
                row("corrections not a list", """
                        title: Harbor reopens
                        date: 2019-02-20
                        corrections: The pier was misspelled.
                        """, FILE + "4: 'corrections' must be a list of {date, text}, e.g. corrections: "
                        + "[{date: 2019-03-02 09:00, text: \"An earlier version misstated the crane's height.\"}]"),
                row("correction without date or text", """
                        title: Harbor reopens
                        date: 2019-02-20
                        corrections:
                          - {text: An earlier version misspelled the pier.}
                          - {date: 2019-02-22}
                        """, FILE + "5: a correction without 'date': add when it was made, e.g. date: 2019-03-02 09:00",
                        FILE + "6: a correction without 'text': add what was wrong and what is right, e.g. "
                                + "text: \"An earlier version misstated the crane's height.\""),
                row("correction with a bad date", """
                        title: Harbor reopens
                        date: 2019-02-20
                        corrections:
                          - {date: 2019-02-31, text: An earlier version misspelled the pier.}
                          - Wrong pier.
                        """, FILE + "5: 'corrections' date: '2019-02-31' is not a real date: 2019-02 has 28 days",
                        FILE + "6: 'corrections' must be a map of date, text (each on its own indented line)"),
                row("unknown topic", """
                        title: Harbor reopens
                        date: 2019-02-20
                        topics: [nort-korea]
                        """, FILE + "4: unknown topic 'nort-korea' (did you mean 'north-korea'?); topics are "
                        + "listed in content/topics.yml"),
                row("several topics written as one text", """
                        title: Harbor reopens
                        date: 2019-02-20
                        topics: economy,north-korea
                        """, FILE + "4: unknown topic 'economy,north-korea'; several topics are a list: "
                        + "topics: [economy, north-korea]"),
                row("each item of a list is reported on its own line", """
                        title: Harbor reopens
                        date: 2019-02-20
                        topics:
                          - economy
                          - nort-korea
                        aliases:
                          - /old/
                          - /web.config
                        """, FILE + "6: unknown topic 'nort-korea' (did you mean 'north-korea'?); topics are "
                        + "listed in content/topics.yml",
                        FILE + "9: alias '/web.config' names a file that web hosts or Broadsheet read as settings, "
                        + "or a hidden one: an old address never needs it; remove it"),
                row("draft that is not a boolean", """
                        title: Harbor reopens
                        date: 2019-02-20
                        draft: maybe
                        """, FILE + "4: 'draft' must be true or false, not 'maybe'"),
                row("slug with a slash", """
                        title: Harbor reopens
                        date: 2019-02-20
                        slug: a/b
                        """, FILE + "4: 'slug' 'a/b'" + NOT_A_SLUG),
                row("slug that Windows cannot hold", """
                        title: Harbor reopens
                        date: 2019-02-20
                        slug: Con.html
                        """, FILE + "4: 'slug' 'Con.html'" + NOT_A_SLUG),
                row("slug ending in a dot, which Windows drops", """
                        title: Harbor reopens
                        date: 2019-02-20
                        slug: harbor.
                        """, FILE + "4: 'slug' 'harbor.'" + NOT_A_SLUG),
                row("image without alt", """
                        title: Harbor reopens
                        date: 2019-02-20
                        image: {src: /images/photo.jpg}
                        """, FILE + "4: the image has no 'alt': describe it for readers who cannot see it, "
                        + "e.g. alt: \"Cranes at Seomun harbor at dawn\""),
                row("missing image", """
                        title: Harbor reopens
                        date: 2019-02-20
                        image: {src: gone.jpg, alt: Nothing}
                        """, FILE + "4: image 'gone.jpg' not found (paths are relative to the article's folder, "
                        + "or to content/ when they start with '/')"),
                row("YAML syntax error", """
                        title: Harbor: reopens
                        date: 2019-02-20
                        """, FILE + "2: YAML syntax error: mapping values are not allowed here (a value containing "
                        + "': ' or starting with a quote, '[' or '{' needs quotes around it)"),
                row("field given twice", """
                        title: Harbor reopens
                        title: Harbor closes
                        date: 2019-02-20
                        """, FILE + "3: 'title' is given twice (first on line 2); keep one"),
                row("several problems in one file are all reported", """
                        title:
                        date: 2019-13-01
                        topics: [economi]
                        """,
                        FILE + "2: empty 'title': add the headline, e.g. title: \"Harbor reopens\"",
                        FILE + "3: 'date': '2019-13-01' is not a real date: there is no month 13",
                        FILE + "4: unknown topic 'economi' (did you mean 'economy'?); topics are listed in "
                                + "content/topics.yml"));
    }

    private static Arguments row(String name, String frontMatter, String... problems) {
        return Arguments.of(name, frontMatter, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void frontMatter(String name, String frontMatter, List<String> expected, @TempDir Path dir) {
        TestSite site = TestSite.create(dir)
                .bytes("content/images/photo.jpg", new byte[]{1, 2, 3})
                .file("content/authors.yml", "oh-yejin: {en: Oh Ye-jin, ko: 오예진}\n")
                .article("content/en/2019/a.md", frontMatter, "Body.\n");
        assertEquals(expected, site.problems());
    }
}
