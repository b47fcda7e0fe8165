package org.broadsheet.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More matches than a page shows: every article that contains the query is found, headline matches
 * first, then kicker or summary matches, then the rest, each newest first; and the page marks every
 * form of the words that the search matched.
 */
class SearchRankingTest {

    @TempDir
    static Path root;

    @BeforeAll
    static void buildTheArchive() {
        assertEquals(List.of(), SeawallArchive.write(root).problems());
    }

    @Test
    void everyArticleThatHasTheWordIsFoundHeadlinesFirstThenSummariesThenTheNewest() throws Exception {
        List<String> results = SearchTest.query(root.resolve("site"), "ko", SeawallArchive.QUERY);
        assertEquals(SeawallArchive.MATCHES, results.size());
        assertEquals(SeawallArchive.expectedOrder(), results);
    }

    @Test
    void anArticleWithOnlyPartOfTheWordIsNotFound() throws Exception {
        List<String> results = SearchTest.query(root.resolve("site"), "ko", "취약점");
        assertTrue(results.stream().noneMatch(url -> url.contains("other-")), results.toString());
        assertEquals(List.of("/ko/2024/06/other-4/", "/ko/2024/06/other-2/"),
                SearchTest.query(root.resolve("site"), "ko", "취약 계층"));
    }

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            취약점   | 설비의 취약점이 드러났다       | 설비의 <mark>취약점</mark>이 드러났다
            취약점이 | 취약점은 보강됐다              | <mark>취약점</mark>은 보강됐다
            ferry    | Ferries & the ferry's <b>      | <mark>Ferries</mark> &amp; the <mark>ferry</mark>&#39;s &lt;b&gt;
            ferries  | FERRY, ｆｅｒｒｙ and ferrymen | <mark>FERRY</mark>, <mark>ｆｅｒｒｙ</mark> and ferrymen
            석 달    | 석 달 만에 석달                | <mark>석</mark> <mark>달</mark> 만에 석달
            """)
    void everyMatchedFormIsMarked(String query, String text, String html) throws Exception {
        assertEquals(List.of(html), SearchTest.node("const s = require(" + SearchTest.js(SearchTest.SCRIPT.toString())
                + ");\nconsole.log(s.highlight(" + SearchTest.js(text) + ", " + SearchTest.js(query) + "));\n"));
    }
}
