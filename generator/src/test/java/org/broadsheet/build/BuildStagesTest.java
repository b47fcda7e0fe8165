package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a build tells of its stages, each on a line of its own with its time, and what a builder leaves alone. */
class BuildStagesTest {

    @TempDir
    Path dir;

    @Test
    void aBuildLogsEachStageInOrderThenTheTranslationDesksSummary() throws IOException {
        TestSite site = site();
        List<String> said = new CopyOnWriteArrayList<>();
        assertTrue(Generator.build(site.options(), logTo(said)).succeeded());
        assertEquals(List.of("load", "assemble", "plan", "search", "render", "feeds", "check", "write", "translations:"),
                said.stream().map(line -> line.substring(0, line.indexOf(' '))).toList(), said.toString());
        assertEquals("translations: 0 translated, 1 missing, 0 stale translations", said.get(said.size() - 1));
        assertTrue(said.get(1).matches("assemble +\\d+ ms  2 editions"), said.get(1));
        assertTrue(said.get(7).matches("write +\\d+ ms  \\d+ written, 0 unchanged, 0 removed"), said.get(7));
    }

    @Test
    void aBuildStoppedByAnArticlesProblemLogsThePagesItRenderedForTheThemeOnly() throws IOException {
        TestSite site = site().article("content/en/2019/pier.md", "title: Pier\ndate: 2019-03-11\ntopics: [pier]",
                "The pier.");
        List<String> said = new CopyOnWriteArrayList<>();
        assertFalse(Generator.build(site.options(), logTo(said)).succeeded());
        assertEquals(List.of("load", "assemble", "plan", "render"),
                said.stream().map(line -> line.substring(0, line.indexOf(' '))).toList(), said.toString());
        assertTrue(said.get(3).endsWith(" pages, for the theme's problems"), said.get(3));
    }

    @Test
    void aRepeatedBuildOfABuilderThatIsNotAloneLeavesTheJitsCompilersAsTheyAre() {
        TestSite site = site();
        assertTrue(site.build().succeeded());
        assertTrue(site.build().succeeded());
        // the directives that turn C2 off are written only by a build alone (OptimizingCompilerTest)
        assertFalse(Files.exists(site.root().resolve("target/broadsheet/compiler-directives.json")));
    }

    @Test
    void aFullBuildThatCannotKeepItsArticlesForTheNextFailsWithTheErrorAfterWritingTheSite() throws IOException {
        TestSite site = site();
        // a folder where the article cache goes, which no file can replace
        Files.createDirectories(site.root().resolve("target/broadsheet/articles/in-the-way"));
        assertThrows(IOException.class, () -> Generator.build(site.options(), BuildLog.SILENT));
        assertTrue(Files.exists(site.root().resolve("site/en/2019/03/harbor/index.html")));
    }

    @Test
    void aTemplateSavedAfterABuildRefusedItsOutputFolderIsTheOneTheNextBuildRenders() throws Exception {
        TestSite site = site().file("site/notes.txt", "not Broadsheet's");
        SiteBuilder builder = new SiteBuilder(site.options(), BuildLog.SILENT);
        assertFalse(builder.build().succeeded());
        // time for the theme's parse, started ahead for the refused build, to end before the save
        Thread.sleep(1000);
        site.edit("templates/article.ftlh", "</article>", "<!-- saved --></article>").delete("site/notes.txt");
        assertTrue(builder.build().succeeded());
        assertTrue(site.read("en/2019/03/harbor/index.html").contains("<!-- saved -->"));
    }

    private TestSite site() {
        return TestSite.create(dir).article("content/en/2019/harbor.md",
                "title: Harbor reopens\ndate: 2019-03-10\ntopics: [economy]", "The harbor reopened on Monday.");
    }

    /** A log that keeps what the build said of its progress. */
    private static BuildLog logTo(List<String> said) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void warn(String message) {
            }
        };
    }
}
