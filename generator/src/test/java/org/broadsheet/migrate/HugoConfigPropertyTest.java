package org.broadsheet.migrate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.build.BuildLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hugo reads the same settings from one {@code hugo.toml} as from {@code config/_default/} split into a file
 * per root key or per language; so does the import.
 */
class HugoConfigPropertyTest {

    /** One language's settings: its title and content folder, either of which may be left out. */
    record Language(String title, String contentDir) {
    }

    /** What a Hugo site configures that the import reads. */
    record Config(String defaultLanguage, Map<String, Language> languages, String postPermalink, String ugly) {

        String rootKeys() {
            return "baseURL = 'https://bay.example.org/'\ndefaultContentLanguage = '" + defaultLanguage + "'\n"
                    + (ugly.equals("all") ? "uglyURLs = true\n" : "");
        }

        String sectionTables() {
            return (postPermalink == null ? "" : "[permalinks]\n  post = '" + postPermalink + "'\n")
                    + (ugly.equals("post") ? "[uglyURLs]\n  post = true\n" : "");
        }

        String language(String code) {
            Language language = languages.get(code);
            return (language.title() == null ? "" : "title = '" + language.title() + "'\n")
                    + (language.contentDir() == null ? "" : "contentDir = '" + language.contentDir() + "'\n");
        }

        String languageTables() {
            StringBuilder toml = new StringBuilder();
            languages.keySet().forEach(code -> toml.append("[languages.").append(code).append("]\n")
                    .append(language(code).indent(2)));
            return toml.toString();
        }
    }

    @Provide
    Arbitrary<Config> configs() {
        Arbitrary<Language> language = Combinators.combine(
                Arbitraries.of("Bay", "만 소식", "Harbor Ledger").injectNull(0.3),
                Arbitraries.of("content/en", "content/ko", "content/news").injectNull(0.3)).as(Language::new);
        Arbitrary<Map<String, Language>> languages = Arbitraries.maps(Arbitraries.of("en", "ko", "fr"), language)
                .ofMinSize(1).ofMaxSize(3).map(TreeMap::new);
        return Combinators.combine(Arbitraries.of("en", "ko"), languages,
                Arbitraries.of("/:year/:month/:slug/", "/:sections/:filename/").injectNull(0.3),
                Arbitraries.of("none", "all", "post")).as(Config::new);
    }

    @Property(tries = 200, seed = "20261206")
    void aConfigSplitOverTheConfigFolderReadsAsOneFile(@ForAll("configs") Config config) throws IOException {
        SourceSite whole = read(Map.of("hugo.toml", config.rootKeys() + config.sectionTables() + config.languageTables()));
        StringBuilder perLanguage = new StringBuilder();
        Map<String, String> languageFiles = new TreeMap<>();
        config.languages().keySet().forEach(code -> {
            perLanguage.append("[").append(code).append("]\n").append(config.language(code).indent(2));
            languageFiles.put("config/_default/languages." + code + ".toml", config.language(code));
        });
        Map<String, String> byKey = new TreeMap<>(Map.of("config/_default/hugo.toml", config.rootKeys() + config.sectionTables(),
                "config/_default/languages.toml", perLanguage.toString()));
        Map<String, String> byLanguage = new TreeMap<>(languageFiles);
        byLanguage.put("config/_default/config.toml", config.rootKeys());
        if (config.postPermalink() != null) {
            byLanguage.put("config/_default/permalinks.toml", "post = '" + config.postPermalink() + "'\n");
        }
        if (config.ugly().equals("post")) {
            byLanguage.put("config/_default/uglyURLs.toml", "post = true\n");
        }
        for (Map<String, String> split : List.of(byKey, byLanguage)) {
            SourceSite read = read(split);
            assertEquals(whole.languages(), read.languages(), split.keySet().toString());
            assertEquals(whole.languageTitles(), read.languageTitles(), split.keySet().toString());
            assertEquals(whole.permalinks(), read.permalinks(), split.keySet().toString());
            assertEquals(whole.baseUrl(), read.baseUrl(), split.keySet().toString());
            for (String section : List.of("post", "notes")) {
                assertEquals(whole.uglyUrls(section), read.uglyUrls(section), section + " in " + split.keySet());
            }
        }
    }

    private static SourceSite read(Map<String, String> files) throws IOException {
        Path root = Files.createTempDirectory("hugo-config");
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            Findings findings = new Findings();
            return HugoReader.read(new SourceFiles(root, findings), findings, new ImportProgress(BuildLog.SILENT));
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
