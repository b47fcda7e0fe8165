package org.broadsheet.migrate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For any text of Liquid loops — nested or not, closed or not, with limits and offsets of any value, over lists short,
 * long or unknown — the conversion ends, writes at most what a post's loops may write, and each loop tag it leaves in
 * the text is reported.
 */
class LiquidLoopsPropertyTest {

    private static final Pattern FOR_TAG = Pattern.compile("\\{%-?\\s*+for\\b.{0,1000}?-?%}");

    private static final LiquidValues VALUES = new LiquidValues(Map.of(), Map::of, name -> Optional.empty());

    @Property(tries = 300)
    @StatisticsReport(onFailureOnly = true)
    void everyLoopIsWrittenOutWithinTheBudgetOrKeptAndReported(@ForAll("loopTexts") String text) {
        SourcePost post = Posts.withBody("{% assign ids = 'a|b|c|d' | split: '|' %}" + text, "few", 3,
                "nums", List.of(1, 3), "many", Collections.nCopies(2_000, "m"));
        Findings findings = new Findings();
        String converted = LiquidBody.convert(post, post.body(), "", (reference, language) -> Optional.empty(), VALUES,
                findings).apply();
        assertTrue(converted.length() <= post.body().length() + LiquidLoops.WRITTEN_PER_POST,
                () -> "wrote " + converted.length() + " chars from " + post.body().length());
        Set<String> reported = findings.sorted().stream().map(Finding::message).collect(Collectors.toSet());
        Statistics.label("a loop written out").collect(findings.sorted().stream()
                .anyMatch(finding -> finding.category() == Category.LIQUID_LOOPS));
        Statistics.label("a loop kept, with its reason").collect(reported.stream()
                .anyMatch(message -> message.startsWith("Liquid '{%") && message.contains("' kept as text: ")));
        Matcher kept = FOR_TAG.matcher(converted);
        while (kept.find()) {
            String tag = kept.group();
            assertTrue(reported.stream().anyMatch(message -> message.startsWith("Liquid '" + tag + "'")),
                    () -> "'" + tag + "' kept unreported");
        }
        // the texts are of both kinds, or the property would hold of nothing
        Statistics.label("a loop written out").coverage(checker -> checker.check(true).percentage(p -> p > 10));
        Statistics.label("a loop kept, with its reason").coverage(checker -> checker.check(true).percentage(p -> p > 2));
    }

    @Property(tries = 100)
    void loopsAroundLongTextsWriteNoMoreThanAPostsLoopsMay(@ForAll("nestedLoops") String text) {
        everyLoopIsWrittenOutWithinTheBudgetOrKeptAndReported(text);
    }

    @Provide
    Arbitrary<String> nestedLoops() {
        Arbitrary<String> forTag = Combinators.combine(Arbitraries.of("ids", "page.nums", "page.many"),
                Arbitraries.of("", " reversed", " limit:1", " offset:1", " limit:9999", " offset:-5 limit:3000"))
                .as((list, attributes) -> "{% for v in " + list + attributes + " %}");
        return Combinators.combine(forTag.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(1_000, 50_000))
                .as((tags, length) -> String.join("", tags) + "{{ forloop.index }}" + "y".repeat(length)
                        + "{% endfor %}".repeat(tags.size()));
    }

    @Provide
    Arbitrary<String> loopTexts() {
        Arbitrary<String> value = Arbitraries.of("0", "1", "2", "-1", "-3", "7", "99999999999999999999", "'5'", "'x'",
                "1.5", "n", "unknown", "page.few", "page.nums", "continue", "forloop.index", "'-99999999999999999999'");
        Arbitrary<String> attribute = Combinators.combine(Arbitraries.of("limit", "offset"), Arbitraries.of(":", ": ", " : "),
                value).as((name, colon, v) -> " " + name + colon + v);
        Arbitrary<String> forTag = Combinators.combine(Arbitraries.of("{% ", "{%- "), Arbitraries.of("id", "n", "x"),
                Arbitraries.of("ids", "page.nums", "page.many", "site.posts", "unknown", "ids | where: 'a', 'b'"),
                Arbitraries.of("", " reversed"), attribute.list().ofMaxSize(3).map(parts -> String.join("", parts)),
                Arbitraries.of("", " reversed"), Arbitraries.of(" %}", " -%}"))
                .as((open, variable, list, before, attributes, after, close) -> open + "for " + variable + " in " + list
                        + before + attributes + after + close);
        Arbitrary<String> other = Arbitraries.of("{% endfor %}", "{% endfor %}", "{% else %}", "{% if x %}", "{% endif %}",
                "{% assign x = 'p|q' | split: '|' %}", "{% break %}", "{{ id }}", "{{ n }}", "{{ x }}", "{{ forloop.index }}",
                "{{ forloop.last }}", "a", " ", "\n", "[#{{ id }}]: https://example.org/{{ id }}\n", "y".repeat(50_000));
        return Arbitraries.frequencyOf(Tuple.of(2, forTag), Tuple.of(3, other))
                .list().ofMaxSize(24).map(parts -> String.join("", parts));
    }
}
