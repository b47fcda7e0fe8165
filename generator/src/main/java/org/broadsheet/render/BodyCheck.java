package org.broadsheet.render;

import org.broadsheet.diag.Problem;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Article;
import org.broadsheet.model.BodyText;
import org.broadsheet.output.MediaFiles;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.site.SiteModel;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
     * The problems of the bodies of {@code articles}, articles of {@code site}, and of {@code unreadBodies}, those of
     * files whose front matter could not be read into articles.
     *
     * @param unread article files (relative to {@code content/}) that could not be read for problems of their own
     */
    public static List<Problem> problems(SiteModel site, Collection<Article> articles, Collection<BodyText> unreadBodies,
                                         SiteUrls urls, Markdown markdown, Path contentDir, Set<String> unread) {
        MediaFiles mediaFiles = new MediaFiles(contentDir);
        return Stream.concat(articles.parallelStream().map(BodyText::of), unreadBodies.parallelStream())
                .flatMap(body -> problems(body, site, urls, markdown, mediaFiles, unread).stream())
                .toList();
    }

    private static List<Problem> problems(BodyText body, SiteModel site, SiteUrls urls, Markdown markdown,
                                          MediaFiles mediaFiles, Set<String> unread) {
        PageContext context = new PageContext();
        try {
            markdown.body(body.text(), new BodyLinks(site, urls, body, mediaFiles, context, unread));
        } catch (Markdown.Failure e) {
            context.problems().add(body.source(), body.line(), e.getMessage());
        }
        return context.problems().sorted();
    }
}
