package org.broadsheet.build;

import org.broadsheet.content.Aliases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article files that a build stopped early could not read: files with problems of their own, and those of a
 * language folder that {@code site.yml} does not name. The address each would have is not known, so a link that may
 * lead to one is left to that file's problem: one to its file, one whose last segment is its file name or the
 * {@code slug} its front matter seems to give, one to an alias its front matter seems to give, one into the folder.
 */
final class UnreadArticles {

    /** Nothing unread: after rendering, every article was read. */
    static final UnreadArticles NONE = new UnreadArticles(Set.of(), Set.of(), Set.of(), Set.of());

    /** A {@code slug:} line of front matter, its value quoted or not. */
    private static final Pattern SLUG = Pattern.compile("(?m)^slug:[ \\t]*[\"']?([^\"'\\s#]+)");
    /** The {@code aliases:} line of front matter, with what follows the colon. */
    private static final Pattern ALIASES = Pattern.compile("aliases[ \\t]*:(.*)");
    /** A value of a YAML list or scalar that could be an alias: quoted, or a path written as is. */
    private static final Pattern ALIAS = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(/[^\\s,\\[\\]]*)");
    /** The line that opens and closes front matter. */
    private static final Pattern FENCE = Pattern.compile("(?m)^---[ \\t]*\\r?$");
    /** How much of the start of an unread article file is searched: far more than any front matter. */
    private static final int FRONT_MATTER_BYTES = 64 * 1024;

    private final Set<String> files;
    private final Set<String> folders;
    private final Set<String> names;
    private final Set<String> aliasFiles;

    private UnreadArticles(Set<String> files, Set<String> folders, Set<String> names, Set<String> aliasFiles) {
        this.files = files;
        this.folders = folders;
        this.names = names;
        this.aliasFiles = aliasFiles;
    }

    /**
     * @param files   the files (relative to {@code content/}) that could not be read
     * @param folders the language folders of {@code content/} that the site does not have, left unread
     */
    static UnreadArticles of(Collection<String> files, Set<String> folders, Path contentDir) {
        Set<String> names = new HashSet<>();
        Set<String> aliasFiles = new HashSet<>();
        for (String file : files) {
            names.add(fileName(file));
            String frontMatter = frontMatter(contentDir.resolve(file));
            Matcher slug = SLUG.matcher(frontMatter);
            if (slug.find()) {
                names.add(slug.group(1));
            }
            aliases(frontMatter).forEach(alias -> Aliases.file(alias).ifPresent(aliasFiles::add));
        }
        return new UnreadArticles(Set.copyOf(files), Set.copyOf(folders), Set.copyOf(names), Set.copyOf(aliasFiles));
    }

    /**
     * Whether the article file {@code contentPath} (relative to {@code content/}) is one of these: a file of a folder
     * left unread is one when it is there, since a link to no file there leads to no article whatever the folder
     * becomes.
     */
    boolean file(String contentPath) {
        return files.contains(contentPath);
    }

    /** Whether a link to the site path {@code path} may lead to the page of one of these, at an address not known. */
    boolean mayBePage(String path) {
        if (folders.contains(firstSegment(path))) {
            return true;
        }
        String name = fileName(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        return (!name.contains(".") || name.endsWith(".html")) && names.contains(name);
    }

    /** The files of the site that the redirects of the aliases these files seem to give would be. */
    Set<String> aliasFiles() {
        return aliasFiles;
    }

    /**
     * What the front matter of {@code file} seems to give as aliases: the values on the {@code aliases:} line and on
     * the indented or listed lines below it, in whatever form of YAML they are written.
     */
    private static Set<String> aliases(String frontMatter) {
        Set<String> aliases = new HashSet<>();
        boolean inAliases = false;
        for (String line : frontMatter.split("\\R")) {
            Matcher start = ALIASES.matcher(line);
            if (start.matches()) {
                inAliases = true;
                line = start.group(1);
            } else if (!inAliases || !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '-') {
                inAliases = false;
                continue;
            }
            Matcher value = ALIAS.matcher(line);
            while (value.find()) {
                aliases.add(value.group(1) != null ? value.group(1) : value.group(2) != null ? value.group(2) : value.group(3));
            }
        }
        return aliases;
    }

    /**
     * The front matter of {@code file} as far as it can be told from the file's start: up to its closing line, or the
     * whole start when it has none. Empty when it cannot be read; a symbolic link is not followed, wherever it leads.
     */
    private static String frontMatter(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        String start;
        try (InputStream in = Files.newInputStream(file)) {
            start = new String(in.readNBytes(FRONT_MATTER_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // gone since: links to it are judged by its name alone
            return "";
        }
        // the opening line may follow a byte order mark
        Matcher fence = FENCE.matcher(start);
        return fence.find() && fence.start() <= 1 && fence.find() ? start.substring(0, fence.start()) : start;
    }

    private static String firstSegment(String path) {
        return path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    }

    /** The last segment of {@code path}, without {@code .md} in any case. */
    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
