package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The byline of a post: {@code author}/{@code authors} as a name, a list of names, maps with a name, or
 * keys of the old site's author data ({@code _data/authors.yml}, as minimal-mistakes and Chirpy use it; a Hugo site's
 * pages of its authors taxonomy).
 */
final class Authors {

    /** A name followed by an e-mail address or a handle in angle brackets, as git writes authors: Kim <kim@x.org>. */
    private static final Pattern LINK = Pattern.compile("(?is)<a\\b[^>]*>(.*?)</a\\s*>");
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("([^<>]*[^<>\\s])\\s*<([^<>/\\s][^<>\\s]*)>");
    /** The name a theme showed beside {@code author} written as a handle (Helm's {@code author: "@technosophos"}). */
    static final String NAME_BESIDE_HANDLE = "authorname";

    private Authors() {
    }

    /**
     * The author data of the first of {@code files} that exists, and of the files of {@code folder}, one per author
     * ({@code data/authors/kim.json}, as Blowfish keeps them), which Hugo and Jekyll read into the same map, each
     * named by its file: key → a name or a map; empty when there is none.
     */
    static Map<String, Object> data(SourceFiles files, List<String> candidates, String folder) {
        Map<String, Object> data = new LinkedHashMap<>(files.data(folder));
        data.putAll(SourceFiles.values(files.settings(candidates)));
        return data;
    }

    /**
     * The author data, with the front matter of each page Hugo made for an author of its authors taxonomy
     * ({@code content/authors/kim/_index.md}, where Wowchemy's and news sites keep their staff) under its folder's
     * name, when the page names the author and the data files do not already give that key.
     */
    static Map<String, Object> withTermPages(Map<String, Object> data, SourceFiles files, List<String> pages) {
        Map<String, Object> all = new LinkedHashMap<>(data);
        for (String page : pages) {
            String[] parts = page.split("/");
            files.documentQuietly(page).map(document -> SourceFiles.values(document.fields())).filter(Authors::named)
                    .ifPresent(fields -> all.putIfAbsent(parts[parts.length - 2], fields));
        }
        return all;
    }

    /**
     * Names as strings, or {@code {name, role}} maps where the old site gave a role; keys of the author data
     * named from it (reported); unreadable entries reported.
     */
    static List<Object> of(SourcePost post, Map<String, Object> data, Findings findings) {
        List<Object> authors = new ArrayList<>();
        for (String field : fields(post)) {
            for (Object item : keysOrItems(post.value(field), data)) {
                Object entry = item;
                if (!(item instanceof Map) && !(item instanceof List) && data.containsKey(item.toString().strip())) {
                    entry = data.get(item.toString().strip());
                    findings.add(Category.AUTHOR_LOOKUP, post.path(), post.line(field), "author '" + item.toString().strip()
                            + "' named from the author data");
                    if (!(entry instanceof Map)) {
                        entry = Loose.text(entry) == null ? item : entry;
                    }
                }
                if (entry instanceof Map<?, ?> map) {
                    author(map, post, field, findings, authors);
                } else if (entry instanceof List) {
                    findings.add(Category.FIELDS, post.path(), post.line(field), "a nested list of authors was left out");
                } else if (linkedNames(entry.toString()).size() > 1) {
                    // several names written as links, set apart by commas or 'and': one author each
                    List<String> names = linkedNames(entry.toString());
                    findings.add(Category.FIELDS, post.path(), post.line(field), "author '" + entry.toString().strip()
                            + "' written as HTML: the byline names " + names.stream().map(n -> "'" + n + "'")
                            .collect(Collectors.joining(", ")));
                    names.forEach(name -> add(name, null, authors));
                } else {
                    String written = entry.toString().strip();
                    Matcher withAddress = NAME_AND_ADDRESS.matcher(written);
                    // a name written as a link (author: <a href="…">Name</a>), which Jekyll printed as it was
                    String name = withAddress.matches() ? withAddress.group(1).strip()
                            : written.contains("<") ? written.replaceAll("<[^>]*>", "").strip() : written;
                    if (withAddress.matches()) {
                        findings.add(Category.AUTHOR_ADDRESS, post.path(), post.line(field), "author '" + written
                                + "': the byline names '" + name + "', without the address");
                    } else if (!name.equals(written)) {
                        findings.add(Category.FIELDS, post.path(), post.line(field), "author '" + written + "' written "
                                + "as HTML: the byline names '" + name + "'");
                    }
                    add(name.isEmpty() ? written : name, null, authors);
                }
            }
        }
        return authors;
    }

    /**
     * The fields the byline is read from: {@code authorname} when the post gives one, as the theme showed that name
     * and its {@code author} is then a handle; else {@code authors} and {@code author}.
     */
    static List<String> fields(SourcePost post) {
        return Loose.text(post.value(NAME_BESIDE_HANDLE)) != null ? List.of(NAME_BESIDE_HANDLE) : List.of("authors", "author");
    }

    /**
     * The texts of the links ({@code <a href=…>Name</a>}) that {@code written} is made of, when nothing but commas,
     * {@code &} and {@code and} stands between them (fastpages' {@code author: "<a …>Kim</a>, <a …>Lee</a>"}); else
     * empty, a name with an affiliation beside its link being more than a list of names.
     */
    private static List<String> linkedNames(String written) {
        Matcher link = LINK.matcher(written);
        List<String> names = new ArrayList<>();
        StringBuilder between = new StringBuilder();
        int end = 0;
        while (link.find()) {
            between.append(written, end, link.start()).append(' ');
            names.add(link.group(1).replaceAll("<[^>]*>", "").strip());
            end = link.end();
        }
        between.append(written.substring(end));
        boolean onlySeparators = between.toString().replaceAll("(?i)\\band\\b|[,&\\s]", "").isEmpty();
        return onlySeparators && names.stream().noneMatch(String::isEmpty) ? names : List.of();
    }

    /**
     * The items of an author field; one text of keys of the author data joined by commas ({@code gadi, purin},
     * which themes split to look each up) is those keys.
     */
    private static List<Object> keysOrItems(Object value, Map<String, Object> data) {
        if (!(value instanceof List) && value != null && value.toString().contains(",")) {
            List<Object> keys = List.of((Object[]) value.toString().strip().split("\\s*,\\s*"));
            if (keys.stream().allMatch(key -> data.containsKey(key.toString()))) {
                return keys;
            }
        }
        return Loose.items(value);
    }

    /** Whether an author given as a map names the author. */
    static boolean named(Map<?, ?> map) {
        return name(map) != null;
    }

    private static String name(Map<?, ?> map) {
        return Loose.text(firstOf(map, "name", "display_name", "displayName", "title"));
    }

    private static void author(Map<?, ?> map, SourcePost post, String field, Findings findings, List<Object> authors) {
        String name = name(map);
        if (name == null) {
            findings.add(Category.FIELDS, post.path(), post.line(field), "an author without a name " + map
                    + " was left out");
            return;
        }
        add(name, Loose.text(firstOf(map, "role", "position", "job")), authors);
    }

    /**
     * Adds a name to the byline once: as itself, or as {@code {name, role}} when there is a role or when the
     * name is written like a key of authors.yml ("jdoe"), which Broadsheet would look up there.
     */
    private static void add(String name, String role, List<Object> authors) {
        Object author = name;
        if (role != null || ContentPaths.isKey(name)) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            if (role != null) {
                map.put("role", role);
            }
            author = map;
        }
        if (!authors.contains(author)) {
            authors.add(author);
        }
    }

    private static Object firstOf(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            if (map.get(key) != null) {
                return map.get(key);
            }
        }
        return null;
    }
}
