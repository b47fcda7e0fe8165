package org.broadsheet.migrate;

import org.broadsheet.content.LooseDocument;
import org.broadsheet.content.LooseField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Jekyll site: {@code _config.yml} and the posts of every {@code _posts} and {@code _drafts}
 * folder, with their language from a {@code lang:} field, a language folder or a {@code -en}/{@code -ko}
 * suffix, and their translations paired by file name (or an explicit {@code ref}/{@code translationKey}).
 */
final class JekyllReader {

    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Pattern MARKDOWN = Pattern.compile("(?i)(.+)\\.(md|markdown|mkdn|mkd)");
    private static final Pattern OTHER_TEXT = Pattern.compile("(?i).+\\.(html?|textile)");
    static final List<String> KEY_FIELDS = List.of("translationKey", "translation_key", "ref", "lang_ref");

    private JekyllReader() {
    }

    static SourceSite read(SourceFiles files, Findings findings) {
        List<String> configFiles = List.of("_config.yml", "_config.yaml");
        Map<String, LooseField> config = files.settings(configFiles);
        String url = text(config, "url");
        String baseUrl = url == null ? null : url.replaceAll("/+$", "") + "/"
                + (text(config, "baseurl") == null ? "" : text(config, "baseurl").replaceAll("^/+|/+$", "") + "/");
        String defaultLanguage = first(text(config, "lang"), text(config, "default_lang"), text(config, "language"));
        List<String> languages = SourceLanguages.ordered(defaultLanguage);
        Map<String, String> permalinks = new LinkedHashMap<>();
        permalinks.put("", text(config, "permalink") == null ? "date" : text(config, "permalink"));

        List<SourcePost> posts = new ArrayList<>();
        for (String path : files.list("")) {
            List<String> segments = Arrays.asList(path.split("/"));
            int postsFolder = segments.indexOf("_posts");
            int draftsFolder = segments.indexOf("_drafts");
            if (postsFolder < 0 && draftsFolder < 0) {
                continue;
            }
            String name = segments.get(segments.size() - 1);
            Matcher markdown = MARKDOWN.matcher(name);
            if (!markdown.matches()) {
                if (OTHER_TEXT.matcher(name).matches()) {
                    findings.add(Category.SKIPPED, path, 0, "not imported: only Markdown posts are imported; "
                            + "convert it to Markdown by hand");
                }
                continue;
            }
            Optional<LooseDocument> document = files.document(path);
            if (document.isEmpty()) {
                continue;
            }
            if (!document.get().hasFrontMatter()) {
                findings.add(Category.SKIPPED, path, 1, "not imported: no front matter (Jekyll does not publish it as a post)");
                continue;
            }
            int marker = postsFolder >= 0 ? postsFolder : draftsFolder;
            posts.add(post(path, segments, marker, draftsFolder >= 0, markdown.group(1), document.get(), languages.get(0)));
        }
        return new SourceSite(SourceKind.JEKYLL, files.firstExisting(configFiles), text(config, "title"), baseUrl, text(config, "timezone"), languages,
                Map.of(), permalinks, false, false, List.of(""), posts);
    }

    private static SourcePost post(String path, List<String> segments, int marker, boolean draft, String stem,
                                   LooseDocument document, String defaultLanguage) {
        Map<String, LooseField> fields = document.fields();
        Matcher dated = DATED.matcher(stem);
        String fileDate = dated.matches() ? dated.group(1) : null;
        String undated = dated.matches() ? dated.group(2) : stem;
        List<String> folders = segments.subList(0, segments.size() - 1);
        String language = first(SourceLanguages.code(text(fields, "lang")), SourceLanguages.code(text(fields, "language")),
                SourceLanguages.folder(folders), SourceLanguages.suffix(undated), defaultLanguage);
        String explicitKey = KEY_FIELDS.stream().map(k -> text(fields, k)).filter(k -> k != null).findFirst().orElse(null);
        String pairKey = explicitKey != null ? "key:" + explicitKey
                : (fileDate == null ? "" : fileDate + "-") + SourceLanguages.withoutSuffix(undated);
        return new SourcePost(path, language, fields, document.body(), document.bodyLine(), fileDate, undated,
                pairKey, draft, List.copyOf(segments.subList(0, marker)), List.of());
    }

    static String text(Map<String, LooseField> fields, String name) {
        LooseField field = fields.get(name);
        return field == null ? null : Loose.text(field.value());
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
