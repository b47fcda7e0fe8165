package org.broadsheet.migrate;

import org.broadsheet.content.FrontMatterWriter;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code site.yml} written from the old site's settings, and the new entries of {@code topics.yml} and
 * {@code series.yml}.
 */
final class NewSettings {

    private static final String PLACEHOLDER = "https://example.org/";

    private NewSettings() {
    }

    static String siteYml(SourceSite site, ZoneId zone, Findings findings) {
        Map<String, Object> settings = new LinkedHashMap<>();
        String baseUrl = baseUrl(site);
        if (!baseUrl.equals(site.baseUrl())) {
            findings.add(Category.SETTINGS, "content/site.yml", 1, "the old site names no absolute address"
                    + (site.baseUrl() != null ? " (only its path, " + site.baseUrl() + ", which the new site keeps)" : "")
                    + "; wrote baseUrl: " + baseUrl + ": put the real one there");
        }
        settings.put("baseUrl", baseUrl);
        settings.put("timezone", zone.getId());
        Map<String, Object> languages = new LinkedHashMap<>();
        for (String language : site.languages()) {
            String title = site.languageTitles().get(language);
            if (title == null) {
                title = site.title() != null ? site.title() : "News";
                findings.add(Category.SETTINGS, "content/site.yml", 0, "the '" + language + "' edition is titled '"
                        + title + "', " + (site.title() != null ? "the old site's title: write its title in that language"
                        : "a placeholder, the old site naming no title: write the edition's title"));
            }
            languages.put(language, Map.of("title", title));
        }
        settings.put("languages", languages);
        return FrontMatterWriter.yaml(settings);
    }

    /** The address the new site gets: the old site's, else a placeholder host with the old site's path. */
    static String baseUrl(SourceSite site) {
        if (site.baseUrl() != null && site.baseUrl().matches("https?://[^/]+.*")) {
            return site.baseUrl();
        }
        return site.baseUrl() != null && site.baseUrl().startsWith("/") ? PLACEHOLDER + site.baseUrl().substring(1)
                : PLACEHOLDER;
    }

    /** New topic keys with their old names in every language, for an editor to translate. */
    static String topics(Map<String, String> newTopics, List<String> languages) {
        Map<String, Object> topics = new LinkedHashMap<>();
        newTopics.forEach((key, name) -> {
            Map<String, Object> names = new LinkedHashMap<>();
            languages.forEach(language -> names.put(language, name));
            topics.put(key, names);
        });
        return FrontMatterWriter.yaml(topics);
    }

    /** New series keys with their old names in the languages their parts are in. */
    static String series(Map<String, String> newSeries, Map<String, ? extends Collection<String>> languages) {
        Map<String, Object> series = new LinkedHashMap<>();
        newSeries.forEach((key, name) -> {
            Map<String, Object> names = new LinkedHashMap<>();
            languages.get(key).forEach(language -> names.put(language, name));
            series.put(key, names);
        });
        return FrontMatterWriter.yaml(series);
    }
}
