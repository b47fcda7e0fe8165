package org.broadsheet.render;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The abbreviation newspapers print after a time (KST, EDT…). Fixed here rather than asked of the
 * JDK, whose zone names depend on its locale data and even on what else is on the class path — the
 * output must be the same on every machine.
 */
final class ZoneAbbreviations {

    /** Zone → standard and daylight-saving abbreviations. */
    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("Asia/Seoul", new String[]{"KST", "KDT"}),
            Map.entry("Asia/Pyongyang", new String[]{"KST", "KST"}),
            Map.entry("Asia/Tokyo", new String[]{"JST", "JDT"}),
            Map.entry("Asia/Shanghai", new String[]{"CST", "CDT"}),
            Map.entry("Asia/Hong_Kong", new String[]{"HKT", "HKST"}),
            Map.entry("Asia/Taipei", new String[]{"CST", "CDT"}),
            Map.entry("Asia/Singapore", new String[]{"SGT", "SGT"}),
            Map.entry("Europe/London", new String[]{"GMT", "BST"}),
            Map.entry("Europe/Paris", new String[]{"CET", "CEST"}),
            Map.entry("Europe/Berlin", new String[]{"CET", "CEST"}),
            Map.entry("America/New_York", new String[]{"EST", "EDT"}),
            Map.entry("America/Chicago", new String[]{"CST", "CDT"}),
            Map.entry("America/Denver", new String[]{"MST", "MDT"}),
            Map.entry("America/Los_Angeles", new String[]{"PST", "PDT"}),
            Map.entry("UTC", new String[]{"UTC", "UTC"}),
            Map.entry("Etc/UTC", new String[]{"UTC", "UTC"}));
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ROOT);

    private ZoneAbbreviations() {
    }

    /** "KST" for a time in Asia/Seoul; "UTC+05:30" for a zone without a well-known abbreviation. */
    static String of(ZonedDateTime time) {
        String[] names = KNOWN.get(time.getZone().getId());
        if (names != null) {
            return names[time.getZone().getRules().isDaylightSavings(time.toInstant()) ? 1 : 0];
        }
        return time.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + OFFSET.format(time);
    }
}
