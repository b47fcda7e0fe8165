package org.broadsheet.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.broadsheet.model.Body;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * For any file and any save of it during the build, a body read again is the body as first read, or an error naming
 * the file: never another text, and no error for a file saved as it was. Files of every kind: with a byte order
 * mark, {@code \r\n} or lone {@code \r} line ends, characters XML forbids, Hangul and characters beyond the BMP, in
 * the front matter or in the body.
 */
class FileBodyPropertyTest {

    private static final String SEPARATOR = "\n---\n";
    private static Path file;

    @BeforeContainer
    static void file() throws IOException {
        file = Files.createTempFile("body", ".md");
    }

    @AfterContainer
    static void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Property(tries = 1000)
    void aBodyReadAgainIsTheBodyFirstReadOrAnError(@ForAll("texts") String frontMatter, @ForAll("texts") String body,
                                                   @ForAll("edits") List<Integer> edit, @ForAll("texts") String inserted,
                                                   @ForAll boolean later)
            throws IOException {
        byte[] bytes = (frontMatter + SEPARATOR + body).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        FileStamp stamp = FileStamp.of(file);
        String text = SourceText.decode(bytes).orElseThrow();
        String original = text.substring(text.indexOf(SEPARATOR) + SEPARATOR.length());
        FileBody read = FileBody.of(file, "content/en/a.md", bytes, text, text.length() - original.length(), stamp);
        // as the article cache gives it to the next build, its text not read yet
        FileBody unread = new FileBody(read.file(), read.source(), read.start(), read.length(), read.hash(),
                read.digest());
        // the save: a span of the file's bytes replaced, anywhere, or nothing changed; within the file system's
        // clock tick or a second later
        int from = Math.min(edit.get(0), bytes.length);
        int to = Math.min(from + edit.get(1), bytes.length);
        byte[] added = edit.get(2) == 0 ? new byte[0] : inserted.getBytes(StandardCharsets.UTF_8);
        byte[] saved = new byte[bytes.length - (to - from) + added.length];
        System.arraycopy(bytes, 0, saved, 0, from);
        System.arraycopy(added, 0, saved, from, added.length);
        System.arraycopy(bytes, to, saved, from + added.length, bytes.length - to);
        Files.write(file, saved);
        if (later) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(stamp.modified() / 1_000_000 + 1000));
        }
        for (FileBody each : List.of(read, unread)) {
            try {
                assertEquals(original, each.text());
            } catch (Body.Changed changed) {
                assertFalse(Arrays.equals(bytes, saved), "the file is unchanged, yet reported changed");
                assertEquals("content/en/a.md", changed.source());
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", " ", "\n", "\r", "\r\n", "\uFEFF", "\u0001", "\uFFFE", "한", "é", "\uD83D\uDE00",
                "title: x", "---").list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 40).list().ofSize(3);
    }
}
