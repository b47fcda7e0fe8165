package org.broadsheet.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Skipping blocks without link candidates links exactly what Flexmark's autolink extension links. */
class SkimmingAutolinksTest {

    private static final Renderer FLEXMARK = new Renderer(AutolinkExtension.create());
    private static final Renderer SKIMMING = new Renderer(new SkimmingAutolinks());

    @Property(tries = 3000, seed = "20261126")
    void linksWhatFlexmarksAutolinksLink(@ForAll("markdown") String markdown) {
        assertEquals(FLEXMARK.html(markdown), SKIMMING.html(markdown));
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("see ", "https://", "http:", "//", "example.org", "www.", "WWW.", "ww", "w.", "x@y.org",
                        "@", "mailto:", "ftp://x", "[a](", ")", "](https://x.org)", "<", ">", "*", "_", "`", "\n",
                        "\n\n", "# ", "- ", "> ", "| a | b |\n|---|---|\n", "[^1]", "\n[^1]: n\n", "서울 ", ".", ":", " ")
                .list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    private record Renderer(Parser parser, HtmlRenderer html) {
        Renderer(Extension autolinks) {
            this(options(autolinks));
        }

        private Renderer(MutableDataSet options) {
            this(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
        }

        private static MutableDataSet options(Extension autolinks) {
            return new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                    StrikethroughExtension.create(), autolinks, FootnoteExtension.create()));
        }

        String html(String markdown) {
            return html.render(parser.parse(markdown));
        }
    }
}
