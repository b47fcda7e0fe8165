package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.sanitize.HtmlPolicy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes from a body's raw HTML what the build's sanitiser would remove and nobody misses: attributes
 * ({@code style}, {@code width} on a table, {@code align} on a paragraph, {@code on…} handlers) and the
 * {@code <meta>}, {@code <link>} and {@code <base>} tags that pasting from a page brings along, and Textile's
 * {@code <notextile>}, {@code <font>} and {@code <center>} around text, whose text stays (in a block of HTML, where
 * the block stays one). An imported
 * archive then builds without a warning for each of them, and its files hold what readers get. Other
 * tags the sanitiser drops whole ({@code <script>}, an {@code <iframe>} from an unlisted host), and the
 * addresses of links and images, stay for the build to judge and report at their line. A YouTube player
 * ({@code youtube.com/embed/}) is moved to YouTube's privacy-enhanced player, the same video, which the
 * default embed list allows where it refuses the other.
 */
final class HtmlAttributes {

    /** The policy of a site with the default embeds, which the importer's own site.yml has. */
    private static final HtmlPolicy POLICY = new HtmlPolicy(SiteConfig.DEFAULT_EMBEDS);
    /** The address of a YouTube player, up to its video's id. */
    private static final Pattern YOUTUBE_PLAYER = Pattern.compile(
            "(?i)\\ssrc\\s*=\\s*[\"']?((?:https?:)?//(?:www\\.|m\\.)?youtube\\.com/embed/)");
    private static final String PRIVACY_ENHANCED_PLAYER = "https://www.youtube-nocookie.com/embed/";
    private static final String VALUE = "(?:\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s\"'=<>`]++))?";
    /** A tag whose attribute names hold no {@code <}: a line of {@code <b <b <b…} that nothing closes is read in linear time. */
    private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9:-]*+)((?:\\s++[^\\s\"'>/=<]++" + VALUE
            + ")*+)\\s*+/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s++([^\\s\"'>/=]++)" + VALUE);
    private static final Set<String> ADDRESSES = Set.of("href", "src");
    /** Elements of a page's head, without content, that the sanitiser removes from a body. */
    private static final Set<String> HEAD_ONLY = Set.of("meta", "link", "base");
    /**
     * Tags among the text whose words stay, which the sanitiser removes around them: Textile's {@code <notextile>},
     * which RedCloth read and a Markdown post kept as raw HTML, {@code <font>}, whose colour or size only styled its
     * words, as a {@code style} did, and {@code <center>}, which only centred them.
     */
    private static final Pattern UNWRAPPED = Pattern.compile("(?i)<(/?)(notextile|font|center)((?:\\s++[^\\s\"'>/=<]++"
            + VALUE + ")*+)\\s*+>");

    private HtmlAttributes() {
    }

    /** Adds to {@code edits} the removal of each attribute of the body's raw HTML that the sanitiser would remove. */
    static void clean(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, Findings findings) {
        for (MarkdownSpans.Span span : spans) {
            if (span.kind() != MarkdownSpans.Kind.HTML && span.kind() != MarkdownSpans.Kind.HTML_BLOCK) {
                continue;
            }
            Matcher unwrapped = UNWRAPPED.matcher(body).region(span.start(), span.end());
            if (span.kind() == MarkdownSpans.Kind.HTML && unwrapped.matches()
                    && (unwrapped.group(1).isEmpty() || unwrapped.group(3).isBlank())) {
                // among the text, where its text stays as it is; the closing tag goes with the opening one's finding
                edits.replace(span.start(), span.end(), "");
                if (unwrapped.group(1).isEmpty()) {
                    findings.add(Category.HTML_CLEANED, post.path(), edits.line(span.start()), "removed <"
                            + unwrapped.group(2).toLowerCase(Locale.ROOT) + ">");
                }
                continue;
            }
            Set<Integer> unwrappedTags = span.kind() == MarkdownSpans.Kind.HTML_BLOCK
                    ? unwrapInBlock(post, body, span, edits, findings) : Set.of();
            Matcher tag = TAG.matcher(body).region(span.start(), span.end());
            while (tag.find()) {
                if (unwrappedTags.contains(tag.start())) {
                    continue;
                }
                String name = tag.group(1).toLowerCase(Locale.ROOT);
                if (HEAD_ONLY.contains(name)) {
                    dropHeadTag(post, body, span, tag, edits, findings);
                    continue;
                }
                if (tag.group(2).isEmpty()) {
                    continue;
                }
                String judged = tag.group();
                Matcher player = YOUTUBE_PLAYER.matcher(judged);
                if (name.equals("iframe") && player.find()) {
                    edits.replace(tag.start() + player.start(1), tag.start() + player.end(1), PRIVACY_ENHANCED_PLAYER);
                    findings.add(Category.YOUTUBE, post.path(), edits.line(tag.start()), "<iframe src=\"" + player.group(1)
                            + "…\"> moved to " + PRIVACY_ENHANCED_PLAYER);
                    judged = judged.substring(0, player.start(1)) + PRIVACY_ENHANCED_PLAYER + judged.substring(player.end(1));
                }
                Set<String> removed = removed(judged);
                if (removed.isEmpty()) {
                    continue;
                }
                Matcher attribute = ATTRIBUTE.matcher(body).region(tag.start(2), tag.end(2));
                while (attribute.find()) {
                    if (removed.contains(attribute.group(1).toLowerCase(Locale.ROOT))) {
                        edits.replace(attribute.start(), attribute.end(), "");
                    }
                }
                findings.add(Category.HTML_CLEANED, post.path(), edits.line(tag.start()), "removed from <"
                        + tag.group(1) + ">: " + String.join(", ", removed.stream().sorted().toList()));
            }
        }
    }

    /**
     * Removes the {@code <font>} and {@code <center>} tags of a block of HTML, whose words stay — a picture centred with
     * {@code <center><img …></center>}, as many blogs wrote it — when what is left is still one block of HTML, read as
     * the old site read it; else (a {@code <center>} whose text would become Markdown) they stay for the build, which
     * removes them. The offsets of the tags removed.
     */
    private static Set<Integer> unwrapInBlock(SourcePost post, String body, MarkdownSpans.Span span, BodyEdits edits,
                                              Findings findings) {
        Matcher unwrapped = UNWRAPPED.matcher(body).region(span.start(), span.end());
        StringBuilder rest = new StringBuilder();
        Set<Integer> starts = new HashSet<>();
        int kept = span.start();
        while (unwrapped.find()) {
            if (!unwrapped.group(1).isEmpty() && !unwrapped.group(3).isBlank()) {
                continue;
            }
            rest.append(body, kept, unwrapped.start());
            kept = unwrapped.end();
            starts.add(unwrapped.start());
        }
        if (starts.isEmpty()) {
            return Set.of();
        }
        rest.append(body, kept, span.end());
        List<MarkdownSpans.Span> left = MarkdownSpans.of(rest.toString());
        if (!rest.toString().isBlank() && (left.size() != 1 || left.get(0).kind() != MarkdownSpans.Kind.HTML_BLOCK)) {
            return Set.of();
        }
        unwrapped.reset().region(span.start(), span.end());
        while (unwrapped.find()) {
            if (starts.contains(unwrapped.start())) {
                edits.replace(unwrapped.start(), unwrapped.end(), "");
                if (unwrapped.group(1).isEmpty()) {
                    findings.add(Category.HTML_CLEANED, post.path(), edits.line(unwrapped.start()), "removed <"
                            + unwrapped.group(2).toLowerCase(Locale.ROOT) + ">");
                }
            }
        }
        return starts;
    }

    /**
     * Drops a tag of a page's head pasted into a body, when that changes nothing else: among the text of a
     * paragraph, or as a block of its own. In a larger block, removing its line could end the block early
     * and turn the HTML after it into Markdown, so the build removes it there.
     */
    private static void dropHeadTag(SourcePost post, String body, MarkdownSpans.Span span, Matcher tag, BodyEdits edits,
                                    Findings findings) {
        boolean inline = span.kind() == MarkdownSpans.Kind.HTML;
        if (!inline && !body.substring(span.start(), span.end()).strip().equals(tag.group())) {
            return;
        }
        edits.replace(inline ? tag.start() : span.start(), inline ? tag.end() : span.end(), "");
        findings.add(Category.HTML_CLEANED, post.path(), edits.line(tag.start()), "removed <" + tag.group(1) + ">");
    }

    /** The attributes of {@code tag} that the sanitiser removes, or none when it removes the tag itself. */
    private static Set<String> removed(String tag) {
        Set<String> attributes = new HashSet<>();
        for (HtmlPolicy.Removal removal : POLICY.removals(tag)) {
            if (removal.attribute() == null) {
                return Set.of();
            }
            if (!ADDRESSES.contains(removal.attribute())) {
                attributes.add(removal.attribute());
            }
        }
        return attributes;
    }
}
