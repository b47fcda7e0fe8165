package org.broadsheet.content;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The new-article command: a draft with its front matter filled in, and translation stubs that pair with it. */
class ScaffoldTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harbor reopens after the storm  | harbor-reopens-after-the-storm
            'Seomun''s ferries: a 2024 guide' | seomun-s-ferries-a-2024-guide
            항구 야시장, 다시 문 연다          | 항구-야시장-다시-문-연다
            ???                            | article
            harb harb harb harb harb harb harb harb harb harb harb harbo | harb-harb-harb-harb-harb-harb-harb-harb-harb-harb-harb-harbo
            harbor harbor harbor harbor harbor harbor harbor harbor harbor harbor | harbor-harbor-harbor-harbor-harbor-harbor-harbor-harbor
            """)
    void slugComesFromTheHeadline(String title, String slug) {
        assertEquals(slug, Scaffold.slug(title));
    }

    @Test
    void createsADraftDatedNowInTheSiteTimezoneAndItsTranslationStub() throws Exception {
        TestSite site = TestSite.create(dir);
        List<Path> files = Scaffold.create(dir.resolve("content"), "Harbor reopens", "en", true,
                Instant.parse("2026-11-26T16:30:00Z"));
        assertEquals(List.of(dir.resolve("content/en/2026/harbor-reopens.md"), dir.resolve("content/ko/2026/harbor-reopens.md")),
                files);
        assertEquals("""
                ---
                title: "Harbor reopens"
                date: 2026-11-27T01:30:00+09:00
                original: true
                draft: true
                topics: []
                authors: []
                ---
                Write the story here.
                """, Files.readString(files.get(0)));
        assertTrue(site.build(site.options().withDrafts(true)).succeeded(), "the new files build");
        assertTrue(site.read("en/2026/11/harbor-reopens/index.html").contains("hreflang=\"ko\""));
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> Scaffold.create(
                dir.resolve("content"), "Harbor reopens", "en", false, Instant.parse("2026-11-26T16:30:00Z")));
        assertTrue(again.getMessage().endsWith("harbor-reopens.md exists already; choose another headline or edit it"));
    }

    @Test
    void unknownLanguageIsRefusedWithTheKnownOnes() {
        TestSite.create(dir);
        assertEquals("unknown language 'fr': the languages of content/site.yml are en, ko",
                assertThrows(IllegalArgumentException.class, () -> Scaffold.create(dir.resolve("content"), "Titre", "fr",
                        false, Instant.now())).getMessage());
    }

    @Test
    void noArticleIsWrittenThroughASymbolicLinkPlantedWhereItGoes() throws Exception {
        TestSite.create(dir);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(dir.resolve("content/ko/2026"));
        Files.createSymbolicLink(dir.resolve("content/ko/2026/harbor-reopens.md"), outside.resolve("planted.md"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Scaffold.create(
                dir.resolve("content"), "Harbor reopens", "en", true, Instant.parse("2026-11-26T16:30:00Z")));
        assertEquals("content/ko/2026/harbor-reopens.md is a symbolic link, which may lead outside the project, and "
                + "no new article is written through one: replace it with the folder or file itself", refused.getMessage());
        try (var written = Files.list(outside)) {
            assertEquals(List.of(), written.toList());
        }
        assertFalse(Files.exists(dir.resolve("content/en/2026/harbor-reopens.md")), "nothing is written");
    }
}
