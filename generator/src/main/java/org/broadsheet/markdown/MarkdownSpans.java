package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a Markdown text holds code, link and image addresses and raw HTML, as character offsets, for
 * tools that edit Markdown as text (the importer) and must find links as Broadsheet's own parser will.
 */
public final class MarkdownSpans {

    /** What a span holds. */
    public enum Kind {
        /** A code block or code span, whole. */
        CODE,
        /** Raw HTML among the text of a paragraph: a tag. */
        HTML,
        /** A block of raw HTML, in which Markdown is not read. */
        HTML_BLOCK,
        /** An inline link {@code [text](address)}: the address, the whole link and its text. */
        LINK,
        /** An inline image: its address, the whole image and its alt text. */
        IMAGE,
        /** A reference definition {@code [label]: address}: the address, and the label in {@code reference}. */
        REFERENCE,
        /** A link to a reference, {@code [text][label]} or {@code [label]}: the whole link, its text and the label. */
        LINK_REFERENCE,
        /** A picture by reference, {@code ![alt][label]} or {@code ![label]}: the whole picture, its alt text and the label. */
        IMAGE_REFERENCE,
        /** An address that is its own link, {@code <https://…>} or a bare URL: the address and the whole. */
        AUTOLINK
    }

    /**
     * A span of the text: {@code [start, end)} is what it holds (for links, the address); {@code outerStart}
     * to {@code outerEnd} is the whole construct; {@code textStart} to {@code textEnd} a link's text (-1
     * when there is none); {@code reference} a reference's label, lower case (null when there is none).
     */
    public record Span(Kind kind, int start, int end, int outerStart, int outerEnd, int textStart, int textEnd,
                       String reference) {
    }

    // line numbers of nodes by binary search, as Markdown's parser finds them: Flexmark otherwise counts the lines
    // from the top for each inline tag, quadratic in a body of thousands
    private static final Parser PARSER = LinearInlineParser.parser(new MutableDataSet()
            .set(Parser.EXTENSIONS, Markdown.extensions())
            .set(Parser.TRACK_DOCUMENT_LINES, true).toImmutable());

    private MarkdownSpans() {
    }

    /**
     * The text of {@code markdown} as a reader sees it, without its markup: the words of its links and of the alt
     * text of its pictures, not their addresses; one space between blocks.
     */
    public static String text(String markdown) {
        return Markdown.text(PARSER.parse(markdown));
    }

    /** The spans of {@code markdown}, in order of their outer start. */
    public static List<Span> of(String markdown) {
        Node document = PARSER.parse(markdown);
        Set<String> imageLabels = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof ImageRef ref) {
                imageLabels.add(label(ref.getReference()));
            }
        }
        List<Span> spans = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Code) {
                spans.add(whole(Kind.CODE, node.getChars()));
            } else if (node instanceof HtmlBlock) {
                spans.add(whole(Kind.HTML_BLOCK, node.getChars()));
            } else if (node instanceof HtmlInline) {
                spans.add(whole(Kind.HTML, node.getChars()));
            } else if (node instanceof Link link && !link.getUrl().isEmpty()) {
                spans.add(span(Kind.LINK, link.getUrl(), link.getChars(), link.getText(), null));
            } else if (node instanceof Image image && !image.getUrl().isEmpty()) {
                spans.add(span(Kind.IMAGE, image.getUrl(), image.getChars(), image.getText(), null));
            } else if (node instanceof Reference reference && !reference.getUrl().isEmpty()) {
                String label = label(reference.getReference());
                spans.add(span(imageLabels.contains(label) ? Kind.IMAGE : Kind.REFERENCE, reference.getUrl(),
                        reference.getChars(), null, label));
            } else if (node instanceof LinkRef ref) {
                spans.add(span(Kind.LINK_REFERENCE, ref.getChars(), ref.getChars(),
                        ref.isReferenceTextCombined() ? ref.getReference() : ref.getText(), label(ref.getReference())));
            } else if (node instanceof ImageRef ref) {
                spans.add(span(Kind.IMAGE_REFERENCE, ref.getChars(), ref.getChars(),
                        ref.isReferenceTextCombined() ? ref.getReference() : ref.getText(), label(ref.getReference())));
            } else if (node instanceof AutoLink autoLink && !autoLink.getText().isEmpty()) {
                spans.add(span(Kind.AUTOLINK, autoLink.getText(), autoLink.getChars(), null, null));
            }
        }
        spans.sort(Comparator.comparingInt(Span::outerStart));
        return spans;
    }

    private static String label(BasedSequence reference) {
        return reference.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Span whole(Kind kind, BasedSequence chars) {
        return span(kind, chars, chars, null, null);
    }

    private static Span span(Kind kind, BasedSequence held, BasedSequence whole, BasedSequence text, String reference) {
        return new Span(kind, held.getStartOffset(), held.getEndOffset(), whole.getStartOffset(), whole.getEndOffset(),
                text == null ? -1 : text.getStartOffset(), text == null ? -1 : text.getEndOffset(), reference);
    }
}
