package org.broadsheet.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The spans that the importer edits around: which reference definition serves an image and which a link. */
class MarkdownSpansTest {

    @Test
    void aReferenceThatAnImageUsesIsAnImageAndTheOthersStayReferences() {
        String markdown = "![Pier][Big  Pier] and [the plan][plan]\n\n[big pier]: pier.png\n[plan]: plan.html\n";

        List<MarkdownSpans.Span> spans = MarkdownSpans.of(markdown);

        assertEquals(List.of("LINK_REFERENCE plan", "IMAGE big pier", "REFERENCE plan"),
                spans.stream().map(span -> span.kind() + " " + span.reference()).toList());
        assertEquals("pier.png", markdown.substring(spans.get(1).start(), spans.get(1).end()));
    }
}
