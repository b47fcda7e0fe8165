package org.broadsheet.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fixed set of page kinds, each rendered by the template of the same name. */
public enum PageKind {
    CHOOSER, HOME, ARTICLE, TOPICS, TOPIC, AUTHORS, AUTHOR, SERIES_INDEX, SERIES, CORRECTIONS, TIMELINE, YEAR, MONTH, SEARCH, NOT_FOUND;

    /** The template file, e.g. {@code article.ftlh} or {@code series-index.ftlh}; the 404 page uses {@code 404.ftlh}. */
    public String template() {
        return id() + ".ftlh";
    }

    /** The page kind that template {@code name} renders, if it is one of the page templates. */
    public static Optional<PageKind> ofTemplate(String name) {
        return Arrays.stream(values()).filter(k -> k.template().equals(name)).findFirst();
    }

    /** The name templates see as {@code page.kind}, e.g. {@code article} or {@code series-index}. */
    public String id() {
        return this == NOT_FOUND ? "404" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
