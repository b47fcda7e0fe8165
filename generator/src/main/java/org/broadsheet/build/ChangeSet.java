package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.model.EditorFiles;
import org.broadsheet.model.MostRead;
import org.broadsheet.render.PageKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed, decided once from the files the watcher saw: the one place that chooses between
 * reading everything again and reading a few articles, and between a new theme and a few page
 * templates. Later stages read this value instead of looking at the files again.
 *
 * @param articles content paths of the article files to read again
 * @param content  whether settings, topics, media or misplaced files changed: everything is read and rendered
 * @param theme    whether a shared template, the UI strings or the assets changed: the UI strings are read
 *                 again and everything is rendered
 * @param kinds    the kinds of page whose own template changed
 */
record ChangeSet(Set<String> articles, boolean content, boolean theme, Set<PageKind> kinds) {

    /** Nothing changed. */
    static final ChangeSet NONE = new ChangeSet(Set.of(), false, false, Set.of());

    ChangeSet {
        articles = Set.copyOf(articles);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Anything may have changed. */
    static ChangeSet everything() {
        return new ChangeSet(Set.of(), true, true, Set.of());
    }

    /**
     * What {@code changedFiles} (created, modified or deleted) change, null meaning anything may have;
     * {@code settings} are those last read (null before the first build), {@code usedMedia} the files of
     * {@code content/} that the last build published.
     */
    static ChangeSet of(Collection<Path> changedFiles, BuildOptions options, ContentLoader.Settings settings,
                        Set<String> usedMedia) {
        if (changedFiles == null || settings == null) {
            return everything();
        }
        Set<String> articles = new TreeSet<>();
        Set<PageKind> kinds = EnumSet.noneOf(PageKind.class);
        boolean content = false;
        boolean theme = false;
        Path contentDir = options.contentDir().toAbsolutePath().normalize();
        Path templatesDir = options.templatesDir().toAbsolutePath().normalize();
        for (Path file : changedFiles) {
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(contentDir) && !EditorFiles.temporary(contentDir.relativize(absolute))) {
                String path = Normalizer.normalize(contentDir.relativize(absolute).toString().replace('\\', '/'),
                        Normalizer.Form.NFC);
                if (!ContentLoader.decodable(absolute)) {
                    // named by no path this build could read: the listing of content/ reports it
                    content = true;
                } else if (ContentLoader.isArticleFile(path, settings)) {
                    articles.add(path);
                } else if (path.equals(MostRead.FILE)) {
                    // read by every build; no page depends on it
                    continue;
                } else if (Files.exists(absolute) || path.matches("(?i).*\\.(md|ya?ml)") || usedMedia.contains(path)
                        || settings.folderLinks().contains(path)) {
                    // settings, misplaced articles, any file a body may link to (published under media/), and a
                    // link to a folder, which is a problem until it goes; a file gone that none of these was is some
                    // program's temporary file
                    content = true;
                }
            } else if (absolute.startsWith(templatesDir) && !EditorFiles.temporary(templatesDir.relativize(absolute))) {
                PageKind kind = PageKind.ofTemplate(absolute.getFileName().toString()).orElse(null);
                if (kind != null && absolute.getParent().equals(templatesDir)) {
                    kinds.add(kind);
                } else {
                    theme = true;
                }
            }
        }
        return new ChangeSet(articles, content, theme, kinds);
    }

    /** What this and {@code later} changed together, as the builds since the last commit add up. */
    ChangeSet and(ChangeSet later) {
        Set<String> bothArticles = new TreeSet<>(articles);
        bothArticles.addAll(later.articles);
        Set<PageKind> bothKinds = EnumSet.noneOf(PageKind.class);
        bothKinds.addAll(kinds);
        bothKinds.addAll(later.kinds);
        return new ChangeSet(bothArticles, content || later.content, theme || later.theme, bothKinds);
    }

    /** Whether every page, feed and index must be rendered again, whatever its inputs. */
    boolean everythingRendered() {
        return content || theme;
    }
}
