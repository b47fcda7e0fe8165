package org.broadsheet.serve;

import org.broadsheet.build.BuildLog;
import org.broadsheet.build.BuildOptions;
import org.broadsheet.build.BuildResult;
import org.broadsheet.build.Generator;
import org.broadsheet.diag.Problem;
import org.broadsheet.output.Manifest;

import java.io.IOException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What "the preview shows what is on disk" means, checked: a cold build of the files as they are now, with
 * the preview's options, and the preview compared with it — every file served as the build wrote it (HTML
 * without the preview's live script), no other file in the preview's {@code site/}, and the overlay showing
 * exactly the build's problems (none when it succeeded).
 */
final class Convergence {

    private Convergence() {
    }

    /**
     * Waits until the preview agrees with a cold build of the files now on disk, and returns how long that
     * took; fails with the first difference still found after {@code patience}.
     *
     * @param options the options the preview was started with
     * @param scratch a folder for the cold build
     */
    static Duration await(BuildOptions options, Preview preview, Path scratch, Duration patience) throws Exception {
        long start = System.nanoTime();
        Path coldSite = scratch.resolve("cold-site");
        BuildResult cold = Generator.build(options.withDrafts(true).withBaseUrl(preview.url())
                .withOutput(coldSite, scratch.resolve("cold-work")), BuildLog.SILENT);
        PreviewClient client = new PreviewClient(preview.port());
        long deadline = start + patience.toNanos();
        String difference;
        do {
            difference = difference(cold, coldSite, options.outputDir(), client);
            if (difference == null) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the preview did not show what is on disk within " + patience + ": " + difference);
    }

    /** The first way the preview differs from the cold build, or null. */
    private static String difference(BuildResult cold, Path coldSite, Path previewSite, PreviewClient client)
            throws Exception {
        List<String> expectedProblems = cold.problems().stream().map(Problem::toString).toList();
        HttpResponse<String> home = client.get("/");
        PreviewClient.State state = PreviewClient.pageState(home.body());
        if (!state.problems().equals(expectedProblems)) {
            return "the overlay shows " + state.problems() + ", a cold build finds " + expectedProblems;
        }
        if (!cold.succeeded()) {
            return null;
        }
        if (!Files.isDirectory(previewSite)) {
            return "the preview has written no site yet";
        }
        Map<String, String> expected = PreviewClient.tree(coldSite);
        Map<String, String> written;
        try {
            written = PreviewClient.tree(previewSite);
        } catch (IOException | java.io.UncheckedIOException changing) {
            return "site/ changed while it was being read: " + changing;
        }
        expected.remove(Manifest.FILE);
        written.remove(Manifest.FILE);
        if (!expected.keySet().equals(written.keySet())) {
            TreeSet<String> extra = new TreeSet<>(written.keySet());
            extra.removeAll(expected.keySet());
            TreeSet<String> missing = new TreeSet<>(expected.keySet());
            missing.removeAll(written.keySet());
            return "site/ has " + extra + " too many and lacks " + missing;
        }
        List<String> paths = new ArrayList<>(expected.keySet());
        for (String path : paths) {
            HttpResponse<byte[]> served = client.bytes("/" + path);
            String body = new String(served.body(), StandardCharsets.ISO_8859_1);
            if (path.endsWith(".html")) {
                body = new String(PreviewClient.withoutLiveScript(new String(served.body(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
            if (!body.equals(expected.get(path))) {
                return path + " is served differently from a cold build";
            }
        }
        return null;
    }
}
