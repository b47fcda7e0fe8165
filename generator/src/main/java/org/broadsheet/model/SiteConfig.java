package org.broadsheet.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The settings of {@code content/site.yml}.
 *
 * @param baseUrl            absolute URL of the site root, always ending in {@code /}
 * @param timezone           the zone in which dates are shown and grouped
 * @param languages          the editions, the first being the default ({@code x-default})
 * @param pageSize           articles per page on the edition home and topic pages
 * @param missingTranslation what the language switch does on a page with no translation
 * @param rawHtml            whether HTML written in Markdown passes through (else it is shown escaped)
 * @param host               the static host, whose own files (redirect rules, headers) the build writes
 * @param websubHub          the WebSub hub that the feeds announce, or null
 * @param deploy             where {@code broadsheet:deploy} uploads the site
 */
public record SiteConfig(String baseUrl, ZoneId timezone, List<Language> languages, int pageSize,
                         MissingTranslation missingTranslation, boolean rawHtml, Host host, String websubHub,
                         DeploySettings deploy) {

    /** What the language switch does on an article that has no translation. */
    public enum MissingTranslation {
        /** The switch is not shown. */
        HIDE,
        /** The switch leads to the other edition's home, with a short notice. */
        HOME
    }

    public Language defaultLanguage() {
        return languages.get(0);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(newBaseUrl, timezone, languages, pageSize, missingTranslation, rawHtml, host, websubHub,
                deploy);
    }
}
