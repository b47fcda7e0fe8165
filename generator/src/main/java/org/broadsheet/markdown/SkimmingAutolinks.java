package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's autolinks (bare URLs, {@code www.} addresses and e-mail addresses become links), asked
 * only about the text of blocks that hold a {@code ://}, a {@code www.} or an {@code @}: without one
 * of them there is nothing to link, and Flexmark's own processor runs a regular expression over every
 * text node, a quarter of the time Markdown takes on a large archive. The result is the same.
 */
final class SkimmingAutolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Processor((NodePostProcessor) AUTOLINKS.apply(document));
        }
    }

    /** Flexmark's own autolink processor, taken from its public extension rather than its internal package. */
    private static final PostProcessorFactory AUTOLINKS = autolinks();

    private static PostProcessorFactory autolinks() {
        PostProcessorFactory[] registered = new PostProcessorFactory[1];
        AutolinkExtension.create().extend(new Parser.Builder() {
            @Override
            public Parser.Builder postProcessorFactory(PostProcessorFactory factory) {
                registered[0] = factory;
                return this;
            }
        });
        return registered[0];
    }

    /**
     * Remembers the last block it looked at: its text nodes come one after another. The block is the
     * text's nearest block ancestor, not its parent: a paragraph's text nodes between emphases have
     * parents that alternate, and asking the paragraph again for each made a long paragraph quadratic.
     */
    private static final class Processor extends NodePostProcessor {
        private final NodePostProcessor autolinks;
        private Node block;
        private boolean mayHoldLinks;

        Processor(NodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof Block)) {
                parent = parent.getParent();
            }
            if (parent != block) {
                block = parent;
                mayHoldLinks = parent == null || mayHoldLinks(parent.getChars());
            }
            if (mayHoldLinks) {
                autolinks.process(state, node);
            }
        }
    }

    /**
     * Whether the source of {@code block} has a {@code ://}, an {@code @} or a {@code www.} in any case,
     * read in the document's own text: making each block's text a string was a visible share
     * of a warm build (see bench/README.md).
     */
    static boolean mayHoldLinks(BasedSequence block) {
        // the base's own string where it is one: the sequence's charAt is a chain of calls for each char
        CharSequence source = block.getBase() instanceof String text ? text : block.getBaseSequence();
        int end = block.getEndOffset();
        for (int i = block.getStartOffset(); i < end; i++) {
            char c = source.charAt(i);
            if (c == '@' || c == ':' && i + 2 < end && source.charAt(i + 1) == '/' && source.charAt(i + 2) == '/'
                    || c == '.' && i - 3 >= block.getStartOffset() && www(source, i - 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean www(CharSequence source, int start) {
        for (int i = start; i < start + 3; i++) {
            if (Character.toLowerCase(source.charAt(i)) != 'w') {
                return false;
            }
        }
        return true;
    }
}
