package org.broadsheet.content;

import org.broadsheet.model.Body;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Article bodies read from their files: the text first read, read once while its file keeps its stamp. */
class FileBodyTest {

    private static final String FILE = "\uFEFF---\r\ntitle: 종소리\r\n---\r\n첫 문단.\r\n\r\nSecond paragraph.\r\n";

    @TempDir
    Path dir;

    /** The body of {@code file} as the build reads it: stamped, then read. */
    private static FileBody body(Path file) throws Exception {
        FileStamp stamp = FileStamp.of(file);
        String text = SourceText.decode(Files.readAllBytes(file)).orElseThrow();
        return FileBody.of(file, "content/ko/a.md", text, text.indexOf("첫"), stamp);
    }

    /** {@code body} as the article cache gives it to another build: its text not read yet. */
    private static FileBody unread(FileBody body) {
        return new FileBody(body.file(), body.source(), body.start(), body.length(), body.hash(), body.sha256());
    }

    /** Writes {@code text} to {@code file} a second after it was last written, as a writer saves it later. */
    private static void saveLater(Path file, String text) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));
    }

    @Test
    void bodiesOfOneLengthAndHashCodeAreToldApartByTheirDigest() {
        Path file = dir.resolve("a.md");
        // "Aa" and "BB" have the same String.hashCode()
        FileBody aa = FileBody.of(file, "content/en/a.md", "Aa", 0, null);
        FileBody bb = FileBody.of(file, "content/en/a.md", "BB", 0, null);
        assertEquals(aa.hash(), bb.hash());
        assertNotEquals(aa, bb);
        assertEquals("81acaafba961bb831ec40eb965155e3486392c60cfb8c75150beaf2caffc244a", aa.sha256());
    }

    @Test
    void aBodyIsTheComponentsItWasMadeOfAsARecordWouldBe() throws Exception {
        FileBody body = body(Files.writeString(dir.resolve("a.md"), FILE));
        assertEquals(body, unread(body));
        assertEquals(body.hashCode(), unread(body).hashCode());
        assertEquals("FileBody[file=" + dir.resolve("a.md") + ", source=content/ko/a.md, start=" + body.start()
                + ", length=" + "첫 문단.\n\nSecond paragraph.\n".length() + ", hash=" + body.hash()
                + ", sha256=" + body.sha256() + "]", body.toString());
    }

    @Test
    void bodyIsReadAgainDecodedAsAtFirst() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        assertEquals("첫 문단.\n\nSecond paragraph.\n", unread(body(file)).text());
    }

    @Test
    void aBodyIsNotReadAgainWhileItsFileKeepsItsSizeAndModificationTime() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        FileBody body = body(file);
        FileTime modified = Files.getLastModifiedTime(file);
        // the same size and time, another text: a build that read the file again would find it changed
        Files.writeString(file, FILE.replace("Second", "Third "), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, modified);
        assertEquals("첫 문단.\n\nSecond paragraph.\n", body.text());
        assertThrows(Body.Changed.class, unread(body)::text);
    }

    @Test
    void aFileSavedAgainAsItWasGivesItsTextWithoutAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        FileBody body = body(file);
        saveLater(file, FILE);
        assertEquals("첫 문단.\n\nSecond paragraph.\n", body.text());
        saveLater(file, FILE);
        assertEquals("첫 문단.\n\nSecond paragraph.\n", body.text(), "read again and kept with the new stamp");
    }

    @Test
    void fileSavedAgainDuringTheBuildIsAnErrorNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), FILE);
        FileBody body = body(file);
        FileBody unread = unread(body);
        saveLater(file, FILE.replace("Second", "Third "));
        Body.Changed error = assertThrows(Body.Changed.class, body::text);
        assertEquals("content/ko/a.md", error.source());
        assertEquals("content/ko/a.md", assertThrows(Body.Changed.class, unread::text).source());
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
        saveLater(file, FILE.replace("Second", "Third "));
        assertNotEquals(before.toString(), body(file).toString());
        assertNotEquals(before, body(file));
    }
}
