package org.broadsheet.render;

import org.broadsheet.model.Article;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.render.PageModel.MonthPage;
import org.broadsheet.render.PageModel.TimelinePage;
import org.broadsheet.render.PageModel.YearPage;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.MonthView;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.render.Views.YearView;
import org.broadsheet.site.Edition;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the models of the timeline, year and month pages. Safe to use from several threads. */
final class TimelinePages {

    private final SiteUrls urls;
    private final Map<String, UiStrings> strings;
    private final Map<String, DateTexts> dates;
    private final PageHeads heads;
    private final Cards cards;

    TimelinePages(SiteUrls urls, Map<String, UiStrings> strings, Map<String, DateTexts> dates, PageHeads heads,
                  Cards cards) {
        this.urls = urls;
        this.strings = strings;
        this.dates = dates;
        this.heads = heads;
        this.cards = cards;
    }

    TimelinePage timeline(Page page, Edition edition) {
        String lang = edition.code();
        UiStrings t = strings.get(lang);
        DateTexts d = dates.get(lang);
        PageView head = heads.of(page, t.text("timeline") + " — " + edition.language().title(),
                t.text("timelineDescription"));
        List<YearView> years = new ArrayList<>();
        for (int year : edition.years()) {
            List<MonthView> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                List<Article> articles = edition.byMonth().getOrDefault(month, List.of());
                months.add(new MonthView(d.month(month), d.monthShort(month),
                        articles.isEmpty() ? null : urls.href(SiteUrls.month(lang, month)), articles.size(), List.of()));
            }
            years.add(new YearView(year, d.year(year), urls.href(SiteUrls.year(lang, year)),
                    months.stream().mapToInt(MonthView::count).sum(), months));
        }
        int maxMonthCount = edition.byMonth().values().stream().mapToInt(List::size).max().orElse(0);
        return new TimelinePage(head, t, years, maxMonthCount);
    }

    YearPage year(Page page, Edition edition, int year, PageContext context) {
        String lang = edition.code();
        String label = dates.get(lang).year(year);
        UiStrings t = strings.get(lang);
        PageView head = heads.of(page, label + " — " + t.text("timeline") + " — " + edition.language().title(),
                t.text("yearDescription", label));
        List<MonthView> months = new ArrayList<>();
        edition.months(year).descendingMap().forEach((month, articles) ->
                months.add(cards.month(lang, month, articles, context)));
        return new YearPage(head, t, new YearView(year, label, urls.href(SiteUrls.year(lang, year)),
                months.stream().mapToInt(MonthView::count).sum(), months));
    }

    MonthPage month(Page page, Edition edition, YearMonth month, PageContext context) {
        String lang = edition.code();
        DateTexts d = dates.get(lang);
        UiStrings t = strings.get(lang);
        PageView head = heads.of(page, d.month(month) + " — " + edition.language().title(),
                t.text("monthDescription", d.month(month)));
        return new MonthPage(head, t, cards.month(lang, month, edition.byMonth().get(month), context),
                new Link(urls.href(SiteUrls.year(lang, month.getYear())), d.year(month.getYear()), null));
    }
}
