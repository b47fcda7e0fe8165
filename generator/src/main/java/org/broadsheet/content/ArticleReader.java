package org.broadsheet.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.diag.Problems;
import org.broadsheet.diag.Suggestions;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Alias;
import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.BodyText;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;
import org.broadsheet.model.Correction;
import org.broadsheet.model.Image;
import org.broadsheet.model.Series;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.Topic;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one Markdown file into an {@link Article}, reporting every problem in its front matter. */
final class ArticleReader {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("title", "date", "updated", "kicker",
            "subtitle", "summary", "topics", "authors", "image", "slug", "translationKey", "original", "draft",
            "extra", "aliases", "corrections", "contact", "series"));
    /**
     * What the usual fields of Jekyll's and Hugo's front matter are here, for the problem that names one: a writer who
     * moves an article by hand meets these first.
     */
    private static final Map<String, String> OTHER_GENERATORS = Map.ofEntries(
            Map.entry("tags", "its topics are 'topics', keys of content/topics.yml"),
            Map.entry("categories", "its topics are 'topics', keys of content/topics.yml"),
            Map.entry("category", "its topics are 'topics', keys of content/topics.yml"),
            Map.entry("description", "a summary is 'summary'"),
            Map.entry("excerpt", "a summary is 'summary'"),
            Map.entry("lastmod", "the last modification is 'updated'"),
            Map.entry("modified", "the last modification is 'updated'"),
            Map.entry("last_modified_at", "the last modification is 'updated'"),
            Map.entry("permalink", "the address is made from the date and 'slug'; an old address goes in 'aliases'"),
            Map.entry("url", "the address is made from the date and 'slug'; an old address goes in 'aliases'"),
            Map.entry("published", "an article not to publish yet has 'draft: true'"),
            Map.entry("lang", "the language is the folder, content/en/ or content/ko/"),
            Map.entry("language", "the language is the folder, content/en/ or content/ko/"),
            Map.entry("layout", "the theme's templates lay out every article; remove it"),
            Map.entry("featured_image", "the lead image is 'image: {src, alt, caption, credit}'"),
            Map.entry("cover", "the lead image is 'image: {src, alt, caption, credit}'"),
            Map.entry("thumbnail", "the lead image is 'image: {src, alt, caption, credit}'"));
    private static final Set<String> CORRECTION_FIELDS = new LinkedHashSet<>(List.of("date", "text"));
    private static final Set<String> IMAGE_FIELDS = new LinkedHashSet<>(List.of("src", "alt", "caption", "credit"));
    private static final Set<String> AUTHOR_FIELDS = new LinkedHashSet<>(List.of("name", "role"));
    /** Far more than any article; a bigger file is a mistake (a pasted binary, a log), not a story. */
    static final int MAX_BYTES = 5_000_000;
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}._-]*");
    /** A key of a registry written at the start of a line, quoted or not: a top-level key of its YAML. */
    private static final Pattern REGISTRY_KEY = Pattern.compile("(?m)^[\"']?([\\p{L}\\p{N}][^\\s:\"']*)[\"']?[ \\t]*:");

    private final Path contentDir;
    private final String contentPrefix;
    private final SiteConfig config;
    private final Map<String, Topic> topics;
    private final Map<String, AuthorProfile> registry;
    private final Map<String, Series> series;
    private final Map<String, String> unreadRegistries;
    private final Problems problems;
    private final Markdown markdown;

    /**
     * @param contentPrefix how {@code content/} is named in problems (relative to the project root)
     */
    ArticleReader(Path contentDir, String contentPrefix, ContentLoader.Settings settings, Markdown markdown,
                  Problems problems) {
        this.contentDir = contentDir;
        this.contentPrefix = contentPrefix;
        this.config = settings.config();
        this.topics = settings.topics();
        this.registry = settings.authors();
        this.series = settings.series();
        this.unreadRegistries = settings.unreadRegistries();
        this.markdown = markdown;
        this.problems = problems;
    }

    /**
     * What reading one file gave: its article, or, when its front matter could not be read into one, its body if the
     * front matter could at least be told from it (both null when not).
     */
    record Reading(Article article, BodyText unreadBody) {
        static final Reading NOTHING = new Reading(null, null);
    }

    /**
     * Reads the article at {@code contentPath} (relative to {@code content/}, NFC, {@code /}
     * separated, starting with the language folder) as one of {@code language}, the folder's but for a stray
     * one's, from {@code bytes}, the content of {@code file} (at most {@link #MAX_BYTES}) read after it had
     * {@code stamp}, or reports why it cannot; the body keeps its text under that stamp unless it is null.
     */
    Reading read(String contentPath, String language, Path file, byte[] bytes, FileStamp stamp) {
        String source = contentPrefix + contentPath;
        Values values = new Values(source, problems);
        Optional<String> text = SourceText.decode(bytes, source, problems);
        if (text.isEmpty()) {
            values.problem(0, "the file is not UTF-8 text; save it as UTF-8 in your editor");
            return Reading.NOTHING;
        }
        Optional<FrontMatter> split = FrontMatter.split(text.get(), source, problems);
        if (split.isEmpty()) {
            return Reading.NOTHING;
        }
        FrontMatter frontMatter = split.get();
        Reading unread = new Reading(null, new BodyText(source, contentPath, frontMatter.body(), frontMatter.bodyLine(),
                null, null, false, List.of()));
        Optional<Map<String, YamlFields.Field>> read =
                YamlFields.read(frontMatter.yaml(), source, frontMatter.yamlLine(), problems);
        if (read.isEmpty()) {
            return unread;
        }
        Map<String, YamlFields.Field> fields = new LinkedHashMap<>(read.get());
        for (YamlFields.Field field : fields.values()) {
            if (!FIELDS.contains(field.name())) {
                String elsewhere = OTHER_GENERATORS.get(field.name());
                values.problem(field.line(), "unknown field '" + field.name() + "'"
                        + (elsewhere == null ? Suggestions.hint(field.name(), FIELDS) : " (in Broadsheet, " + elsewhere + ")")
                        + "; known fields are " + String.join(", ", FIELDS));
            }
        }
        // an optional field with nothing after it ("draft:", "image:") is absent, as in Jekyll and Hugo; a required
        // one says that it is empty
        fields.values().removeIf(field -> !field.name().equals("title") && !field.name().equals("date")
                && (field.value().isNull() || field.value().isTextual() && field.value().asText().isBlank()));

        String pathInLanguage = contentPath.substring(contentPath.indexOf('/') + 1, contentPath.length() - ".md".length());
        String title = required(fields, "title", values, "the headline, e.g. title: \"Harbor reopens\"");
        OffsetDateTime date = date(fields.get("date"), values);
        if (!fields.containsKey("date")) {
            values.problem(1, "missing 'date': add the first publication date, e.g. date: 2019-02-20 17:00");
        }
        OffsetDateTime updated = date(fields.get("updated"), values);
        if (date != null && updated != null && updated.isBefore(date)) {
            values.problem(fields.get("updated").line(), "'updated' (" + updated + ") is before 'date' (" + date
                    + "); 'updated' is the last modification and cannot precede the first publication");
        }
        String slug = slug(fields.get("slug"), pathInLanguage, values);
        List<String> topicKeys = topicKeys(fields.get("topics"), values);
        List<Author> authors = authors(fields.get("authors"), language, values);
        Image image = image(fields.get("image"), contentPath, values);
        int originalLine = fields.containsKey("original") && values.bool(fields.get("original"))
                ? fields.get("original").line() : 0;
        boolean draft = fields.containsKey("draft") && values.bool(fields.get("draft"));
        Map<String, Object> extra = extra(fields.get("extra"), values);
        List<Alias> aliases = aliases(fields.get("aliases"), values);
        List<Correction> corrections = corrections(fields.get("corrections"), values);
        boolean contact = !fields.containsKey("contact") || values.bool(fields.get("contact"));
        String seriesKey = series(fields.get("series"), language, values);

        if (title == null || date == null || slug == null) {
            return new Reading(null, new BodyText(source, contentPath, frontMatter.body(), frontMatter.bodyLine(), date,
                    slug, draft, aliases));
        }
        String summary = text(fields, "summary", values);
        return new Reading(new Article(source, contentPath, language, pathInLanguage, slug, title, date, updated,
                text(fields, "kicker", values), text(fields, "subtitle", values),
                summary != null ? summary : markdown.summary(frontMatter.body()),
                topicKeys, authors, image, text(fields, "translationKey", values), originalLine, draft, extra,
                aliases, corrections, contact, seriesKey, FileBody.of(file, source, bytes, text.get(), frontMatter.bodyStart(), stamp),
                frontMatter.bodyLine(), extra.isEmpty() ? 0 : fields.get("extra").line()), null);
    }

    /** Reports a file over {@link #MAX_BYTES} of {@code size} bytes. */
    static void tooLarge(String source, long size, Problems problems) {
        problems.add(source, 0, "the file is " + megabytes(size) + "; an article is at most "
                + megabytes(MAX_BYTES) + " of text. Is it an article? Pictures and documents belong "
                + "beside it as files of their own");
    }

    /**
     * {@code bytes} in megabytes, rounded up to a tenth ({@code 5.1 MB}, {@code 6 MB}): a file over a
     * limit never reads as the limit itself.
     */
    static String megabytes(long bytes) {
        long tenths = (bytes + 99_999) / 100_000;
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
    }

    private static String text(Map<String, YamlFields.Field> fields, String name, Values values) {
        YamlFields.Field field = fields.get(name);
        return field == null ? null : values.text(field);
    }

    private static String required(Map<String, YamlFields.Field> fields, String name, Values values, String example) {
        YamlFields.Field field = fields.get(name);
        String text = field == null ? null : values.text(field);
        if (text == null && (field == null || field.value().isNull() || field.value().isValueNode())) {
            values.problem(field == null ? 1 : field.line(), (field == null ? "missing '" : "empty '") + name
                    + "': add " + example);
        }
        return text;
    }

    private OffsetDateTime date(YamlFields.Field field, Values values) {
        if (field == null) {
            return null;
        }
        String text = values.text(field);
        if (text == null) {
            values.problem(field.line(), "'" + field.name() + "' is empty; write a date such as 2019-02-20 17:00");
            return null;
        }
        try {
            return Dates.parse(text, config.timezone());
        } catch (Dates.InvalidDate e) {
            values.problem(field.line(), "'" + field.name() + "': " + e.getMessage());
            return null;
        }
    }

    private static String slug(YamlFields.Field field, String pathInLanguage, Values values) {
        if (field != null) {
            String slug = values.text(field);
            if (slug == null) {
                return null;
            }
            slug = Normalizer.normalize(slug, Normalizer.Form.NFC);
            if (!SLUG.matcher(slug).matches() || slug.contains("..") || !ContentPaths.fitsFileName(slug)
                    || !Aliases.windowsFileName(slug)) {
                values.problem(field.line(), "'slug' '" + slug + "' cannot be a URL segment: use letters, digits"
                        + " and '-' only, without '/', '..' or spaces, at most " + ContentPaths.MAX_NAME_BYTES
                        + " bytes, not ending in '.' nor a name Windows keeps for devices (con, nul, com1…), e.g. "
                        + "slug: harbor-reopens");
                return null;
            }
            return slug;
        }
        String fileName = pathInLanguage.substring(pathInLanguage.lastIndexOf('/') + 1).strip().replace(' ', '-');
        if (!SLUG.matcher(fileName).matches() || fileName.contains("..") || !Aliases.windowsFileName(fileName)) {
            values.problem(1, "the file name '" + fileName + "' cannot be a URL segment: rename the file with "
                    + "letters, digits and '-' only, not a name Windows keeps for devices (con, nul, com1…), or set "
                    + "'slug:'");
            return null;
        }
        return fileName;
    }

    /**
     * {@code values}, or, when the YAML of {@code registry} could not be read and its text holds {@code key} somewhere,
     * values whose problems go nowhere: the keys it holds are unknown, and its own problem stands for every key an
     * article names that fixing its YAML could make known. A key that its text does not hold stays unknown whatever
     * the fix, and is reported in the same run.
     */
    private Values known(Values values, String registry, String key) {
        String text = unreadRegistries.get(registry);
        return text != null && text.contains(key) ? new Values(values.path(), new Problems()) : values;
    }

    /**
     * The keys of {@code registry} that an unknown key's suggestion is drawn from: {@code read}, or, when its YAML could
     * not be read, the keys that its text seems to give, written at the start of a line.
     */
    private Set<String> keysOf(String registry, Set<String> read) {
        String text = unreadRegistries.get(registry);
        if (text == null) {
            return read;
        }
        Set<String> keys = new TreeSet<>();
        Matcher key = REGISTRY_KEY.matcher(text);
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }

    private List<String> topicKeys(YamlFields.Field field, Values values) {
        List<String> keys = new ArrayList<>();
        if (field == null) {
            return keys;
        }
        List<JsonNode> items = Values.items(field.value());
        for (int i = 0; i < items.size(); i++) {
            String key = values.text(items.get(i), field.name(), field.line(i));
            if (key == null) {
                continue;
            }
            if (!topics.containsKey(key)) {
                known(values, "topics.yml", key).problem(field.line(i), "unknown topic '" + key + "'"
                        + Suggestions.hint(key, keysOf("topics.yml", topics.keySet()))
                        + (key.contains(",") ? "; several topics are a list: topics: [" + String.join(", ", key.split("\\s*,\\s*")) + "]"
                        : "; topics are listed in content/topics.yml"));
            } else if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    /** The corrections, oldest first; each needs a date and a text. */
    private List<Correction> corrections(YamlFields.Field field, Values values) {
        List<Correction> corrections = new ArrayList<>();
        if (field == null) {
            return corrections;
        }
        if (!field.value().isArray()) {
            values.problem(field.line(), "'corrections' must be a list of {date, text}, e.g. corrections: "
                    + "[{date: 2019-03-02 09:00, text: \"An earlier version misstated the crane's height.\"}]");
            return corrections;
        }
        List<JsonNode> items = Values.items(field.value());
        for (int i = 0; i < items.size(); i++) {
            int line = field.line(i);
            values.map(items.get(i), "corrections", line, CORRECTION_FIELDS).ifPresent(map -> {
                OffsetDateTime date = null;
                String written = values.text(map.get("date"), "corrections", line);
                if (written == null) {
                    values.problem(line, "a correction without 'date': add when it was made, e.g. "
                            + "date: 2019-03-02 09:00");
                } else {
                    try {
                        date = Dates.parse(written, config.timezone());
                    } catch (Dates.InvalidDate e) {
                        values.problem(line, "'corrections' date: " + e.getMessage());
                    }
                }
                String text = values.text(map.get("text"), "corrections", line);
                if (text == null) {
                    values.problem(line, "a correction without 'text': add what was wrong and what is "
                            + "right, e.g. text: \"An earlier version misstated the crane's height.\"");
                }
                if (date != null && text != null) {
                    corrections.add(new Correction(date, text));
                }
            });
        }
        corrections.sort(Comparator.comparing(Correction::date));
        return corrections;
    }

    /**
     * The byline: a text that is a key ({@link ContentPaths#isKey}) names an author of {@code authors.yml},
     * whose name and role in {@code language} it takes; any other text, or a {@code {name, role}} map, is a
     * one-off contributor.
     */
    private List<Author> authors(YamlFields.Field field, String language, Values values) {
        List<Author> authors = new ArrayList<>();
        if (field == null) {
            return authors;
        }
        List<JsonNode> items = Values.items(field.value());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            int line = field.line(i);
            if (item.isObject()) {
                values.map(item, "authors", line, AUTHOR_FIELDS).ifPresent(author -> {
                    String name = values.text(author.get("name"), "name", line);
                    if (name == null) {
                        values.problem(line, "an author has no 'name': write {name: Kim Seo-yeon, role: Reporter}");
                    } else {
                        authors.add(new Author(null, name, values.text(author.get("role"), "role", line)));
                    }
                });
                continue;
            }
            String text = values.text(item, "authors", line);
            if (text == null) {
                continue;
            }
            if (!ContentPaths.isKey(text)) {
                authors.add(new Author(null, text, null));
            } else if (registry.containsKey(text)) {
                AuthorProfile profile = registry.get(text);
                authors.add(new Author(text, profile.name(language), profile.role(language)));
            } else {
                known(values, "authors.yml", text).problem(line, "unknown author '" + text + "'"
                        + Suggestions.hint(text, keysOf("authors.yml", registry.keySet()))
                        + "; authors are listed in content/authors.yml (a one-off contributor is written by name, "
                        + "e.g. Kim Seo-yeon, or as {name: …, role: …})");
            }
        }
        return List.copyOf(authors);
    }

    /** The key of the series the article is a part of, which must run in the article's language; or null. */
    private String series(YamlFields.Field field, String language, Values values) {
        String key = field == null ? null : values.text(field);
        if (key == null) {
            return null;
        }
        Series named = series.get(key);
        if (named == null) {
            known(values, "series.yml", key).problem(field.line(), "unknown series '" + key + "'"
                    + Suggestions.hint(key, keysOf("series.yml", series.keySet()))
                    + "; series are listed in content/series.yml");
            return null;
        }
        if (named.name(language) == null) {
            values.problem(field.line(), "series '" + key + "' has no name in '" + language + "': add " + language
                    + ": … under " + key + " in content/series.yml, so that it runs in that edition too");
            return null;
        }
        return key;
    }

    private Image image(YamlFields.Field field, String contentPath, Values values) {
        if (field == null || field.value().isNull()) {
            return null;
        }
        Map<String, JsonNode> image = values.map(field, IMAGE_FIELDS).orElse(null);
        if (image == null) {
            return null;
        }
        String src = values.text(image.get("src"), "src", field.line());
        String alt = values.text(image.get("alt"), "alt", field.line());
        if (alt == null) {
            values.problem(field.line(), "the image has no 'alt': describe it for readers who cannot see it, "
                    + "e.g. alt: \"Cranes at Seomun harbor at dawn\"");
        }
        if (src == null) {
            values.problem(field.line(), "the image has no 'src': give the image file, e.g. src: harbor.jpg");
            return null;
        }
        Optional<String> file = ContentPaths.resolve(contentPath, src);
        ContentPaths.Found found = file.map(f -> ContentPaths.find(contentDir, f)).orElse(ContentPaths.Found.MISSING);
        if (found.refusal() != null) {
            values.problem(field.line(), "image '" + src + "' " + found.refusal());
            return null;
        }
        if (found == ContentPaths.Found.MISSING) {
            values.problem(field.line(), "image '" + src + "' not found"
                    + file.map(f -> ContentPaths.otherCaseHint(contentDir, src, f)).orElse("")
                    + " (paths are relative to the article's folder, or to content/ when they start with '/')");
            return null;
        }
        Optional<String> refusal = PublishableFiles.refusal(contentDir, file.get());
        if (refusal.isPresent()) {
            values.problem(field.line(), "image '" + src + "' " + refusal.get() + PublishableFiles.NOT_PUBLISHED);
            return null;
        }
        return new Image(file.get(), alt, values.text(image.get("caption"), "caption", field.line()),
                values.text(image.get("credit"), "credit", field.line()));
    }

    private static List<Alias> aliases(YamlFields.Field field, Values values) {
        List<Alias> aliases = new ArrayList<>();
        if (field == null) {
            return aliases;
        }
        List<JsonNode> items = Values.items(field.value());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            int line = field.line(i);
            // read as written: a control character is a problem here, not a character to remove
            String written = item.isValueNode() && !item.isNull() ? item.asText().strip() : null;
            if (written == null || written.isEmpty()) {
                values.text(item, "aliases", line);
                continue;
            }
            Aliases.Normalized alias = Aliases.normalized(written);
            if (alias.path() != null) {
                aliases.add(new Alias(alias.path(), written, line));
            } else {
                values.problem(line, alias.problem());
            }
        }
        return List.copyOf(aliases);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extra(YamlFields.Field field, Values values) {
        if (field == null || field.value().isNull()) {
            return Map.of();
        }
        if (!field.value().isObject()) {
            values.problem(field.line(), "'extra' must be a map of your own fields, e.g. extra: {desk: \"Metro\"}");
            return Map.of();
        }
        return (Map<String, Object>) YamlFields.toPlainJava(field.value());
    }
}
