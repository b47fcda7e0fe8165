package org.broadsheet.arch;

import org.broadsheet.TestSite;
import org.broadsheet.model.ElementIds;
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

/**
 * The ids that bodies give way to are those the default theme uses: every id its templates write or point at
 * (labels, skip link, {@code aria-labelledby}) and every id its scripts look up, and no other; so the list in
 * {@link ElementIds#THEME} cannot drift from the theme. An id made by an expression would be one no list holds.
 */
class ThemeIdsTest {

    private static final Path THEME = TestSite.repositoryRoot().resolve("templates");
    private static final Pattern TEMPLATE_ID = Pattern.compile(
            "\\s(?:id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns|list|form|headers)=\"([^\"]*)\"");
    private static final Pattern TEMPLATE_FRAGMENT = Pattern.compile("\\shref=\"#([^\"]*)\"");
    private static final Pattern SCRIPT_ID = Pattern.compile(
            "getElementById\\(\\s*[\"']([^\"']*)[\"']|querySelector(?:All)?\\(\\s*[\"'][^\"']*#([\\w-]+)");

    @Test
    void theReservedIdsAreExactlyThoseTheThemeUses() throws IOException {
        Set<String> used = new TreeSet<>();
        List<String> computed = new ArrayList<>();
        for (Path file : files()) {
            String text = Files.readString(file);
            String name = THEME.relativize(file).toString();
            if (name.endsWith(".ftlh")) {
                for (Pattern pattern : List.of(TEMPLATE_ID, TEMPLATE_FRAGMENT)) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        for (String id : matcher.group(1).split("\\s+")) {
                            if (id.contains("${") || id.contains("<#")) {
                                computed.add(name + ": " + id);
                            } else if (!id.isEmpty()) {
                                used.add(id);
                            }
                        }
                    }
                }
            } else if (name.endsWith(".js")) {
                Matcher matcher = SCRIPT_ID.matcher(text);
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertEquals(List.of(), computed, "ids made by an expression: no body could be kept from taking them");
        assertEquals(used, new TreeSet<>(ElementIds.THEME));
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(THEME)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
