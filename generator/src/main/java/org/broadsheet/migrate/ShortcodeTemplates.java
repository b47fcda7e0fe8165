package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The templates of a Hugo site's shortcodes: the site's own ({@code layouts/shortcodes/}), which win, else its theme's
 * ({@code themes/<theme>/layouts/shortcodes/}). An archive often lacks the theme's: a git submodule left empty in the
 * checkout, or a Hugo module, which the repository does not carry.
 */
final class ShortcodeTemplates {

    private static final List<String> FOLDERS = List.of("layouts/shortcodes/", "layouts/_shortcodes/");
    /** Hugo's own shortcodes, whose templates are in Hugo, not in a site or its theme. */
    private static final Set<String> HUGOS_OWN = Set.of("comment", "details", "figure", "gist", "highlight", "instagram",
            "param", "qr", "ref", "relref", "twitter", "twitter_simple", "tweet", "vimeo", "vimeo_simple", "x", "x_simple",
            "youtube");

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

    /**
     * What an editor does about the shortcode {@code name} kept as text: write out what it showed, as its template
     * says, which is named when the old site holds it.
     */
    String whatToDo(String name) {
        if (name.endsWith(".inline")) {
            return "write out what it showed, or remove it (an inline shortcode: its template is the text between its "
                    + "tags, which Hugo ran)";
        }
        var template = path(name);
        if (template.isPresent()) {
            return "write out what " + template.get() + " showed, or remove it";
        }
        return HUGOS_OWN.contains(name) ? "write out what Hugo's " + name + " showed, or remove it"
                : "write out what it showed, or remove it (its template is not in the old site: the theme's, in a git "
                + "submodule or a Hugo module)";
    }
}
