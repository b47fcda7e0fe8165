package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.broadsheet.output.HostFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code host:} in {@code site.yml} makes the build write what that host reads. */
class HostFilesTest {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @TempDir
    Path dir;

    private TestSite site(String host, String baseUrl) {
        return TestSite.create(dir)
                .file("content/site.yml", TestSite.SITE_YML.replace("https://news.example.org/", baseUrl) + "host: " + host + "\n")
                .bytes("content/images/bells.png", new byte[] {1, 2, 3})
                .article("content/en/2019/bells.md", """
                        title: Bells ring
                        date: 2019-12-25 09:00
                        image: {src: /images/bells.png, alt: Bells}
                        aliases: [/2019/12/25/bells.html, /posts/bells/, /old/bells]
                        """, "The bells rang.")
                .article("content/ko/2019/bells.md", "title: 종소리\ndate: 2019-12-25 09:00\naliases: [/ko/posts/bells/]",
                        "종이 울렸다.");
    }

    /** The rules of a {@code _redirects} file: each line {@code from to status}, comments and blank lines aside. */
    private static List<List<String>> redirectRules(String text) {
        List<List<String>> rules = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rules.add(List.of(line.trim().split("\\s+")));
            }
        }
        return rules;
    }

    /** The rules of a {@code _headers} file: a path on a line of its own, its headers indented below it. */
    private static Map<String, Map<String, String>> headerRules(String text) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                current = new LinkedHashMap<>();
                assertTrue(rules.put(line, current) == null, "one rule per path: " + line);
            } else {
                int colon = line.indexOf(':');
                assertTrue(current != null && colon > 0, "a header belongs to a path: " + line);
                current.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return rules;
    }

    /** Each alias's redirect page, as the build wrote it: its address → where it leads. */
    private Map<String, String> aliasPages(String basePath) {
        Pattern refresh = Pattern.compile("url=([^\"]+)\"");
        Map<String, String> pages = new LinkedHashMap<>();
        for (String file : List.of("2019/12/25/bells.html", "old/bells/index.html", "posts/bells/index.html",
                "ko/posts/bells/index.html")) {
            Matcher m = refresh.matcher(read(file));
            assertTrue(m.find());
            pages.put(basePath + file.replaceAll("index\\.html$", ""), m.group(1));
        }
        return pages;
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve("site").resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void netlifyGetsForcedRedirectsForEveryAliasAndLongCachingForMediaAndFingerprintedAssets() {
        TestSite site = site("netlify", "https://news.example.org/");
        assertTrue(site.build().succeeded());
        Map<String, String> rules = new LinkedHashMap<>();
        for (List<String> rule : redirectRules(site.read("_redirects"))) {
            assertEquals(3, rule.size(), rule.toString());
            assertEquals("301!", rule.get(2), "forced: the redirect page exists at the same address");
            rules.put(rule.get(0), rule.get(1));
            assertTrue(site.exists(rule.get(1).substring(1) + "index.html"), "leads to an article: " + rule);
        }
        assertEquals(aliasPages("/"), rules);
        assertEquals("/en/2019/12/bells/", rules.get("/old/bells/"));
        assertEquals("/ko/2019/12/bells/", rules.get("/ko/posts/bells/"));

        Map<String, Map<String, String>> headers = headerRules(site.read("_headers"));
        assertEquals(Map.of("Cache-Control", IMMUTABLE), headers.get("/media/*"));
        List<String> assets = headers.keySet().stream().filter(path -> path.startsWith("/assets/")).toList();
        assertFalse(assets.isEmpty());
        for (String asset : assets) {
            assertTrue(asset.matches("/assets/.+\\.[0-9a-f]{8}\\.(css|js)"), asset);
            assertTrue(site.exists(asset.substring(1)), asset);
            assertEquals(Map.of("Cache-Control", IMMUTABLE), headers.get(asset));
        }
        assertTrue(site.read("en/2019/12/bells/index.html").contains(assets.stream()
                .filter(a -> a.contains("style.")).findFirst().orElseThrow()));
        assertFalse(site.exists(".nojekyll"));
    }

    @Test
    void cloudflarePagesGetsPlainRedirectsUnderTheSitePath() {
        TestSite site = site("cloudflare", "https://example.org/news/");
        assertTrue(site.build().succeeded());
        Map<String, String> rules = new LinkedHashMap<>();
        for (List<String> rule : redirectRules(site.read("_redirects"))) {
            assertEquals("301", rule.get(2), "Cloudflare knows no '!'");
            rules.put(rule.get(0), rule.get(1));
        }
        assertEquals(aliasPages("/news/"), rules);
        assertEquals("/news/en/2019/12/bells/", rules.get("/news/2019/12/25/bells.html"));
        assertTrue(headerRules(site.read("_headers")).containsKey("/news/media/*"));
    }

    @Test
    void aCloudflareSiteOfMoreAliasesThanItsRedirectRulesSaysInTheLogWhichAnswerThem() {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i <= HostFiles.CLOUDFLARE_REDIRECTS; i++) {
            aliases.append(i == 0 ? "" : ", ").append("/old/").append(i).append('/');
        }
        TestSite site = site("cloudflare", "https://example.org/")
                .article("content/en/2019/archive.md", "title: Archive\ndate: 2019-12-26\naliases: [" + aliases + "]", "Old.");
        TestSite.Logged built = site.buildLogged();
        assertTrue(built.result().succeeded(), built.result().problems().toString());
        assertEquals(List.of("_redirects: Cloudflare Pages reads 2000 redirect rules; the other 5 aliases are answered by "
                + "their redirect pages"), built.warnings());
    }

    @Test
    void githubPagesGetsNoJekyllAndA404ThatWorksUnderTheProjectPath() {
        TestSite site = site("github", "https://newsroom.github.io/ledger/");
        assertTrue(site.build().succeeded());
        assertEquals("", site.read(".nojekyll"));
        assertFalse(site.exists("_redirects"));
        // GitHub Pages serves /ledger/404.html for a missing page at any depth: every link must hold from there
        Matcher link = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(site.read("404.html"));
        int links = 0;
        while (link.find()) {
            String target = link.group(1);
            if (target.startsWith("#")) {
                continue;
            }
            links++;
            assertTrue(target.startsWith("/ledger/"), "absolute under the project path: " + target);
            String file = target.substring("/ledger/".length());
            assertTrue(site.exists(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file), target);
        }
        assertTrue(links >= 3, "the 404 links to the editions and its stylesheet");
    }

    @Test
    void s3AndGenericHostsGetNoHostFiles() {
        for (String host : List.of("s3", "generic")) {
            TestSite site = site(host, "https://news.example.org/");
            assertTrue(site.build().succeeded());
            assertFalse(site.exists("_redirects"));
            assertFalse(site.exists("_headers"));
            assertFalse(site.exists(".nojekyll"));
        }
    }

    @Test
    void changingTheHostRemovesTheFilesOfTheOldOne() {
        TestSite site = site("netlify", "https://news.example.org/");
        assertTrue(site.build().succeeded());
        assertTrue(site.exists("_redirects"));
        site.file("content/site.yml", TestSite.SITE_YML + "host: github\n");
        assertTrue(site.build().succeeded());
        assertFalse(site.exists("_redirects"));
        assertFalse(site.exists("_headers"));
        assertTrue(site.exists(".nojekyll"));
    }

    @Test
    void anAliasCannotTakeTheAddressOfAHostFile() {
        TestSite site = site("netlify", "https://news.example.org/")
                .article("content/en/2020/x.md", "title: X\ndate: 2020-01-01\naliases: [/_redirects]", "X.");
        assertEquals(List.of("content/en/2020/x.md:4: alias '/_redirects' names a file that web hosts or Broadsheet "
                + "read as settings, or a hidden one: an old address never needs it; remove it"), site.problems());
        site.article("content/en/2020/x.md", "title: X\ndate: 2020-01-01\naliases: [/robots.txt/]", "X.");
        assertEquals(List.of("content/en/2020/x.md:4: alias '/robots.txt/' is the address of a file or folder "
                + "Broadsheet generates (robots.txt); remove it from 'aliases'"), site.problems());
    }

    @Test
    void anUnknownHostIsReportedWithTheKnownOnes() {
        TestSite site = site("netlfy", "https://news.example.org/");
        assertEquals(List.of("content/site.yml:7: unknown host 'netlfy' (did you mean 'netlify'?); 'host' is one of "
                + "generic, s3, netlify, cloudflare, github"), site.problems());
    }
}
