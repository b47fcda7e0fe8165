package org.broadsheet.content;

import org.broadsheet.model.Body;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Article bodies read again from their files: the same text as read first, or a clear error. */
class FileBodyTest {

    private static final String FILE = "\uFEFF---\r\ntitle: 종소리\r\n---\r\n첫 문단.\r\n\r\nSecond paragraph.\r\n";

    @TempDir
    Path dir;

    private FileBody body(Path file) throws Exception {
        String text = SourceText.decode(Files.readAllBytes(file)).orElseThrow();
        return FileBody.of(file, "content/ko/a.md", text, text.indexOf("첫"));
    }

    @Test
    void bodiesOfOneLengthAndHashCodeAreToldApartByTheirDigest() {
        Path file = dir.resolve("a.md");
        // "Aa" and "BB" have the same String.hashCode()
        FileBody aa = FileBody.of(file, "content/en/a.md", "Aa", 0);
        FileBody bb = FileBody.of(file, "content/en/a.md", "BB", 0);
        assertEquals(aa.hash(), bb.hash());
        assertNotEquals(aa, bb);
        assertEquals("81acaafba961bb831ec40eb965155e3486392c60cfb8c75150beaf2caffc244a", aa.sha256());
    }

    @Test
    void bodyIsReadAgainDecodedAsAtFirst() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        assertEquals("첫 문단.\n\nSecond paragraph.\n", body(file).text());
    }

    @Test
    void fileSavedAgainDuringTheBuildIsAnErrorNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        FileBody body = body(file);
        Files.writeString(file, FILE.replace("Second", "Third "), StandardCharsets.UTF_8);
        Body.Changed error = assertThrows(Body.Changed.class, body::text);
        assertEquals("content/ko/a.md", error.source());
    }

    @Test
    void fileDeletedDuringTheBuildIsAnErrorNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        FileBody body = body(file);
        Files.delete(file);
        assertEquals("content/ko/a.md", assertThrows(Body.Changed.class, body::text).source());
    }

    @Test
    void aChangedBodyChangesItsTextAsAnArticleComponent() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        FileBody before = body(file);
        Files.writeString(file, FILE.replace("Second", "Third "), StandardCharsets.UTF_8);
        assertNotEquals(before.toString(), body(file).toString());
        assertNotEquals(before, body(file));
    }
}
