package org.broadsheet.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ids a theme's pages use, read from its files: those its templates write or point at (an element's id, a
 * label's {@code for}, {@code aria-labelledby}, a skip link's {@code href="#main"}) and those its scripts, in its
 * assets or inline in a template, look up ({@code getElementById("x")}, {@code querySelector("#x")}). A body gives
 * way to them: a browser and a script find the first element of an id, and the body comes before much of the page.
 */
public final class ThemeIds {

    private static final Pattern TEMPLATE_ID = Pattern.compile(
            "\\s(?:id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns|list|form|headers)=\"([^\"]*)\"");
    private static final Pattern TEMPLATE_FRAGMENT = Pattern.compile("\\shref=\"#([^\"]*)\"");
    private static final Pattern SCRIPT_ID = Pattern.compile(
            "getElementById\\(\\s*[\"']([^\"']*)[\"']|querySelector(?:All)?\\(\\s*[\"'][^\"']*#([\\w-]+)");

    /**
     * What a theme's files say of its ids.
     *
     * @param ids      the ids written as they are
     * @param computed where a template makes an id with an expression ({@code name: id}), which no body can be kept
     *                 from taking, as its value is known only on a page
     */
    public record Found(Set<String> ids, List<String> computed) {
    }

    private ThemeIds() {
    }

    /**
     * The ids of the theme in {@code templatesDir}: of its {@code .ftlh} templates and its {@code .js} scripts, symbolic
     * links left out, as Broadsheet reads nothing from outside the theme's folder; none when there is no such folder.
     */
    public static Found of(Path templatesDir) throws IOException {
        Set<String> ids = new TreeSet<>();
        List<String> computed = new ArrayList<>();
        if (!Files.isDirectory(templatesDir)) {
            return new Found(Set.of(), List.of());
        }
        // templates/ itself may be a link to the theme kept elsewhere
        Path theme = templatesDir.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(theme)) {
            files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String name = theme.relativize(file).toString().replace(File.separatorChar, '/');
            boolean template = name.endsWith(".ftlh");
            if (!template && !name.endsWith(".js")) {
                continue;
            }
            String text;
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                // deleted since the folder was listed: the save that deleted it builds again
                continue;
            }
            if (template) {
                for (Pattern pattern : List.of(TEMPLATE_ID, TEMPLATE_FRAGMENT)) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        for (String id : matcher.group(1).split("\\s+")) {
                            if (id.contains("${") || id.contains("<#")) {
                                computed.add(name + ": " + id);
                            } else if (!id.isEmpty()) {
                                ids.add(id);
                            }
                        }
                    }
                }
            }
            Matcher script = SCRIPT_ID.matcher(text);
            while (script.find()) {
                String id = script.group(1) != null ? script.group(1) : script.group(2);
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        return new Found(Set.copyOf(ids), List.copyOf(computed));
    }
}
