package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The templates of a Hugo site's shortcodes: the site's own ({@code layouts/shortcodes/}), which win, else its theme's
 * ({@code themes/<theme>/layouts/shortcodes/}). An archive often lacks the theme's: a git submodule left empty in the
 * checkout, or a Hugo module, which the repository does not carry.
 */
final class ShortcodeTemplates {

    private static final List<String> FOLDERS = List.of("layouts/shortcodes/", "layouts/_shortcodes/");

    private final Function<String, Optional<String>> files;
    private final List<String> themes;
    private final Map<String, Optional<String>> paths = new ConcurrentHashMap<>();

    /**
     * @param files  a path of the old site → the text of that file, if it has it
     * @param themes the site's themes, in the order Hugo looks them up
     */
    ShortcodeTemplates(Function<String, Optional<String>> files, List<String> themes) {
        this.files = files;
        this.themes = List.copyOf(themes);
    }

    static ShortcodeTemplates of(SourceFiles files, SourceSite site) {
        return new ShortcodeTemplates(files::text, Loose.items(site.settings().get("theme")).stream()
                .map(Object::toString).toList());
    }

    /** The path of the template Hugo used for the shortcode {@code name}, if the old site holds it. */
    Optional<String> path(String name) {
        if (name.contains("..")) {
            return Optional.empty();
        }
        return paths.computeIfAbsent(name, n -> {
            List<String> folders = new ArrayList<>(FOLDERS);
            themes.forEach(theme -> FOLDERS.forEach(folder -> folders.add("themes/" + theme + "/" + folder)));
            return folders.stream().map(folder -> folder + n + ".html").filter(path -> files.apply(path).isPresent())
                    .findFirst();
        });
    }

    /** The text of the template Hugo used for the shortcode {@code name}, if the old site holds it. */
    Optional<String> text(String name) {
        return path(name).flatMap(files);
    }

    /** Whether the site has a template of its own for {@code name}, which Hugo used instead of any theme's. */
    boolean sitesOwn(String name) {
        return path(name).filter(path -> !path.startsWith("themes/")).isPresent();
    }
}
