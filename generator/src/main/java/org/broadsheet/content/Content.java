package org.broadsheet.content;

import org.broadsheet.model.Article;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.Topic;

import java.util.List;
import java.util.Map;

/**
 * Everything read from {@code content/}: settings, topics and articles, sorted by file.
 *
 * @param topics by key, in the order of {@code topics.yml}
 */
public record Content(SiteConfig config, Map<String, Topic> topics, List<Article> articles) {
}
