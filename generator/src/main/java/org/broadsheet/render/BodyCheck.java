package org.broadsheet.render;

import org.broadsheet.diag.Problem;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.SiteModel;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The problems of the articles' bodies (links that lead to no article, images not found, files that cannot be
 * published), found without rendering their pages. A build whose front matter or topics have problems renders no
 * page, and reports these with them, so that a writer sees every problem in one run.
 */
public final class BodyCheck {

    private BodyCheck() {
    }

    /**
     * The problems of the bodies of {@code articles}, articles of {@code site}.
     *
     * @param unread article files (relative to {@code content/}) that could not be read for problems of their own
     */
    public static List<Problem> problems(SiteModel site, Collection<Article> articles, SiteUrls urls, Markdown markdown,
                                         Path contentDir, Set<String> unread) {
        MediaFiles mediaFiles = new MediaFiles(contentDir);
        return articles.parallelStream()
                .flatMap(article -> problems(article, site, urls, markdown, mediaFiles, unread).stream())
                .toList();
    }

    private static List<Problem> problems(Article article, SiteModel site, SiteUrls urls, Markdown markdown,
                                          MediaFiles mediaFiles, Set<String> unread) {
        PageContext context = new PageContext();
        try {
            markdown.body(article.body().text(), new BodyLinks(site, urls, article, mediaFiles, false, context, unread));
        } catch (Markdown.Failure e) {
            context.problems().add(article.source(), article.bodyLine(), e.getMessage());
        }
        return context.problems().sorted();
    }
}
