package org.broadsheet.search;

import org.broadsheet.TestSite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Korean archive in which 45 articles contain "취약점" (more than a page of search results): five in
 * the headline, five in the summary, thirty-five further down the body only (not in the first paragraph,
 * which gives an article without a summary its summary), with various particles; and five that hold
 * only "취약" or "약점", which a search for "취약점" does not find.
 */
public final class SeawallArchive {

    /** The query, and the number of articles that contain it. */
    public static final String QUERY = "취약점";
    public static final int MATCHES = 45;

    private SeawallArchive() {
    }

    /** Writes the project into {@code root}. */
    public static TestSite write(Path root) {
        TestSite site = TestSite.create(root);
        for (int i = 1; i <= 5; i++) {
            site.article(path("headline", i), "title: 방조제 " + i + "구간 취약점 점검 결과\ndate: " + date(i, 1),
                    "시청은 방조제 " + i + "구간을 조사한 결과를 발표했다.\n");
            site.article(path("summary", i), "title: 해안 시설 " + i + "차 점검\ndate: " + date(i, 2)
                            + "\nsummary: 배수 설비의 취약점을 정리했다.",
                    "점검단은 해안 시설 " + i + "곳을 둘러봤다.\n");
        }
        String[] particles = {"이", "은", "을", "과", "도"};
        for (int i = 1; i <= 35; i++) {
            site.article(path("body", i), "title: 제" + i + "구역 배수펌프장 보강\ndate: " + date(i, 3),
                    "제" + i + "구역 배수펌프장 보강 공사가 다음 달 시작된다.\n\n전력 설비에서 발견된 취약점"
                            + particles[i % 5] + " 올해 안에 보강된다.\n");
        }
        for (int i = 1; i <= 5; i++) {
            site.article(path("other", i), "title: 주민 설명회 " + i + "차\ndate: " + date(i, 4),
                    (i % 2 == 0 ? "취약 계층을 위한 대피 안내를 늘린다." : "경기에서 드러난 약점을 보완하는 훈련이다.") + "\n");
        }
        return site;
    }

    /**
     * The result paths in the order the search page lists them: headline matches, then summary matches,
     * then the rest, each newest first.
     */
    public static List<String> expectedOrder() {
        List<String> order = new ArrayList<>();
        for (String kind : List.of("headline", "summary", "body")) {
            int count = kind.equals("body") ? 35 : 5;
            for (int i = count; i >= 1; i--) {
                order.add(url(kind, i));
            }
        }
        return order;
    }

    private static String path(String kind, int i) {
        return "content/ko/2024/" + kind + "-" + i + ".md";
    }

    /** Headline articles in February, summary ones in March, the body ones from May: the later number the newer. */
    private static String date(int i, int group) {
        int dayOfYear = group * 40 + i;
        return java.time.LocalDate.ofYearDay(2024, dayOfYear) + " 09:00";
    }

    private static String url(String kind, int i) {
        int group = switch (kind) {
            case "headline" -> 1;
            case "summary" -> 2;
            default -> 3;
        };
        java.time.LocalDate day = java.time.LocalDate.ofYearDay(2024, group * 40 + i);
        return String.format(Locale.ROOT, "/ko/%04d/%02d/%s-%d/", day.getYear(), day.getMonthValue(), kind, i);
    }
}
