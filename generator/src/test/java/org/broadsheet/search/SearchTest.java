package org.broadsheet.search;

import org.broadsheet.SampleNewsroom;
import org.broadsheet.TestSite;
import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search: the tokenizer as a table, the same tokens from the JavaScript of the theme (run with
 * node), and queries run by that JavaScript against the index of the sample newsroom.
 */
class SearchTest {

    static final Path SCRIPT = TestSite.repositoryRoot().resolve("templates/assets/search.js");
    private static final List<String> SAMPLES = List.of("서울은 북한의 수도가 아니다", "북한과 남한", "AI분류 시범 운영",
            "Ferries and bridges", "The city's 2024 budget: 2.46 trillion won", "Ｆｕｌｌ　ｗｉｄｔｈ ＡＢＣ",
            "석 달", "north-korea", "Hospitals' nurses", "e-mail campus analysis", "ÉCOLE Ünïcode naïve");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            서울은                | 서울 울은
            북한의 수도           | 북한 한의 수도
            석 달                 | 석 달
            AI분류                | ai 분류
            Ferries and bridges   | ferry and bridge
            The city's 2024 plans | the city 2024 plan
            classes               | class
            north-korea           | north korea
            Ｆｕｌｌ ＡＢＣ        | full abc
            Apple Zebra az@AZ[`{  | apple zebra az az
            가힣 가                | 가힣 가
            """)
    void tokenizesKoreanInBigramsAndEnglishInStemmedWords(String text, String tokens) {
        assertEquals(Arrays.asList(tokens.split(" ")), Tokenizer.tokens(text));
    }

    @Test
    void javaAndJavaScriptAgreeOnEveryToken() throws Exception {
        StringBuilder script = new StringBuilder("const s = require(" + js(SCRIPT.toString()) + ");\n");
        for (String sample : SAMPLES) {
            script.append("console.log(JSON.stringify(s.tokens(").append(js(sample)).append(")));\n");
        }
        List<String> lines = node(script.toString());
        for (int i = 0; i < SAMPLES.size(); i++) {
            String expected = "[" + String.join(",", Tokenizer.tokens(SAMPLES.get(i)).stream()
                    .map(token -> "\"" + token + "\"").toList()) + "]";
            assertEquals(expected, lines.get(i), SAMPLES.get(i));
        }
        script = new StringBuilder("const s = require(" + js(SCRIPT.toString()) + ");\n");
        for (String token : List.of("북한", "ferry", "2024", "a")) {
            script.append("console.log(s.shard(").append(js(token)).append(", 64));\n");
        }
        List<String> shards = node(script.toString());
        assertEquals(List.of(Tokenizer.shard("북한", 64), Tokenizer.shard("ferry", 64), Tokenizer.shard("2024", 64),
                Tokenizer.shard("a", 64)).stream().map(String::valueOf).toList(), shards);
    }

    @Test
    void aHangulTokenCodeHasTheTextAndShardOfItsToken() {
        for (String token : List.of("북", "북한", "한국", "힣가")) {
            int code = token.length() == 1 ? token.charAt(0) : token.charAt(0) << 16 | token.charAt(1);
            assertEquals(token, Tokenizer.hangulText(code));
            for (int shards : List.of(8, 64, 1024)) {
                assertEquals(Tokenizer.shard(token, shards), Tokenizer.shard(code, shards));
            }
        }
    }

    @Test
    void koreanQueryFindsTheWordWithAnyParticle() throws Exception {
        List<String> results = query("ko", "북한");
        assertEquals(List.of("/ko/2022/10/rice-report/", "/ko/2024/06/railway-study/", "/ko/2023/12/letters-exhibition/"),
                results);
        for (String particle : List.of("북한은", "북한의", "북한과")) {
            assertTrue(results.stream().anyMatch(url -> containsInArticle(url, particle)),
                    "no result contains " + particle + ": " + results);
        }
    }

    @Test
    void englishQueryFindsThePlural() throws Exception {
        List<String> results = query("en", "ferry");
        assertTrue(results.stream().anyMatch(url -> containsInArticle(url, "ferries")), results.toString());
        assertEquals(List.of("/en/2021/12/bridge-opening/", "/en/2020/11/ferry-timetable/", "/en/2026/09/island-teachers/",
                "/en/2022/03/ferry-route/", "/en/2021/08/clinic-boat/"), results, "the headline matches first");
    }

    @Test
    void anEntityInABodyIsFoundAsTheCharacterItStandsForAndNotByItsName(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir);
        site.article("content/en/2020/cafe.md", "title: Opening day\ndate: 2020-03-01", "A caf&eacute; run by AT&amp;T.\n");
        site.article("content/en/2020/other.md", "title: Closing day\ndate: 2020-03-02", "A cafe run by a bank.\n");
        assertTrue(site.build().succeeded());
        assertEquals(List.of("/en/2020/03/cafe/"), query(dir.resolve("site"), "en", "café"));
        assertEquals(List.of(), query(dir.resolve("site"), "en", "amp"));
        assertEquals(List.of(), query(dir.resolve("site"), "en", "eacute"));
    }

    @Test
    void searchPageReadsTheQueryAndWorksWithoutJavaScriptAsALink() throws IOException {
        String page = Files.readString(SampleNewsroom.site().resolve("ko/search/index.html"));
        assertTrue(page.contains("<form id=\"search-page\" class=\"search-page\" action=\"/ko/search/\" method=\"get\""));
        assertTrue(page.contains("<noscript>"));
        assertTrue(page.matches("(?s).*<script src=\"/assets/search\\.[0-9a-f]{8}\\.js\"></script>.*"));
        assertTrue(Files.readString(SampleNewsroom.site().resolve("en/index.html")).contains(
                "<form class=\"search-box\" action=\"/en/search/\" method=\"get\" role=\"search\">"));
    }

    /** Runs search.js's search() in node against the built index and returns the result URLs. */
    private static List<String> query(String lang, String text) throws Exception {
        return query(SampleNewsroom.site(), lang, text);
    }

    /** The URLs of every result of {@code text} in the index of {@code site}, best first, as search.js finds them. */
    static List<String> query(Path site, String lang, String text) throws Exception {
        Path index = site.resolve(lang + "/search/");
        String script = "const fs = require('fs');\nconst s = require(" + js(SCRIPT.toString()) + ");\n"
                + "const load = name => Promise.resolve(JSON.parse(fs.readFileSync(" + js(index + "/") + " + name, 'utf8')));\n"
                + "load('meta.json').then(meta => s.search(" + js(text) + ", meta, load)"
                + ".then(ids => s.documents(ids, meta, load)))"
                + ".then(r => r.forEach(x => console.log(x.url)));\n";
        return node(script);
    }

    private static boolean containsInArticle(String url, String text) {
        try {
            return Files.readString(SampleNewsroom.site().resolve(url.substring(1) + "index.html")).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> node(String script) throws Exception {
        Path file = Files.createTempFile("search", ".js");
        Files.writeString(file, script);
        Process process = new ProcessBuilder("node", file.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "node did not finish");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        Files.delete(file);
        return output.lines().toList();
    }

    static String js(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
