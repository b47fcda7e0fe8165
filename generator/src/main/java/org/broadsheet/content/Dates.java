package org.broadsheet.content;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms writers use: ISO 8601 and the forms of Jekyll and Hugo
 * ({@code 2019-02-20 17:00:00 +0900}, {@code 2019-02-20 4:00:00 +0000}, {@code 2019-02-20 17:00},
 * a bare date). A date without an offset is in the site timezone.
 */
public final class Dates {

    /** Thrown for a value that is not a date, with a message for the writer. */
    public static final class InvalidDate extends Exception {
        InvalidDate(String message) {
            super(message, null, false, false);
        }
    }

    static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    private Dates() {
    }

    public static OffsetDateTime parse(String text, ZoneId siteZone) throws InvalidDate {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidDate("'" + text + "' is not a date; write it as " + DateSpellings.iso(text)
                    .map(iso -> iso + " (dates are written 2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00)")
                    .orElse("2019-02-20, 2019-02-20 17:00 or 2019-02-20T17:00:00+09:00"));
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new InvalidDate("'" + text + "' is not a real date: there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new InvalidDate("'" + text + "' is not a real date: " + yearMonth + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        if (hour > 23 || minute > 59 || second > 59) {
            throw new InvalidDate("'" + text + "' has an impossible time of day");
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
        ZoneOffset offset = m.group(8) == null ? siteZone.getRules().getOffset(local) : offset(m.group(8), text);
        return OffsetDateTime.of(local, offset);
    }

    private static ZoneOffset offset(String written, String text) throws InvalidDate {
        if (written.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String digits = written.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        // ZoneOffset holds at most 18 hours: +18:30 passes the digits' check but is no offset
        if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
            throw new InvalidDate("'" + text + "' has an impossible time zone offset '" + written + "'");
        }
        int sign = written.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
