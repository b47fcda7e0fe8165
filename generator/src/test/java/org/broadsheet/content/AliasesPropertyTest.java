package org.broadsheet.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For any alias as written, {@link Aliases#normalized} either refuses it with a short, one-line problem
 * or gives one path that static hosts serve from a file: NFC, no {@code .}, {@code ..} or empty parts, within the
 * limits of length and depth, no hidden part and no name that a host reads as its settings (a part may end in
 * {@code .}, which Windows alone drops: the redirects compare names without it).
 */
class AliasesPropertyTest {

    private static final Set<String> HOST_SETTINGS = Set.of("web.config", "_worker.js", "staticwebapp.config.json",
            "_redirects", "_headers");

    @Property(tries = 3000, seed = "20261205")
    void anyAliasIsRefusedBrieflyOrBecomesOnePathThatStaticHostsServe(@ForAll("written") String written) {
        Aliases.Normalized alias = Aliases.normalized(written);
        if (alias.path() == null) {
            assertTrue(alias.problem().startsWith("alias '"), alias.problem());
            assertTrue(alias.problem().length() < 500, "a problem quotes a short part of the alias");
            assertFalse(alias.problem().contains("\n"), alias.problem());
            return;
        }
        assertNull(alias.problem());
        String path = alias.path();
        assertTrue(path.startsWith("/"), path);
        assertTrue(Normalizer.isNormalized(path, Normalizer.Form.NFC), path);
        assertTrue(path.getBytes(StandardCharsets.UTF_8).length <= Aliases.MAX_BYTES, path);
        List<String> segments = List.of(path.substring(1).split("/"));
        assertTrue(segments.size() <= Aliases.MAX_SEGMENTS, path);
        for (String segment : path.equals("/") ? List.<String>of() : segments) {
            assertFalse(segment.isEmpty() || segment.startsWith("."), path);
            assertFalse(segment.startsWith(" ") || segment.endsWith(" "), path);
            assertTrue(segment.codePoints().allMatch(c -> c == ' ' || !Character.isWhitespace(c) && !Character.isSpaceChar(c)),
                    path);
            assertTrue(segment.getBytes(StandardCharsets.UTF_8).length <= 255, path);
            assertFalse(HOST_SETTINGS.contains(segment.toLowerCase(Locale.ROOT)), path);
        }
        if (path.indexOf('%') < 0) {
            assertEquals(path, Aliases.normalized(path).path(), "one form: normalising it again changes nothing");
        }
    }

    @Provide
    Arbitrary<String> written() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("", ".", "..", "...", "a.", ".htaccess", "WEB.CONFIG", "_worker.js", "_Redirects",
                        ".broadsheet-manifest", "index.htm", "con", "nul.txt", "com1", "%2e%2e", "%2E", "%2F", "%00",
                        "%C3", "%zz", "%", "%E1%84%80%E1%85%A1", "\u1100\u1161", "가", "σοφος", "a%20b", "a+b",
                        "a b", " a", "a ", "%20a", "a%20", "a\u00A0b", "a\tb", "a\u3000b",
                        "x".repeat(255), "x".repeat(256), "가".repeat(85), "가".repeat(86)),
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.strings().withCharRange('a', 'c').withChars(".%/").ofMaxLength(6));
        Arbitrary<String> path = segment.list().ofMaxSize(40).map(parts -> "/" + String.join("/", parts));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 5000).map(n -> "/a".repeat(n));
        return Arbitraries.frequencyOf(
                Tuple.of(8, path),
                Tuple.of(1, deep),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
    }
}
