package org.broadsheet.content;

import org.broadsheet.TestSite;
import org.broadsheet.diag.Problems;
import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.Author;
import org.broadsheet.model.AuthorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code content/authors.yml}, spec style: each row is the file and the exact problems a build reports for it;
 * then what an article's byline takes from it.
 */
class AuthorsTest {

    private static final String FILE = "content/authors.yml:";

    static Stream<Arguments> table() {
        return Stream.of(
                row("every field", """
                        oh-yejin:
                          en: {name: Oh Ye-jin, role: Culture reporter, bio: She covers museums.}
                          ko: {name: 오예진, role: 문화부 기자, bio: 박물관을 취재한다.}
                          email: oh.yejin@example.org
                          photo: /images/oh.jpg
                        """),
                row("a language given by name alone, the photo without a leading slash", """
                        oh-yejin:
                          en: Oh Ye-jin
                          ko: 오예진
                          photo: images/oh.jpg
                        """),
                row("a key that cannot be a URL segment", """
                        Oh Ye-jin:
                          en: Oh Ye-jin
                          ko: 오예진
                        """, FILE + "1: author key 'Oh Ye-jin' cannot be a URL segment: use lower-case letters, "
                        + "digits and '-', at most 255 bytes, e.g. oh-yejin"),
                row("no name in one language", """
                        oh-yejin:
                          en: {name: Oh Ye-jin, role: Culture reporter}
                          ko: {role: 문화부 기자}
                        """, FILE + "1: author 'oh-yejin' has no name in 'ko': add ko: {name: …, role: …, bio: …} under "
                        + "oh-yejin"),
                row("a misspelt field", """
                        oh-yejin:
                          en: {name: Oh Ye-jin, biography: Hers.}
                          ko: 오예진
                          emial: oh.yejin@example.org
                        """, FILE + "1: unknown field 'biography' in 'oh-yejin.en'; known fields are name, role, bio",
                        FILE + "1: unknown field 'emial' in 'oh-yejin' (did you mean 'email'?); known fields are "
                                + "en, ko, email, photo"),
                row("not an e-mail address, a missing photo, and every problem of the file in one run", """
                        oh-yejin:
                          en: Oh Ye-jin
                          ko: 오예진
                          email: oh.yejin at example.org
                        kim-seoyeon:
                          en: Kim Seo-yeon
                          ko: 김서연
                          photo: /images/kim.jpg
                        """, FILE + "1: 'email' 'oh.yejin at example.org' is not an e-mail address: write one such "
                        + "as desk@example.org",
                        FILE + "5: the photo of 'kim-seoyeon', '/images/kim.jpg', is not found (paths are relative "
                                + "to content/, e.g. photo: /images/authors/kim-seoyeon.jpg)"),
                row("an address of fifty thousand dotted parts, with the other problems of the file", """
                        oh-yejin:
                          en: Oh Ye-jin
                          ko: 오예진
                          email: oh.yejin@example%s
                        kim-seoyeon:
                          en: Kim Seo-yeon
                          ko: 김서연
                          photo: /images/kim.jpg
                        """.formatted(".org".repeat(50_000)), FILE + "1: 'email' is 200016 characters long: an e-mail "
                        + "address has at most 254 (RFC 5321); write one such as desk@example.org",
                        FILE + "5: the photo of 'kim-seoyeon', '/images/kim.jpg', is not found (paths are relative "
                                + "to content/, e.g. photo: /images/authors/kim-seoyeon.jpg)"),
                row("an author that is not a map", """
                        oh-yejin: Oh Ye-jin
                        """, FILE + "1: 'oh-yejin' must be a map of en, ko, email, photo (each on its own indented line)"));
    }

    private static Arguments row(String name, String authors, String... problems) {
        return Arguments.of(name, authors, List.of(problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void authorsFile(String name, String authors, List<String> expected, @TempDir Path dir) {
        TestSite site = TestSite.create(dir)
                .bytes("content/images/oh.jpg", new byte[]{1, 2, 3})
                .file("content/authors.yml", authors)
                .article("content/en/2019/a.md", "title: Harbor reopens\ndate: 2019-02-20", "Body.\n");
        assertEquals(expected, site.problems());
    }

    @Test
    void problemsOfAuthorsYmlAndOfTheArticlesThatNameItsKeysAreReportedTogether(@TempDir Path dir) {
        TestSite site = TestSite.create(dir)
                .file("content/authors.yml", "oh-yejin:\n  en: Oh Ye-jin\n")
                .article("content/en/2019/a.md", "title: Harbor reopens\ndate: 2019-02-20\nauthors: [oh-yejn]", "Body.\n");
        assertEquals(List.of(FILE + "1: author 'oh-yejin' has no name in 'ko': add ko: {name: …, role: …, bio: …} "
                        + "under oh-yejin",
                "content/en/2019/a.md:4: unknown author 'oh-yejn' (did you mean 'oh-yejin'?); authors are listed in "
                        + "content/authors.yml (a one-off contributor is written by name, e.g. Kim Seo-yeon, or as "
                        + "{name: …, role: …})"), site.problems());
    }

    @Test
    void aBylineTakesTheNameAndRoleOfItsKeyInTheArticlesLanguage(@TempDir Path dir) throws IOException {
        TestSite.create(dir)
                .file("content/authors.yml", """
                        oh-yejin:
                          en: {name: Oh Ye-jin, role: Culture reporter}
                          ko: {name: 오예진, role: 문화부 기자}
                          email: oh.yejin@example.org
                        """)
                .article("content/en/2019/a.md", "title: A\ndate: 2019-02-20\nauthors: [oh-yejin, Lee Jun]", "Body.\n")
                .article("content/ko/2019/a.md", "title: 가\ndate: 2019-02-20\nauthors: oh-yejin", "본문.\n");
        ContentLoader loader = new ContentLoader(dir.resolve("content"), "content/", new Markdown(false));
        Problems problems = new Problems();
        ContentLoader.Settings settings = loader.settings(problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(Map.of("oh-yejin", new AuthorProfile("oh-yejin", Map.of("en", "Oh Ye-jin", "ko", "오예진"),
                Map.of("en", "Culture reporter", "ko", "문화부 기자"), Map.of(), "oh.yejin@example.org", null)),
                settings.authors());
        assertEquals(List.of(new Author("oh-yejin", "Oh Ye-jin", "Culture reporter"), new Author(null, "Lee Jun", null)),
                loader.read("en/2019/a.md", settings).article().authors());
        assertEquals(List.of(new Author("oh-yejin", "오예진", "문화부 기자")),
                loader.read("ko/2019/a.md", settings).article().authors());
    }
}
