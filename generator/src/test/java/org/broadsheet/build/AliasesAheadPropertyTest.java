package org.broadsheet.build;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.broadsheet.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For any articles claiming any old addresses, some saved with a date, slug or title that cannot be read: the build
 * that stops for them reports every problem of an alias that the build of the fixed files reports, worded alike, but
 * a clash with the page of an article whose date or slug could not be read, whose address is not known.
 */
class AliasesAheadPropertyTest {

    /** What is wrong with an article's front matter: nothing, or one field that cannot be read. */
    enum Mistake { NONE, DATE, SLUG, TITLE }

    /** Article {@code a<n>}, dated 2019-03-0<n+1>, with its mistake and its aliases. */
    record Claim(Mistake mistake, List<String> aliases) {
    }

    /** Old addresses among which articles clash: each other's pages, a listing page, one address spelt three ways. */
    private static final List<String> ADDRESSES = List.of("/en/2019/03/a0/", "/en/2019/03/a1/index.html",
            "/en/2019/03/a2/", "/en/old/shared/", "/EN/OLD/SHARED/", "/en/old/shared/index.html", "/en/topics/");

    @Property(tries = 15, seed = "20261207")
    void everyAliasProblemOfTheFixedFilesIsReportedWhileSomeCannotBeRead(@ForAll("claims") List<Claim> claims)
            throws IOException {
        Path dir = Files.createTempDirectory("broadsheet-aliases-ahead");
        try {
            TestSite site = TestSite.create(dir);
            write(site, claims, true);
            List<String> first = site.problems();
            write(site, claims, false);
            List<String> unknown = IntStream.range(0, claims.size())
                    .filter(n -> claims.get(n).mistake() == Mistake.DATE || claims.get(n).mistake() == Mistake.SLUG)
                    .mapToObj(n -> "Broadsheet generates (en/2019/03/a" + n + "/index.html)")
                    .toList();
            List<String> missed = site.problems().stream()
                    .filter(problem -> problem.contains("alias"))
                    .filter(problem -> unknown.stream().noneMatch(problem::contains))
                    .filter(problem -> !first.contains(problem))
                    .toList();
            assertEquals(List.of(), missed, () -> claims + ": the first run reported " + first);
        } finally {
            RepeatedBuildTest.deleteTree(dir);
        }
    }

    @Provide
    Arbitrary<List<Claim>> claims() {
        Arbitrary<List<String>> aliases = Arbitraries.of(ADDRESSES).list().ofMaxSize(3).uniqueElements();
        return Combinators.combine(Arbitraries.of(Mistake.class), aliases).as(Claim::new).list().ofMinSize(2).ofMaxSize(4);
    }

    /** Writes each article of {@code claims}, with its mistake when {@code wrong}. */
    private static void write(TestSite site, List<Claim> claims, boolean wrong) {
        for (int n = 0; n < claims.size(); n++) {
            Mistake mistake = wrong ? claims.get(n).mistake() : Mistake.NONE;
            String aliases = claims.get(n).aliases().isEmpty() ? ""
                    : "\naliases:\n" + String.join("\n", claims.get(n).aliases().stream().map(a -> "  - " + a).toList());
            // as many lines either way, so that a problem is at the same line once the mistake is fixed
            site.article("content/en/2019/a" + n + ".md", (mistake == Mistake.TITLE ? "kicker: " : "title: ") + "A" + n
                    + "\ndate: " + (mistake == Mistake.DATE ? "2019-02-30" : "2019-03-0" + (n + 1))
                    + "\nslug: a" + (mistake == Mistake.SLUG ? "/" : "") + n + aliases, "Text.");
        }
    }
}
