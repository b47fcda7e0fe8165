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
 * @param rawHtml            what becomes of HTML written in Markdown
 * @param embeds             where an {@code <iframe>} in sanitised HTML may come from: {@code host} or
 *                           {@code host/path-prefix}, over https
 * @param host               the static host, whose own files (redirect rules, headers) the build writes
 * @param websubHub          the WebSub hub that the feeds announce, or null
 * @param deploy             where {@code broadsheet:deploy} uploads the site
 */
public record SiteConfig(String baseUrl, ZoneId timezone, List<Language> languages, int pageSize,
                         MissingTranslation missingTranslation, RawHtml rawHtml, List<String> embeds, Host host,
                         String websubHub, DeploySettings deploy) {

    /**
     * Where embeds may come from when {@code site.yml} lists none: YouTube's privacy-enhanced player,
     * Vimeo's player, Datawrapper, Flourish and Google Maps.
     */
    public static final List<String> DEFAULT_EMBEDS = List.of("www.youtube-nocookie.com/embed/",
            "player.vimeo.com/video/", "datawrapper.dwcdn.net/", "flo.uri.sh/visualisation/", "www.google.com/maps/embed");

    /** What becomes of HTML written in Markdown. */
    public enum RawHtml {
        /** Formatting, safe links and images, and embeds from the listed hosts are kept; the rest is removed. */
        SANITIZE,
        /** It passes through as written: for newsrooms whose every writer may publish scripts. */
        TRUSTED,
        /** It is shown as text. */
        ESCAPE
    }

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
        return new SiteConfig(newBaseUrl, timezone, languages, pageSize, missingTranslation, rawHtml, embeds, host,
                websubHub, deploy);
    }
}
