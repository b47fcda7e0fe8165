import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A page's way from the templates to its bytes, alone, in one JVM: the pages of a built site, each cut into pieces of
 * 1–60 chars as FreeMarker writes them, are collected by the generator's UTF-8 writer, and, alternating with it in
 * each round, by a StringBuilder then encoded with {@code getBytes(UTF_8)} (the JDK's way, which the generator took
 * before). Prints each round's times; the first rounds include the JIT's warm-up.
 * Run: {@code java -cp generator/target/classes bench/PageBytesBench.java target/bench/10000/corpus/broadsheet/site}
 */
public class PageBytesBench {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        Random random = new Random(1);
        List<String[]> pages = new ArrayList<>();
        // every fifth page, so that a large site's pages fit in memory cut up
        for (int f = 0; f < files.size(); f += 5) {
            String page = Files.readString(files.get(f));
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < page.length(); ) {
                int n = Math.min(page.length() - i, 1 + random.nextInt(60));
                pieces.add(page.substring(i, i + n));
                i += n;
            }
            pages.add(pieces.toArray(new String[0]));
        }
        Method forPage = Class.forName("org.broadsheet.render.Utf8Writer").getDeclaredMethod("forPage");
        Method bytes = forPage.getReturnType().getDeclaredMethod("page");
        forPage.setAccessible(true);
        bytes.setAccessible(true);
        long total = 0;
        for (int round = 1; round <= 16; round++) {
            long start = System.nanoTime();
            for (String[] pieces : pages) {
                StringBuilder builder = new StringBuilder(16 * 1024);
                for (String piece : pieces) {
                    builder.append(piece, 0, piece.length());
                }
                total += builder.toString().getBytes(StandardCharsets.UTF_8).length;
            }
            long middle = System.nanoTime();
            for (String[] pieces : pages) {
                Writer writer = (Writer) forPage.invoke(null);
                for (String piece : pieces) {
                    writer.write(piece, 0, piece.length());
                }
                total -= ((byte[]) bytes.invoke(writer)).length;
            }
            long end = System.nanoTime();
            System.out.printf("round %2d: %,d pages   StringBuilder + getBytes %6.1f ms   UTF-8 writer %6.1f ms%n", round,
                    pages.size(), (middle - start) / 1e6, (end - middle) / 1e6);
        }
        if (total != 0) {
            throw new IllegalStateException("the two ways gave pages of different lengths");
        }
    }
}
