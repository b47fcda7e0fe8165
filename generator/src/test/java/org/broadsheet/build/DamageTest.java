package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile or damaged input: answered fast with a clear problem, never a hang, a crash or a write in the wrong place. The
 * time limit stops a hang (an alias bomb expanded, a symbolic link loop followed, a file of gigabytes read): each test
 * takes a second or two, and a wall-clock limit close to that fails on a busy machine rather than on a hang.
 */
@Timeout(120)
class DamageTest {

    @TempDir
    Path dir;

    @Test
    void yamlAliasBombIsHarmless() {
        StringBuilder bomb = new StringBuilder("title: Bomb\ndate: 2019-03-01\nextra:\n  a: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (char name = 'b'; name <= 'j'; name++) {
            bomb.append("  ").append(name).append(": &").append(name).append(" [")
                    .append(("*" + previous + ", ").repeat(8)).append("*").append(previous).append("]\n");
            previous = String.valueOf(name);
        }
        TestSite site = TestSite.create(dir).article("content/en/2019/bomb.md", bomb.toString(), "Body.");
        assertEquals(List.of(), site.problems(), "the article is published, within the time limit");
        assertTrue(site.exists("en/2019/03/bomb/index.html"));
    }

    @Test
    void deeplyNestedYamlIsRejectedWithAClearMessage() {
        TestSite site = TestSite.create(dir).article("content/en/2019/deep.md",
                "title: Deep\ndate: 2019-03-01\nextra: " + "[".repeat(5000) + "]".repeat(5000), "Body.");
        assertEquals(List.of("content/en/2019/deep.md:2: the YAML is nested more than 32 levels deep; fields here are "
                + "at most a few levels deep, so this is likely damage"), site.problems());
    }

    @Test
    void hugeFileIsRefusedWithoutReadingItAsAnArticle() {
        TestSite site = TestSite.create(dir).bytes("content/en/2019/huge.md", new byte[6_000_000]);
        assertEquals(List.of("content/en/2019/huge.md: the file is 6 MB; an article is at most 5 MB of text. Is it an "
                + "article? Pictures and documents belong beside it as files of their own"), site.problems());
    }

    @Test
    void aFileJustOverTheLimitIsSaidToBeOverIt() {
        TestSite site = TestSite.create(dir).bytes("content/en/2019/huge.md", new byte[5_000_001]);
        assertEquals(List.of("content/en/2019/huge.md: the file is 5.1 MB; an article is at most 5 MB of text. Is it an "
                + "article? Pictures and documents belong beside it as files of their own"), site.problems());
    }

    @Test
    void fileOfGigabytesIsRefusedFromItsSizeWithoutReadingIt() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(
                dir.resolve("content/en/2019/huge.md").toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        assertEquals(List.of("content/en/2019/huge.md: the file is 3221.3 MB; an article is at most 5 MB of text. Is it "
                + "an article? Pictures and documents belong beside it as files of their own"), site.problems());
    }

    @Test
    void markdownNestedTooDeeplyForTheStackIsAProblemNotACrash() {
        TestSite site = TestSite.create(dir).article("content/en/2019/deep.md", "title: Deep\ndate: 2019-03-01",
                ">".repeat(100_000) + " quoted\n");
        assertEquals(List.of("content/en/2019/deep.md:5: the Markdown could not be rendered (java.lang.StackOverflowError); "
                + "simplify unusual nesting of lists, quotes or tables, or an HTML tag thousands of characters long"), site.problems());
    }

    @Test
    void symbolicLinkLoopInContentIsAProblemNotFollowed() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        Files.createSymbolicLink(dir.resolve("content/en/2019/loop"), dir.resolve("content/en"));
        List<String> problems = site.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/en/2019/loop: is a symbolic link to the folder content/en;"));
        Files.delete(dir.resolve("content/en/2019/loop"));
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("en/2019/03/a/index.html"));
    }

    @Test
    void outputFolderThatWouldDestroyTheNewsroomsWorkIsRefused() throws IOException {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md", "title: A\ndate: 2019-03-01", "Body.");
        for (Path output : List.of(dir, dir.resolve("content"), dir.resolve("templates"), dir.getParent(),
                dir.resolve("content/en/out"))) {
            BuildResult result = site.build(site.options().withOutput(output, dir.resolve("target/work")));
            assertFalse(result.succeeded(), output.toString());
            assertTrue(result.problems().get(0).message().startsWith("the output folder " + output), result.problems().toString());
        }
        Files.createDirectories(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/notes.txt"), "keep me");
        BuildResult foreign = site.build(site.options().withOutput(dir.resolve("mine"), dir.resolve("target/work")));
        assertEquals(List.of("mine/: the output folder " + dir.resolve("mine") + " holds files that Broadsheet did not "
                + "write (it has no .broadsheet-manifest); empty it, or choose another folder"),
                foreign.problems().stream().map(Object::toString).toList());
        assertEquals("keep me", Files.readString(dir.resolve("mine/notes.txt")));
        assertEquals(List.of("notes.txt"), Files.list(dir.resolve("mine")).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void scriptInATitleOrSummaryIsAlwaysEscaped() {
        TestSite site = TestSite.create(dir).article("content/en/2019/a.md",
                "title: \"<script>alert('t')</script>\"\ndate: 2019-03-01\nsummary: \"<img src=x onerror=alert(1)>\"", "x");
        assertTrue(site.build().succeeded());
        for (String page : List.of("en/2019/03/a/index.html", "en/index.html")) {
            String html = site.read(page);
            assertFalse(html.contains("<script>alert") || html.contains("<img src=x"), page);
            assertTrue(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"), page);
        }
    }
}
