package org.broadsheet.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a path of content/ is decoded from an address, and what it names on disk. */
class ContentPathsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', nullValues = "-", textBlock = """
            plain/path.md        ¦ plain/path.md
            %41%5A%61%7a%30%39   ¦ AZaz09
            %e2%80%93-%E2%80%93  ¦ –-–
            %ef%bc%a1-%EF%BC%A1  ¦ Ａ-Ａ
            %Ea%B0%80            ¦ 가
            a%2                  ¦ -
            a%                   ¦ -
            %g0                  ¦ -
            %0g                  ¦ -
            %@0                  ¦ -
            %`0                  ¦ -
            %G0                  ¦ -
            %/0                  ¦ -
            %:0                  ¦ -
            %ff                  ¦ -
            a+b%20c              ¦ a+b c
            """)
    void escapesAreDecodedAsUtf8AndABrokenOneDecodesNothing(String path, String decoded) {
        assertEquals(Optional.ofNullable(decoded), ContentPaths.strictlyPercentDecoded(path));
    }

    @Test
    void aNulIsDecodedLikeAnyOtherByte() {
        assertEquals(Optional.of("a\u0000b"), ContentPaths.strictlyPercentDecoded("a%00b"));
    }

    @Test
    void whatAPathNamesOnDisk(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.png"), "png");
        Files.createDirectories(content.resolve(".git"));
        Files.writeString(content.resolve(".git/config"), "secret");
        Files.writeString(dir.resolve("outside.png"), "png");
        Files.createSymbolicLink(content.resolve("linked.png"), dir.resolve("outside.png"));
        Files.createSymbolicLink(content.resolve("inside.png"), content.resolve("a.png"));
        Files.createSymbolicLink(content.resolve("shown.png"), content.resolve(".git/config"));
        assertEquals(ContentPaths.Found.FILE, ContentPaths.find(content, "a.png"));
        assertEquals(ContentPaths.Found.FILE, ContentPaths.find(content, "inside.png"));
        assertEquals(ContentPaths.Found.OUTSIDE, ContentPaths.find(content, "linked.png"));
        assertEquals(ContentPaths.Found.MISSING, ContentPaths.find(content, "none.png"));
        assertEquals(ContentPaths.Found.MISSING, ContentPaths.find(content, ".git/config"));
        assertEquals(ContentPaths.Found.MISSING, ContentPaths.find(content, "shown.png"));
        assertEquals(ContentPaths.Found.MISSING, ContentPaths.find(content, "a\u0000.png"));
    }
}
