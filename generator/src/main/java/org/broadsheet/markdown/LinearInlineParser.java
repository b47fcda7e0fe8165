package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, matching its patterns (an HTML tag, an entity, a code span's backticks) as it
 * does but without {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph for every
 * match: a paragraph of thousands of inline tags took time growing with the square of its length (10 s
 * for 140 KB of {@code x <b>y}, hours at the body limit). A link's address and title are read as Flexmark
 * reads them up to a bound, for each {@code ](} would otherwise read the rest of the paragraph: an address
 * holds at most {@value #MAX_PARENTHESES} unclosed parentheses (commonmark.js has the same limit), a title
 * at most {@value #MAX_TITLE} characters.
 */
final class LinearInlineParser extends InlineParserImpl {

    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    static final int MAX_PARENTHESES = 32;
    static final int MAX_TITLE = 500;

    /**
     * A parser with {@code options} that parses inlines with this parser, and looks for headings only where one may
     * be ({@link HeadingLines}). Flexmark reads reference definitions ({@code [r]: /x}) only with its own inline
     * parser, unless told to.
     */
    static Parser parser(DataHolder options) {
        return Parser.builder(new MutableDataSet(options).set(Parser.HEADING_PARSER, false))
                .customBlockParserFactory(new HeadingLines()).customInlineParserFactory(FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
        if (linkDestinationParser != null) {
            linkDestinationParser = new BoundedDestinations(linkDestinationParser);
        }
    }

    /**
     * Reads plain text up to the next char that may start an inline, as Flexmark does, but from the string that a
     * paragraph's text is a slice of when it is one: through the sequence's {@code charAt}, a chain of calls for each
     * char of every paragraph, this loop was about a twelfth of a warm build.
     */
    @Override
    protected boolean parseString() {
        int begin = index;
        int end = input.length();
        int at = begin;
        if (input instanceof SubSequence slice && slice.getBase() instanceof String text) {
            int offset = slice.getStartOffset();
            while (at < end && !specialCharacters.get(inputChar(text.charAt(offset + at)))) {
                at++;
            }
        } else {
            while (at < end && !specialCharacters.get(input.charAt(at))) {
                at++;
            }
        }
        index = at;
        if (at == begin) {
            return false;
        }
        appendText(input, begin, at);
        return true;
    }

    /** A char of the text as the sequence gives it: NUL is U+FFFD, as CommonMark reads it. */
    private static char inputChar(char c) {
        return c == 0 ? '\uFFFD' : c;
    }

    @Override
    public BasedSequence parseLinkTitle() {
        Matcher matcher = found(myParsing.LINK_TITLE, MAX_TITLE + 2);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = found(re, input.length());
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = found(re, input.length());
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            groups[group] = matcher.start(group) < 0 ? null : input.subSequence(matcher.start(group), matcher.end(group));
        }
        return groups;
    }

    /** The match of {@code re} from the parser's index and within {@code length} characters, or null; the index moves past it. */
    private Matcher found(Pattern re, int length) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input).region(index, (int) Math.min(input.length(), (long) index + length));
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
