package org.broadsheet.output;

import org.broadsheet.model.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host files and the manifest at their limits: Cloudflare's count of rules, a site without media, odd lines. */
class HostFilesLimitsTest {

    private final SiteUrls urls = new SiteUrls("https://news.example.org/", ZoneId.of("Asia/Seoul"));

    @Test
    void cloudflareTakesAsManyRulesAsItReadsAndTheRestAreNamedInAWarning() {
        HostFiles.Files full = HostFiles.of(Host.CLOUDFLARE, redirects(HostFiles.CLOUDFLARE_REDIRECTS), Set.of(), urls);
        assertEquals(List.of(), full.warnings());
        assertEquals(HostFiles.CLOUDFLARE_REDIRECTS, rules(full));

        HostFiles.Files over = HostFiles.of(Host.CLOUDFLARE, redirects(HostFiles.CLOUDFLARE_REDIRECTS + 3), Set.of(), urls);
        assertEquals(List.of("_redirects: Cloudflare Pages reads 2000 redirect rules; the other 3 aliases are answered "
                + "by their redirect pages"), over.warnings());
        assertEquals(HostFiles.CLOUDFLARE_REDIRECTS, rules(over));
    }

    @Test
    void aSiteWithoutMediaGetsNoCachingRuleForMedia() {
        String without = HostFiles.of(Host.NETLIFY, Map.of(), Set.of("en/index.html"), urls).files().get(HostFiles.HEADERS);
        String with = HostFiles.of(Host.NETLIFY, Map.of(), Set.of("en/index.html", "media/a.jpg"), urls).files()
                .get(HostFiles.HEADERS);
        assertFalse(without.contains("/media/"), without);
        assertTrue(with.contains("/media/*\n  Cache-Control: "), with);
    }

    @Test
    void aManifestLineWithABackslashAnywhereIsNotASiteFile(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve(Manifest.FILE), "en/index.html\n\\evil\na\\b\n\n" + Manifest.FILE + "\n");
        List<String> warnings = new ArrayList<>();
        assertEquals(Set.of("en/index.html"), new Manifest(site).files(warnings::add));
        assertEquals(List.of(), warnings);
    }

    private static Map<String, String> redirects(int count) {
        Map<String, String> redirects = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            redirects.put("old/" + i + "/index.html", "/en/2020/01/story-" + i + "/");
        }
        return redirects;
    }

    private static int rules(HostFiles.Files files) {
        return (int) files.files().get(HostFiles.REDIRECTS).lines().filter(line -> line.startsWith("/old/")).count();
    }
}
