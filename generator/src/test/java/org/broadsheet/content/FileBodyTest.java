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
        byte[] bytes = Files.readAllBytes(file);
        String text = SourceText.decode(bytes).orElseThrow();
        return FileBody.of(file, "content/ko/a.md", bytes, text, text.indexOf("첫"), stamp);
    }

    /** {@code body} as the article cache gives it to another build: its text not read yet. */
    private static FileBody unread(FileBody body) {
        return new FileBody(body.file(), body.source(), body.start(), body.length(), body.hash(), body.digest());
    }

    /** Writes {@code text} to {@code file} a second after it was last written, as a writer saves it later. */
    private static void saveLater(Path file, String text) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1000));
    }

    /** A body as the build reads it from {@code text}, saved as UTF-8, from its start. */
    private FileBody read(String text) {
        return FileBody.of(dir.resolve("a.md"), "content/en/a.md", text.getBytes(StandardCharsets.UTF_8), text, 0, null);
    }

    @Test
    void bodiesOfOneLengthAndHashCodeAreToldApartByTheirDigest() {
        // "Aa" and "BB" have the same String.hashCode()
        FileBody aa = read("Aa");
        FileBody bb = read("BB");
        assertEquals(aa.hash(), bb.hash());
        assertNotEquals(aa, bb);
        // the CRC-32C and the CRC-32 of the bytes, the same in every JVM, as the state kept on disk needs
        assertEquals("8e7939c0920e3d75", aa.digest());
        assertEquals(aa, read("Aa"));
    }

    @Test
    void theSameTextFromOtherBytesIsAnotherBody() throws Exception {
        String saved = "\uFEFF---\ntitle: a\n---\n첫 문단.\n";
        String text = SourceText.decode(saved.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        FileBody lf = FileBody.of(dir.resolve("a.md"), "content/ko/a.md", saved.getBytes(StandardCharsets.UTF_8),
                text, text.indexOf("첫"), null);
        FileBody crlf = FileBody.of(dir.resolve("a.md"), "content/ko/a.md",
                saved.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), text, text.indexOf("첫"), null);
        // the same text from other bytes: a page made again for nothing, never an old page kept for a new text
        assertNotEquals(lf, crlf);
    }

    @Test
    void aBodyIsTheComponentsItWasMadeOfAsARecordWouldBe() throws Exception {
        FileBody body = body(Files.writeString(dir.resolve("a.md"), FILE));
        assertEquals(body, unread(body));
        assertEquals(body.hashCode(), unread(body).hashCode());
        assertEquals("FileBody[file=" + dir.resolve("a.md") + ", source=content/ko/a.md, start=" + body.start()
                + ", length=" + "첫 문단.\n\nSecond paragraph.\n".length() + ", hash=" + body.hash()
                + ", digest=" + body.digest() + "]", body.toString());
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
