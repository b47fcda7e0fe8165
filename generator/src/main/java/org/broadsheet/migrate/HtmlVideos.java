package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a video player of a file of the old site, on lines of its own ({@code <video src="/media/dock.mp4"
 * controls></video>}, or the address of its {@code <source>}) into a link to the file, named by its {@code title},
 * else its file name: Broadsheet's pages hold no {@code <video>}, which the sanitiser removes with the film, and the
 * link publishes the file, as al-folio's video include is imported.
 */
final class HtmlVideos {

    /** A player, each tag bounded so that a body of unclosed tags is read in linear time. */
    private static final Pattern PLAYER = Pattern.compile("(?is)\\s*+(<video\\b[^<>]{0,2000}+>)\\s*+"
            + "(?:(<source\\b[^<>]{0,2000}+>)\\s*+(?:</source>\\s*+)?)?[^<]{0,2000}+</video>\\s*+");
    private static final Pattern SRC = Pattern.compile("(?i)\\ssrc\\s*+=\\s*+(?:\"([^\"]*+)\"|'([^']*+)')");
    private static final Pattern TITLE = Pattern.compile("(?i)\\stitle\\s*+=\\s*+(?:\"([^\"]*+)\"|'([^']*+)')");

    private HtmlVideos() {
    }

    /** Adds to {@code edits} the link that replaces each block of the body that is one player of a file the old site has. */
    static void relink(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, ImageFiles images,
                       Findings findings) {
        for (MarkdownSpans.Span span : spans) {
            if (span.kind() != MarkdownSpans.Kind.HTML_BLOCK && span.kind() != MarkdownSpans.Kind.HTML) {
                continue;
            }
            // a block of its own, or (<video> not being a tag that starts one) a paragraph that is only the player
            Matcher player = PLAYER.matcher(body).region(span.start(), body.length());
            if (!player.lookingAt() || !alone(body, player)) {
                continue;
            }
            Optional<String> url = value(SRC, player.group(1)).or(() -> player.group(2) == null ? Optional.empty()
                    : value(SRC, player.group(2)));
            if (url.isEmpty() || !images.ofOldSite(url.get()) || !images.exists(url.get(), post)) {
                continue;
            }
            int line = edits.line(player.start(1));
            Optional<String> copy = images.use(url.get(), post, line);
            if (copy.isPresent()) {
                String path = url.get().split("[?#]", 2)[0];
                String name = value(TITLE, player.group(1)).orElse(path.substring(path.lastIndexOf('/') + 1));
                edits.replace(player.start(1), trimmedEnd(body, player),
                        "[" + ImageFiles.linkText(HtmlText.shown(name)) + "](" + ImageFiles.destination(copy.get())
                                + ")");
                findings.add(Category.HTML_LINKS, post.path(), line, "the video player of '" + url.get() + "' made a "
                        + "link to its file, Broadsheet's pages holding no <video>");
            }
        }
    }

    /** Whether the player stands on lines of its own, nothing before it on its first line nor after it on its last. */
    private static boolean alone(String body, Matcher player) {
        int lineStart = body.lastIndexOf('\n', player.start(1) - 1) + 1;
        int end = trimmedEnd(body, player);
        int lineEnd = body.indexOf('\n', end);
        return body.substring(lineStart, player.start(1)).isBlank()
                && body.substring(end, lineEnd < 0 ? body.length() : lineEnd).isBlank();
    }

    /** Where the player's closing tag ends, before the white space after it. */
    private static int trimmedEnd(String body, Matcher player) {
        int end = player.end();
        while (end > player.start(1) && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static Optional<String> value(Pattern attribute, String tag) {
        Matcher found = attribute.matcher(tag);
        if (!found.find()) {
            return Optional.empty();
        }
        String value = (found.group(1) != null ? found.group(1) : found.group(2)).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
