package org.broadsheet.render;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Formats dates for one language in the site timezone, with the patterns of the theme's UI strings
 * ({@code format.dateTime}, {@code format.date}, {@code format.day}, {@code format.month},
 * {@code format.monthShort}, {@code format.year}). The zone abbreviation (e.g. KST) is the same in
 * every language, as newspapers in both languages print it. Each pattern was tried, as the strings were read,
 * on a date of the kind it formats here ({@code UiStringsReader}), so none fails on a page.
 */
final class DateTexts {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter monthShort;
    private final DateTimeFormatter year;

    DateTexts(UiStrings strings, ZoneId zone) {
        Locale locale = Locale.forLanguageTag(strings.language());
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(strings.text("format.dateTime"), locale);
        this.date = DateTimeFormatter.ofPattern(strings.text("format.date"), locale);
        this.day = DateTimeFormatter.ofPattern(strings.text("format.day"), locale);
        this.month = DateTimeFormatter.ofPattern(strings.text("format.month"), locale);
        this.monthShort = DateTimeFormatter.ofPattern(strings.text("format.monthShort"), locale);
        this.year = DateTimeFormatter.ofPattern(strings.text("format.year"), locale);
    }

    /** Date, time and zone, e.g. "March 1, 2019, 1:00 AM KST"; ISO keeps the offset the writer gave. */
    Views.DateText dateTime(OffsetDateTime value) {
        ZonedDateTime local = value.atZoneSameInstant(zone);
        return new Views.DateText(dateTime.format(local) + " " + ZoneAbbreviations.of(local), ISO.format(value));
    }

    /** The date alone, e.g. "March 1, 2019". */
    Views.DateText date(OffsetDateTime value) {
        ZonedDateTime local = value.atZoneSameInstant(zone);
        return new Views.DateText(date.format(local), ISO.format(value));
    }

    String day(TemporalAccessor value) {
        return day.format(value);
    }

    String month(YearMonth value) {
        return month.format(value);
    }

    String monthShort(YearMonth value) {
        return monthShort.format(value);
    }

    String year(int value) {
        return year.format(YearMonth.of(value, 1));
    }
}
