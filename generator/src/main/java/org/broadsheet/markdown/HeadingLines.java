package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Set;

/**
 * Flexmark's headings, looked for only on a line that can start or underline one ({@code #}, {@code =},
 * {@code -}). Flexmark's own factory first gathers the whole paragraph read so far, for every line of a
 * paragraph that begins with punctuation or a digit: a paragraph of such lines (reference definitions, lines
 * that start with a link, a number or an emphasis) took time growing with the square of its length (1.4 s
 * for 20,000 lines of {@code 1 x}, hours at the body limit).
 */
final class HeadingLines implements CustomBlockParserFactory {

    private final HeadingParser.Factory flexmarks = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = flexmarks.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            char first = line.safeCharAt(state.getNextNonSpaceIndex());
            return first == '#' || first == '=' || first == '-' ? headings.tryStart(state, matched) : BlockStart.none();
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return flexmarks.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return flexmarks.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return flexmarks.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return flexmarks.getLeadInHandler(options);
    }
}
