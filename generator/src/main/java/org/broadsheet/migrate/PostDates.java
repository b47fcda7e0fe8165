package org.broadsheet.migrate;

import org.broadsheet.content.Dates;
import org.broadsheet.content.LooseField;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication and modification dates of a post, from the front matter in any of the forms old
 * sites use, else from the file name (reported); an offset-less date is in the site timezone.
 */
final class PostDates {

    /** ISO 8601 with the offset always written as {@code +hh:mm}. */
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private static final List<String> DATE_FIELDS = List.of("date", "publishDate", "pubdate", "published");
    /** Custom names that real archives give the publication date when they have no {@code date}. */
    private static final List<String> OTHER_DATE_FIELDS = List.of("created_at", "created", "date_created", "created_on",
            "creation_date", "published_at", "published_on", "publish_date", "publication_date", "post_date", "posted",
            "posted_at", "posted_on", "pub_date");
    private static final List<String> UPDATED_FIELDS = List.of("last_modified_at", "lastmod", "updated", "modified");
    private static final Pattern OFFSET_AND_ZONE_NAME = Pattern.compile("([+-]\\d{2}:?\\d{2})\\s+[A-Z]{2,5}\\s*$");
    private static final Pattern NAMED_OFFSET = Pattern.compile("(?i)\\s*(?:UTC|GMT)\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?\\s*$");
    /** What Hugo dates a page by when it has no date of publication (its default {@code [frontmatter] date}). */
    private static final List<String> HUGO_LAST_DATE_FIELDS = List.of("lastmod", "modified");

    private final ZoneId zone;
    private final SourceKind kind;
    private final Findings findings;

    PostDates(ZoneId zone, SourceKind kind, Findings findings) {
        this.zone = zone;
        this.kind = kind;
        this.findings = findings;
    }

    /**
     * The first publication, or empty (with a finding) when neither the front matter nor the file name has
     * one. Without {@code date} (or Hugo's other names for it), a field such as {@code created_at} gives it,
     * unless the file name gives another day; in a Hugo site, then {@code lastmod}, as Hugo dates the page.
     */
    Optional<OffsetDateTime> published(SourcePost post) {
        String field = present(post, DATE_FIELDS);
        boolean other = false;
        if (field == null) {
            field = presentInAnyCase(post, OTHER_DATE_FIELDS);
            if (field == null && kind == SourceKind.HUGO) {
                field = present(post, HUGO_LAST_DATE_FIELDS);
            }
            other = field != null && agreesWithFileName(post, field);
            field = other ? field : null;
        }
        String problem = null;
        if (field != null) {
            String text = Loose.text(post.value(field));
            try {
                OffsetDateTime date = parse(text, zone);
                if (other) {
                    findings.add(Category.DATE_FROM_FIELD, post.path(), post.line(field), "no 'date'; took '"
                            + post.field(field).name() + "' (" + text + ")" + (HUGO_LAST_DATE_FIELDS.contains(field)
                            ? ", as Hugo dated the page" : ""), post.field(field).name());
                }
                return Optional.of(date);
            } catch (Dates.InvalidDate e) {
                problem = "'" + post.field(field).name() + "': " + e.getMessage();
            }
        }
        LocalDate fileDate = fileDate(post);
        if (fileDate != null) {
            OffsetDateTime date = fileDate.atStartOfDay(zone).toOffsetDateTime();
            if (problem == null) {
                findings.add(Category.DATE_FROM_FILE_NAME, post.path(), 1, "no date in the front matter; took "
                        + post.fileDate() + " from the file name, at 00:00 " + zone.getId() + " (" + ISO.format(date) + ")");
            } else {
                findings.add(Category.DATES, post.path(), post.line(field), problem + "; took " + post.fileDate()
                        + " from the file name, at 00:00 " + zone.getId() + " (" + ISO.format(date) + "): correct it if "
                        + "the time matters");
            }
            return Optional.of(date);
        }
        findings.add(Category.SKIPPED, post.path(), field == null ? 1 : post.line(field), "not imported: "
                + (problem == null ? "no date in the front matter or the file name" : problem)
                + "; add 'date:' to it and import again");
        return Optional.empty();
    }

    /**
     * Whether a custom date field may give the date: when the file name has none, or the same day (the field
     * then gives the time). Otherwise the file name's date is the one Jekyll published.
     */
    private boolean agreesWithFileName(SourcePost post, String field) {
        LocalDate fileDate = fileDate(post);
        if (fileDate == null) {
            return true;
        }
        try {
            // the day as written: 08:44 +09:00 on the file name's day is that day, whatever the site timezone
            return parse(Loose.text(post.value(field)), zone).toLocalDate().equals(fileDate);
        } catch (Dates.InvalidDate e) {
            return false;
        }
    }

    /**
     * The one offset that every publication date written with an offset has, if there is one: a site that names
     * no timezone but wrote each date with +09:00 was written in that offset's zone.
     */
    static Optional<ZoneOffset> onlyOffset(List<SourcePost> posts) {
        Set<ZoneOffset> offsets = new TreeSet<>();
        for (SourcePost post : posts) {
            String field = present(post, DATE_FIELDS);
            if (field == null) {
                continue;
            }
            String text = Loose.text(post.value(field));
            try {
                OffsetDateTime inUtc = parse(text, ZoneOffset.UTC);
                // a date read alike in two zones carries its own offset
                if (inUtc.isEqual(parse(text, ZoneOffset.ofHours(1)))) {
                    offsets.add(inUtc.getOffset());
                }
            } catch (Dates.InvalidDate e) {
                // reported when the post is imported
            }
        }
        return offsets.size() == 1 ? Optional.of(offsets.iterator().next()) : Optional.empty();
    }

    /**
     * {@link Dates#parse}, after writing an offset given as {@code UTC+09:00} or {@code GMT+9} (which Ruby's
     * date parsing, and so Jekyll's themes, accept) as {@code +09:00}, and dropping the zone's name after an offset
     * ({@code +0000 UTC}).
     */
    private static OffsetDateTime parse(String written, ZoneId zone) throws Dates.InvalidDate {
        // Go's time.Time as text, which Hugo reads and generated pages hold: 2023-06-11 10:09:16 +0000 UTC
        String text = OFFSET_AND_ZONE_NAME.matcher(written).replaceFirst("$1");
        Matcher named = NAMED_OFFSET.matcher(text);
        return Dates.parse(named.find() ? text.substring(0, named.start()) + " " + named.group(1)
                + (named.group(2).length() == 1 ? "0" : "") + named.group(2) + ":"
                + (named.group(3) == null ? "00" : named.group(3)) : text, zone);
    }

    /** The first of {@code fields} that the post has with a value that is not a boolean, or null. */
    private static String present(SourcePost post, List<String> fields) {
        return fields.stream().filter(f -> Loose.text(post.value(f)) != null && !isBoolean(post.value(f)))
                .findFirst().orElse(null);
    }

    /**
     * The name, as written, of the first of {@code fields} that the post has in any case with a value that is not a
     * boolean, or null: names that no old generator read, guessed at whatever their case.
     */
    private static String presentInAnyCase(SourcePost post, List<String> fields) {
        return fields.stream().map(post::fieldInAnyCase).filter(f -> f != null && Loose.text(f.value()) != null
                && !isBoolean(f.value())).map(LooseField::name).findFirst().orElse(null);
    }

    /** The last modification, or null when absent, not a date or not after the publication (reported). */
    OffsetDateTime updated(SourcePost post, OffsetDateTime published) {
        String field = UPDATED_FIELDS.stream().filter(f -> Loose.text(post.value(f)) != null).findFirst().orElse(null);
        if (field == null) {
            return null;
        }
        try {
            OffsetDateTime updated = parse(Loose.text(post.value(field)), zone);
            if (updated.isBefore(published)) {
                findings.add(Category.DATES, post.path(), post.line(field), "'" + field + "' is before the publication "
                        + "date; left out");
                return null;
            }
            return updated.isEqual(published) ? null : updated;
        } catch (Dates.InvalidDate e) {
            findings.add(Category.DATES, post.path(), post.line(field), "'" + field + "': " + e.getMessage() + "; left out");
            return null;
        }
    }

    /** The date that starts the file name, or null when there is none or it is not a real date (2019-02-30). */
    private static LocalDate fileDate(SourcePost post) {
        if (post.fileDate() == null) {
            return null;
        }
        try {
            return LocalDate.parse(post.fileDate());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isBoolean(Object value) {
        return value instanceof Boolean;
    }
}
