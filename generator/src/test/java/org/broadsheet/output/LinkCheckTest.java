package org.broadsheet.output;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The link check: its hand-written attribute scanner against the regular expression it replaces, and relative links. */
class LinkCheckTest {

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private final SiteUrls urls = new SiteUrls("https://news.example.org/", ZoneId.of("Asia/Seoul"));
    private final LinkCheck check = new LinkCheck(urls, Set.of("en"));

    @Property(tries = 3000, seed = "20261126")
    void findsTheSameLinksAsTheRegularExpression(@ForAll("htmlish") String html) {
        List<String> expected = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (urls.sitePath(link).isPresent() || LinkCheck.relative(link)) {
                expected.add(link);
            }
        }
        assertEquals(expected, check.links(html));
    }

    @Test
    void findsLinksImagesAndAlternatesButNotDataAttributes() {
        assertEquals(List.of("/en/", "/media/a.jpg?x=1&y=2", "https://news.example.org/ko/"),
                check.links("<a href=\"/en/\"><img\nsrc=\"/media/a.jpg?x=1&amp;y=2\" data-src=\"/x\">"
                        + "<link rel=alternate href=\"https://news.example.org/ko/\"><a href=\"https://elsewhere.org/\">"));
    }

    @Test
    void aDeadEndSharedByPagesIsReportedOnEachInPageOrderAsAnErrorOnlyWhereBroadsheetOwnsThePath() {
        List<String> links = List.of("/en/gone/", "/en/", "/elsewhere/page", "/en/%ED%95%9C/");
        Set<String> files = Set.of("en/index.html", "en/한/index.html");
        assertEquals(List.of(new LinkCheck.Broken("en/a/", "/en/gone/", true),
                        new LinkCheck.Broken("en/a/", "/elsewhere/page", false),
                        new LinkCheck.Broken("en/b/", "/en/gone/", true),
                        new LinkCheck.Broken("en/b/", "/elsewhere/page", false)),
                check.check(Map.of("en/b/", links, "en/a/", links), files));
    }

    @ParameterizedTest(name = "{1} on {0} leads to \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            en/2026/03/storm/index.html | ../2019/harbor/          | en/2026/03/2019/harbor/
            en/2026/03/storm/index.html | ../../../2019/06/harbor/ | en/2019/06/harbor/
            en/2026/03/storm/index.html | ./                       | en/2026/03/storm/
            en/2026/03/storm/index.html | ..                       | en/2026/03/
            en/2026/03/storm/index.html | photo.jpg?w=2#top        | en/2026/03/storm/photo.jpg
            en/2026/03/storm/index.html | ./a/./b/../c             | en/2026/03/storm/a/c
            404.html                    | en/                      | en/
            en/index.html               | ../../x                  | -
            """)
    void aRelativeLinkLeadsWhereABrowserTakesItFromThePagesAddress(String page, String link, String path) {
        assertTrue(LinkCheck.relative(link));
        assertEquals(path.equals("-") ? Optional.empty() : Optional.of(path), LinkCheck.resolved(page, link));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/", "#top", "?page=2", "mailto:desk@example.org", "https://example.org/x", "tel:+82",
            "//cdn.example.org/a.js", "\\evil", ""})
    void aLinkFromTheRootWithASchemeOrToThePageItselfIsNotRelative(String link) {
        assertFalse(LinkCheck.relative(link));
    }

    @Test
    void aRelativeLinkIsJudgedWhereItLeadsFromEachPage() {
        Set<String> files = Set.of("en/index.html", "en/2019/06/harbor/index.html", "en/a/index.html");
        assertEquals(List.of(new LinkCheck.Broken("en/a/index.html", "../2019/harbor/", true),
                        new LinkCheck.Broken("en/a/index.html", "../../about/", false)),
                check.check(Map.of("en/a/index.html", List.of("../2019/harbor/", "../2019/06/harbor/", "../../about/"),
                        "en/2019/06/x/index.html", List.of("../harbor/", "../../../")), files));
    }

    @Provide
    Arbitrary<String> htmlish() {
        return Arbitraries.of(" ", "\n", "\u2028", "href", "src", "data-", "=", "\"", "=\"", "/en/", "x", "&amp;",
                        "<a ", ">", "https://news.example.org/", "#top", "한", "é", "\uD83D\uDE00")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
