package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.output.Json;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.Edition;
import org.broadsheet.site.SiteModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an article page's schema.org {@code NewsArticle}, with the link between language versions. */
final class ArticleSchema {

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, DateTexts> dates;

    ArticleSchema(SiteModel site, SiteUrls urls, Map<String, DateTexts> dates) {
        this.site = site;
        this.urls = urls;
        this.dates = dates;
    }

    String of(Article article, Edition edition, List<Article> translations) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        String url = urls.absolute(urls.article(article));
        json.put("@id", url);
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        json.put("headline", article.title());
        json.put("description", article.summary().isEmpty() ? null : article.summary());
        json.put("inLanguage", article.language());
        json.put("datePublished", dates.get(edition.code()).dateTime(article.date()).iso());
        json.put("dateModified", dates.get(edition.code()).dateTime(article.lastModified()).iso());
        if (!article.corrections().isEmpty()) {
            json.put("correction", article.corrections().stream().map(correction -> {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("@type", "CorrectionComment");
                comment.put("text", correction.text());
                comment.put("datePublished", dates.get(edition.code()).dateTime(correction.date()).iso());
                return comment;
            }).toList());
        }
        if (article.image() != null) {
            json.put("image", List.of(urls.absolute(SiteUrls.media(article.image().file()))));
        }
        if (!article.authors().isEmpty()) {
            json.put("author", article.authors().stream().map(author -> person(author, article.language())).toList());
        }
        if (!article.topics().isEmpty()) {
            json.put("about", article.topics().stream().map(key -> site.topics().get(key).name(edition.code())).toList());
        }
        json.put("articleSection", article.kicker());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "NewsMediaOrganization");
        publisher.put("name", edition.language().title());
        publisher.put("url", urls.absolute(SiteUrls.home(edition.code())));
        json.put("publisher", publisher);
        Article original = translations.stream().filter(Article::original).findFirst().orElse(null);
        if (original != null && !article.original()) {
            json.put("translationOfWork", work(original));
        } else if (!translations.isEmpty()) {
            json.put("workTranslation", translations.stream().map(this::work).toList());
        }
        return Json.write(json);
    }

    private Map<String, Object> work(Article article) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "NewsArticle");
        work.put("@id", urls.absolute(urls.article(article)));
        work.put("inLanguage", article.language());
        return work;
    }

    /** An author of the byline; one of {@code authors.yml} with the address of their page. */
    private Map<String, Object> person(Author author, String lang) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", author.name());
        person.put("jobTitle", author.role());
        if (author.key() != null) {
            person.put("url", urls.absolute(SiteUrls.author(lang, author.key(), 1)));
        }
        return person;
    }
}
