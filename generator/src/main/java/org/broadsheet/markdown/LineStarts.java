package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Arrays;

/**
 * The line of a node of a parsed body, found by binary search over where the body's lines start. Flexmark's own
 * {@code getStartLineNumber} looks through the lines from the top for every node it is asked about, so a body of
 * tens of thousands of links took time growing with the square of its length.
 */
final class LineStarts {

    /** The offsets at which the document's lines start, worked out the first time one of its nodes is asked about. */
    private static final NullableDataKey<int[]> STARTS = new NullableDataKey<>("BROADSHEET_LINE_STARTS", (int[]) null);

    private LineStarts() {
    }

    /** The line (from 1) on which {@code node} starts, as Flexmark counts them: {@code \r\n} ends one line. */
    static int of(Node node) {
        Document document = node.getDocument();
        int[] starts = STARTS.get(document);
        if (starts == null) {
            starts = starts(document.getChars());
            document.set(STARTS, starts);
        }
        int found = Arrays.binarySearch(starts, node.getStartOffset());
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Where the lines of {@code document} start, read in the string it was parsed from where it is that whole. */
    private static int[] starts(BasedSequence document) {
        CharSequence text = document.getStartOffset() == 0 && document.getBase() instanceof String base
                && base.length() == document.length() ? base : document;
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
