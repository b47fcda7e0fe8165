// In Markdown's package: it times the package-private halves of Markdown.toHtml (parsing, then
// Flexmark's or the fast renderer) that the engine never calls apart. Run by bench/markdown.sh.
package org.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Document;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Renders every article body of a corpus to HTML, in one thread, ROUNDS times per way after WARMUP
 * rounds, the ways alternating within each round, and prints each way's median and fastest round
 * (thread CPU time) and its time per body.
 */
public final class MarkdownBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final LinkRewriter KEEP = (url, line, image) -> url;

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<String> bodies = bodies(content);
        Markdown markdown = new Markdown(false);
        Parser commonmarkParser = Parser.builder().extensions(List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create())).build();
        HtmlRenderer commonmarkRenderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create())).build();
        List<Document> parsed = bodies.stream().map(body -> markdown.parsed(body, KEEP)).toList();
        long fastBodies = parsed.stream().filter(document -> markdown.fastHtml(document, KEEP) != null).count();

        Map<String, ToLongFunction<Integer>> ways = new java.util.LinkedHashMap<>();
        ways.put("Flexmark: parse + render", i -> markdown.flexmarkHtml(markdown.parsed(bodies.get(i), KEEP)).length());
        ways.put("Flexmark + fast path: parse + render", i -> withFastPath(markdown, markdown.parsed(bodies.get(i), KEEP)).length());
        ways.put("commonmark-java: parse + render", i -> commonmarkRenderer.render(commonmarkParser.parse(bodies.get(i))).length());
        ways.put("Flexmark: parse only", i -> markdown.parsed(bodies.get(i), KEEP).getTextLength());
        ways.put("Flexmark: render only", i -> markdown.flexmarkHtml(parsed.get(i)).length());
        ways.put("fast path: render only", i -> withFastPath(markdown, parsed.get(i)).length());
        ways.put("commonmark-java: parse only", i -> commonmarkParser.parse(bodies.get(i)).hashCode());

        Map<String, long[]> times = new java.util.LinkedHashMap<>();
        ways.keySet().forEach(way -> times.put(way, new long[rounds]));
        for (int round = -warmup; round < rounds; round++) {
            for (Map.Entry<String, ToLongFunction<Integer>> way : ways.entrySet()) {
                long nanos = time(bodies.size(), way.getValue());
                if (round >= 0) {
                    times.get(way.getKey())[round] = nanos;
                }
            }
        }
        System.out.printf("%,d bodies, %,d characters; the fast path renders %,d of them (%.1f %%)%n", bodies.size(),
                bodies.stream().mapToLong(String::length).sum(), fastBodies, 100.0 * fastBodies / bodies.size());
        System.out.printf("%-40s %12s %12s %12s%n", "way (" + rounds + " rounds)", "median ms", "fastest ms", "µs/body");
        times.forEach((way, nanos) -> {
            Arrays.sort(nanos);
            long median = nanos[nanos.length / 2];
            System.out.printf("%-40s %12.0f %12.0f %12.1f%n", way, median / 1e6, nanos[0] / 1e6,
                    median / 1e3 / bodies.size());
        });
    }

    private static String withFastPath(Markdown markdown, Document document) {
        String html = markdown.fastHtml(document, KEEP);
        return html != null ? html : markdown.flexmarkHtml(document);
    }

    private static long time(int bodies, ToLongFunction<Integer> way) {
        long sink = 0;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < bodies; i++) {
            sink += way.applyAsLong(i);
        }
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return nanos;
    }

    /** The bodies of the corpus's articles, without their front matter. */
    private static List<String> bodies(Path content) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                int end = text.indexOf("\n---\n", 4);
                bodies.add(text.startsWith("---\n") && end > 0 ? text.substring(end + 5) : text);
            }
        }
        return bodies;
    }
}
