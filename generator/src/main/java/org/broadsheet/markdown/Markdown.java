package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import org.broadsheet.markdown.fast.FastRenderer;
import org.broadsheet.model.ElementIds;
import org.broadsheet.sanitize.HtmlPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark with tables, strikethrough, autolinks, footnotes and heading ids. Built once per
 * build; immutable and safe to share between threads.
 */
public final class Markdown {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern NOT_A_PARAGRAPH = Pattern.compile(
            "(?s)(#|!\\[|>|\\||<|[-*+]\\s|\\d+[.)]\\s|```|~~~| {4}|\\t|\\[[^]]*]:).*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int SUMMARY_LENGTH = 240;

    private static final NullableDataKey<LinkRewriter> LINKS = new NullableDataKey<>("BROADSHEET_LINKS");

    private static final NullableDataKey<List<Node>> RAW_HTML = new NullableDataKey<>("BROADSHEET_RAW_HTML");
    private static final NullableDataKey<List<Addressed>> ADDRESSED = new NullableDataKey<>("BROADSHEET_ADDRESSED");
    /**
     * The theme's ids that headings of the document took, each with the id its heading got instead, and the headings
     * renamed.
     */
    private static final NullableDataKey<HeadingAnchors.Assigned> HEADING_IDS =
            new NullableDataKey<>("BROADSHEET_HEADING_IDS");
    /** Once rendered, the theme's ids that elements of the document had, with the id the first such element got. */
    private static final NullableDataKey<Map<String, String>> FOLLOWED = new NullableDataKey<>("BROADSHEET_FOLLOWED");
    /** An id in the HTML that the renderers and the sanitiser write, whose text and values escape every quote. */
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final FastRenderer fast;
    private final HeadingAnchors headings;
    /** What raw HTML may keep, or null when it passes (or is escaped) as Flexmark writes it. */
    private final HtmlPolicy policy;
    /** The ids of the theme's pages, which no element of a body takes. */
    private final Set<String> themeIds;

    /** @param escapeHtml whether raw HTML in the Markdown is escaped instead of passed through */
    public Markdown(boolean escapeHtml) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions())
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.ESCAPE_HTML, escapeHtml)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(HtmlRenderer.SUPPRESSED_LINKS, LinkSchemes.SUPPRESSED)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
        options.toImmutable();
        this.parser = LinearInlineParser.parser(options);
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new ImageSizeAttributes()).build();
        this.fast = new FastRenderer(options);
        this.headings = new HeadingAnchors(options);
        this.policy = null;
        this.themeIds = ElementIds.THEME;
    }

    private Markdown(Markdown markdown, HtmlPolicy policy, Set<String> themeIds) {
        this.parser = markdown.parser;
        this.renderer = markdown.renderer;
        this.fast = markdown.fast;
        this.headings = markdown.headings;
        this.policy = policy;
        this.themeIds = themeIds;
    }

    /**
     * This Markdown (which passes raw HTML through) with its raw HTML sanitised, embeds allowed from
     * {@code embeds} ({@code host} or {@code host/path-prefix}, see {@link HtmlPolicy}): a body
     * that has any is rendered as before and the whole HTML then goes through the sanitiser, which sees
     * it as the browser will; a body without raw HTML, most of them, is not sanitised at all.
     */
    public Markdown sanitizing(List<String> embeds) {
        return new Markdown(this, new HtmlPolicy(embeds), themeIds);
    }

    /**
     * This Markdown for a theme whose templates and scripts use {@code themeIds}: no heading or raw id of a body takes
     * one of them, nor one of the default theme's ({@link ElementIds#reserved}).
     */
    public Markdown forTheme(Set<String> themeIds) {
        return new Markdown(this, policy, ElementIds.reserved(themeIds));
    }

    /** The parser's extensions, shared with {@link MarkdownSpans} so that both find the same links and code. */
    static List<Extension> extensions() {
        return List.of(TablesExtension.create(), StrikethroughExtension.create(), new SkimmingAutolinks(),
                FootnoteExtension.create());
    }

    /** Flexmark failed on some input: the message says where to look. */
    public static final class Failure extends RuntimeException {
        Failure(Throwable cause) {
            super("the Markdown could not be rendered (" + cause + "); simplify unusual nesting of lists, "
                    + "quotes or tables, or an HTML tag thousands of characters long", cause);
        }
    }

    /** A body's HTML, and the text a reader reads in it: without markup or footnote markers. */
    public record Body(String html, String text) {
    }

    /** A body as its page shows it, and its HTML with other links, as a feed carries it. */
    public record Bodies(Body page, String feedHtml) {
    }

    /**
     * Renders {@code markdown} to HTML, passing every link and image URL through {@code links}.
     *
     * @throws Failure when Flexmark fails on the input (it has assertions that odd input can trip, and nesting
     *                  thousands deep overflows the stack)
     */
    public String toHtml(String markdown, LinkRewriter links) {
        return rendered(markdown, links, false).html();
    }

    /**
     * {@link #toHtml}, with the text of the same parse: an article page needs both, and parsing is most
     * of what rendering a body costs.
     *
     * @throws Failure as {@link #toHtml} does
     */
    public Body body(String markdown, LinkRewriter links) {
        return rendered(markdown, links, true);
    }

    /**
     * {@link #body} with {@code pageLinks}, and the HTML of the same parse with {@code feedLinks}: a body that a
     * feed carries is parsed once for its page and its feed entry.
     *
     * @throws Failure as {@link #toHtml} does
     */
    public Bodies bodies(String markdown, LinkRewriter pageLinks, LinkRewriter feedLinks) {
        return guarded(() -> {
            CappedRemovals page = new CappedRemovals(pageLinks);
            Document document = parsed(markdown, page);
            Body body = render(document, page, true);
            CappedRemovals feed = new CappedRemovals(feedLinks);
            relink(document, feed);
            return new Bodies(body, render(document, feed, false).html());
        });
    }

    private Body rendered(String markdown, LinkRewriter links, boolean withText) {
        return guarded(() -> {
            CappedRemovals capped = new CappedRemovals(links);
            return render(parsed(markdown, capped), capped, withText);
        });
    }

    /** What {@code rendering} gives, or a {@link Failure} for whatever Flexmark threw. */
    private static <T> T guarded(Supplier<T> rendering) {
        try {
            return rendering.get();
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // Flexmark's parser and both renderers recurse into nested blocks: thousands of '>' overflow the stack
            throw new Failure(e);
        }
    }

    /** The HTML of a {@link #parsed} document, and its text when {@code withText} (else null). */
    private Body render(Document document, CappedRemovals links, boolean withText) {
        String text = withText ? text(document) : null;
        // Flexmark's renderer only for the documents the fast one does not reproduce
        String html;
        try {
            html = fast.render(document, links::imageSize);
        } catch (RuntimeException e) {
            // a fault of the fast renderer must not fail a build that Flexmark renders; the tests are strict
            html = null;
        }
        html = html != null ? html : renderer.render(document);
        RenamedIds.headings(HEADING_IDS.get(document).renamed(), links);
        Map<String, String> followed = new HashMap<>(HEADING_IDS.get(document).moved());
        document.set(FOLLOWED, followed);
        List<Node> raw = rawHtml(document);
        if (policy == null || raw.isEmpty()) {
            return new Body(html, text);
        }
        for (Node node : raw) {
            if (links.full()) {
                break;
            }
            List<String> removed = policy.removed(node.getChars().toString());
            if (!removed.isEmpty()) {
                links.removed(LineStarts.of(node), "from the raw HTML: " + String.join(", ", removed));
            }
        }
        List<HtmlPolicy.Rename> renames = new ArrayList<>();
        String sanitized = policy.sanitize(html, themeIds, HEADING_IDS.get(document).moved(), renames::add);
        RenamedIds.rawHtml(raw, renames, policy, links);
        renames.stream().filter(HtmlPolicy.Rename::theme).forEach(r -> followed.putIfAbsent(r.id(), r.renamed()));
        return new Body(sanitized, text);
    }

    /**
     * What a link from another article to a fragment of the page of the body {@code markdown} can lead to: the body
     * is rendered as its page renders it, its links left as written.
     *
     * @throws Failure as {@link #toHtml} does
     */
    public BodyAnchors anchors(String markdown) {
        return guarded(() -> {
            CappedRemovals quiet = new CappedRemovals((url, line, image) -> url);
            Document document = parsed(markdown, quiet);
            Matcher ids = ID.matcher(render(document, quiet, false).html());
            Set<String> all = new HashSet<>(themeIds);
            while (ids.find()) {
                all.add(Escaping.unescapeHtml(ids.group(1)));
            }
            return new BodyAnchors(all, FOLLOWED.get(document));
        });
    }

    /** The document of {@code markdown}, its link and image URLs rewritten, ready to render. */
    Document parsed(String markdown, LinkRewriter links) {
        Document document = parser.parse(markdown);
        Set<String> imageLabels = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof ImageRef ref) {
                imageLabels.add(ref.getReference().toString().toLowerCase(Locale.ROOT));
            }
        }
        List<Node> raw = new ArrayList<>();
        List<Addressed> addressed = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                raw.add(node);
            } else if (node instanceof Link link) {
                addressed.add(new Addressed(node, link.getUrl(), false));
            } else if (node instanceof Image image) {
                addressed.add(new Addressed(node, image.getUrl(), true));
            } else if (node instanceof Reference reference) {
                addressed.add(new Addressed(node, reference.getUrl(),
                        imageLabels.contains(reference.getReference().toString().toLowerCase(Locale.ROOT))));
            }
        }
        document.set(RAW_HTML, raw);
        document.set(ADDRESSED, addressed);
        document.set(HEADING_IDS, headings.assign(document, rawIds(raw), themeIds));
        relink(document, links);
        return document;
    }

    /**
     * The ids that the sanitiser keeps in the document's raw HTML; none when raw HTML is not sanitised. Its pieces
     * are read as one, as the sanitiser of the whole body reads them, in one pass rather than one for each.
     */
    private Set<String> rawIds(List<Node> raw) {
        if (policy == null || raw.isEmpty()) {
            return Set.of();
        }
        StringBuilder pieces = new StringBuilder();
        for (Node node : raw) {
            pieces.append(node.getChars());
        }
        return policy.ids(pieces.toString());
    }

    /** A node with an address, the address as written, and whether it is an image's. */
    private record Addressed(Node node, BasedSequence written, boolean image) {
    }

    /**
     * Rewrites the address of every link, image and reference of a {@link #parsed} document with {@code links},
     * from the address as written: a document is rendered once with each rewriter.
     */
    private static void relink(Document document, LinkRewriter links) {
        document.set(LINKS, links);
        for (Addressed addressed : ADDRESSED.get(document)) {
            BasedSequence url = rewritten(followed(addressed.written(), HEADING_IDS.get(document).moved()), addressed.node(),
                    links, addressed.image());
            if (addressed.node() instanceof Link link) {
                link.setUrl(url);
            } else if (addressed.node() instanceof Image image) {
                image.setUrl(url);
            } else {
                ((Reference) addressed.node()).setUrl(url);
            }
        }
    }

    /** The nodes of raw HTML of a {@link #parsed} document. */
    static List<Node> rawHtml(Document document) {
        return RAW_HTML.get(document);
    }

    /** The fast renderer's HTML of a {@link #parsed} document, or null when it leaves the document to Flexmark. */
    String fastHtml(Document document, LinkRewriter links) {
        return fast.render(document, links::imageSize);
    }

    /** Flexmark's HTML of a {@link #parsed} document. */
    String flexmarkHtml(Document document) {
        return renderer.render(document);
    }

    /**
     * The text that an HTML entity ({@code &amp;}, {@code &eacute;}, {@code &#xD55C;}) stands for, as CommonMark
     * reads it; the entity itself when it names none.
     */
    public static String entity(String entity) {
        return Escaping.unescapeHtml(entity);
    }

    /** The text of a Markdown fragment without markup; empty when Flexmark cannot parse it. */
    String plainText(String markdown) {
        try {
            return text(parser.parse(markdown));
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            return "";
        }
    }

    /** The text of a parsed document: its text nodes (inline code's among them) but a footnote reference's number. */
    static String text(Node document) {
        StringBuilder text = new StringBuilder();
        for (Node node : document.getDescendants()) {
            if ((node instanceof Text || node instanceof HtmlEntity) && !(node.getParent() instanceof Footnote)) {
                // as the page shows it: "1\\." is "1.", "&amp;" is "&"
                BasedSequence chars = node.getChars();
                String markdown = FastRenderer.plainSource(chars);
                if (markdown != null) {
                    text.append(markdown, chars.getStartOffset(), chars.getEndOffset());
                } else {
                    text.append(chars.unescape());
                }
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof Block) {
                // a block's first word is not glued to the last word of the one before
                text.append(' ');
            }
        }
        return text.toString();
    }

    /**
     * Whether a paragraph is prose without any Markdown in it — no character that inline syntax uses,
     * no line after the first that could start a heading underline or a list — so that its text is
     * itself, without parsing: most first paragraphs of news articles are.
     */
    static boolean plainProse(String paragraph) {
        boolean lineStart = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if ("\\`*_[]<>!&~|".indexOf(c) >= 0) {
                return false;
            }
            if (c == '\n') {
                lineStart = true;
            } else if (lineStart && !Character.isWhitespace(c)) {
                if (!Character.isLetter(c)) {
                    return false;
                }
                lineStart = false;
            }
        }
        return true;
    }

    /**
     * {@code block} without its footnote references: what replacing the matches of {@code \\[\\^[^]]*]}
     * with nothing gives, scanned by hand, since the regular expression searched to the end of the block
     * for a {@code ]} from every {@code [^} that none closes.
     */
    static String withoutFootnoteReferences(String block) {
        int start = block.indexOf("[^");
        StringBuilder out = null;
        int kept = 0;
        while (start >= 0) {
            int close = block.indexOf(']', start + 2);
            if (close < 0) {
                break;
            }
            out = out == null ? new StringBuilder(block.length()) : out;
            out.append(block, kept, start);
            kept = close + 1;
            start = block.indexOf("[^", kept);
        }
        return out == null ? block : out.append(block, kept, block.length()).toString();
    }

    /**
     * Passes on what rendering removes or renames in a body up to {@link #MAX} places, then once that more may
     * follow: a hostile body of a hundred thousand scripts gives a writer twenty lines, not a hundred thousand.
     */
    private static final class CappedRemovals implements LinkRewriter {
        static final int MAX = 20;
        private final LinkRewriter links;
        private int reported;

        CappedRemovals(LinkRewriter links) {
            this.links = links;
        }

        @Override
        public String rewrite(String url, int line, boolean image) {
            return links.rewrite(url, line, image);
        }

        @Override
        public int[] imageSize(String renderedUrl) {
            return links.imageSize(renderedUrl);
        }

        @Override
        public void removed(int line, String what) {
            if (passed(line)) {
                links.removed(line, what);
            }
        }

        @Override
        public void renamed(int line, String what) {
            if (passed(line)) {
                links.renamed(line, what);
            }
        }

        /** Whether the next warning, at {@code line}, is passed on; the first one past the cap says that more follow. */
        private boolean passed(int line) {
            reported++;
            if (reported == MAX + 1) {
                links.removed(line, "more from here on: warnings stop after " + MAX + " in one article");
            }
            return reported <= MAX;
        }

        boolean full() {
            return reported > MAX;
        }
    }

    /**
     * Adds {@code width} and {@code height} to images, inline or by reference, whose size the document's
     * {@link LinkRewriter} knows.
     */
    private static final class ImageSizeAttributes extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                LinkRewriter links = LINKS.get(node.getDocument());
                BasedSequence url = part != AttributablePart.LINK ? null
                        : node instanceof Image image ? image.getUrl()
                        : node instanceof ImageRef ref && ref.isDefined() ? ref.getReferenceNode(node.getDocument()).getUrl()
                        : null;
                if (links != null && url != null) {
                    int[] size = links.imageSize(url.toString());
                    if (size != null) {
                        attributes.replaceValue("width", Integer.toString(size[0]));
                        attributes.replaceValue("height", Integer.toString(size[1]));
                    }
                }
            };
        }
    }

    /** {@code url}, or a link to the id that a heading got when {@code url} is a link to a theme's id it made. */
    private static BasedSequence followed(BasedSequence url, Map<String, String> movedIds) {
        String moved = url.startsWith("#") ? movedIds.get(url.subSequence(1).toString()) : null;
        return moved == null ? url : BasedSequence.of("#" + moved);
    }

    /**
     * The address a link or image is rendered with: as {@code links} rewrites it, or, when a browser would
     * read a scheme outside the allowed ones in it, the address as the browser reads it, which both
     * renderers then leave unrendered ({@link LinkSchemes#SUPPRESSED}).
     */
    private static BasedSequence rewritten(BasedSequence url, Node node, LinkRewriter links, boolean image) {
        String written = url.toString();
        int line = LineStarts.of(node);
        if (!LinkSchemes.allowed(written)) {
            String effective = LinkSchemes.effective(written);
            links.removed(line, (image ? "the image '" : "the link to '") + written + "': Broadsheet publishes "
                    + "no address with the scheme '" + LinkSchemes.scheme(effective) + ":' (only http, https, mailto, tel "
                    + "and the others listed in docs/security.md)");
            return BasedSequence.of(effective);
        }
        String result = links.rewrite(written, line, image);
        return result.equals(written) ? url : BasedSequence.of(result);
    }

    /**
     * A plain-text summary from the first paragraph of the body, cut at a word boundary, for
     * articles whose front matter has none.
     */
    public String summary(String markdown) {
        String body = markdown.strip();
        Matcher blankLines = BLANK_LINES.matcher(body);
        // block by block, as splitting a long body at every blank line costs more than the summary
        for (int start = 0; start <= body.length(); ) {
            int end = blankLines.find() ? blankLines.start() : body.length();
            String block = body.substring(start, end);
            start = end == body.length() ? end + 1 : blankLines.end();
            if (block.isBlank() || NOT_A_PARAGRAPH.matcher(block).matches()) {
                continue;
            }
            String withoutFootnotes = withoutFootnoteReferences(block);
            String plain = plainProse(withoutFootnotes) ? withoutFootnotes : plainText(withoutFootnotes);
            String text = WHITE_SPACE.matcher(plain).replaceAll(" ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() <= SUMMARY_LENGTH) {
                return text;
            }
            int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
            return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
        }
        return "";
    }
}
