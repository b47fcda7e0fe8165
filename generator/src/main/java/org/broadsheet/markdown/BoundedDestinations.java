package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's reading of a link's address, which stops at the first parenthesis beyond
 * {@value LinearInlineParser#MAX_PARENTHESES} still open. Flexmark's own reads an address of unclosed
 * parentheses to the end of the paragraph, and does so again for every {@code ](} in it: a paragraph of
 * {@code [a](} repeated took time growing with the square of its length (100 s for 200 KB).
 */
final class BoundedDestinations extends LinkDestinationParser {

    BoundedDestinations(LinkDestinationParser flexmarks) {
        super(flexmarks.allowMatchedParentheses, flexmarks.spaceInUrls, flexmarks.parseJekyllMacrosInUrls,
                flexmarks.intellijDummyIdentifier);
    }

    @Override
    public BasedSequence parseLinkDestination(BasedSequence input, int startIndex) {
        return super.parseLinkDestination(input.subSequence(0, end(input, startIndex)), startIndex);
    }

    /** Where the address from {@code start} must end: at its parenthesis too many, or no sooner than it does anyway. */
    private int end(BasedSequence input, int start) {
        int open = 0;
        for (int i = start; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\' && PAREN_ESCAPABLE_CHARS.get(input.safeCharAt(i + 1))) {
                i++;
            } else if (c == '(' && ++open > LinearInlineParser.MAX_PARENTHESES) {
                return i;
            } else if (c == ')' && --open < 0 || c <= ' ' && !spaceInUrls) {
                break;
            }
        }
        return input.length();
    }
}
