package org.broadsheet.build;

import org.broadsheet.TestSite;
import org.broadsheet.site.SiteModel;
import org.broadsheet.site.TranslationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translation desk: which articles are translated, which have no translation, which are stale. */
class TranslationStatusTest {

    @TempDir
    Path dir;

    @Test
    void eachArticleIsTranslatedMissingOrStale() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/fresh.md", "title: Fresh\ndate: 2019-03-01\noriginal: true", "x")
                .article("content/ko/2019/fresh.md", "title: 새것\ndate: 2019-03-02", "x")
                .article("content/en/2019/changed.md", "title: Changed\ndate: 2019-03-01\nupdated: 2019-04-01\noriginal: true", "x")
                .article("content/ko/2019/changed.md", "title: 바뀜\ndate: 2019-03-02", "x")
                .article("content/ko/2019/first.md", "title: 먼저\ndate: 2019-05-01\nupdated: 2019-06-01", "x")
                .article("content/en/2019/first.md", "title: First\ndate: 2019-05-02", "x")
                .article("content/en/2019/alone.md", "title: Alone\ndate: 2019-03-01", "x")
                // published at the same moment: the edition listed first in site.yml has the original
                .article("content/ko/2019/tie.md", "title: 동시\ndate: 2019-07-01T09:00:00+09:00", "x")
                .article("content/en/2019/tie.md", "title: Together\ndate: 2019-07-01T00:00:00Z", "x");
        SiteModel model = new SiteBuilder(site.options(), BuildLog.SILENT).assemble().orElseThrow();
        Map<String, String> states = new TreeMap<>();
        TranslationStatus.of(model).forEach(s -> states.put(s.article().contentPath(), s.state().name()
                + (s.original() == null ? "" : " of " + s.original().contentPath())));
        assertEquals(Map.of("en/2019/fresh.md", "TRANSLATED", "ko/2019/fresh.md", "TRANSLATED of en/2019/fresh.md",
                "en/2019/changed.md", "TRANSLATED", "ko/2019/changed.md", "STALE of en/2019/changed.md",
                "ko/2019/first.md", "TRANSLATED", "en/2019/first.md", "STALE of ko/2019/first.md",
                "en/2019/alone.md", "MISSING", "en/2019/tie.md", "TRANSLATED", "ko/2019/tie.md", "TRANSLATED of en/2019/tie.md"),
                states);
        assertEquals("6 translated, 1 missing, 2 stale translations", TranslationStatus.summary(TranslationStatus.of(model)));

        assertTrue(site.build().succeeded());
        String stale = site.read("ko/2019/03/changed/index.html");
        assertTrue(stale.contains("<p class=\"notice stale-notice\"><a href=\"/en/2019/03/changed/\" hreflang=\"en\">"
                + "이 번역 이후 원문이 수정되었습니다. 원문 보기</a></p>"), stale);
        assertFalse(site.read("ko/2019/03/fresh/index.html").contains("stale-notice"));
    }

    @Test
    void aSiteWithAProblemGivesTheDeskNoModelAndWarnsOfTheProblem() throws Exception {
        TestSite site = TestSite.create(dir)
                .article("content/en/2019/fresh.md", "title: Fresh\ndate: 2019-03-01", "x")
                .article("content/harbor.md", "title: Harbor\ndate: 2019-03-02", "x");
        List<String> warnings = new ArrayList<>();
        Optional<SiteModel> model = new SiteBuilder(site.options(), new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        }).assemble();
        assertEquals(Optional.empty(), model);
        assertEquals(List.of("content/harbor.md: articles belong in a language folder such as content/en/"), warnings);
    }

    @Test
    void sampleNewsroomHasMissingAndStaleTranslations() throws Exception {
        Path root = TestSite.repositoryRoot();
        SiteModel model = new SiteBuilder(BuildOptions.standard(root).withOutput(dir.resolve("site"), dir.resolve("work")),
                BuildLog.SILENT).assemble().orElseThrow();
        List<TranslationStatus> statuses = TranslationStatus.of(model);
        assertEquals(List.of("en/2020/startup-grants.md", "en/2024/clinic-guide.md", "ko/2024/항구-야시장.md",
                "ko/2025/dialect-dictionary.md"), statuses.stream()
                .filter(s -> s.state() == TranslationStatus.State.MISSING).map(s -> s.article().contentPath()).toList());
        assertEquals(List.of("ko/2023/wind-farm.md"), statuses.stream()
                .filter(s -> s.state() == TranslationStatus.State.STALE).map(s -> s.article().contentPath()).toList());
    }
}
