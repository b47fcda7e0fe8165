package org.broadsheet.render;

import org.broadsheet.render.Views.ArticleView;
import org.broadsheet.render.Views.AuthorView;
import org.broadsheet.render.Views.Card;
import org.broadsheet.render.Views.CorrectedView;
import org.broadsheet.render.Views.EditionView;
import org.broadsheet.render.Views.Link;
import org.broadsheet.render.Views.MonthView;
import org.broadsheet.render.Views.MostReadBox;
import org.broadsheet.render.Views.PageView;
import org.broadsheet.render.Views.Pager;
import org.broadsheet.render.Views.PartView;
import org.broadsheet.render.Views.SeriesView;
import org.broadsheet.render.Views.TopicView;
import org.broadsheet.render.Views.YearView;

import java.util.List;

/**
 * What one page's template receives: a record per page kind, whose components are the template's
 * top-level names ({@code ${page.title}}, {@code <#list articles as card>}). Every kind has
 * {@code page}, what the layout needs, and {@code t}, the UI strings of the page's language;
 * docs/templates.md describes each field. A new page kind adds its record here.
 */
public sealed interface PageModel {

    PageView page();

    UiStrings t();

    /** The language chooser at the site's root: one entry per edition. */
    record ChooserPage(PageView page, UiStrings t, List<EditionView> editions) implements PageModel {
    }

    /** The 404 page, in every language: one entry per edition, each with its own UI strings. */
    record NotFoundPage(PageView page, UiStrings t, List<EditionView> editions) implements PageModel {
    }

    /** A page of an edition's home: its articles, every topic, and the links to older and newer pages. */
    record HomePage(PageView page, UiStrings t, List<Card> articles, List<TopicView> topics, Pager pager)
            implements PageModel {
    }

    /**
     * An article; {@code mostRead} is the box its script fills from the edition's most-read list, or null
     * when the theme has no {@code assets/most-read.js}; {@code correctionsPage} is the address of the edition's
     * corrections page when the article has corrections, else null.
     */
    record ArticlePage(PageView page, UiStrings t, ArticleView article, MostReadBox mostRead, String correctionsPage)
            implements PageModel {
    }

    /** The topics index: every topic of the site, with its article count in this edition. */
    record TopicsPage(PageView page, UiStrings t, List<TopicView> topics) implements PageModel {
    }

    /** A page of one topic's articles, newest first. */
    record TopicPage(PageView page, UiStrings t, TopicView topic, List<Card> articles, Pager pager)
            implements PageModel {
    }

    /** The authors index: every author of {@code authors.yml}, with their article count in this edition. */
    record AuthorsPage(PageView page, UiStrings t, List<AuthorView> authors) implements PageModel {
    }

    /**
     * A page of one author: who they are, then their articles, newest first; {@code authorsIndex} is the
     * address of the edition's authors index.
     */
    record AuthorPage(PageView page, UiStrings t, AuthorView author, String authorsIndex, List<Card> articles, Pager pager)
            implements PageModel {
    }

    /** Every correction of the edition's articles, newest first. */
    record CorrectionsPage(PageView page, UiStrings t, List<CorrectedView> corrections) implements PageModel {
    }

    /** The series index: every series with parts in this edition, in the order of {@code series.yml}. */
    record SeriesIndexPage(PageView page, UiStrings t, List<SeriesView> series) implements PageModel {
    }

    /**
     * A series: its parts in order of publication; {@code seriesIndex} is the address of the edition's
     * series index.
     */
    record SeriesPage(PageView page, UiStrings t, SeriesView series, String seriesIndex, List<PartView> parts)
            implements PageModel {
    }

    /**
     * The timeline: every year with its twelve months; {@code maxMonthCount} is the count of the
     * fullest month, to scale the density strip.
     */
    record TimelinePage(PageView page, UiStrings t, List<YearView> years, int maxMonthCount) implements PageModel {
    }

    record YearPage(PageView page, UiStrings t, YearView year) implements PageModel {
    }

    /** A month's articles by day; {@code year} links to the year page. */
    record MonthPage(PageView page, UiStrings t, MonthView month, Link year) implements PageModel {
    }

    /**
     * The search page: {@code searchIndex} is the address of the edition's index folder, {@code script}
     * the fingerprinted {@code search.js} of the theme (or null).
     */
    record SearchPage(PageView page, UiStrings t, String searchIndex, String script) implements PageModel {
    }
}
