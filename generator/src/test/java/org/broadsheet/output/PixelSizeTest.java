package org.broadsheet.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PixelSizeTest {

    @Property(tries = 40)
    void readsTheSizeThatJavaImageIoWrites(@ForAll("formats") String format, @ForAll @IntRange(min = 1, max = 400) int width,
                                           @ForAll @IntRange(min = 1, max = 400) int height) {
        byte[] image = written(format, width, height, false);
        assertEquals(Optional.of(new MediaFiles.Size(width, height)), sizeOf(image), format);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("png", "jpeg", "gif", "bmp");
    }

    @Test
    void progressiveJpegGivesItsFrameSize() {
        assertEquals(Optional.of(new MediaFiles.Size(123, 45)), sizeOf(written("jpeg", 123, 45, true)));
    }

    @Test
    void jpegSizeIsTheFrameAfterItsMetadataNotAThumbnailInside() {
        byte[] jpeg = written("jpeg", 640, 480, false);
        // an APP1 segment (where EXIF keeps a thumbnail) holding what looks like a frame header of another size
        byte[] fakeFrame = {(byte) 0xFF, (byte) 0xC0, 0, 17, 8, 0, 10, 0, 20, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1};
        byte[] app1 = ByteBuffer.allocate(4 + fakeFrame.length).put((byte) 0xFF).put((byte) 0xE1)
                .putShort((short) (2 + fakeFrame.length)).put(fakeFrame).array();
        byte[] withApp1 = concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFF}, app1,
                Arrays.copyOfRange(jpeg, 2, jpeg.length));
        assertEquals(Optional.of(new MediaFiles.Size(640, 480)), sizeOf(withApp1));
    }

    @Test
    void bmpStoredTopRowFirstHasAPositiveHeight() {
        byte[] bmp = written("bmp", 30, 20, false);
        ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).putInt(22, -20);
        assertEquals(Optional.of(new MediaFiles.Size(30, 20)), sizeOf(bmp));
    }

    @Test
    void webpGivesItsSizeInEachOfItsThreeKinds() {
        ByteBuffer lossy = webp("VP8 ");
        lossy.position(20).put(new byte[]{0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A}).putShort((short) 1024).putShort((short) 683);
        assertEquals(Optional.of(new MediaFiles.Size(1024, 683)), sizeOf(lossy.array()));

        ByteBuffer lossless = webp("VP8L");
        lossless.position(20).put((byte) 0x2F).putInt((800 - 1) | (600 - 1) << 14);
        assertEquals(Optional.of(new MediaFiles.Size(800, 600)), sizeOf(lossless.array()));

        ByteBuffer extended = webp("VP8X");
        extended.position(24).put(new byte[]{(byte) 0x7F, (byte) 0x96, 0x00, (byte) 0x37, 0x04, 0x00});
        assertEquals(Optional.of(new MediaFiles.Size(0x967F + 1, 0x0437 + 1)), sizeOf(extended.array()));
    }

    @Test
    void unknownFormatsAndDamagedHeadersHaveNoSize() {
        byte[] png = written("png", 10, 10, false);
        assertEquals(Optional.empty(), sizeOf("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()));
        assertEquals(Optional.empty(), sizeOf(new byte[0]));
        assertEquals(Optional.empty(), sizeOf(Arrays.copyOf(png, 20)), "a PNG cut inside its header");
        byte[] zeroHeightJpeg = written("jpeg", 10, 10, false);
        int frame = indexOf(zeroHeightJpeg, (byte) 0xFF, (byte) 0xC0);
        zeroHeightJpeg[frame + 5] = 0;
        zeroHeightJpeg[frame + 6] = 0;
        assertEquals(Optional.empty(), sizeOf(zeroHeightJpeg), "a JPEG whose height comes after its first scan");
        byte[] fillOnly = new byte[5_000];
        Arrays.fill(fillOnly, (byte) 0xFF);
        fillOnly[1] = (byte) 0xD8;
        assertEquals(Optional.empty(), sizeOf(fillOnly), "a JPEG of nothing but fill bytes");
    }

    @Property(tries = 300)
    void anyBytesAfterAKnownSignatureGiveASizeOrNothing(@ForAll("signatures") byte[] signature, @ForAll byte[] rest) {
        sizeOf(concat(signature, rest));
    }

    @Provide
    Arbitrary<byte[]> signatures() {
        return Arbitraries.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[]{'G', 'I', 'F', '8'},
                new byte[]{'B', 'M'}, new byte[]{'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'},
                new byte[]{(byte) 0xFF, (byte) 0xD8});
    }

    private static ByteBuffer webp(String chunk) {
        ByteBuffer buffer = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes()).putInt(32).put("WEBP".getBytes()).put(chunk.getBytes()).putInt(20);
        return buffer;
    }

    private static Optional<MediaFiles.Size> sizeOf(byte[] bytes) {
        try {
            Path file = Files.createTempFile("pixel-size", ".img");
            try {
                Files.write(file, bytes);
                return PixelSize.of(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] written(String format, int width, int height, boolean progressive) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte first, byte second) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == first && bytes[i + 1] == second) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
