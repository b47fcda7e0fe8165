package org.broadsheet.render;

import org.broadsheet.model.Image;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig.MissingTranslation;
import org.broadsheet.output.Assets;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.Views.Alternate;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.render.Views.Social;
import org.broadsheet.render.Views.Switch;
import org.broadsheet.site.SiteModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds what every page's layout needs ({@code page} in the templates). Safe to use from several threads. */
final class PageHeads {

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, UiStrings> strings;
    private final Assets assets;

    PageHeads(SiteModel site, SiteUrls urls, Map<String, UiStrings> strings, Assets assets) {
        this.site = site;
        this.urls = urls;
        this.strings = strings;
        this.assets = assets;
    }

    PageView of(Page page, String title, String description) {
        return of(page, title, description, null, null);
    }

    /**
     * @param image  the lead image, for social cards, or null
     * @param jsonLd the page's schema.org data, or null
     */
    PageView of(Page page, String title, String description, Image image, String jsonLd) {
        String lang = page.language();
        UiStrings t = strings.get(lang);
        boolean edition = page.kind() != PageKind.CHOOSER && page.kind() != PageKind.NOT_FOUND;
        Language language = site.config().language(lang).orElseThrow();
        String ogImage = image == null ? null : urls.absolute(SiteUrls.media(image.file()));
        Social social = new Social(page.kind() == PageKind.ARTICLE ? "article" : "website", ogLocale(lang),
                site.config().languages().stream().map(Language::code).filter(c -> !c.equals(lang))
                        .map(PageHeads::ogLocale).toList(),
                ogImage, image == null ? null : image.alt(), ogImage == null ? "summary" : "summary_large_image");
        return new PageView(page.kind().id(), lang, title, description, urls.href(page.path()),
                page.kind() == PageKind.NOT_FOUND ? null : urls.absolute(page.path()), alternates(page),
                edition ? switches(page) : List.of(),
                edition ? new Link(urls.href(SiteUrls.home(lang)), language.title(), null) : null,
                edition ? new Link(urls.href(SiteUrls.topics(lang)), t.text("topics"), null) : null,
                edition ? new Link(urls.href(SiteUrls.timeline(lang)), t.text("timeline"), null) : null,
                edition ? new Link(urls.href(SiteUrls.search(lang)), t.text("search"), null) : null,
                assets.path("style.css").map(urls::href).orElse(null),
                assets.path("favicon.svg").map(urls::href).orElse(null), language.title(), language.description(),
                feeds(page), social, jsonLd);
    }

    /** {@code en} → {@code en_US}, {@code ko} → {@code ko_KR}, as Open Graph writes locales. */
    static String ogLocale(String lang) {
        return switch (lang) {
            case "en" -> "en_US";
            case "ko" -> "ko_KR";
            case "ja" -> "ja_JP";
            case "zh" -> "zh_CN";
            default -> lang.contains("-") ? lang.replace('-', '_') : lang + "_" + lang.toUpperCase(Locale.ROOT);
        };
    }

    /** The feeds of the page's edition (and of its topic or author), for autodiscovery. */
    private List<Link> feeds(Page page) {
        if (page.kind() == PageKind.CHOOSER || page.kind() == PageKind.NOT_FOUND) {
            return List.of();
        }
        String lang = page.language();
        List<Link> feeds = new ArrayList<>();
        feeds.add(new Link(urls.href(SiteUrls.feed(lang)), site.config().language(lang).orElseThrow().title(), null));
        if (page.kind() == PageKind.TOPIC) {
            String key = page.path().substring(SiteUrls.topics(lang).length()).split("/")[0];
            feeds.add(new Link(urls.href(SiteUrls.topicFeed(lang, key)), site.topics().get(key).name(lang)
                    + " — " + site.config().language(lang).orElseThrow().title(), null));
        }
        if (page.kind() == PageKind.AUTHOR) {
            String key = page.path().substring(SiteUrls.authors(lang).length()).split("/")[0];
            feeds.add(new Link(urls.href(SiteUrls.authorFeed(lang, key)), site.authors().get(key).name(lang)
                    + " — " + site.config().language(lang).orElseThrow().title(), null));
        }
        return feeds;
    }

    private List<Alternate> alternates(Page page) {
        List<Alternate> alternates = new ArrayList<>();
        page.versions().forEach((lang, path) -> alternates.add(new Alternate(lang, urls.absolute(path))));
        if (page.xDefault() != null) {
            alternates.add(new Alternate("x-default", urls.absolute(page.xDefault())));
        }
        return alternates;
    }

    /** Links to this page in the other languages; where there is none, to that edition's home if the site says so. */
    private List<Switch> switches(Page page) {
        List<Switch> switches = new ArrayList<>();
        for (Language language : site.config().languages()) {
            String other = language.code();
            if (other.equals(page.language())) {
                continue;
            }
            UiStrings t = strings.get(other);
            if (page.versions().containsKey(other)) {
                switches.add(new Switch(urls.href(page.versions().get(other)), t.text("languageName"), other, null));
            } else if (site.config().missingTranslation() == MissingTranslation.HOME) {
                switches.add(new Switch(urls.href(SiteUrls.home(other)), t.text("languageName"), other,
                        t.text("untranslated")));
            }
        }
        return switches;
    }
}
