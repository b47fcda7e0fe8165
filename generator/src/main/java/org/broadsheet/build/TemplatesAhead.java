package org.broadsheet.build;

import org.broadsheet.content.ContentLoader;
import org.broadsheet.diag.Problem;
import org.broadsheet.model.Article;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which pages a build stopped by problems of the content may render all the same, so that a template's mistake that
 * shows only while a page is rendered is reported in the same run as the writer's problems: those that the content
 * describes as its fixed files would, so that a template that fails on them fails in the build of the fixed files too.
 */
final class TemplatesAhead {

    private TemplatesAhead() {
    }

    /**
     * The articles whose pages describe what a build of the fixed files would render, given {@code problems}, those of
     * loading and assembling the site: the articles without a problem of their own (one read in spite of a problem may
     * lack what the theme rightly expects, such as an image's {@code alt}). None when a problem is not of an article's
     * file or of the listing of {@code content/} (named with {@code contentPrefix}): when {@code site.yml}, a registry,
     * the UI strings or the theme's assets have one, a default or a gap standing for them could make a right template
     * fail.
     */
    static Optional<List<Article>> describedArticles(List<Article> articles, List<Problem> problems,
                                                     String contentPrefix) {
        boolean settingsRead = problems.stream().map(Problem::path).allMatch(path -> path.startsWith(contentPrefix)
                && !path.equals(contentPrefix + ContentLoader.SITE_SETTINGS)
                && !ContentLoader.REGISTRIES.contains(path.substring(contentPrefix.length())));
        if (!settingsRead) {
            return Optional.empty();
        }
        Set<String> troubled = problems.stream().map(Problem::path).collect(Collectors.toSet());
        return Optional.of(articles.stream().filter(article -> !troubled.contains(article.source())).toList());
    }
}
