package org.broadsheet.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The folders of a Hugo site's content that hold a static HTML page rather than a post: an {@code index.html} that is
 * a whole document without front matter, which Hugo published as it was, the pages, stylesheets, scripts and pictures
 * beside it copied to the same folder (a demo made with a course, kept among the posts). Broadsheet publishes no page
 * or script of {@code content/} (docs/security.md), so such a folder is not imported, and the report says so once for
 * the folder, not once for each of its pages.
 */
final class HtmlDemos {

    private static final Pattern INDEX = Pattern.compile("(?i)index\\.html?");
    private static final Pattern WHOLE_DOCUMENT = Pattern.compile("(?i)\\uFEFF?\\s*<(!doctype\\s+html|html[\\s>])");

    private HtmlDemos() {
    }

    /**
     * The demo folders among {@code paths}, the files of the content folder {@code contentDir}, each ending in
     * {@code /}; one finding for each.
     */
    static Set<String> of(String contentDir, List<String> paths, SourceFiles files, Findings findings) {
        Set<String> markdownIndexes = paths.stream().filter(path -> path.substring(path.lastIndexOf('/') + 1)
                        .matches("(?i)_?index(\\.[\\w-]+)?\\.(md|markdown)"))
                .map(path -> path.substring(0, path.lastIndexOf('/') + 1)).collect(Collectors.toSet());
        Set<String> demos = new TreeSet<>();
        for (String path : paths) {
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            if (INDEX.matcher(path.substring(folder.length())).matches() && folder.length() > contentDir.length() + 1
                    && !markdownIndexes.contains(folder) && demos.stream().noneMatch(folder::startsWith)
                    && files.text(path).filter(text -> WHOLE_DOCUMENT.matcher(text).lookingAt()).isPresent()) {
                demos.add(folder);
            }
        }
        for (String demo : demos) {
            List<String> inside = paths.stream().filter(path -> path.startsWith(demo)).toList();
            String index = inside.stream().filter(path -> path.indexOf('/', demo.length()) < 0
                    && INDEX.matcher(path.substring(demo.length())).matches()).findFirst().orElseThrow();
            Map<String, Integer> kinds = new TreeMap<>();
            inside.stream().filter(path -> !path.equals(index)).forEach(path -> kinds.merge(extension(path), 1, Integer::sum));
            String others = kinds.isEmpty() ? "" : ", with the " + (inside.size() - 1) + " other files of its folder ("
                    + kinds.entrySet().stream().map(kind -> kind.getValue() + " " + kind.getKey())
                    .collect(Collectors.joining(", ")) + ")";
            findings.add(Category.SKIPPED, demo, 0, "not imported: a static HTML page ("
                    + index.substring(demo.length()) + ", a whole document without front matter) that Hugo published "
                    + "as it was" + others + "; Broadsheet publishes no page or script of content/ (docs/security.md), "
                    + "and its address will not answer: to keep it, publish it elsewhere and link to it from an article");
        }
        return demos;
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT) : "without extension";
    }
}
