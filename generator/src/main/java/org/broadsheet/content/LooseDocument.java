package org.broadsheet.content;

import java.util.List;
import java.util.Map;

/**
 * A Markdown file of another generator (Jekyll, Hugo), split into its front matter, read loosely,
 * and its body.
 *
 * @param fields         the front matter's top-level fields in file order; empty without front matter
 * @param hasFrontMatter whether the file starts (after blank lines) with a {@code ---} or {@code +++} block
 * @param body           the text after the front matter, with {@code \n} line ends
 * @param bodyLine       the line of the file on which {@code body} starts
 * @param replaced       fields given again further down, whose value the later one replaced (as Jekyll
 *                       and Hugo read them), with their own line
 */
public record LooseDocument(Map<String, LooseField> fields, boolean hasFrontMatter, String body, int bodyLine,
                            List<LooseField> replaced) {
}
