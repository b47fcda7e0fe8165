package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;

import java.util.Arrays;
import java.util.List;

/**
 * Where a post's body has code — fenced and indented blocks, code spans — as Broadsheet's Markdown
 * reads it: Liquid and shortcodes written there are shown as text, and stay untouched.
 */
final class CodeRegions {

    private final int[] starts;
    private final int[] ends;

    private CodeRegions(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static CodeRegions of(String body) {
        return of(MarkdownSpans.of(body));
    }

    static CodeRegions of(List<MarkdownSpans.Span> spans) {
        List<MarkdownSpans.Span> code = spans.stream().filter(span -> span.kind() == MarkdownSpans.Kind.CODE).toList();
        return new CodeRegions(code.stream().mapToInt(MarkdownSpans.Span::start).toArray(),
                code.stream().mapToInt(MarkdownSpans.Span::end).toArray());
    }

    /** Whether the character at {@code offset} is in code. */
    boolean contains(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int before = i >= 0 ? i : -i - 2;
        return before >= 0 && offset < ends[before];
    }
}
