package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same input gives byte-identical output on any machine timezone and locale. */
class ReproducibilityTest {

    @TempDir
    Path out;

    @Test
    void sampleNewsroomBuildsIdenticallyInLosAngelesWithAKoreanLocale() throws IOException {
        Map<String, String> here = build("here");
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.KOREA);
            Map<String, String> there = build("there");
            assertEquals(here.keySet(), there.keySet());
            here.forEach((file, text) -> assertEquals(text, there.get(file), file));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    private Map<String, String> build(String name) throws IOException {
        Path root = TestSite.repositoryRoot();
        Path site = out.resolve(name);
        BuildResult result = Generator.build(BuildOptions.standard(root).withOutput(site, out.resolve(name + "-work")),
                BuildLog.SILENT);
        assertTrue(result.succeeded(), result.problems().toString());
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), new String(Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
