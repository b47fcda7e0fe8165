package org.broadsheet.markdown.fast;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.function.Function;

/**
 * Renders a parsed document to the very bytes Flexmark's {@code HtmlRenderer} gives under the
 * options of Broadsheet's {@code Markdown}, several times faster, or answers null for a document with a node
 * or a situation it does not reproduce, to be rendered by Flexmark. Immutable and shared.
 */
public final class FastRenderer {

    final DataHolder options;
    final HtmlRendererOptions html;
    final ListOptions listOptions;
    final String tableClass;
    final boolean columnSpans;
    final String footnoteRefPrefix;
    final String footnoteRefSuffix;
    final String footnoteLinkRefClass;
    final String footnoteBackLinkRefClass;
    final String footnoteBackRefString;

    public FastRenderer(DataHolder options) {
        this.options = options;
        this.html = new HtmlRendererOptions(options);
        // options whose other values would change the output are refused here once, not per document
        refuseUnless(html.indentSize == 0 && html.formatFlags == LineAppendable.F_TRIM_LEADING_WHITESPACE
                && html.htmlBlockCloseTagEol, "line formatting");
        refuseUnless(html.renderHeaderId, "heading ids");
        refuseUnless(!html.suppressHtmlBlocks && !html.suppressInlineHtml && !html.suppressHtmlCommentBlocks
                && !html.suppressInlineHtmlComments && !html.sourceWrapHtmlBlocks, "suppressed or wrapped HTML");
        refuseUnless(html.emphasisStyleHtmlOpen == null && html.strongEmphasisStyleHtmlOpen == null
                && html.codeStyleHtmlOpen == null, "styled emphasis");
        refuseUnless(html.unescapeHtmlEntities, "entities kept as written");
        refuseUnless(!html.sourcePositionParagraphLines && html.sourcePositionAttribute.isEmpty(), "source positions");
        refuseUnless(!html.noPTagsUseBr && !html.doNotRenderLinksInDocument && !html.percentEncodeUrls,
                "paragraphs or links rendered otherwise");
        refuseUnless(html.noLanguageClass.isBlank(), "a class for code without a language");
        refuseUnless(!HtmlRenderer.OBFUSCATE_EMAIL.get(options), "obfuscated e-mail");
        refuseUnless(!HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(options), "references checked again");
        refuseUnless(!Parser.FENCED_CODE_CONTENT_BLOCK.get(options) && !Parser.CODE_SOFT_LINE_BREAKS.get(options),
                "code content as nodes");
        this.listOptions = ListOptions.get(options);
        this.tableClass = TablesExtension.CLASS_NAME.get(options);
        this.columnSpans = TablesExtension.COLUMN_SPANS.get(options);
        this.footnoteRefPrefix = FootnoteExtension.FOOTNOTE_REF_PREFIX.get(options);
        this.footnoteRefSuffix = FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(options);
        this.footnoteLinkRefClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(options);
        this.footnoteBackLinkRefClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(options);
        this.footnoteBackRefString = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(options);
    }

    private static void refuseUnless(boolean supported, String option) {
        if (!supported) {
            throw new IllegalArgumentException("the fast renderer does not reproduce the option: " + option);
        }
    }

    /**
     * The HTML of {@code document}, or null when Flexmark's renderer must render it; {@code imageSizes}
     * gives an image's width and height from its rendered URL, or null when unknown.
     */
    public String render(Document document, Function<String, int[]> imageSizes) {
        try {
            return new DocumentRendering(this, document, imageSizes).render();
        } catch (Unrenderable e) {
            return null;
        }
    }

    /** Whether Flexmark leaves a link to {@code url} unrendered ({@code javascript:} by default). */
    boolean suppressed(CharSequence url) {
        return html.suppressedLinks != null && html.suppressedLinks.matcher(url).matches();
    }

    /**
     * The Markdown of which {@code chars} is a range that unescaping leaves as it is (no backslash, {@code &} or
     * carriage return in it), when the Markdown is a string, as every body parsed is; else null. Most text is such a
     * range, and is read straight from the Markdown, without the strings Flexmark builds for it char by char.
     */
    public static String plainSource(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String markdown) {
            int end = chars.getEndOffset();
            for (int i = chars.getStartOffset(); i < end; i++) {
                char c = markdown.charAt(i);
                if (c == '\\' || c == '&' || c == '\r') {
                    return null;
                }
            }
            return markdown;
        }
        return null;
    }
}
