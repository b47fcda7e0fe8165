package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.Image;
import org.broadsheet.output.Json;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.PageModel.AuthorPage;
import org.broadsheet.render.PageModel.AuthorsPage;
import org.broadsheet.render.Views.AuthorView;
import org.broadsheet.render.Views.Byline;
import org.broadsheet.render.Views.Contact;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.site.Edition;
import org.broadsheet.site.Pagination;
import org.broadsheet.site.SiteModel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the authors index and the author pages of an edition, and what article pages show of their
 * authors: the byline's links and the contact line. Safe to use from several threads.
 */
final class AuthorPages {

    private final SiteModel site;
    private final SiteUrls urls;
    private final Map<String, UiStrings> strings;
    private final PageHeads heads;
    private final Cards cards;

    AuthorPages(SiteModel site, SiteUrls urls, Map<String, UiStrings> strings, PageHeads heads, Cards cards) {
        this.site = site;
        this.urls = urls;
        this.strings = strings;
        this.heads = heads;
        this.cards = cards;
    }

    AuthorsPage index(Page page, Edition edition, PageContext context) {
        UiStrings t = strings.get(edition.code());
        PageView head = heads.of(page, t.text("authors") + " — " + edition.language().title(),
                t.text("authorsDescription"));
        return new AuthorsPage(head, t, site.authors().values().stream().map(a -> view(edition, a, context)).toList());
    }

    AuthorPage author(Page page, Edition edition, AuthorProfile author, Pagination<Article> list, PageContext context) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        String name = author.name(lang);
        String title = name + (list.number() > 1 ? " — " + t.text("pageNumber", list.number()) : "")
                + " — " + edition.language().title();
        String description = author.bio(lang) != null ? author.bio(lang) : t.text("authorDescription", name);
        Image photo = photo(author, lang);
        AuthorView view = view(edition, author, context);
        PageView head = heads.of(page, title, description, photo, profile(edition, author, view));
        return new AuthorPage(head, t, view, urls.href(SiteUrls.authors(lang)), cards.of(list.items(), lang, context),
                cards.pager(list, n -> SiteUrls.author(lang, author.key(), n)));
    }

    /** The byline of {@code article}, each author of {@code authors.yml} linking to their page in the edition. */
    List<Byline> byline(Article article) {
        return article.authors().stream().map(author -> new Byline(author.name(), author.role(), author.key() == null
                ? null : urls.href(SiteUrls.author(article.language(), author.key(), 1)))).toList();
    }

    /**
     * The contact line of {@code article}: the e-mail address of the first author of its byline who has one,
     * else the edition's desk address; null when there is neither or the article turns the line off.
     */
    Contact contact(Article article, Edition edition) {
        if (!article.contact()) {
            return null;
        }
        String address = article.authors().stream().map(Author::key).filter(Objects::nonNull)
                .map(key -> site.authors().get(key).email()).filter(Objects::nonNull).findFirst()
                .orElse(edition.language().contact());
        return address == null ? null : new Contact(address, "mailto:" + address);
    }

    private String absoluteUrl(String lang, String key) {
        return urls.absolute(SiteUrls.author(lang, key, 1));
    }

    private AuthorView view(Edition edition, AuthorProfile author, PageContext context) {
        String lang = edition.code();
        int count = edition.byAuthor().get(author.key()).size();
        Image photo = photo(author, lang);
        return new AuthorView(author.key(), author.name(lang), author.role(lang), author.bio(lang), author.email(),
                cards.image(photo, context), count == 0 ? null : urls.href(SiteUrls.author(lang, author.key(), 1)),
                count == 0 ? null : urls.href(SiteUrls.authorFeed(lang, author.key())), count);
    }

    private static Image photo(AuthorProfile author, String lang) {
        return author.photo() == null ? null : new Image(author.photo(), author.name(lang), null, null);
    }

    /** The schema.org {@code ProfilePage} of an author's page, whose main entity is the author. */
    private String profile(Edition edition, AuthorProfile author, AuthorView view) {
        String lang = edition.code();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", view.name());
        person.put("jobTitle", view.role());
        person.put("description", view.bio());
        person.put("url", absoluteUrl(lang, author.key()));
        person.put("email", author.email());
        if (author.photo() != null) {
            person.put("image", urls.absolute(SiteUrls.media(author.photo())));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "ProfilePage");
        json.put("url", absoluteUrl(lang, author.key()));
        json.put("inLanguage", lang);
        json.put("mainEntity", person);
        return Json.write(json);
    }
}
