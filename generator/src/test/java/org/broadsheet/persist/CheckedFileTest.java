package org.broadsheet.persist;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@link CheckedFile} writes reads back the same, and a file changed in any byte or cut short reads as nothing. */
class CheckedFileTest {

    @Property(tries = 200)
    void textsReadBackAsWrittenAndAnyDamageReadsAsNothing(@ForAll("texts") List<String> texts,
                                                          @ForAll @IntRange(max = 1_000_000) int where,
                                                          @ForAll @IntRange(min = 1, max = 255) int flip)
            throws IOException {
        Path dir = Files.createTempDirectory("checked-file");
        try {
            Path file = dir.resolve("work/kept");
            CheckedFile.write(file, out -> {
                out.writeInt(texts.size());
                for (String text : texts) {
                    CheckedFile.string(out, text);
                }
            });
            assertEquals(Optional.of(texts), read(file));
            try (Stream<Path> left = Files.list(file.getParent())) {
                assertEquals(List.of(file), left.toList(), "no temporary file is left");
            }

            byte[] bytes = Files.readAllBytes(file);
            int at = (int) ((long) (bytes.length - 1) * where / 1_000_000);
            byte[] changed = bytes.clone();
            changed[at] ^= (byte) flip;
            Files.write(file, changed);
            assertEquals(Optional.empty(), read(file), "byte " + at + " of " + bytes.length + " changed");
            Files.write(file, Arrays.copyOf(bytes, at));
            assertEquals(Optional.empty(), read(file), "cut at " + at + " of " + bytes.length);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Cut to its first eight bytes, a file of one zero is eight zeros: the CRC-32 of nothing, but not its length. */
    @Test
    void aFileCutToEightZerosIsNotTakenForAnEmptyOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kept");
        CheckedFile.write(file, out -> out.writeInt(0));
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), Long.BYTES));
        assertEquals(Optional.empty(), read(file));
    }

    /** A reading that asks for more than was written meets the file's end, not old bytes of its buffer. */
    @Test
    void aReadingPastWhatWasWrittenReadsNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kept");
        CheckedFile.write(file, out -> out.writeInt(7));
        assertEquals(Optional.of(7), CheckedFile.read(file, in -> in.readInt()));
        assertEquals(Optional.empty(), CheckedFile.read(file, in -> {
            in.readInt();
            // the trailer, then the end
            in.readLong();
            return in.read() < 0 ? null : "past the end";
        }));
    }

    private static Optional<List<String>> read(Path file) {
        return CheckedFile.read(file, in -> {
            List<String> texts = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                texts.add(CheckedFile.string(in));
            }
            return texts;
        });
    }

    /**
     * Texts of every kind a build keeps: any Unicode text (as read from UTF-8 files: no lone surrogate),
     * Hangul, nothing, and some longer than writeUTF allows.
     */
    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> unicode = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE).list().ofMaxSize(40)
                .map(codePoints -> new String(codePoints.stream().mapToInt(Integer::intValue).toArray(), 0,
                        codePoints.size()));
        Arbitrary<String> text = Arbitraries.oneOf(
                unicode,
                Arbitraries.strings().withCharRange('가', '힣').ofMaxLength(40),
                Arbitraries.strings().withCharRange('가', '힣').ofMinLength(22_000).ofMaxLength(23_000),
                Arbitraries.just(""),
                Arbitraries.just(null));
        return text.list().ofMaxSize(8);
    }
}
