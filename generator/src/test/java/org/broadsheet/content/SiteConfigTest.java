package org.broadsheet.content;

import org.broadsheet.diag.Problem;
import org.broadsheet.diag.Problems;
import org.broadsheet.model.DeploySettings;
import org.broadsheet.model.Host;
import org.broadsheet.model.Language;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.model.SiteConfig.MissingTranslation;
import org.broadsheet.model.SiteConfig.RawHtml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code site.yml}, spec style: each row is the file's settings after a valid first part, and the exact
 * problems they give; the valid settings are read into the values a build uses.
 */
class SiteConfigTest {

    private static final String VALID = """
            baseUrl: https://news.example.org
            timezone: Asia/Seoul
            languages:
              en: {title: The Ledger, description: News of the bay}
              ko: {title: 레저}
            """;
    private static final List<String> FOLDERS = List.of("en", "ko");

    @Test
    void everySettingIsReadIntoTheValuesABuildUses() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfigReader.read(VALID + """
                pageSize: 25
                missingTranslation: Home
                rawHtml: trusted
                embeds: [https://player.example.com/embed/, maps.example.org]
                host: netlify
                websub: https://hub.example.org/
                deploy: {bucket: news, prefix: site/, region: ap-northeast-2, endpoint: https://s3.example.org,
                         pathStyle: true, maxDeletes: -1, server: newsroom-s3}
                """, "site.yml", FOLDERS, problems).config();
        assertEquals(List.of(), problems.sorted());
        assertEquals(new SiteConfig("https://news.example.org/", ZoneId.of("Asia/Seoul"),
                List.of(new Language("en", "The Ledger", "News of the bay", null), new Language("ko", "레저", "", null)), 25,
                MissingTranslation.HOME, RawHtml.TRUSTED, List.of("player.example.com/embed/", "maps.example.org"),
                Host.named("netlify").orElseThrow(), "https://hub.example.org/",
                new DeploySettings("news", "site/", "ap-northeast-2", "https://s3.example.org", true, -1, "newsroom-s3")),
                config);
    }

    @Test
    void oneArticlePerPageIsTheSmallestPageSize() {
        Problems problems = new Problems();
        assertEquals(1, SiteConfigReader.read(VALID + "pageSize: 1\n", "site.yml", FOLDERS, problems).config().pageSize());
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void absentOptionalSettingsTakeTheirDefaults() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfigReader.read(VALID, "site.yml", FOLDERS, problems).config();
        assertEquals(List.of(), problems.sorted());
        assertEquals(new SiteConfig("https://news.example.org/", ZoneId.of("Asia/Seoul"), config.languages(), 10,
                MissingTranslation.HIDE, RawHtml.SANITIZE, SiteConfig.DEFAULT_EMBEDS, Host.GENERIC, null,
                DeploySettings.NONE), config);
    }

    @Test
    void theOldBooleanRawHtmlStillMeansTrustedOrEscape() {
        assertEquals(RawHtml.TRUSTED, read(VALID + "rawHtml: true").rawHtml());
        assertEquals(RawHtml.ESCAPE, read(VALID + "rawHtml: false").rawHtml());
        assertEquals(RawHtml.ESCAPE, read(VALID + "rawHtml: ESCAPE").rawHtml());
    }

    @Test
    void unreadableYamlGivesTheFallbackWithTheFoldersAsEditions() {
        Problems problems = new Problems();
        SiteConfig config = SiteConfigReader.read("baseUrl: [unclosed", "site.yml", FOLDERS, problems).config();
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        assertEquals(SiteConfigReader.fallback(FOLDERS), config);
        assertEquals(List.of(new Language("en", "en", "", null), new Language("ko", "ko", "", null)), config.languages());
    }

    static Stream<Arguments> problems() {
        String url = "'baseUrl' must be an absolute http or https address such as https://news.example.org/ or "
                + "https://example.org/news/";
        return Stream.of(
                Arguments.of("no baseUrl, timezone or languages", "pageSize: 10", List.of(
                        "site.yml:1: 'languages' must list each edition with its title, e.g. languages: {en: {title: "
                                + "The Ledger}, ko: {title: 레저}}",
                        "site.yml:1: missing 'baseUrl': the address where the site will be published, e.g. baseUrl: "
                                + "https://news.example.org/",
                        "site.yml:1: missing 'timezone': the newsroom's time zone, e.g. timezone: Asia/Seoul")),
                Arguments.of("indented with a tab", VALID.replace("  ko:", "\tko:"), List.of(
                        "site.yml:5: a tab indents this line: YAML indents with spaces only; replace the tab with spaces")),
                Arguments.of("relative baseUrl", valid("baseUrl: /news/"), List.of("site.yml:1: " + url)),
                Arguments.of("ftp baseUrl", valid("baseUrl: ftp://example.org/"), List.of("site.yml:1: " + url)),
                Arguments.of("baseUrl with a query", valid("baseUrl: https://example.org/?a=1"), List.of("site.yml:1: " + url)),
                Arguments.of("baseUrl with a fragment", valid("baseUrl: https://example.org/#top"), List.of("site.yml:1: " + url)),
                Arguments.of("baseUrl without a host", valid("baseUrl: 'https:///news'"), List.of("site.yml:1: " + url)),
                Arguments.of("baseUrl that is no URI", valid("baseUrl: 'https://exa mple.org/'"), List.of("site.yml:1: " + url)),
                Arguments.of("unknown timezone", valid("timezone: Asia/Busan"), List.of("site.yml:2: unknown timezone "
                        + "'Asia/Busan': use a name of the tz database such as Asia/Seoul or America/New_York")),
                Arguments.of("languages as a list", VALID.replaceAll("(?s)languages:.*", "languages: [en, ko]"), List.of(
                        "site.yml:3: 'languages' must list each edition with its title, e.g. languages: {en: {title: "
                                + "The Ledger}, ko: {title: 레저}}")),
                Arguments.of("no language code", VALID.replace("ko: {title: 레저}", "Korean: {title: 레저}"), List.of(
                        "site.yml:3: 'Korean' is not a language code; use codes such as en or ko")),
                Arguments.of("edition without title", VALID.replace("ko: {title: 레저}", "ko: {description: 소식}"), List.of(
                        "site.yml:3: the 'ko' edition has no 'title': add the site title in that language")),
                Arguments.of("pageSize zero", VALID + "pageSize: 0", List.of("site.yml:6: 'pageSize' must be a whole "
                        + "number of articles per page, e.g. pageSize: 10")),
                Arguments.of("pageSize fraction", VALID + "pageSize: 2.5", List.of("site.yml:6: 'pageSize' must be a "
                        + "whole number of articles per page, e.g. pageSize: 10")),
                Arguments.of("unknown setting", VALID + "timeZone: UTC", List.of("site.yml:6: unknown setting 'timeZone' "
                        + "(did you mean 'timezone'?); settings are baseUrl, timezone, languages, pageSize, "
                        + "missingTranslation, rawHtml, embeds, host, websub, deploy")),
                Arguments.of("rawHtml unknown", VALID + "rawHtml: clean", List.of("site.yml:6: 'rawHtml' must be "
                        + "'sanitize' (formatting and embeds from the hosts of 'embeds' are kept, scripts removed), "
                        + "'trusted' (HTML passes as written) or 'escape' (HTML is shown as text)")),
                Arguments.of("missingTranslation unknown", VALID + "missingTranslation: show", List.of("site.yml:6: "
                        + "'missingTranslation' must be 'hide' (no language switch on an untranslated article) or "
                        + "'home' (the switch leads to the other edition's home)")),
                Arguments.of("embed that is no host", VALID + "embeds: [youtube]", List.of("site.yml:6: embed 'youtube' "
                        + "must be a host, or a host and the start of a path, e.g. www.youtube-nocookie.com/embed/ "
                        + "(embeds are loaded over https)")),
                Arguments.of("websub relative", VALID + "websub: /hub", List.of("site.yml:6: 'websub' must be the "
                        + "absolute http or https address of a WebSub hub, e.g. websub: https://pubsubhubbub.appspot.com/")),
                Arguments.of("deploy pathStyle", VALID + "deploy: {bucket: b, pathStyle: sometimes}", List.of(
                        "site.yml:6: 'pathStyle' in 'deploy' must be true or false, not 'sometimes'")),
                Arguments.of("deploy maxDeletes below -1", VALID + "deploy: {bucket: b, maxDeletes: -2}", List.of(
                        "site.yml:6: 'maxDeletes' in 'deploy' must be a whole number of objects (-1 for no limit), "
                                + "e.g. maxDeletes: 256")),
                Arguments.of("deploy maxDeletes fraction", VALID + "deploy: {bucket: b, maxDeletes: 1.5}", List.of(
                        "site.yml:6: 'maxDeletes' in 'deploy' must be a whole number of objects (-1 for no limit), "
                                + "e.g. maxDeletes: 256")),
                Arguments.of("deploy endpoint relative", VALID + "deploy: {bucket: b, endpoint: s3.example.org}", List.of(
                        "site.yml:6: 'endpoint' in 'deploy' must be an absolute http or https address, e.g. endpoint: "
                                + "https://ACCOUNT.r2.cloudflarestorage.com")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void problems(String name, String text, List<String> expected) {
        Problems problems = new Problems();
        SiteConfigReader.read(text, "site.yml", FOLDERS, problems);
        assertEquals(expected, problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aRejectedValueFallsBackToItsDefault() {
        SiteConfig config = read(valid("baseUrl: news").replace("Asia/Seoul", "Mars/Olympus") + """
                pageSize: -3
                missingTranslation: show
                rawHtml: clean
                host: geocities
                websub: nowhere
                deploy: {bucket: b, pathStyle: 1, maxDeletes: x, endpoint: here}
                """);
        assertEquals(new SiteConfig("http://localhost/", ZoneId.of("UTC"), config.languages(), 10,
                MissingTranslation.HIDE, RawHtml.SANITIZE, SiteConfig.DEFAULT_EMBEDS, Host.GENERIC, null,
                new DeploySettings("b", null, null, null, null, null, null)), config);
    }

    /** The valid settings with one line replaced by {@code line} (the line of the same setting). */
    private static String valid(String line) {
        String key = line.substring(0, line.indexOf(':'));
        return VALID.replaceFirst("(?m)^" + key + ":.*$", java.util.regex.Matcher.quoteReplacement(line));
    }

    private static SiteConfig read(String text) {
        return SiteConfigReader.read(text, "site.yml", FOLDERS, new Problems()).config();
    }
}
