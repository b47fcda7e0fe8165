package org.broadsheet.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The spans that the importer edits around: which reference definition serves an image and which a link, and the
 * pictures that use a definition.
 */
class MarkdownSpansTest {

    @Test
    void aReferenceThatAnImageUsesIsAnImageAndTheOthersStayReferences() {
        String markdown = "![Pier][Big  Pier] and [the plan][plan]\n\n[big pier]: pier.png\n[plan]: plan.html\n";

        List<MarkdownSpans.Span> spans = MarkdownSpans.of(markdown);

        assertEquals(List.of("IMAGE_REFERENCE big pier", "LINK_REFERENCE plan", "IMAGE big pier", "REFERENCE plan"),
                spans.stream().map(span -> span.kind() + " " + span.reference()).toList());
        assertEquals("![Pier][Big  Pier]", markdown.substring(spans.get(0).outerStart(), spans.get(0).outerEnd()));
        assertEquals("Pier", markdown.substring(spans.get(0).textStart(), spans.get(0).textEnd()));
        assertEquals("pier.png", markdown.substring(spans.get(2).start(), spans.get(2).end()));
    }
}
