package org.broadsheet.render;

import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Language;
import org.broadsheet.output.Assets;
import org.broadsheet.output.ImageSizes;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.Sitemap;
import org.broadsheet.site.SiteModel;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Renders the site: lists every page, renders each with its template, and produces the feeds and
 * the sitemap entries. Safe to use from several threads.
 */
public final class PageRenderer {

    private final Templates templates;
    private final String templatesPrefix;
    private final SiteUrls urls;
    private final Problems problems;
    private final PageModels models;
    private final SitePages pages;
    private final Feeds feeds;
    private final Set<String> media = new ConcurrentSkipListSet<>();
    private final Map<Templates.Failure, Set<String>> failures = new ConcurrentHashMap<>();

    /**
     * @param templatesPrefix how the templates folder is named in problems, e.g. {@code templates/}
     * @param uiStrings       language → key → text
     */
    public PageRenderer(Templates templates, String templatesPrefix, SiteModel site, SiteUrls urls,
                        Map<String, Map<String, String>> uiStrings, Markdown markdown, Path contentDir,
                        Assets assets, Problems problems) {
        this.templates = templates;
        this.templatesPrefix = templatesPrefix;
        this.urls = urls;
        this.problems = problems;
        Map<String, UiStrings> strings = new LinkedHashMap<>();
        Map<String, DateTexts> dates = new LinkedHashMap<>();
        for (Language language : site.config().languages()) {
            UiStrings texts = new UiStrings(language.code(), uiStrings.getOrDefault(language.code(), Map.of()));
            strings.put(language.code(), texts);
            dates.put(language.code(), new DateTexts(texts, site.config().timezone()));
        }
        ImageSizes imageSizes = new ImageSizes(contentDir);
        this.models = new PageModels(site, urls, strings, dates, markdown, contentDir, imageSizes, assets, media,
                problems);
        this.pages = new SitePages(site, urls, models);
        this.feeds = new Feeds(site, urls, markdown, contentDir, media, imageSizes, problems);
    }

    /** Every page of the site, in a stable order. */
    public List<Page> pages() {
        return pages.all();
    }

    /** The page's HTML, or empty after noting the template or UI-string problem that prevented it. */
    public Optional<String> render(Page page) {
        Map<String, Object> model;
        try {
            model = page.model().apply(page);
        } catch (UiStrings.MissingString e) {
            problems.add(templatesPrefix + "i18n/", 0, e.getMessage() + " (while rendering /" + page.path() + ")");
            return Optional.empty();
        }
        Templates.Rendered rendered = templates.render(page.kind().template(), model);
        if (rendered.failure() != null) {
            failures.computeIfAbsent(rendered.failure(), f -> new ConcurrentSkipListSet<>()).add(page.path());
        }
        return rendered.htmlIfRendered();
    }

    /**
     * Reports the template failures of the pages rendered so far, once per template line and message,
     * naming the first page that met it.
     */
    public void reportTemplateFailures() {
        failures.forEach((failure, paths) -> {
            String others = paths.size() > 1 ? " and " + (paths.size() - 1) + " other pages" : "";
            problems.add(templatesPrefix + failure.template(), failure.line(),
                    failure.message() + " (while rendering /" + paths.iterator().next() + others + ")");
        });
    }

    /** Site path → Atom XML of every feed. */
    public Map<String, String> feeds() {
        return feeds.all();
    }

    /** The sitemap entries of {@code pages}: every page but the 404, with alternates where translated. */
    public List<Sitemap.Entry> sitemap(List<Page> pages) {
        return pages.stream().filter(Page::indexed).map(page -> {
            Map<String, String> alternates = new LinkedHashMap<>();
            if (page.versions().size() > 1) {
                page.versions().forEach((lang, path) -> alternates.put(lang, urls.absolute(path)));
                alternates.put("x-default", urls.absolute(page.xDefault()));
            }
            return new Sitemap.Entry(urls.absolute(page.path()), page.lastModified() == null ? null
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.lastModified()), alternates);
        }).toList();
    }

    /** The files of {@code content/} that the rendered pages and feeds use, relative to it. */
    public Set<String> mediaFiles() {
        return media;
    }
}
