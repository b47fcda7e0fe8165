package org.broadsheet.build;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.render.Templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The templates and the Markdown renderers a builder keeps from one build to the next: parsing the
 * theme and building the parsers are slow in a fresh JVM, and neither depends on the content.
 */
final class Theme {

    private final Path templatesDir;
    private final Markdown markdown = new Markdown(false);
    private final Markdown escapingMarkdown = new Markdown(true);
    /** The Markdown that renders bodies under {@link #bodiesKey}; null until needed. */
    private Markdown bodies;
    /** The {@code rawHtml} mode, the embeds and the theme's ids that {@link #bodies} renders under. */
    private List<Object> bodiesKey = List.of();
    private Templates templates;
    /** The templates being parsed ahead, on a thread of their own, for the first build of this builder. */
    private CompletableFuture<Templates> upcoming;

    Theme(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    /** The Markdown that reads articles: the one every other is made from. */
    Markdown markdown() {
        return markdown;
    }

    /** Whether no build of this builder has parsed the theme yet: the JVM may be fresh. */
    boolean fresh() {
        return templates == null;
    }

    /**
     * Starts parsing the theme on a thread of its own while the content is read, since rendering the first
     * pages of a one-edit rebuild otherwise wait for FreeMarker (once per builder).
     */
    void parseAhead() {
        if (templates == null && upcoming == null) {
            upcoming = OwnThread.start("broadsheet-templates", () -> new Templates(templatesDir).parsed());
        }
    }

    /** Forgets a parse started ahead for a build that ended before it used it. */
    void forgetAhead() {
        upcoming = null;
    }

    /** The templates, parsed again when {@code changed} (or parsed first). */
    Templates templates(boolean changed) throws IOException {
        if (templates == null || changed) {
            templates = upcoming == null ? new Templates(templatesDir) : OwnThread.joined(upcoming);
            upcoming = null;
        }
        return templates;
    }

    /**
     * The Markdown that renders bodies under the {@code rawHtml} and {@code embeds} of {@code config}, clear of the ids
     * of the {@link #templates} last parsed (of the default theme's alone before any).
     */
    Markdown bodies(SiteConfig config) {
        Set<String> themeIds = templates == null ? Set.of() : templates.ids();
        List<Object> key = List.of(config.rawHtml(), config.embeds(), themeIds);
        if (bodies == null || !bodiesKey.equals(key)) {
            bodies = switch (config.rawHtml()) {
                case TRUSTED -> markdown.forTheme(themeIds);
                case ESCAPE -> escapingMarkdown.forTheme(themeIds);
                case SANITIZE -> markdown.sanitizing(config.embeds()).forTheme(themeIds);
            };
            bodiesKey = key;
        }
        return bodies;
    }
}
