package org.broadsheet.render;

import org.broadsheet.diag.Problem;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodyText;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.SiteModel;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The problems of the articles' bodies (links that lead to no article, images not found, files that cannot be
 * published), found without rendering their pages. A build whose front matter or topics have problems renders no
 * page, and reports these with them, so that a writer sees every problem in one run.
 */
public final class BodyCheck {

    private BodyCheck() {
    }

    /**
     * What checking the bodies found: their problems, and the links that each article's rendered body holds into the
     * site or relative to its page (as {@link LinkCheck#links} finds them), for a check against the pages the site
     * would have; and those of each body of a file whose front matter could not be read ({@code unreadLinks}).
     */
    public record Checked(List<Problem> problems, Map<Article, List<String>> links,
                          Map<BodyText, List<String>> unreadLinks) {
    }

    /**
     * The problems of the bodies of {@code articles}, articles of {@code site}, and of {@code unreadBodies}, those of
     * files whose front matter could not be read into articles; and the links of both.
     *
     * @param unread whether an article file (relative to {@code content/}) could not be read for problems of its own
     */
    public static Checked check(SiteModel site, Collection<Article> articles, Collection<BodyText> unreadBodies,
                                SiteUrls urls, Markdown markdown, Path contentDir, Predicate<String> unread,
                                LinkCheck linkCheck) {
        MediaFiles mediaFiles = new MediaFiles(contentDir);
        ArticleAnchors anchors = new ArticleAnchors(markdown);
        Map<Article, List<String>> links = new ConcurrentHashMap<>();
        Map<BodyText, List<String>> unreadLinks = new ConcurrentHashMap<>();
        List<Problem> problems = Stream.concat(
                        articles.parallelStream().map(article -> problems(BodyText.of(article), site, urls, markdown,
                                mediaFiles, anchors, unread, html -> links.put(article, linkCheck.links(html)))),
                        unreadBodies.parallelStream().map(body -> problems(body, site, urls, markdown, mediaFiles,
                                anchors, unread, html -> unreadLinks.put(body, linkCheck.links(html)))))
                .flatMap(List::stream)
                .toList();
        return new Checked(problems, links, unreadLinks);
    }

    private static List<Problem> problems(BodyText body, SiteModel site, SiteUrls urls, Markdown markdown,
                                          MediaFiles mediaFiles, ArticleAnchors anchors, Predicate<String> unread,
                                          Consumer<String> html) {
        PageContext context = new PageContext();
        try {
            html.accept(markdown.body(body.text(), new BodyLinks(site, urls, body, mediaFiles, anchors, context, unread))
                    .html());
        } catch (Markdown.Failure e) {
            context.problems().add(body.source(), body.line(), e.getMessage());
        }
        return context.problems().sorted();
    }
}
