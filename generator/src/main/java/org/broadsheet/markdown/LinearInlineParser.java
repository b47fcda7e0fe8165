package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, matching its patterns (an HTML tag, an entity, a code span's backticks) as it
 * does but without {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph for every
 * match: a paragraph of thousands of inline tags took time growing with the square of its length (10 s
 * for 140 KB of {@code x <b>y}, hours at the body limit).
 */
final class LinearInlineParser extends InlineParserImpl {

    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /**
     * A parser with {@code options} that parses inlines with this parser. Flexmark reads reference definitions
     * ({@code [r]: /x}) only with its own inline parser, unless told to.
     */
    static Parser parser(DataHolder options) {
        return Parser.builder(options).customInlineParserFactory(FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = found(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = found(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            groups[group] = matcher.start(group) < 0 ? null : input.subSequence(matcher.start(group), matcher.end(group));
        }
        return groups;
    }

    /** The match of {@code re} from the parser's index, which moves past it, or null. */
    private Matcher found(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input).region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
