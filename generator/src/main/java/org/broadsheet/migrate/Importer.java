package org.broadsheet.migrate;

import org.broadsheet.build.BuildLog;
import org.broadsheet.content.FrontMatterWriter;
import org.broadsheet.content.LooseField;
import org.broadsheet.content.LooseFrontMatter;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.MarkdownSpans;
import org.broadsheet.model.ContentPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports a Jekyll or Hugo site into a Broadsheet project: read the old site → date, place and pair
 * the posts → topics → old addresses → front matter and bodies (on every core) → refuse or write →
 * reports. The old site is only read; the same old site gives the same files and reports, byte for byte.
 */
public final class Importer {

    private final ImportOptions options;
    private final ImportProgress progress;
    private final Findings findings = new Findings();

    private Importer(ImportOptions options, BuildLog log) {
        this.options = options;
        this.progress = new ImportProgress(log);
    }

    /** Imports, or refuses (writing nothing) with the reasons; tells {@code log} how far it got. */
    public static ImportResult run(ImportOptions options, BuildLog log) throws IOException {
        return new Importer(options, log).run();
    }

    private ImportResult run() throws IOException {
        Path source = options.sourceDir().toAbsolutePath().normalize();
        Path project = options.projectRoot().toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            return ImportResult.refused(List.of("the old site's folder " + source + " does not exist: give it with "
                    + "-Dbroadsheet.source=DIR"));
        }
        // the folder given may be a symbolic link (~/old-site to a disk of its own): its files are those of the folder
        // it leads to, which a walk from the link itself would never reach
        source = source.toRealPath();
        project = Files.exists(project) ? project.toRealPath() : project;
        if (project.startsWith(source) || source.startsWith(project.resolve("content"))) {
            return ImportResult.refused(List.of("the project " + project + " is inside the old site's folder " + source
                    + " (or the other way round): the importer never writes into the old site; import from a folder beside the project"));
        }
        if (!looksLike(source)) {
            return ImportResult.refused(List.of(source + " does not look like a " + options.kind().displayName()
                    + " site (" + (options.kind() == SourceKind.JEKYLL ? "no _config.yml or _posts folder"
                    : "no hugo.toml, config.toml or content folder") + "): check -Dbroadsheet.from and -Dbroadsheet.source"));
        }
        if (options.oldHost() != null && !options.oldHost().strip().matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            return ImportResult.refused(List.of("-Dbroadsheet.oldHost=" + options.oldHost() + " is not an address: "
                    + "give where the old site's pages stay, such as https://old.example.org"));
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
        SourceSite site = options.kind() == SourceKind.JEKYLL ? JekyllReader.read(files, findings, progress)
                : HugoReader.read(files, findings, progress);
        ZoneId zone = requested != null ? requested : zone(site);
        // a site that named no timezone was built in UTC (GitHub Pages and Actions, Netlify): the days of its
        // addresses are UTC days (for Hugo, of the dates written without an offset), whatever zone the new site
        // takes from its dates' offsets
        ZoneId oldZone = requested == null && site.timezone() == null ? ZoneOffset.UTC : zone;
        TexMath math = site.kind() == SourceKind.HUGO ? TexMath.hugo(site.settings())
                : JekyllMath.of(files, site.settings());
        return importPosts(site, zone, oldZone, source, math, new LiquidValues(site.settings(), once(() -> files.data("_data")),
                name -> files.text("_includes/" + name)), ShortcodeTemplates.of(files, site),
                new BundleResources(files::list, BundleResources.featuredByName(site.settings())));
    }

    private ImportResult importPosts(SourceSite site, ZoneId zone, ZoneId oldZone, Path source, TexMath math,
                                     LiquidValues liquid, ShortcodeTemplates templates, BundleResources resources) throws IOException {
        long start = System.nanoTime();
        PostDates dates = new PostDates(zone, site.kind(), site.dateKeys(), findings);
        HugoParams params = new HugoParams(site.settings());
        PictureShortcodes pictures = new PictureShortcodes(templates::text);
        List<TranslationPairs.Candidate> candidates = new ArrayList<>();
        SitePages sitePages = SitePages.of(site);
        HugoPages oldPages = HugoPages.of(source, site);
        JekyllPages jekyllPages = new JekyllPages(new SourceFiles(source, findings), site.settings());
        for (SourcePost post : site.posts()) {
            if (!SourceLanguages.SUPPORTED.contains(post.language())) {
                findings.notImported(post.path());
                findings.add(Category.OTHER_LANGUAGE, post.path(), post.line("lang"), "not imported: its language '"
                        + post.language() + "' is not one of " + String.join(", ", SourceLanguages.SUPPORTED), post.language());
                continue;
            }
            if (!site.holdsPosts(post) && !dates.dated(post)) {
                findings.notImported(post.path());
                String where = post.sections().isEmpty() ? "at the content folder's root"
                        : "in " + post.sections().get(0) + "/";
                findings.add(Category.NOT_ARTICLES, post.path(), 1, "not imported: a page without a date outside the "
                        + "sections that hold the posts (" + String.join(", ", site.postSections()) + "), not an article",
                        where);
                continue;
            }
            if (sitePages.skipped(post, findings)) {
                continue;
            }
            Optional<OffsetDateTime> date = dates.published(post);
            if (date.isPresent()) {
                candidates.add(new TranslationPairs.Candidate(post, date.get(), slug(post)));
            } else {
                findings.notImported(post.path());
            }
        }
        Map<TranslationPairs.Candidate, TranslationPairs.Placement> placements =
                TranslationPairs.place(candidates, zone, SourceLanguages.code(site.oldDefault()), findings);

        Topics topics = new Topics();
        Map<TranslationPairs.Candidate, List<String>> topicKeys = new IdentityHashMap<>();
        List<String> topicFields = topicFields(site);
        for (TranslationPairs.Candidate candidate : candidates) {
            topicKeys.put(candidate, topicKeys(candidate.post(), site.kind(), topicFields, topics));
        }
        topics.report(findings);
        // a Hugo theme's series (Blowfish, Congo, PaperMod, Stack: a taxonomy of one name a post), with the
        // languages its parts are in, which are those series.yml must name it in
        Topics series = new Topics();
        Map<String, Set<String>> seriesLanguages = new TreeMap<>();
        Map<TranslationPairs.Candidate, String> seriesKeys = new IdentityHashMap<>();
        if (site.kind() == SourceKind.HUGO) {
            for (TranslationPairs.Candidate candidate : candidates) {
                SourcePost post = candidate.post();
                List<String> names = Topics.names(post.value("series"), false);
                if (!names.isEmpty()) {
                    String key = series.add(names.get(0), post.path(), post.line("series"));
                    seriesKeys.put(candidate, key);
                    seriesLanguages.computeIfAbsent(key, k -> new TreeSet<>()).add(post.language());
                    if (names.size() > 1) {
                        findings.add(Category.FIELDS, post.path(), post.line("series"), "a part of " + names.size()
                                + " series (" + String.join(", ", names) + "); a Broadsheet article is a part of one: "
                                + "joined the first, '" + key + "'");
                    }
                }
            }
        }
        reportSeriesOrder(candidates, seriesKeys);

        // the address is of the date the old generator gave the post, not of a field it did not read; of a post it
        // read no date of, the imported date, for want of the one it used
        PostDates oldDates = new PostDates(oldZone, site.kind(), site.dateKeys(), new Findings());
        Function<TranslationPairs.Candidate, OffsetDateTime> oldDate = candidate -> oldDates.served(candidate.post())
                .orElse(candidate.date());
        // Jekyll turned every date into the zone it built in; Hugo kept a written offset and read the others in its zone
        Function<OffsetDateTime, ZonedDateTime> addressDay = site.kind() == SourceKind.JEKYLL
                ? date -> date.atZoneSameInstant(oldZone) : OffsetDateTime::toZonedDateTime;
        OldAddresses addresses = OldAddresses.of(placements, site, zone,
                candidate -> addressDay.apply(oldDate.apply(candidate)), findings);
        String newBaseUrl = newBaseUrl(site);
        String oldHost = oldHost(site, newBaseUrl);
        Map<String, String> newAddresses = new HashMap<>();
        placements.forEach((c, p) -> newAddresses.put(p.contentPath(), NewSite.basePath(newBaseUrl) + p.address(c, zone)));
        Map<SourcePost, String> pages = new IdentityHashMap<>();
        placements.keySet().forEach(candidate -> pages.put(candidate.post(), addresses.main(candidate)));
        ImageFiles images = new ImageFiles(source, site, site.kind() == SourceKind.HUGO
                ? addresses.bundleFolders(site) : Map.of(), pages::get, findings);
        TaxonomyPages taxonomyPages = new TaxonomyPages(topicFields, NewSite.basePath(newBaseUrl), candidates,
                topicKeys::get, seriesKeys::get);
        OldLinks oldLinks = new OldLinks(addresses.contentPaths(), newAddresses, site.hosts(), oldHost,
                NewSite.basePath(newBaseUrl), NewSite.ownedRoots(),
                path -> NewSite.generated(path) || taxonomyPages.made(path), images::exists, images::refused,
                site::linkedFrom, (post, path) -> taxonomyPages.linked(path, site.basePath(), post));
        PostIndex index = new PostIndex(placements.entrySet().stream()
                .map(e -> new PostIndex.Entry(e.getKey().post(), e.getValue().contentPath(), e.getKey().post().draft()))
                .toList());
        progress.stage("place", start, String.format(Locale.ROOT, "%,d posts, %,d old addresses", placements.size(),
                addresses.count()));

        record Converted(String contentPath, String text) {
        }
        List<Map.Entry<TranslationPairs.Candidate, TranslationPairs.Placement>> entries = List.copyOf(placements.entrySet());
        List<Converted> converted = progress.each("convert", entries, entry -> {
            TranslationPairs.Candidate candidate = entry.getKey();
            TranslationPairs.Placement placement = entry.getValue();
            SourcePost post = candidate.post();
            Links imported = index.linksFrom(post, placement.contentPath(), post.draft());
            Links links = site.kind() == SourceKind.JEKYLL ? new Links() {
                @Override
                public Optional<String> resolve(String reference, String language) {
                    return imported.resolve(reference, language);
                }

                @Override
                public Optional<String> oldPage(String reference) {
                    return jekyllPages.address(reference);
                }
            } : new Links() {
                @Override
                public Optional<String> resolve(String reference, String language) {
                    return imported.resolve(reference, language);
                }

                @Override
                public Optional<String> oldPage(String reference) {
                    if (reference.strip().matches("/*")) {
                        // the old site's home: the edition's home is the page that lists the posts now
                        return Optional.of(NewSite.basePath(newBaseUrl) + post.language() + "/");
                    }
                    return taxonomyPages.address(reference, post.language()).or(() -> oldPages.address(post, reference));
                }
            };
            // the steps below edit what Liquid or the shortcodes made of the body, and name the lines of the file
            BodyEdits madeMarkdown = new BodyEdits(site.kind() == SourceKind.JEKYLL
                    ? LiquidBody.convert(post, post.body(), site.basePath(post), links, liquid, findings)
                    : ShortcodeBody.convert(post, post.body(), links, params, templates, pictures, resources, findings));
            // an include or a shortcode may have held the ad unit; the steps below then read the text without it
            AdUnits.remove(post, madeMarkdown, findings);
            if (site.kind() == SourceKind.JEKYLL) {
                KramdownBlocks.open(post, madeMarkdown, findings);
            }
            BodyEdits edits = new BodyEdits(madeMarkdown);
            String body = edits.body();
            String summary = null;
            try {
                List<MarkdownSpans.Span> spans = MarkdownSpans.of(body);
                if (site.kind() == SourceKind.JEKYLL) {
                    KramdownAttributes.remove(post, body, spans, edits, findings);
                }
                math.forPage(post).keep(post, body, spans, edits, findings);
                HtmlFileLinks.Taken fileLinks = HtmlFileLinks.relink(post, body, spans, edits, images, findings);
                HtmlVideos.relink(post, body, spans, edits, images, findings);
                oldLinks.rewrite(post, body, spans, edits, placement.contentPath(), addresses.main(candidate), links,
                        fileLinks.hrefs(), findings);
                HtmlImages.relink(post, body, spans, edits, images, fileLinks, findings);
                HtmlAttributes.clean(post, body, spans, edits, findings);
                images.relink(post, body, spans, edits);
                SummaryDivider.Split split = SummaryDivider.split(post, edits,
                        SummaryDivider.of(post, site.settings()), SummaryDivider.start(post, site.settings()),
                        !FrontMatterMapping.namesSummary(post), findings);
                body = split.body();
                summary = split.summary();
            } catch (StackOverflowError e) {
                // Flexmark reads nested blocks by recursion, and thousands of '>' overflow the stack, as in the build
                findings.add(Category.UNCONVERTED, post.path(), post.bodyLine(), "body kept as written: it nests "
                        + "blocks too deeply to be read (thousands of '>' or list markers); the build will refuse it too");
            }
            FrontMatterMapping.Decisions decisions = new FrontMatterMapping.Decisions(candidate.date(),
                    dates.updated(post, candidate.date()), topicKeys.get(candidate), seriesKeys.get(candidate),
                    placement.translationKey(), placement.slug(), placement.original(), post.draft(),
                    addresses.aliases(candidate), summary);
            Map<String, Object> fields = FrontMatterMapping.fields(post, decisions, site.authors(), images, resources, findings);
            return new Converted(placement.contentPath(), FrontMatterWriter.article(fields,
                    body.endsWith("\n") || body.isEmpty() ? body : body + "\n"));
        });
        ContentFiles output = new ContentFiles(options.contentDir());
        converted.forEach(c -> output.text(c.contentPath(), c.text()));
        images.copies().forEach((target, from) -> output.copy(target, SourceFiles.onDisk(source, from)));
        writeSettings(site, zone, topics, output);
        writeSeries(series.names(), seriesLanguages, output);

        List<String> links = output.links();
        if (!links.isEmpty()) {
            return ImportResult.refused(List.of("the import would write through these symbolic links, which may lead "
                    + "outside the project: " + String.join(", ", links) + "; the importer writes nothing through a link "
                    + "(and the build reads nothing through a link to a folder): replace each with the folder or file itself"));
        }
        List<String> existing = output.existing();
        if (!existing.isEmpty() && !options.force()) {
            return ImportResult.refused(List.of("these files exist already and would be overwritten: "
                    + String.join(", ", existing) + "; move them away, or import with -Dbroadsheet.force=true to replace them"));
        }
        long writing = System.nanoTime();
        List<String> written = output.write();
        Map<String, Integer> perLanguage = new TreeMap<>();
        placements.keySet().forEach(c -> perLanguage.merge(c.post().language(), 1, Integer::sum));
        String summary = "Imported " + count(placements.size(), "post") + " from the " + site.kind().displayName()
                + " site " + source.getFileName() + (perLanguage.isEmpty() ? "" : ": " + String.join(", ",
                perLanguage.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())) + "; "
                + count(TranslationPairs.pairs(placements), "translation pair") + ", "
                + count(addresses.redirected(), "old address", "old addresses") + " redirected, "
                + count(images.copies().size(), "image or file", "images and files") + " copied.";
        List<Finding> sorted = findings.sorted();
        List<Finding> shown = DraftDecisions.folded(sorted, placements.keySet().stream()
                .filter(candidate -> candidate.post().draft()).map(candidate -> candidate.post().path())
                .collect(Collectors.toSet()));
        writeReport(ImportReport.FILE, ImportReport.markdown(summary, shown));
        writeReport(ImportReport.FULL_FILE, ImportReport.full(summary, sorted, addresses.answers(newBaseUrl)));
        progress.stage("write", writing, String.format(Locale.ROOT, "%,d files", written.size()));
        return new ImportResult(List.of(), shown, summary, written);
    }

    /**
     * Writes a report into the project, replacing a symbolic link of that name rather than writing through it: a
     * report committed as a link to another file (~/.bashrc) would have that file overwritten by every import.
     */
    private void writeReport(String name, String text) throws IOException {
        Path file = options.projectRoot().resolve(name);
        if (Files.isSymbolicLink(file)) {
            Files.delete(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code supplier}'s value, computed the first time it is asked for, from whichever thread. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static String count(long n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
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
        Optional<ZoneOffset> written = PostDates.onlyOffset(site.posts(), site.dateKeys());
        if (written.isPresent() && !written.get().equals(ZoneOffset.UTC)) {
            // +09:00 is Korea's (and Japan's) offset all year; a newsroom with a Korean edition means Seoul's
            ZoneId zone = written.get().equals(ZoneOffset.ofHours(9)) ? ZoneId.of("Asia/Seoul") : written.get();
            findings.add(Category.SETTINGS, settingsFile(site), 0, "the old site names no timezone, and every post's date "
                    + "is written with " + written.get() + ": took " + zone.getId() + " as the site timezone, for dates "
                    + "without an offset and for showing dates; import again with -Dbroadsheet.timezone=… if it is another");
            return zone;
        }
        findings.add(Category.SETTINGS, settingsFile(site), 0, "the old site names no timezone; read dates without an offset "
                + "as UTC: import again with -Dbroadsheet.timezone=Asia/Seoul (for example) if they meant another");
        return ZoneId.of("UTC");
    }

    private static String settingsFile(SourceSite site) {
        return site.settingsFile() != null ? site.settingsFile() : "(no settings file)";
    }

    /** The new site's address: the project's {@code site.yml} has it, else it will be the one the import writes there. */
    private String newBaseUrl(SourceSite site) throws IOException {
        Path siteYml = options.contentDir().resolve("site.yml");
        if (Files.exists(siteYml)) {
            Optional<Map<String, LooseField>> settings = LooseFrontMatter.settings(Files.readAllBytes(siteYml),
                    "content/site.yml", new Problems());
            String baseUrl = settings.map(s -> s.get("baseUrl")).map(f -> Loose.text(f.value())).orElse(null);
            if (baseUrl != null) {
                return baseUrl;
            }
        }
        return NewSettings.baseUrl(site);
    }

    /**
     * Where the old site's other pages stay: {@code -Dbroadsheet.oldHost}, else the old site's own address —
     * unless that is the new site's too, where Broadsheet's pages replace them; null when there is no such place.
     */
    private String oldHost(SourceSite site, String newBaseUrl) {
        String host = options.oldHost() != null ? options.oldHost().strip().replaceAll("/+$", "")
                : NewSite.origin(site.baseUrl());
        if (host == null || !host.matches("(?i)https?://.+") || host.equalsIgnoreCase(NewSite.origin(newBaseUrl))) {
            return null;
        }
        return host;
    }

    /**
     * The slug: the old one ({@code slug:} or the file name), without date or language mark, as a URL segment. A
     * {@code slug:} keeps a mark of another language than the post's ({@code learn-ko} of an English post). A full
     * stop that ended the old one goes: the build refuses a slug that ends in {@code .}, and the old address, which
     * keeps it, is a redirect.
     */
    private String slug(SourcePost post) {
        String explicit = Loose.text(post.value("slug"));
        String slug = explicit != null
                ? (post.language().equals(SourceLanguages.suffix(explicit)) ? SourceLanguages.withoutSuffix(explicit) : explicit)
                : SourceLanguages.withoutSuffix(ContentPaths.percentDecoded(post.fileSlug())
                .replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", ""));
        String cleaned = slug.strip().replaceAll("[^\\p{L}\\p{N}\\p{M}._-]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("-{2,}", "-").replaceAll("^[^\\p{L}\\p{N}]+|[-.]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "post";
        }
        if (!cleaned.equals(slug)) {
            findings.add(Category.SLUG_CLEANED, post.path(), post.line("slug"), "the slug '" + slug + "' is not a URL "
                    + "segment; used '" + cleaned + "'");
        }
        return cleaned;
    }

    private List<String> topicKeys(SourcePost post, SourceKind kind, List<String> fields, Topics topics) {
        Set<String> keys = new LinkedHashSet<>();
        for (String field : fields) {
            // Jekyll splits the words of a string of tags or categories, not of the one tag or category
            for (String name : Topics.names(post.value(field), kind == SourceKind.JEKYLL && field.endsWith("s"))) {
                keys.add(topics.add(name, post.path(), post.line(field)));
            }
        }
        return List.copyOf(keys);
    }

    /**
     * Reports each series whose parts the old site numbered by {@code series_order} (Blowfish, Congo) in an order
     * their dates do not give: Broadsheet numbers the parts of a series, in each language, by date.
     */
    private void reportSeriesOrder(List<TranslationPairs.Candidate> candidates,
                                   Map<TranslationPairs.Candidate, String> seriesKeys) {
        Map<String, List<TranslationPairs.Candidate>> parts = new TreeMap<>();
        for (TranslationPairs.Candidate candidate : candidates) {
            String key = seriesKeys.get(candidate);
            if (key != null) {
                parts.computeIfAbsent(key + " " + candidate.post().language(), k -> new ArrayList<>()).add(candidate);
            }
        }
        parts.forEach((series, inSeries) -> {
            List<TranslationPairs.Candidate> byOrder = inSeries.stream().filter(c -> seriesOrder(c) != null)
                    .sorted(Comparator.comparing(Importer::seriesOrder)).toList();
            List<TranslationPairs.Candidate> byDate = inSeries.stream()
                    .sorted(Comparator.comparing(TranslationPairs.Candidate::date)).toList();
            if (inSeries.size() > 1 && byOrder.size() == inSeries.size() && !byOrder.equals(byDate)) {
                SourcePost first = byOrder.get(0).post();
                findings.add(Category.FIELDS, first.path(), first.line("series_order"), "the parts of the series '"
                        + series.substring(0, series.indexOf(' ')) + "' in '" + first.language() + "' were numbered by "
                        + "series_order (" + byOrder.stream().map(c -> c.post().path()).collect(Collectors.joining(", "))
                        + "); Broadsheet numbers them by date, in another order: check their dates");
            }
        });
    }

    /** A post's {@code series_order} as a number, or null. */
    private static Double seriesOrder(TranslationPairs.Candidate candidate) {
        String order = Loose.text(candidate.post().value("series_order"));
        try {
            return order == null ? null : Double.valueOf(order);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The fields whose names become topics: tags and categories, and in a Hugo site the other taxonomies its settings
     * name ({@code [taxonomies] topic = "topics"}), whose pages listed the posts as the tags' did; but series,
     * which become Broadsheet's series, and authors, which are the byline.
     */
    private static List<String> topicFields(SourceSite site) {
        List<String> fields = new ArrayList<>(List.of("tags", "tag", "categories", "category"));
        if (site.kind() == SourceKind.HUGO && site.settings().get("taxonomies") instanceof Map<?, ?> taxonomies) {
            taxonomies.values().stream().map(plural -> String.valueOf(plural).toLowerCase(Locale.ROOT))
                    .filter(plural -> !fields.contains(plural) && !List.of("series", "authors", "author").contains(plural))
                    .sorted().forEach(fields::add);
        }
        return fields;
    }

    private void writeSettings(SourceSite site, ZoneId zone, Topics topics, ContentFiles output) throws IOException {
        Path siteYml = options.contentDir().resolve("site.yml");
        if (!Files.exists(siteYml)) {
            output.text("site.yml", NewSettings.siteYml(site, zone, findings));
        }
        Set<String> newTopics = addEntries("topics.yml", topics.names(),
                added -> NewSettings.topics(added, site.languages()), output);
        if (!newTopics.isEmpty()) {
            findings.add(Category.TOPICS, "content/topics.yml", 0, count(newTopics.size(), "new topic") + " named as on "
                    + "the old site in every language: translate each name (" + String.join(", ", newTopics) + ")");
        }
    }

    /** The new entries of {@code series.yml}: each series named as on the old site in the languages its parts are in. */
    private void writeSeries(Map<String, String> names, Map<String, Set<String>> languages, ContentFiles output)
            throws IOException {
        Set<String> newSeries = addEntries("series.yml", names, added -> NewSettings.series(added, languages), output);
        if (!newSeries.isEmpty()) {
            findings.add(Category.TOPICS, "content/series.yml", 0, count(newSeries.size(), "new series", "new series")
                    + " named as on the old site in the languages its parts are in: translate each name ("
                    + String.join(", ", newSeries) + ")");
        }
    }

    /**
     * Adds to the settings file {@code file} of {@code content/} (a map of keys, such as {@code topics.yml}) the entries
     * of those of {@code names} it does not hold, written by {@code yaml}; the keys added.
     */
    private Set<String> addEntries(String file, Map<String, String> names, Function<Map<String, String>, String> yaml,
                                   ContentFiles output) throws IOException {
        Path path = options.contentDir().resolve(file);
        Map<String, String> added = new TreeMap<>(names);
        if (Files.exists(path)) {
            LooseFrontMatter.settings(Files.readAllBytes(path), "content/" + file, new Problems())
                    .ifPresent(read -> added.keySet().removeAll(read.keySet()));
        }
        if (!added.isEmpty()) {
            if (Files.exists(path)) {
                output.append(file, yaml.apply(added));
            } else {
                output.text(file, yaml.apply(added));
            }
        }
        return added.keySet();
    }
}
