package org.broadsheet.migrate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Spec table of {@link WithheldFiles#reason}: a file of the old site, wherever it is, and what kind of file the import
 * withholds it as (none: it is copied when a post links to it).
 */
class WithheldFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            .env                          | hidden
            tools/.env                    | hidden
            static/.git/config            | hidden
            _config.yml                   | settings
            _config.production.yml        | settings
            hugo.toml                     | settings
            config/_default/params.toml   | settings
            _data/secrets.yml             | settings
            blog/_data/secrets.yml        | settings
            _themes/harbor/_layouts/a.png | settings
            tools/Gemfile                 | settings
            tools/Gemfile.lock            | settings
            static/package.json           | settings
            static/demo/config.toml       | settings
            static/secrets.json           | settings
            deploy/docker-compose.yml     | settings
            deploy/Makefile               | settings
            deploy.sh                     | script
            scripts/deploy.sh             | script
            static/scripts/deploy.sh      | script
            tools/backup.PS1              | script
            assets/server.pem             | key
            static/config/diagram.png     | none
            static/img/config-chart.png   | none
            files/tides.pdf               | none
            files/districts.yml           | none
            files/analysis.py             | none
            """)
    void aFileIsWithheldByItsKindWhereverItIs(String path, String kind) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, kind.equals("key") ? "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n" : "text");
        assertEquals(kind, WithheldFiles.reason(dir, path).map(WithheldFilesTest::kind).orElse("none"));
    }

    private static String kind(String reason) {
        if (reason.startsWith("is a hidden file")) {
            return "hidden";
        }
        if (reason.startsWith("is one of the old site's settings")) {
            return "settings";
        }
        return reason.startsWith("is a script") ? "script" : "key";
    }
}
