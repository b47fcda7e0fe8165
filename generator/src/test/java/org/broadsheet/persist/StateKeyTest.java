package org.broadsheet.persist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The generator's own code as the kept state's key sees it: by what its jar holds, not by when it was packed. */
class StateKeyTest {

    @TempDir
    Path dir;

    /** A jar of {@code entries} (name to content), each entry dated {@code time}, compressed or stored. */
    private Path jar(String name, Map<String, String> entries, long time, boolean stored) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(time));
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static final Map<String, String> CODE = Map.of(
            "org/broadsheet/A.class", "class A, first version",
            "org/broadsheet/B.class", "class B",
            "templates/article.ftlh", "<h1>${title}</h1>",
            "META-INF/MANIFEST.MF", "Created-By: one packer");

    @Test
    void theSameCodePackedAgainLaterOrOtherwiseIsTheSameGenerator() throws IOException {
        String key = StateKey.code(jar("a.jar", CODE, 1_000_000L, false));
        assertEquals(key, StateKey.code(jar("b.jar", CODE, 2_000_000_000L, false)));
        assertEquals(key, StateKey.code(jar("c.jar", CODE, 3_000L, true)));
        // the manifest says who packed the jar and when, not what the generator does
        Map<String, String> repacked = new HashMap<>(CODE);
        repacked.put("META-INF/MANIFEST.MF", "Created-By: another packer");
        assertEquals(key, StateKey.code(jar("d.jar", repacked, 1_000_000L, false)));
    }

    @Test
    void anyChangedClassOrResourceIsAnotherGenerator() throws IOException {
        String key = StateKey.code(jar("a.jar", CODE, 1_000_000L, false));
        for (String name : new String[] {"org/broadsheet/A.class", "templates/article.ftlh"}) {
            Map<String, String> changed = new HashMap<>(CODE);
            // the same length, one character changed
            String content = CODE.get(name);
            changed.put(name, content.substring(0, content.length() - 1) + "!");
            assertNotEquals(key, StateKey.code(jar("changed.jar", changed, 1_000_000L, false)), name);
        }
        Map<String, String> added = new HashMap<>(CODE);
        added.put("org/broadsheet/C.class", "class C");
        assertNotEquals(key, StateKey.code(jar("added.jar", added, 1_000_000L, false)));
        Map<String, String> renamed = new HashMap<>(CODE);
        renamed.put("org/broadsheet/Z.class", renamed.remove("org/broadsheet/B.class"));
        assertNotEquals(key, StateKey.code(jar("renamed.jar", renamed, 1_000_000L, false)));
    }
}
