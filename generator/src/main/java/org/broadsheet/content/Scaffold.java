package org.broadsheet.content;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Creates the file of a new article, {@code content/{lang}/{year}/{slug}.md}, with its front matter
 * filled in (title, the date now in the site timezone, {@code draft: true}) and, on request, a stub
 * at the same path in every other language, which pairs it as a translation.
 */
public final class Scaffold {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private Scaffold() {
    }

    /**
     * Writes the new files, never replacing one, and returns them.
     *
     * @throws IllegalArgumentException with a message for the writer when the title, language or
     *                                  settings do not allow it, or a file exists
     */
    public static List<Path> create(Path contentDir, String title, String language, boolean translations, Instant now)
            throws IOException {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("give the headline: -Dbroadsheet.title=\"Harbor reopens\"");
        }
        Problems problems = new Problems();
        SiteConfig config = new ContentLoader(contentDir, "content/", null).settings(problems).config();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("fix content/site.yml first: " + problems.sorted().get(0));
        }
        String lang = language == null || language.isBlank() ? config.defaultLanguage().code() : language;
        if (config.language(lang).isEmpty()) {
            throw new IllegalArgumentException("unknown language '" + lang + "': the languages of content/site.yml are "
                    + String.join(", ", config.languages().stream().map(Language::code).toList()));
        }
        ZonedDateTime date = now.atZone(config.timezone()).withNano(0);
        String path = date.getYear() + "/" + slug(title) + ".md";
        List<Path> files = new ArrayList<>();
        files.add(contentDir.resolve(lang).resolve(path));
        if (translations) {
            config.languages().stream().map(Language::code).filter(c -> !c.equals(lang))
                    .forEach(other -> files.add(contentDir.resolve(other).resolve(path)));
        }
        Optional<String> link = files.stream()
                .flatMap(file -> ContentPaths.linkOnTheWay(contentDir,
                        contentDir.relativize(file).toString().replace('\\', '/')).stream())
                .findFirst();
        if (link.isPresent()) {
            throw new IllegalArgumentException("content/" + link.get() + " is a symbolic link, which may lead outside "
                    + "the project, and no new article is written through one: replace it with the folder or file itself");
        }
        Optional<Path> existing = files.stream().filter(Files::exists).findFirst();
        if (existing.isPresent()) {
            throw new IllegalArgumentException(existing.get() + " exists already; choose another headline or edit it");
        }
        for (Path file : files) {
            boolean original = file.equals(files.get(0));
            String text = "---\n"
                    + "title: " + quoted(original ? title : "(" + file.getParent().getParent().getFileName() + ") " + title) + "\n"
                    + "date: " + DATE.format(date) + "\n"
                    + (translations && original ? "original: true\n" : "")
                    + "draft: true\n"
                    + "topics: []\n"
                    + "authors: []\n"
                    + "---\n"
                    + (original ? "Write the story here.\n" : "Translate the story here, then the headline above.\n");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return files;
    }

    /** A URL segment from a headline: lower-case letters and digits of any script, words joined by '-'. */
    static String slug(String title) {
        String normalized = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
            i += Character.charCount(c);
        }
        String result = slug.toString().replaceAll("-+$", "");
        if (result.length() > 60) {
            result = result.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return result.isEmpty() ? "article" : result;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
