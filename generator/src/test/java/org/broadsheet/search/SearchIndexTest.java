package org.broadsheet.search;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.output.Json;
import org.broadsheet.persist.BlobStore;
import org.broadsheet.persist.SearchPostings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index's files read back: every token of every document is found in its shard with its weight,
 * whatever the documents; and an index made from the postings a full build kept, after any edits, is
 * the index made from scratch, counting only the new documents' tokens.
 */
class SearchIndexTest {

    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\":\\[([-0-9,]*)]");
    private static final List<String> WORDS = List.of("harbor", "ferries", "ferry's", "bridge", "budget", "2024",
            "서울은", "북한의", "항구", "예산", "다리와", "시민", "<b>", "[link](../x.md)", "https://x.org/a");

    @Property(tries = 60, seed = "20261205")
    void everyTokenOfEveryDocumentIsInItsShardWithItsWeight(@ForAll @IntRange(max = 700) int size,
                                                            @ForAll long seed) {
        List<SearchDocument> documents = documents(size, new Random(seed), "v");
        Map<String, byte[]> files = write(documents, null, path -> false, new AtomicInteger());
        int shards = SearchIndex.shardCount(size);
        assertEquals("{\"shards\":" + shards + ",\"docsPerShard\":100,\"documents\":" + size + "}",
                text(files.get("en/search/meta.json")));
        Map<String, Map<Integer, Integer>> expected = new TreeMap<>();
        for (int document = 0; document < size; document++) {
            TokenWeights weights = TokenWeights.of(documents.get(document), Markdown::entity);
            for (int t = 0; t < weights.words().length; t++) {
                expected.computeIfAbsent(weights.words()[t], w -> new TreeMap<>()).put(document, weights.wordWeights()[t]);
            }
            for (int t = 0; t < weights.hangul().length; t++) {
                expected.computeIfAbsent(Tokenizer.hangulText(weights.hangul()[t]), w -> new TreeMap<>())
                        .put(document, weights.hangulWeights()[t]);
            }
        }
        Map<String, Map<Integer, Integer>> found = new TreeMap<>();
        for (int shard = 0; shard < shards; shard++) {
            for (Map.Entry<String, Map<Integer, Integer>> term : terms(files.get("en/search/terms-" + shard + ".json")).entrySet()) {
                assertEquals(shard, Tokenizer.shard(term.getKey(), shards), term.getKey());
                found.put(term.getKey(), term.getValue());
            }
        }
        assertEquals(expected, found);
        int blocks = Math.max(1, (size + 99) / 100);
        assertEquals(1 + shards + blocks, files.size());
        for (int block = 0; block < blocks; block++) {
            List<List<String>> shown = documents.subList(block * 100, Math.min(size, block * 100 + 100)).stream()
                    .map(d -> List.of(d.url(), d.headline(), d.kicker(), d.date(), d.summary())).toList();
            assertEquals(Json.write(shown), text(files.get("en/search/docs-" + block + ".json")));
        }
    }

    @Property(tries = 40, seed = "20261205")
    void anIndexFromKeptPostingsAfterAnyEditsIsTheIndexFromScratch(@ForAll @IntRange(max = 520) int size,
                                                                  @ForAll @IntRange(max = 100) int editPercent,
                                                                  @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        List<SearchDocument> before = documents(size, random, "v1-");
        List<SearchDocument> after = edited(before, random, editPercent);
        Path dir = Files.createTempDirectory("search-index-test");
        try {
            Map<String, byte[]> last = keep(before, dir.resolve("last"), null, path -> false, new AtomicInteger());
            Set<String> kept = ConcurrentHashMap.newKeySet();
            AtomicInteger counted = new AtomicInteger();
            Map<String, byte[]> incremental = keep(after, dir.resolve("incremental"), dir.resolve("last"), path -> {
                boolean there = last.containsKey(path);
                if (there) {
                    kept.add(path);
                }
                return there;
            }, counted);
            kept.forEach(path -> incremental.put(path, last.get(path)));
            Map<String, byte[]> scratch = keep(after, dir.resolve("scratch"), null, path -> false, new AtomicInteger());
            assertEquals(text(scratch), text(incremental));
            assertEquals(stored(dir.resolve("scratch")), stored(dir.resolve("incremental")));
            Set<String> keys = new HashSet<>(before.stream().map(SearchDocument::key).toList());
            long added = after.stream().filter(d -> !keys.contains(d.key())).count();
            boolean renumbered = SearchIndex.shardCount(size) == SearchIndex.shardCount(after.size())
                    && added * 2 <= after.size();
            assertEquals(renumbered ? added : after.size(), counted.get());
            Set<String> same = new HashSet<>();
            if (renumbered) {
                same.addAll(sameBlocks(before, after));
                // a shard whose postings are the kept ones is left as the last build wrote it
                scratch.forEach((path, json) -> {
                    if (path.startsWith("en/search/terms-") && Arrays.equals(json, last.get(path))) {
                        same.add(path);
                    }
                });
            }
            assertEquals(same, kept);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void keptDocumentsWithoutThePostingsOfAShardAskForACleanBuild(@TempDir Path dir) throws IOException {
        List<SearchDocument> documents = documents(10, new Random(1), "v");
        keep(documents, dir.resolve("last"), null, path -> false, new AtomicInteger());
        BlobStore.Writer withoutShard = new BlobStore.Writer(dir.resolve("damaged"));
        try (BlobStore last = BlobStore.open(dir.resolve("last"))) {
            withoutShard.put("documents", last.bytes("documents"));
            for (int shard = 0; shard < 8; shard++) {
                if (shard != 3) {
                    withoutShard.put("shard-" + shard, last.bytes("shard-" + shard));
                }
            }
        }
        withoutShard.commit();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> keep(documents, dir.resolve("next"), dir.resolve("damaged"), path -> false, new AtomicInteger()));
        // thrown on another thread, it comes back wrapped in one of its kind, with its message after the class name
        assertTrue(e.getMessage().endsWith(
                "the search postings kept under target/ cannot be read: delete target/ and build again"), e.getMessage());
    }

    @Test
    void numbersAndVarintsOfEveryLengthReadBackAsWritten() {
        Postings postings = new Postings();
        // gaps and weights of 127 and 128 on both sides of the one-byte varint; 128 | 128 is 128 too
        int[] documents = {0, 1, 9, 10, 99, 100, 127, 128, 999, 16_383, 16_384, 2_097_152, 2_097_280,
                Integer.MAX_VALUE / 2};
        int[] weights = {1, 2, 127, 128, 1, 300, 1, 7, 1, 1, 16_384, 1, 128, 1};
        for (int i = 0; i < documents.length; i++) {
            postings.add(documents[i], weights[i]);
        }
        Cursor cursor = postings.cursor();
        for (int i = 0; i < documents.length; i++) {
            assertTrue(cursor.next());
            assertEquals(documents[i], cursor.document());
            assertEquals(weights[i], cursor.weight());
        }
        assertEquals(false, cursor.next());
        Bytes json = new Bytes(1);
        postings.appendJson(json);
        assertEquals("[0,-2,2,-9,127,-2,128,89,-2,300,27,-2,7,871,15384,-2,16384,2080768,-129,128,1071644543]",
                new String(json.toArray(), StandardCharsets.US_ASCII));
    }

    @Test
    void bytesGrowForEachKindOfAppendWhenFull() {
        Bytes bytes = new Bytes(1);
        bytes.ascii('a');
        bytes.ascii('b');
        bytes.varint(300);
        bytes.varint(1);
        assertEquals("[97, 98, -84, 2, 1]", Arrays.toString(bytes.toArray()));
    }

    @Test
    void aShardHoldsAboutThirtyDocumentsBetweenEightAndAThousandShards() {
        assertEquals(8, SearchIndex.shardCount(0));
        assertEquals(8, SearchIndex.shardCount(240));
        assertEquals(16, SearchIndex.shardCount(241));
        assertEquals(512, SearchIndex.shardCount(15_360));
        assertEquals(1024, SearchIndex.shardCount(15_361));
        assertEquals(1024, SearchIndex.shardCount(10_000_000));
    }

    @Test
    void codeNumbersCountInTheOrderFirstMetAndGrow() {
        CodeNumbers numbers = new CodeNumbers(1);
        for (int code = 0; code < 5000; code++) {
            assertEquals(code, numbers.numberOf(code * 7919));
        }
        for (int code = 4999; code >= 0; code--) {
            assertEquals(code, numbers.numberOf(code * 7919));
            assertEquals(code * 7919, numbers.code(code));
        }
        assertEquals(5000, numbers.size());
    }

    /** The blocks of documents of {@code after} that hold the documents of {@code before}'s, and end where they do. */
    private static Set<String> sameBlocks(List<SearchDocument> before, List<SearchDocument> after) {
        Set<String> same = new HashSet<>();
        for (int block = 0; block * 100 < Math.max(1, after.size()); block++) {
            int from = block * 100;
            int to = Math.min(after.size(), from + 100);
            if (to == Math.min(before.size(), from + 100) && before.subList(from, to).stream().map(SearchDocument::key).toList()
                    .equals(after.subList(from, to).stream().map(SearchDocument::key).toList())) {
                same.add("en/search/docs-" + block + ".json");
            }
        }
        return same;
    }

    /** {@code size} documents, newest first, with rare tokens (their numbers) among common ones. */
    private static List<SearchDocument> documents(int size, Random random, String version) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            documents.add(document(version + i, random));
        }
        return documents;
    }

    private static SearchDocument document(String key, Random random) {
        String body = words(random, 12) + " n" + key.replaceAll("\\W", "") + "\n\n" + words(random, 30);
        return new SearchDocument(key, "/en/" + key + "/", words(random, 3), random.nextBoolean() ? "" : words(random, 1),
                "May " + random.nextInt(31), words(random, 5), () -> body);
    }

    private static String words(Random random, int most) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        return text.toString();
    }

    /** {@code before}, each document kept, dropped or changed, and new ones put in, about {@code percent} % edited. */
    private static List<SearchDocument> edited(List<SearchDocument> before, Random random, int percent) {
        List<SearchDocument> after = new ArrayList<>();
        int added = 0;
        for (SearchDocument document : before) {
            if (random.nextInt(100) < percent) {
                switch (random.nextInt(3)) {
                    case 0 -> after.add(document(document.key() + "-changed", random));
                    case 1 -> after.add(document("added-" + added++, random));
                    default -> {
                    }
                }
            }
            if (random.nextInt(100) >= percent || random.nextBoolean()) {
                after.add(document);
            }
        }
        if (random.nextInt(100) < percent) {
            after.add(document("added-" + added, random));
        }
        return after;
    }

    private static Map<String, byte[]> write(List<SearchDocument> documents, PostingsStore store,
                                             Predicate<String> unchanged, AtomicInteger counted) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        SearchIndex.write("en", documents, document -> {
            counted.incrementAndGet();
            return TokenWeights.of(document, Markdown::entity);
        }, store, (path, bytes) -> assertEquals(null, files.put(path, bytes), path), unchanged);
        return files;
    }

    /** Writes the index as a full build does, keeping its postings in {@code file} (from those of {@code last}). */
    private static Map<String, byte[]> keep(List<SearchDocument> documents, Path file, Path last,
                                            Predicate<String> unchanged, AtomicInteger counted)
            throws IOException {
        BlobStore.Writer next = new BlobStore.Writer(file);
        try (BlobStore kept = last == null ? BlobStore.empty() : BlobStore.open(last)) {
            Map<String, byte[]> files = write(documents, new SearchPostings(kept, next), unchanged, counted);
            next.commit();
            return files;
        }
    }

    /** Every entry of the store in {@code file}, as text. */
    private static Map<String, String> stored(Path file) {
        Map<String, String> entries = new TreeMap<>();
        try (BlobStore store = BlobStore.open(file)) {
            entries.put("documents", text(store.bytes("documents")));
            for (int shard = 0; store.bytes("shard-" + shard) != null; shard++) {
                entries.put("shard-" + shard, new String(store.bytes("shard-" + shard), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A terms file read back: token → document → weight. */
    private static Map<String, Map<Integer, Integer>> terms(byte[] json) {
        Map<String, Map<Integer, Integer>> terms = new TreeMap<>();
        Matcher m = TERM.matcher(text(json));
        while (m.find()) {
            Map<Integer, Integer> postings = new TreeMap<>();
            String[] numbers = m.group(2).split(",");
            int document = 0;
            for (int i = 0; i < numbers.length; i++) {
                int number = Integer.parseInt(numbers[i]);
                document += number < 0 ? -number - 1 : number;
                postings.put(document, number < 0 ? Integer.parseInt(numbers[++i]) : 1);
            }
            assertEquals(null, terms.put(m.group(1), postings));
        }
        return terms;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((path, bytes) -> texts.put(path, text(bytes)));
        return texts;
    }
}
