package org.broadsheet.render;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.Article;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.MostRead;
import org.broadsheet.output.Json;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.Edition;
import org.broadsheet.site.SiteModel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most-read list of each edition, as the small JSON file its article pages load: the list changes
 * hourly, and no page is rendered again for it.
 */
final class MostReadLists {

    /** How many articles an edition's list keeps; a page shows fewer, leaving itself out. */
    static final int LIMIT = 10;

    private final SiteModel site;
    private final SiteUrls urls;

    MostReadLists(SiteModel site, SiteUrls urls) {
        this.site = site;
        this.urls = urls;
    }

    /** Site path → JSON, for every edition; an entry that names no article of its edition is a warning. */
    Map<String, String> files(MostRead mostRead, Problems problems) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Edition edition : site.editions()) {
            List<MostRead.Entry> entries = mostRead.entries(edition.code());
            // every build writes the lists: the addresses of a large archive are mapped only for an edition with a list
            Map<String, Article> byPath = new HashMap<>();
            if (!entries.isEmpty()) {
                edition.articles().forEach(article -> byPath.put(urls.article(article), article));
            }
            List<Article> found = new ArrayList<>();
            for (MostRead.Entry entry : entries) {
                Article article = article(entry.written(), edition.code(), byPath);
                if (article == null) {
                    problems.warn(mostRead.file(), entry.line(), "'" + entry.written() + "' names no article of the '"
                            + edition.code() + "' edition, so the most-read list leaves it out");
                } else if (found.size() < LIMIT && !found.contains(article)) {
                    found.add(article);
                }
            }
            List<Map<String, String>> items = new ArrayList<>();
            for (Article article : found) {
                Map<String, String> item = new LinkedHashMap<>();
                item.put("href", urls.href(urls.article(article)));
                item.put("title", article.title());
                items.add(item);
            }
            files.put(SiteUrls.mostRead(edition.code()), Json.write(Map.of("articles", items)));
        }
        return files;
    }

    /**
     * The article that {@code written} names: its file below {@code content/}, as a writer knows it, or its
     * address on the site, as an analytics export lists it (with or without the host, query or final slash).
     */
    private Article article(String written, String language, Map<String, Article> byPath) {
        if (written.endsWith(".md")) {
            String file = written.startsWith("content/") ? written.substring("content/".length()) : written;
            return ContentPaths.resolve(MostRead.FILE, file).map(site.byFile()::get)
                    .filter(article -> article.language().equals(language)).orElse(null);
        }
        String path = urls.sitePath(written).map(ContentPaths::percentDecoded)
                .map(p -> Normalizer.normalize(p, Normalizer.Form.NFC)).orElse(null);
        if (path == null) {
            return null;
        }
        path = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return byPath.get(path.isEmpty() || path.endsWith("/") ? path : path + "/");
    }
}
