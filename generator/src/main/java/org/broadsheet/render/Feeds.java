package org.broadsheet.render;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.Author;
import org.broadsheet.model.AuthorProfile;
import org.broadsheet.model.Topic;
import org.broadsheet.output.AtomFeed;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.Edition;
import org.broadsheet.site.SiteAssembler;
import org.broadsheet.site.SiteModel;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Atom feeds of the site: one per edition, and one per topic and per author of each edition, newest
 * entries first.
 */
public final class Feeds {

    /** How many of the newest articles a feed carries. */
    static final int ENTRIES = 20;
    private static final String NO_ENTRIES = "1970-01-01T00:00:00Z";

    private final SiteModel site;
    private final SiteUrls urls;
    private final Markdown markdown;
    private final ArticleAnchors anchors;
    private final MediaFiles mediaFiles;
    /** The entries' contents rendered by this build or taken from the last, shared by the feeds that carry them. */
    private final Map<Article, Content> contents;
    /** Every feed of the site, listed once. */
    private final List<Plan> plans;
    /** The articles that some feed carries. */
    private final Set<Article> carried;

    /**
     * The HTML of an entry, with the URL and body that each article its body links to had when it was
     * rendered: it stays valid while those do, as a link to a fragment of an article follows its body's ids.
     */
    public record Content(String html, Map<String, String> linkedUrls) {
    }

    /** @param last the entries' contents of the last build, so that a rebuild renders only new or changed entries */
    Feeds(SiteModel site, SiteUrls urls, Markdown markdown, MediaFiles mediaFiles, ArticleAnchors anchors,
          Map<Article, Content> last) {
        this.site = site;
        this.urls = urls;
        this.markdown = markdown;
        this.mediaFiles = mediaFiles;
        this.anchors = anchors;
        this.contents = new ConcurrentHashMap<>(last);
        this.plans = List.copyOf(listed());
        this.carried = plans.stream().flatMap(feed -> feed.entries().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a feed carries {@code article} and has no valid content for it: its page then renders the entry's
     * content from the same parse ({@link #offer}).
     */
    boolean wants(Article article) {
        return carried.contains(article) && valid(contents.get(article)) == null;
    }

    /** The content of {@code article}'s entry, its links made absolute, rendered with its page. */
    void offer(Article article, String html, Set<String> linkTargets) {
        contents.put(article, new Content(html, linkedUrls(linkTargets)));
    }

    /** {@code content} while the URLs it links to are still those of its articles, else null. */
    private Content valid(Content content) {
        boolean stale = content == null || !content.linkedUrls().equals(linkedUrls(content.linkedUrls().keySet()));
        return stale ? null : content;
    }

    /**
     * A feed to write: its site path, its entries (what decides whether it must be written again) and
     * how to write it.
     */
    public record Plan(String path, List<Article> entries, Supplier<String> xml) {
    }

    /** Every feed of the site. */
    List<Plan> all() {
        return plans;
    }

    /** The feeds of each edition, and of its topics and authors, as the constructor lists them once. */
    private List<Plan> listed() {
        List<Plan> feeds = new ArrayList<>();
        for (Edition edition : site.editions()) {
            String lang = edition.code();
            feeds.add(plan(edition, edition.language().title(), edition.language().description(), SiteUrls.feed(lang),
                    SiteUrls.home(lang), edition.articles()));
            for (Topic topic : site.topics().values()) {
                List<Article> articles = edition.byTopic().get(topic.key());
                if (!articles.isEmpty()) {
                    feeds.add(plan(edition, topic.name(lang) + " — " + edition.language().title(),
                            topic.description(lang), SiteUrls.topicFeed(lang, topic.key()),
                            SiteUrls.topic(lang, topic.key(), 1), articles));
                }
            }
            for (AuthorProfile author : site.authors().values()) {
                List<Article> articles = edition.byAuthor().get(author.key());
                if (!articles.isEmpty()) {
                    feeds.add(plan(edition, author.name(lang) + " — " + edition.language().title(),
                            author.bio(lang), SiteUrls.authorFeed(lang, author.key()),
                            SiteUrls.author(lang, author.key(), 1), articles));
                }
            }
        }
        return feeds;
    }

    private Plan plan(Edition edition, String title, String subtitle, String self, String page, List<Article> articles) {
        List<Article> newest = articles.stream().limit(ENTRIES).toList();
        return new Plan(self, newest, () -> AtomFeed.write(feed(edition, title, subtitle, self, page, newest)));
    }

    /**
     * The contents of the entries of {@code feeds}, as the feeds written so far rendered them or as the last
     * build left them: what the next build may take instead of rendering them again.
     */
    Map<Article, Content> contents(List<Plan> feeds) {
        Map<Article, Content> entries = new HashMap<>();
        for (Plan feed : feeds) {
            for (Article entry : feed.entries()) {
                Content content = contents.get(entry);
                if (content != null) {
                    entries.put(entry, content);
                }
            }
        }
        return Map.copyOf(entries);
    }

    /** File → the URL and body of the article it holds now ("" when there is none). */
    private Map<String, String> linkedUrls(Set<String> files) {
        Map<String, String> linked = new TreeMap<>();
        for (String file : files) {
            Article target = site.byFile().get(file);
            linked.put(file, target == null ? "" : urls.article(target) + " " + target.body());
        }
        return linked;
    }

    private AtomFeed.Feed feed(Edition edition, String title, String subtitle, String self, String page,
                               List<Article> newest) {
        String updated = SiteAssembler.latestChange(newest).map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)
                .orElse(NO_ENTRIES);
        return new AtomFeed.Feed(edition.code(), title, subtitle, urls.absolute(self), urls.absolute(page), updated,
                edition.language().title(), site.config().websubHub(), newest.stream().map(this::entry).toList());
    }

    private AtomFeed.Entry entry(Article article) {
        Content cached = valid(contents.get(article));
        if (cached == null) {
            // the article's page reports the body's problems and publishes its images
            PageContext context = new PageContext();
            String html = markdown.toHtml(article.body().text(),
                    new BodyLinks(site, urls, article, mediaFiles, anchors, true, context));
            cached = new Content(html, linkedUrls(context.linkTargets()));
            contents.put(article, cached);
        }
        String content = cached.html();
        return new AtomFeed.Entry(urls.absolute(urls.article(article)), article.title(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.date()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.lastModified()),
                article.authors().stream().map(Author::name).toList(), article.summary(), content);
    }
}
