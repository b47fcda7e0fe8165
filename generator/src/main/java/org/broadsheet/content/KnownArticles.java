package org.broadsheet.content;

import org.broadsheet.model.Article;

import java.util.Optional;

/**
 * Articles that an earlier build read, each with the stamp its file had then: the loader takes one instead
 * of parsing its file again when the file has the same stamp.
 */
public interface KnownArticles {

    /** The article read from {@code contentPath} when its file had {@code stamp}, if known. */
    Optional<Article> get(String contentPath, FileStamp stamp);

    /** No articles: every file is parsed. */
    static KnownArticles none() {
        return (contentPath, stamp) -> Optional.empty();
    }
}
