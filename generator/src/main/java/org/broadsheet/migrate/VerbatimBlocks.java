package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of raw HTML that Markdown reads as HTML up to their closing mark, blank lines and all: a {@code <pre>},
 * {@code <script>}, {@code <style>} or {@code <textarea>}, a comment, a processing instruction, a declaration or CDATA.
 * Other blocks end at a blank line, so that what the importer sets between blank lines inside them is read as
 * Markdown; inside these, it would be shown as written, or not at all.
 */
final class VerbatimBlocks {

    private static final Pattern OPENING = Pattern.compile(
            "(?i) {0,3}+(?:<(pre|script|style|textarea)(?=[\\s>]|$)|(<!--)|(<\\?)|(<!\\[CDATA\\[)|(<![A-Za-z]))");

    private VerbatimBlocks() {
    }

    /**
     * Whether Markdown set on lines of its own at {@code offset} would be inside the verbatim block {@code block}, so
     * that the HTML there must stay as it is; {@code what} (the link or picture there) is then reported when readers
     * saw it, inside a {@code <pre>}, as its file is not published.
     */
    static boolean holds(SourcePost post, String body, MarkdownSpans.Span block, int offset, String what, int line,
                         Findings findings) {
        Optional<String> element = around(body, block, offset);
        if (element.isPresent() && element.get().equals("pre")) {
            findings.add(Category.IMAGES, post.path(), line, what + " is inside <pre>, where Markdown is not read: kept "
                    + "as HTML, its file not copied; move it out of the <pre> block and import again");
        }
        return element.isPresent();
    }

    /** The element ({@code pre}) or opening mark ({@code <!--}) of the verbatim block that would hold {@code offset}. */
    private static Optional<String> around(String body, MarkdownSpans.Span block, int offset) {
        Matcher opening = OPENING.matcher(body).region(block.start(), body.length());
        if (!opening.lookingAt()) {
            return Optional.empty();
        }
        String element = opening.group(1) == null ? null : opening.group(1).toLowerCase(Locale.ROOT);
        String close = element != null ? "</" + element + ">" : opening.group(2) != null ? "-->"
                : opening.group(3) != null ? "?>" : opening.group(4) != null ? "]]>" : ">";
        // the block ends with the line of its closing mark, and what follows the mark on that line is set apart from it
        Matcher mark = Pattern.compile(Pattern.quote(close), Pattern.CASE_INSENSITIVE).matcher(body)
                .region(opening.end(), Math.max(opening.end(), offset));
        if (mark.find()) {
            return Optional.empty();
        }
        return Optional.of(element != null ? element : opening.group().strip());
    }
}
