package org.broadsheet.sanitize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.LinearTime;
import org.broadsheet.model.ElementIds;
import org.junit.jupiter.api.Test;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlSanitizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pass in front of the sanitiser changes nothing that comes out of it, and keeps a tag of very many
 * attributes from taking the sanitiser minutes.
 */
class KnownAttributesTest {

    private static final HtmlPolicy POLICY = new HtmlPolicy(List.of("www.youtube-nocookie.com/embed"));

    /** Names the policy keeps somewhere, names it never keeps, and event handlers, in any case. */
    private static final List<String> NAMES = List.of("id", "class", "title", "lang", "dir", "href", "target", "src",
            "alt", "width", "height", "loading", "cite", "datetime", "start", "reversed", "value", "colspan", "rowspan",
            "scope", "headers", "align", "span", "open", "allowfullscreen", "allow", "referrerpolicy", "sandbox",
            "style", "onclick", "onerror", "ONLOAD", "rel", "name", "type", "data-x", "srcset", "action", "formaction",
            "xlink:href", "HREF", "Title", "frameborder", "poster", "background", "tabindex", "role", "aria-label");

    private static final List<String> VALUES = List.of("", "x", "10", "100%", "_blank", "lazy", "javascript:alert(1)",
            "/f.pdf", "https://a.example/", "https://www.youtube-nocookie.com/embed/v", "autoplay; camera", "no-referrer");

    private static final List<String> ELEMENTS = List.of("a", "img", "iframe", "b", "span", "div", "td", "ol", "li",
            "script", "style", "object", "x-tag", "details", "time", "col");

    @Property(tries = 1000)
    void whatComesOutIsWhatTheSanitiserAloneGives(@ForAll("fragments") String fragment) {
        StringBuilder alone = new StringBuilder();
        List<HtmlPolicy.Removal> reported = new ArrayList<>();
        // behind the anchors' names made ids, as in the sanitiser itself: this pass alone is compared
        HtmlSanitizer.sanitize(fragment, new NamedAnchors(POLICY.owaspPolicy().apply(
                new UniqueIds(new PlainHtmlWriter(alone), ElementIds.THEME, Map.of(), (id, occurrence, renamed, theme, footnote) -> {
                }),
                new HtmlChangeListener<List<HtmlPolicy.Removal>>() {
                    @Override
                    public void discardedTag(List<HtmlPolicy.Removal> found, String elementName) {
                        found.add(new HtmlPolicy.Removal(elementName, null));
                    }

                    @Override
                    public void discardedAttributes(List<HtmlPolicy.Removal> found, String tagName, String... names) {
                        for (String name : names) {
                            found.add(new HtmlPolicy.Removal(tagName, name));
                        }
                    }
                }, reported)));
        assertEquals(alone.toString(), POLICY.sanitize(fragment), fragment);
        assertEquals(sorted(reported), sorted(POLICY.removals(fragment)), fragment);
    }

    @Test
    void ofARepeatedAttributeTheFirstValueThePolicyAllowsIsKept() {
        assertEquals("<img src=\"/a.png\" />", POLICY.sanitize("<img src=\"javascript:alert(1)\" src=\"/a.png\">"));
        assertEquals(List.of(), POLICY.removed("<img src=\"javascript:alert(1)\" src=\"/a.png\">"));
    }

    @Test
    void aNameRepeatedMoreThanSixteenTimesReachesThePolicyOnlySixteenTimes() {
        String refused = " src=\"javascript:alert(1)\"";
        assertEquals("<img src=\"/a.png\" />", POLICY.sanitize("<img" + refused.repeat(KnownAttributes.REPEATS - 1)
                + " src=\"/a.png\">"));
        assertEquals("", POLICY.sanitize("<img" + refused.repeat(KnownAttributes.REPEATS) + " src=\"/a.png\">"));
    }

    @Test
    void aTagOfVeryManyAttributesIsSanitisedInLinearTime() {
        LinearTime.assertLinear("attributes", 50_000, count -> {
            String distinct = IntStream.range(0, count).mapToObj(i -> " a" + i + "=x").collect(Collectors.joining());
            String repeated = " href=\"/f.pdf\"".repeat(count);
            String refused = " href=\"javascript:x\"".repeat(count);
            assertEquals("<b>x</b>", POLICY.sanitize("<b" + distinct + ">x</b>"));
            assertEquals("<a href=\"/f.pdf\">x</a>", POLICY.sanitize("<a" + repeated + ">x</a>"));
            assertEquals(count, POLICY.removals("<b" + distinct + ">").size());
            assertEquals(List.of(), POLICY.removed("<a" + repeated + ">x</a>"));
            assertEquals("x", POLICY.sanitize("<a" + refused + ">x</a>"));
            assertEquals(List.of("<a> (without an allowed address)"), POLICY.removed("<a" + refused + ">x</a>"));
        });
    }

    @Provide
    Arbitrary<String> fragments() {
        // a few names often, so that a tag repeats one with values the policy refuses and allows
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.of("src", "href", "target", "rel", "allow", "sandbox",
                "onclick"));
        Arbitrary<String> attribute = Combinators.combine(names, Arbitraries.of(VALUES),
                Arbitraries.of(" ", "  ", "\n")).as((name, value, space) -> space + name + "=\"" + value + "\"");
        Arbitrary<String> open = Combinators.combine(Arbitraries.of(ELEMENTS), attribute.list().ofMaxSize(8))
                .as((element, attributes) -> "<" + element + String.join("", attributes) + ">");
        Arbitrary<String> part = Arbitraries.oneOf(open, Arbitraries.of(ELEMENTS).map(e -> "</" + e + ">"),
                Arbitraries.of("text", " ", "&amp;", "<", ">", "\""));
        return part.list().ofMaxSize(20).map(parts -> String.join("", parts));
    }

    private static List<String> sorted(List<HtmlPolicy.Removal> removals) {
        List<String> all = new ArrayList<>(removals.stream().map(HtmlPolicy.Removal::toString).toList());
        Collections.sort(all);
        return all;
    }
}
