package org.broadsheet.migrate;

import org.broadsheet.content.FrontMatterWriter;
import org.broadsheet.content.LooseField;
import org.broadsheet.content.LooseFrontMatter;
import org.broadsheet.diag.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Imports a Jekyll or Hugo site into a Broadsheet project: read the old site → date, place and pair
 * the posts → topics → old addresses → front matter and bodies → refuse or write → report. The old
 * site is only read; the same old site gives the same files and report, byte for byte.
 */
public final class Importer {

    private final ImportOptions options;
    private final Findings findings = new Findings();
    /** Every old address of a published post → the post that had it (the first, when two claim one). */
    private final Map<String, TranslationPairs.Candidate> oldAddresses = new HashMap<>();

    private Importer(ImportOptions options) {
        this.options = options;
    }

    /** Imports, or refuses (writing nothing) with the reasons. */
    public static ImportResult run(ImportOptions options) throws IOException {
        return new Importer(options).run();
    }

    private ImportResult run() throws IOException {
        Path source = options.sourceDir().toAbsolutePath().normalize();
        Path project = options.projectRoot().toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            return ImportResult.refused(List.of("the old site's folder " + source + " does not exist: give it with "
                    + "-Dbroadsheet.source=DIR"));
        }
        if (project.startsWith(source) || source.startsWith(project.resolve("content"))) {
            return ImportResult.refused(List.of("the project " + project + " is inside the old site's folder " + source
                    + " (or the other way round): the importer never writes into the old site; import from a folder beside the project"));
        }
        if (!looksLike(source)) {
            return ImportResult.refused(List.of(source + " does not look like a " + options.kind().displayName()
                    + " site (" + (options.kind() == SourceKind.JEKYLL ? "no _config.yml or _posts folder"
                    : "no hugo.toml, config.toml or content folder") + "): check -Dbroadsheet.from and -Dbroadsheet.source"));
        }
        ZoneId requested = null;
        if (options.timezone() != null && !options.timezone().isBlank()) {
            try {
                requested = ZoneId.of(options.timezone().strip());
            } catch (DateTimeException e) {
                return ImportResult.refused(List.of("unknown timezone '" + options.timezone() + "' in "
                        + "-Dbroadsheet.timezone: give a tz database name such as Asia/Seoul"));
            }
        }
        SourceFiles files = new SourceFiles(source, findings);
        SourceSite site = options.kind() == SourceKind.JEKYLL ? JekyllReader.read(files, findings)
                : HugoReader.read(files, findings);
        ZoneId zone = requested != null ? requested : zone(site);
        return importPosts(site, zone, source);
    }

    private ImportResult importPosts(SourceSite site, ZoneId zone, Path source) throws IOException {
        PostDates dates = new PostDates(zone, findings);
        List<TranslationPairs.Candidate> candidates = new ArrayList<>();
        for (SourcePost post : site.posts()) {
            if (!SourceLanguages.SUPPORTED.contains(post.language())) {
                findings.add(Category.SKIPPED, post.path(), post.line("lang"), "not imported: language '"
                        + post.language() + "' is not one of " + String.join(", ", SourceLanguages.SUPPORTED));
                continue;
            }
            dates.published(post).ifPresent(date -> candidates.add(new TranslationPairs.Candidate(post, date, slug(post))));
        }
        Map<TranslationPairs.Candidate, TranslationPairs.Placement> placements =
                TranslationPairs.place(candidates, zone, findings);

        Topics topics = new Topics();
        Map<TranslationPairs.Candidate, List<String>> topicKeys = new HashMap<>();
        for (TranslationPairs.Candidate candidate : candidates) {
            topicKeys.put(candidate, topicKeys(candidate.post(), site.kind(), topics));
        }
        topics.report(findings);

        Map<TranslationPairs.Candidate, List<String>> aliases = aliases(placements, site, zone);
        PostIndex index = new PostIndex(placements.entrySet().stream()
                .map(e -> new PostIndex.Entry(e.getKey().post(), e.getValue().contentPath(), isDraft(e.getKey().post())))
                .toList());
        Map<String, String> contentPathByAddress = new HashMap<>();
        oldAddresses.forEach((url, candidate) -> contentPathByAddress.put(url, placements.get(candidate).contentPath()));
        OldLinks oldLinks = new OldLinks(contentPathByAddress, site.baseUrl());
        ImageFiles images = new ImageFiles(source, site, findings);
        ContentFiles output = new ContentFiles(options.contentDir());
        Map<String, Integer> perLanguage = new TreeMap<>();
        for (Map.Entry<TranslationPairs.Candidate, TranslationPairs.Placement> entry : placements.entrySet()) {
            TranslationPairs.Candidate candidate = entry.getKey();
            SourcePost post = candidate.post();
            String contentPath = entry.getValue().contentPath();
            Links links = index.linksFrom(post, contentPath, isDraft(post));
            String body = site.kind() == SourceKind.JEKYLL
                    ? KramdownAttributes.remove(post, LiquidBody.convert(post, post.body(), links, findings), findings)
                    : ShortcodeBody.convert(post, post.body(), links, findings);
            body = images.body(post, oldLinks.rewrite(post, HtmlImages.convert(post, body, findings), contentPath, findings));
            FrontMatterMapping.Decisions decisions = new FrontMatterMapping.Decisions(candidate.date(),
                    dates.updated(post, candidate.date()), topicKeys.get(candidate), entry.getValue().translationKey(),
                    isDraft(post), aliases.get(candidate));
            Map<String, Object> fields = FrontMatterMapping.fields(post, decisions, images, findings);
            output.text(contentPath, FrontMatterWriter.article(fields, body.endsWith("\n") || body.isEmpty() ? body : body + "\n"));
            perLanguage.merge(post.language(), 1, Integer::sum);
        }
        images.copies().forEach((target, from) -> output.copy(target, source.resolve(from)));
        writeSettings(site, zone, topics, output);

        List<String> existing = output.existing();
        if (!existing.isEmpty() && !options.force()) {
            return ImportResult.refused(List.of("these files exist already and would be overwritten: "
                    + String.join(", ", existing) + "; move them away, or import with -Dbroadsheet.force=true to replace them"));
        }
        List<String> written = output.write();
        long redirects = aliases.values().stream().mapToLong(List::size).sum();
        String summary = "Imported " + count(placements.size(), "post") + " from the " + site.kind().displayName() + " site "
                + source.getFileName() + (perLanguage.isEmpty() ? "" : ": " + String.join(", ", perLanguage.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList())) + "; "
                + count(TranslationPairs.pairs(placements), "translation pair") + ", "
                + count(redirects, "old address") + " redirected, " + count(images.copies().size(), "image or file", "images and files")
                + " copied; " + count(findings.sorted().size(), "decision") + " to check in import-report.md.";
        Files.writeString(options.reportFile(), ImportReport.markdown(summary, findings.sorted()), StandardCharsets.UTF_8);
        return new ImportResult(List.of(), findings.sorted(), summary, written);
    }

    private static String count(long n, String noun) {
        return count(n, noun, noun + (noun.endsWith("s") ? "es" : "s"));
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private boolean looksLike(Path source) {
        if (options.kind() == SourceKind.JEKYLL) {
            return Files.exists(source.resolve("_config.yml")) || Files.exists(source.resolve("_posts"));
        }
        return Stream.of("hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml", "config",
                "content").anyMatch(name -> Files.exists(source.resolve(name)));
    }

    private ZoneId zone(SourceSite site) {
        if (site.timezone() != null) {
            try {
                return ZoneId.of(site.timezone());
            } catch (DateTimeException e) {
                findings.add(Category.SETTINGS, settingsFile(site), 0, "the old site's timezone '" + site.timezone()
                        + "' is unknown; read dates without an offset as UTC: import again with -Dbroadsheet.timezone=…");
                return ZoneId.of("UTC");
            }
        }
        findings.add(Category.SETTINGS, settingsFile(site), 0, "the old site names no timezone; read dates without an offset "
                + "as UTC: import again with -Dbroadsheet.timezone=Asia/Seoul (for example) if they meant another");
        return ZoneId.of("UTC");
    }

    private static String settingsFile(SourceSite site) {
        return site.settingsFile() != null ? site.settingsFile() : "(no settings file)";
    }

    /** The slug: the old one ({@code slug:} or the file name), without date or language mark, as a URL segment. */
    private String slug(SourcePost post) {
        String explicit = Loose.text(post.value("slug"));
        String slug = explicit != null ? explicit
                : SourceLanguages.withoutSuffix(post.fileSlug().replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""));
        String cleaned = slug.strip().replaceAll("[^\\p{L}\\p{N}\\p{M}._-]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[^\\p{L}\\p{N}]+|-+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "post";
        }
        if (!cleaned.equals(slug)) {
            findings.add(Category.FIELDS, post.path(), post.line("slug"), "the slug '" + slug + "' is not a URL segment;"
                    + " used '" + cleaned + "'");
        }
        return cleaned;
    }

    private static boolean isDraft(SourcePost post) {
        return post.draft() || Loose.isTrue(post.value("draft")) || Loose.isFalse(post.value("published"));
    }

    private List<String> topicKeys(SourcePost post, SourceKind kind, Topics topics) {
        Set<String> keys = new LinkedHashSet<>();
        for (String field : List.of("tags", "tag", "categories", "category")) {
            for (String name : Topics.names(post.value(field), kind == SourceKind.JEKYLL)) {
                keys.add(topics.add(name, post.path(), post.line(field)));
            }
        }
        return List.copyOf(keys);
    }

    /** The old addresses of each published post, without its new one and without addresses two posts claim. */
    private Map<TranslationPairs.Candidate, List<String>> aliases(
            Map<TranslationPairs.Candidate, TranslationPairs.Placement> placements, SourceSite site, ZoneId zone) {
        Set<String> newUrls = new TreeSet<>();
        placements.forEach((c, p) -> newUrls.add(newUrl(c, zone)));
        Map<String, String> claimed = new HashMap<>();
        Map<TranslationPairs.Candidate, List<String>> aliases = new LinkedHashMap<>();
        placements.forEach((candidate, placement) -> {
            List<String> own = new ArrayList<>();
            SourcePost post = candidate.post();
            if (!isDraft(post)) {
                for (String url : OldUrls.of(post, site, candidate.date(), zone)) {
                    String other = claimed.putIfAbsent(url, post.path());
                    oldAddresses.putIfAbsent(url, candidate);
                    if (newUrls.contains(url) || own.contains(url)) {
                        continue;
                    }
                    if (other != null) {
                        findings.add(Category.REDIRECTS, post.path(), 1, "the old address " + url + " is also "
                                + other + "'s; it redirects there only");
                    } else if (generated(url)) {
                        findings.add(Category.REDIRECTS, post.path(), 1, "the old address " + url + " is a page "
                                + "Broadsheet generates; no redirect");
                    } else {
                        own.add(url);
                    }
                }
            }
            aliases.put(candidate, own);
        });
        return aliases;
    }

    private static String newUrl(TranslationPairs.Candidate candidate, ZoneId zone) {
        ZonedDateTime local = candidate.date().atZoneSameInstant(zone);
        return String.format(Locale.ROOT, "/%s/%04d/%02d/%s/", candidate.post().language(), local.getYear(),
                local.getMonthValue(), candidate.slug());
    }

    private static boolean generated(String url) {
        String languages = String.join("|", SourceLanguages.SUPPORTED);
        return url.matches("/(index\\.html)?|/(404\\.html|sitemap\\.xml|robots\\.txt)|/(media|assets)/.*"
                + "|/(" + languages + ")/?(index\\.html)?|/(" + languages + ")/(topics|timeline|search|page|feed\\.xml)(/.*)?");
    }

    private void writeSettings(SourceSite site, ZoneId zone, Topics topics, ContentFiles output) throws IOException {
        Path siteYml = options.contentDir().resolve("site.yml");
        if (!Files.exists(siteYml)) {
            output.text("site.yml", NewSettings.siteYml(site, zone, findings));
        }
        Path topicsYml = options.contentDir().resolve("topics.yml");
        Set<String> existing = new TreeSet<>();
        if (Files.exists(topicsYml)) {
            Problems problems = new Problems();
            Optional<Map<String, LooseField>> read = LooseFrontMatter.settings(Files.readAllBytes(topicsYml),
                    "content/topics.yml", problems);
            read.ifPresent(r -> existing.addAll(r.keySet()));
        }
        Map<String, String> newTopics = new TreeMap<>(topics.names());
        newTopics.keySet().removeAll(existing);
        if (!newTopics.isEmpty()) {
            String entries = NewSettings.topics(newTopics, site.languages());
            if (Files.exists(topicsYml)) {
                output.append("topics.yml", entries);
            } else {
                output.text("topics.yml", entries);
            }
            findings.add(Category.TOPICS, "content/topics.yml", 0, count(newTopics.size(), "new topic") + " named as on "
                    + "the old site in every language: translate each name (" + String.join(", ", newTopics.keySet()) + ")");
        }
    }
}
