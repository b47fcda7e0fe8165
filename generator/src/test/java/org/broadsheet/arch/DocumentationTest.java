package org.broadsheet.arch;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documentation cites what exists: every test class it names is a test of the suite, and every
 * relative link leads to a file or folder of the repository.
 */
class DocumentationTest {

    private static final Path ROOT = TestSite.repositoryRoot();
    private static final Pattern TEST_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*Test\\b");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(?:#[^)]*)?\\)");

    @Test
    void everyTestClassTheDocumentationNamesExists() throws IOException {
        Set<String> tests = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(ROOT.resolve("generator/src/test/java"))) {
            walk.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".java"))
                    .forEach(name -> tests.add(name.substring(0, name.length() - ".java".length())));
        }
        assertTrue(tests.contains("GoldenSiteTest"), "the suite was found: " + tests.size() + " classes");
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path page : pages()) {
            Matcher matcher = TEST_NAME.matcher(Files.readString(page));
            while (matcher.find()) {
                named++;
                if (!tests.contains(matcher.group())) {
                    missing.add(ROOT.relativize(page) + ": " + matcher.group());
                }
            }
        }
        assertTrue(named > 10, "the documentation names the tests that guard its claims: " + named);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher matcher = LINK.matcher(withoutCode(Files.readString(page)));
            while (matcher.find()) {
                String target = matcher.group(1);
                if (!target.matches("[a-z]+:.*") && !Files.exists(page.getParent().resolve(target).normalize())) {
                    broken.add(ROOT.relativize(page) + ": " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The text without fenced code blocks and code spans, where links are examples for writers. */
    private static String withoutCode(String markdown) {
        return markdown.replaceAll("(?ms)^\\s*(```|~~~).*?^\\s*\\1", "").replaceAll("`[^`\\n]*`", "");
    }

    /** README.md, the pages of docs/ and the benchmark page. */
    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("bench/README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }
}
