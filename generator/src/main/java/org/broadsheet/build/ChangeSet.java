package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.render.PageKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed since the last build, decided once from the files the watcher saw: the one place that
 * chooses between re-reading everything and re-reading a few articles, and between a new theme and a
 * few page templates. Every later stage reads this value instead of looking at the files again.
 *
 * @param articles      content paths of the article files to read again
 * @param reloadContent whether the settings, topics or media changed: everything is read and rendered
 * @param reloadTheme   whether a shared template, UI strings or assets changed: the UI strings are read again
 *                      and everything is rendered
 * @param kinds         the kinds of page whose own template changed
 */
record ChangeSet(Set<String> articles, boolean reloadContent, boolean reloadTheme, Set<PageKind> kinds) {

    /** Anything may have changed. */
    static ChangeSet everything() {
        return new ChangeSet(Set.of(), true, true, Set.of());
    }

    /**
     * What {@code changedFiles} (created, modified or deleted) change, null meaning anything may have;
     * {@code settings} are those last read (null before the first build), {@code usedMedia} the content
     * files the last build published.
     */
    static ChangeSet of(Collection<Path> changedFiles, BuildOptions options, ContentLoader.Settings settings,
                        Set<String> usedMedia) {
        if (changedFiles == null || settings == null) {
            return everything();
        }
        Set<String> articles = new TreeSet<>();
        Set<PageKind> kinds = EnumSet.noneOf(PageKind.class);
        boolean reloadContent = false;
        boolean reloadTheme = false;
        Path contentDir = options.contentDir().toAbsolutePath().normalize();
        Path templatesDir = options.templatesDir().toAbsolutePath().normalize();
        for (Path file : changedFiles) {
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(contentDir) && !EditorFiles.temporary(contentDir.relativize(absolute))) {
                String path = Normalizer.normalize(contentDir.relativize(absolute).toString().replace('\\', '/'),
                        Normalizer.Form.NFC);
                if (ContentLoader.isArticleFile(path, settings)) {
                    articles.add(path);
                } else if (Files.exists(absolute) || path.matches("(?i).*\\.(md|ya?ml)") || usedMedia.contains(path)) {
                    // settings, misplaced articles, and any file a body may link to (published under media/);
                    // a file gone that no page used was some program's temporary file
                    reloadContent = true;
                }
            } else if (absolute.startsWith(templatesDir) && !EditorFiles.temporary(templatesDir.relativize(absolute))) {
                PageKind kind = PageKind.ofTemplate(absolute.getFileName().toString()).orElse(null);
                if (kind != null && absolute.getParent().equals(templatesDir)) {
                    kinds.add(kind);
                } else {
                    reloadTheme = true;
                }
            }
        }
        return new ChangeSet(Collections.unmodifiableSet(articles), reloadContent, reloadTheme,
                Collections.unmodifiableSet(kinds));
    }
}
