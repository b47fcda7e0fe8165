package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

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
            return new Processor(new AutolinkNodePostProcessor(document));
        }
    }

    /** Remembers the last block it looked at: its text nodes come one after another. */
    private static final class Processor extends NodePostProcessor {
        private final AutolinkNodePostProcessor autolinks;
        private Node block;
        private boolean mayHoldLinks;

        Processor(AutolinkNodePostProcessor autolinks) {
            this.autolinks = autolinks;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            Node parent = node.getParent();
            if (parent != block) {
                block = parent;
                mayHoldLinks = parent == null || mayHoldLinks(parent.getChars());
            }
            if (mayHoldLinks) {
                autolinks.process(state, node);
            }
        }
    }

    /** Whether {@code text} has a {@code ://}, an {@code @} or a {@code www.} in any case. */
    static boolean mayHoldLinks(CharSequence text) {
        String chars = text.toString();
        if (chars.contains("://") || chars.indexOf('@') >= 0) {
            return true;
        }
        for (int i = chars.indexOf('.'); i >= 0; i = chars.indexOf('.', i + 1)) {
            if (i >= 3 && chars.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
