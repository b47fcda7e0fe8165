package org.broadsheet.content;

import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 8601 form of a date that a writer spelled another way that says the same without doubt: a year first with
 * slashes or dots ({@code 2019/02/20}, {@code 2019. 2. 20.}), the Korean {@code 2019년 2월 20일}, an English month name
 * ({@code February 20, 2019}, {@code 20 Feb 2019}), and a time zone given by its abbreviation ({@code KST}). Only
 * suggested, never read as a date: {@code 02/03/2019} is a day in February to some readers and in March to others.
 */
final class DateSpellings {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Map<String, String> ZONES = Map.of("KST", "+09:00", "JST", "+09:00", "UTC", "+00:00",
            "GMT", "+00:00");
    private static final String TIME = "(?:[ T]+(\\d{1,2}:\\d{2}(?::\\d{2})?))?";
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[/.]\\s*(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})\\.?" + TIME);
    private static final Pattern KOREAN = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일" + TIME);
    private static final Pattern MONTH_FIRST = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})" + TIME);
    private static final Pattern ZONE = Pattern.compile("(.*?)\\s*\\b(KST|JST|UTC|GMT)$");

    /** Longer than any date's spelling: a longer text is not looked at, so that no pattern backtracks over a long value. */
    private static final int LONGEST = 64;

    private DateSpellings() {
    }

    /** The ISO form of {@code text}, when it is one of the spellings above of a date that parses. */
    static Optional<String> iso(String text) {
        String date = text.strip();
        if (date.length() > LONGEST) {
            return Optional.empty();
        }
        String offset = "";
        Matcher zone = ZONE.matcher(date);
        if (zone.matches()) {
            date = zone.group(1);
            offset = ZONES.get(zone.group(2));
        }
        String iso = null;
        Matcher m;
        if ((m = YEAR_FIRST.matcher(date)).matches() || (m = KOREAN.matcher(date)).matches()) {
            iso = ymd(m.group(1), m.group(2), m.group(3), m.group(4));
        } else if ((m = MONTH_FIRST.matcher(date)).matches()) {
            iso = ymd(m.group(3), month(m.group(1)), m.group(2), m.group(4));
        } else if ((m = DAY_FIRST.matcher(date)).matches()) {
            iso = ymd(m.group(3), month(m.group(2)), m.group(1), m.group(4));
        } else if (!offset.isEmpty() && Dates.DATE.matcher(date).matches()) {
            iso = date;
        }
        if (iso == null) {
            return Optional.empty();
        }
        String suggested = offset.isEmpty() ? iso : iso.replace(' ', 'T') + (iso.length() == 10 ? "T00:00" : "") + offset;
        try {
            Dates.parse(suggested, ZoneOffset.UTC);
            return Optional.of(suggested);
        } catch (Dates.InvalidDate e) {
            return Optional.empty();
        }
    }

    private static String ymd(String year, String month, String day, String time) {
        if (month == null) {
            return null;
        }
        String date = year + "-" + pad(month) + "-" + pad(day);
        return time == null ? date : date + " " + (time.indexOf(':') == 1 ? "0" + time : time);
    }

    /** The month's number of an English month name or its abbreviation, or null. */
    private static String month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int index = MONTHS.indexOf(lower.substring(0, 3));
        boolean known = index >= 0 && (lower.length() == 3 || lower.equals("sept")
                || Month.of(index + 1).name().toLowerCase(Locale.ROOT).equals(lower));
        return known ? Integer.toString(index + 1) : null;
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }
}
