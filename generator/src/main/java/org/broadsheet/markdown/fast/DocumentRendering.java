package org.broadsheet.markdown.fast;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One document being rendered by the {@link FastRenderer}: a walk over its nodes that writes, for
 * each node type, what Flexmark's {@code CoreNodeRenderer} (and the renderers of our extensions)
 * write for it, and gives up on any node type it does not know.
 */
final class DocumentRendering {

    /** The node types rendered here; any other class, even a subclass of one of them, goes to Flexmark. */
    private enum Kind {
        DOCUMENT, PARAGRAPH, HEADING, BLOCK_QUOTE, BULLET_LIST, ORDERED_LIST, LIST_ITEM, FENCED_CODE,
        INDENTED_CODE, THEMATIC_BREAK, HTML_BLOCK, HTML_COMMENT_BLOCK, NOTHING, TEXT, CHILDREN, EMPHASIS,
        STRONG, STRIKETHROUGH, CODE, SOFT_BREAK, HARD_BREAK, HTML_INLINE, HTML_INLINE_COMMENT, ENTITY, LINK,
        IMAGE, LINK_REF, IMAGE_REF, AUTO_LINK, MAIL_LINK, FOOTNOTE, TABLE, TABLE_SECTION, TABLE_ROW, TABLE_CELL,
        TABLE_CAPTION
    }

    private static final Map<Class<?>, Kind> KINDS = new IdentityHashMap<>();

    static {
        KINDS.put(Document.class, Kind.DOCUMENT);
        KINDS.put(Paragraph.class, Kind.PARAGRAPH);
        KINDS.put(Heading.class, Kind.HEADING);
        KINDS.put(BlockQuote.class, Kind.BLOCK_QUOTE);
        KINDS.put(BulletList.class, Kind.BULLET_LIST);
        KINDS.put(OrderedList.class, Kind.ORDERED_LIST);
        KINDS.put(BulletListItem.class, Kind.LIST_ITEM);
        KINDS.put(OrderedListItem.class, Kind.LIST_ITEM);
        KINDS.put(FencedCodeBlock.class, Kind.FENCED_CODE);
        KINDS.put(IndentedCodeBlock.class, Kind.INDENTED_CODE);
        KINDS.put(ThematicBreak.class, Kind.THEMATIC_BREAK);
        KINDS.put(HtmlBlock.class, Kind.HTML_BLOCK);
        KINDS.put(HtmlCommentBlock.class, Kind.HTML_COMMENT_BLOCK);
        KINDS.put(Reference.class, Kind.NOTHING);
        // footnote definitions are written at the end, by FootnoteSection
        KINDS.put(FootnoteBlock.class, Kind.NOTHING);
        KINDS.put(TableSeparator.class, Kind.NOTHING);
        KINDS.put(Text.class, Kind.TEXT);
        KINDS.put(TextBase.class, Kind.CHILDREN);
        KINDS.put(Emphasis.class, Kind.EMPHASIS);
        KINDS.put(StrongEmphasis.class, Kind.STRONG);
        KINDS.put(Strikethrough.class, Kind.STRIKETHROUGH);
        KINDS.put(Code.class, Kind.CODE);
        KINDS.put(SoftLineBreak.class, Kind.SOFT_BREAK);
        KINDS.put(HardLineBreak.class, Kind.HARD_BREAK);
        KINDS.put(HtmlInline.class, Kind.HTML_INLINE);
        KINDS.put(HtmlInlineComment.class, Kind.HTML_INLINE_COMMENT);
        KINDS.put(HtmlEntity.class, Kind.ENTITY);
        KINDS.put(Link.class, Kind.LINK);
        KINDS.put(Image.class, Kind.IMAGE);
        KINDS.put(LinkRef.class, Kind.LINK_REF);
        KINDS.put(ImageRef.class, Kind.IMAGE_REF);
        KINDS.put(AutoLink.class, Kind.AUTO_LINK);
        KINDS.put(MailLink.class, Kind.MAIL_LINK);
        KINDS.put(Footnote.class, Kind.FOOTNOTE);
        KINDS.put(TableBlock.class, Kind.TABLE);
        KINDS.put(TableHead.class, Kind.TABLE_SECTION);
        KINDS.put(TableBody.class, Kind.TABLE_SECTION);
        KINDS.put(TableRow.class, Kind.TABLE_ROW);
        KINDS.put(TableCell.class, Kind.TABLE_CELL);
        KINDS.put(TableCaption.class, Kind.TABLE_CAPTION);
    }

    final FastRenderer config;
    final HtmlLines out;
    private final Document document;
    final Function<String, int[]> imageSizes;
    private final HeadingIds headingIds;
    final ReferenceRepository references;

    DocumentRendering(FastRenderer config, Document document, Function<String, int[]> imageSizes) {
        this.config = config;
        this.document = document;
        this.imageSizes = imageSizes;
        this.out = new HtmlLines(document.getChars().length() * 5 / 4 + 64);
        this.headingIds = new HeadingIds(document, config.options);
        this.references = Parser.REFERENCES.get(document);
    }

    String render() {
        FootnoteSection.number(document);
        node(document);
        FootnoteSection.render(this, document);
        // Flexmark ends the last line itself; a document whose HTML ends mid-line is left to it
        if (!out.endsWithLine()) {
            throw new Unrenderable("HTML ending without a line break");
        }
        return out.toString();
    }

    void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getParent() != parent) {
                // Flexmark's inline parsing can leave a node pointing to a parent that is no longer in
                // the document; Flexmark's renderer (through ImageSizeAttributes) then fails under -ea
                throw new Unrenderable("a node whose parent is not the document's");
            }
            node(child);
        }
    }

    void node(Node node) {
        Kind kind = KINDS.get(node.getClass());
        if (kind == null) {
            throw new Unrenderable(node.getClass().getSimpleName());
        }
        switch (kind) {
            case DOCUMENT, CHILDREN -> children(node);
            case NOTHING -> { }
            case PARAGRAPH -> paragraph((Paragraph) node);
            case HEADING -> heading((Heading) node);
            case BLOCK_QUOTE -> block("blockquote", node);
            case BULLET_LIST -> block("ul", node);
            case ORDERED_LIST -> orderedList((OrderedList) node);
            case LIST_ITEM -> listItem((ListItem) node);
            case FENCED_CODE -> fencedCode((FencedCodeBlock) node);
            case INDENTED_CODE -> indentedCode((IndentedCodeBlock) node);
            case THEMATIC_BREAK -> out.line().raw("<hr />").line();
            case HTML_BLOCK -> htmlBlock((HtmlBlock) node);
            case HTML_COMMENT_BLOCK -> htmlCommentBlock((HtmlCommentBlock) node);
            case TEXT -> text(node);
            case EMPHASIS -> inline("em", node);
            case STRONG -> inline("strong", node);
            case STRIKETHROUGH -> inline("del", node);
            case CODE -> out.raw("<code>").text(Escaping.collapseWhitespace(((Code) node).getText(), true))
                    .raw("</code>");
            case SOFT_BREAK -> out.rawChecked(config.html.softBreak);
            case HARD_BREAK -> out.rawChecked(config.html.hardBreak);
            case HTML_INLINE -> inlineHtml(node, config.html.escapeInlineHtml);
            case HTML_INLINE_COMMENT -> inlineHtml(node, config.html.escapeInlineHtmlComments);
            case ENTITY -> out.text(node.getChars().unescape());
            case LINK -> LinkRendering.link(this, (Link) node);
            case IMAGE -> LinkRendering.image(this, (Image) node);
            case LINK_REF -> LinkRendering.linkRef(this, (LinkRef) node);
            case IMAGE_REF -> LinkRendering.imageRef(this, (ImageRef) node);
            case AUTO_LINK -> LinkRendering.autoLink(this, (AutoLink) node);
            case MAIL_LINK -> LinkRendering.mailLink(this, (MailLink) node);
            case FOOTNOTE -> FootnoteSection.reference(this, (Footnote) node);
            case TABLE -> TableRendering.table(this, (TableBlock) node);
            case TABLE_SECTION -> TableRendering.section(this, node);
            case TABLE_ROW -> TableRendering.row(this, (TableRow) node);
            case TABLE_CELL -> TableRendering.cell(this, (TableCell) node);
            case TABLE_CAPTION -> TableRendering.caption(this, (TableCaption) node);
        }
    }

    /** Flexmark's {@code tagIndent}/{@code tagLineIndent}: the tag, its children and its end on lines of their own. */
    void block(String tag, Node node) {
        out.line().raw("<").raw(tag).raw(">").line();
        children(node);
        out.line().raw("</").raw(tag).raw(">").line();
    }

    /**
     * Flexmark's {@code Escaping.normalizeEOL(chars.unescape())}, escaped; most text has no backslash,
     * {@code &} or carriage return for those to change, and is escaped straight from the Markdown,
     * without the strings Flexmark builds for it.
     */
    private void text(Node node) {
        BasedSequence chars = node.getChars();
        String markdown = FastRenderer.plainSource(chars);
        if (markdown != null) {
            out.text(markdown, chars.getStartOffset(), chars.getEndOffset());
        } else {
            out.text(Escaping.normalizeEOL(chars.unescape()));
        }
    }

    private void inline(String tag, Node node) {
        out.raw("<").raw(tag).raw(">");
        children(node);
        out.raw("</").raw(tag).raw(">");
    }

    private void paragraph(Paragraph paragraph) {
        // a paragraph of nothing but non-rendering inlines (such as a footnote definition's leftovers) is skipped
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, config.listOptions, document)) {
            children(paragraph);
        } else {
            out.line().raw("<p>");
            children(paragraph);
            out.raw("</p>").line();
        }
    }

    private void heading(Heading heading) {
        String tag = "h" + heading.getLevel();
        out.line().raw("<").raw(tag);
        String id = headingIds.of(heading);
        // Flexmark writes no id when it is empty (a heading without text, or without a letter or digit)
        if (id != null && !id.isEmpty()) {
            out.attribute("id", id);
        }
        out.raw(">");
        children(heading);
        out.raw("</").raw(tag).raw(">").line();
    }

    private void orderedList(OrderedList list) {
        int start = list.getStartNumber();
        out.line().raw("<ol");
        if (config.listOptions.isOrderedListManualStart() && start != 1) {
            out.attribute("start", String.valueOf(start));
        }
        out.raw(">").line();
        children(list);
        out.line().raw("</ol>").line();
    }

    private void listItem(ListItem item) {
        // tight and loose items differ only in their paragraphs, which ask their item themselves
        out.line().raw("<li>");
        BasedSequence suffix = item.getMarkerSuffix();
        if (!suffix.isEmpty()) {
            out.text(suffix.unescape());
        }
        children(item);
        out.raw("</li>").line();
    }

    private void fencedCode(FencedCodeBlock code) {
        out.line().raw("<pre><code");
        BasedSequence info = code.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            String language = code.getInfoDelimitedByAny(config.html.languageDelimiterSet).unescape();
            out.attribute("class", config.html.languageClassMap.getOrDefault(language,
                    config.html.languageClassPrefix + language));
        }
        out.raw(">").preText(code.getContentChars().normalizeEOL()).raw("</code></pre>").line();
    }

    private void indentedCode(IndentedCodeBlock code) {
        out.line().raw("<pre><code>")
                .preText(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL())
                .raw("</code></pre>").line();
    }

    private void htmlBlock(HtmlBlock block) {
        if (block.hasChildren()) {
            throw new Unrenderable("HTML block with inner blocks");
        }
        out.line();
        String html = block.getContentChars().normalizeEOL();
        if (config.html.escapeHtmlBlocks) {
            // Flexmark wraps an escaped block in a paragraph, leaving off its last line break
            if (!html.isEmpty() && html.charAt(html.length() - 1) == '\n') {
                html = html.substring(0, html.length() - 1);
            }
            out.raw("<p>").text(html).raw("</p>");
        } else {
            out.rawPre(html);
        }
        out.line();
    }

    /** Unlike other HTML blocks, Flexmark writes a comment block without line breaks or a paragraph around it. */
    private void htmlCommentBlock(HtmlCommentBlock block) {
        String html = block.getChars().normalizeEOL();
        if (config.html.escapeHtmlCommentBlocks) {
            out.text(html);
        } else {
            out.rawPre(html);
        }
    }

    private void inlineHtml(Node node, boolean escape) {
        String html = node.getChars().normalizeEOL();
        if (escape) {
            out.text(html);
        } else {
            out.rawPre(html);
        }
    }
}
