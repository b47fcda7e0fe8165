package org.broadsheet.migrate;

import org.broadsheet.content.Dates;
import org.broadsheet.content.LooseField;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
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

    /** The key of Hugo's {@code [frontmatter]} date settings that stands for the date that starts the file name. */
    static final String FILE_NAME = ":filename";
    /** What Jekyll dates a post by: its {@code date}, else the date that starts its file name. */
    private static final List<String> JEKYLL_DATE_KEYS = List.of("date", FILE_NAME);
    /** What Hugo dates a page by unless its {@code [frontmatter] date} says otherwise (keys in lower case). */
    private static final List<String> HUGO_DATE_KEYS = List.of("date", "publishdate", "pubdate", "published", "lastmod",
            "modified");
    /** The keys that name the publication itself: a date from another (Hugo's {@code lastmod}) is reported. */
    private static final Set<String> PUBLICATION_KEYS = Set.of("date", "publishdate", "pubdate", "published");
    /**
     * Names that real archives give the publication date, which no old generator read (unless Hugo's
     * {@code [frontmatter]} names them), in the form that {@link SourcePost#fieldNamedLike} compares.
     */
    private static final List<String> OTHER_DATE_FIELDS = List.of("created_at", "created", "date_created", "created_on",
            "creation_date", "published_at", "published_on", "publish_date", "published_date", "date_published",
            "publication_date", "post_date", "posted", "posted_at", "posted_on", "pub_date", "published");
    private static final List<String> UPDATED_FIELDS = List.of("last_modified_at", "lastmod", "updated", "modified");
    private static final Pattern OFFSET_AND_ZONE_NAME = Pattern.compile("([+-]\\d{2}:?\\d{2})\\s+[A-Z]{2,5}\\s*$");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String MONTH = "(?<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\.?";
    private static final String WEEKDAY = "(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?";
    private static final String YEAR_AND_REST = ",?\\s+(?<year>\\d{4})(?<rest>(?:[\\sT].*)?)";
    /** {@code February 21, 2017}, {@code Tue, Feb 21 2017 10:00}. */
    private static final Pattern MONTH_FIRST = Pattern.compile(WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?"
            + YEAR_AND_REST);
    /** {@code 21 February 2017}. */
    private static final Pattern DAY_FIRST = Pattern.compile(WEEKDAY + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
            + YEAR_AND_REST);
    private static final Pattern NAMED_OFFSET = Pattern.compile("(?i)\\s*(?:UTC|GMT)\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?\\s*$");
    /**
     * An offset after the time of one digit ({@code +9}) or three ({@code +900}, {@code -530}), which Ruby's date
     * parsing reads as hours, then minutes, and ISO 8601 does not.
     */
    private static final Pattern SHORT_OFFSET = Pattern.compile("(:\\d{2})\\s*([+-])(\\d)(\\d{2})?\\s*$");

    private final ZoneId zone;
    private final SourceKind kind;
    private final List<String> dateKeys;
    private final Findings findings;

    /** @param dateKeys what the old generator dated a post by, the first present winning: {@link #dateKeys} */
    PostDates(ZoneId zone, SourceKind kind, List<String> dateKeys, Findings findings) {
        this.zone = zone;
        this.kind = kind;
        this.dateKeys = dateKeys;
        this.findings = findings;
    }

    /**
     * What the old generator dated a post by, the first present winning: front matter keys (Hugo's in lower case)
     * and {@link #FILE_NAME}; for Hugo, its {@code [frontmatter] date} setting (a list, or null for its default),
     * {@code :default} standing for the default, each of {@code publishDate} and {@code lastmod} followed by the
     * names Hugo reads as them, as Hugo expands it.
     */
    static List<String> dateKeys(SourceKind kind, Object configured) {
        if (kind == SourceKind.JEKYLL) {
            return JEKYLL_DATE_KEYS;
        }
        if (Loose.items(configured).isEmpty()) {
            return HUGO_DATE_KEYS;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Object item : Loose.items(configured)) {
            String key = item.toString().strip().toLowerCase(Locale.ROOT);
            if (key.equals(":default")) {
                keys.addAll(HUGO_DATE_KEYS);
            } else {
                keys.add(key);
                keys.addAll(switch (key) {
                    case "publishdate" -> List.of("pubdate", "published");
                    case "lastmod" -> List.of("modified");
                    default -> List.<String>of();
                });
            }
        }
        return List.copyOf(keys);
    }

    /**
     * Whether the old generator dated the post by the date that starts its file name, {@link #FILE_NAME} coming
     * before any key that the post has a date in (Hugo then took the post's slug from the rest of the name).
     */
    static boolean datedByFileName(SourcePost post, List<String> dateKeys) {
        return walk(post, dateKeys, ZoneOffset.UTC).byFileName();
    }

    /** Whether the old generator read a date for the post: one of {@code dateKeys} holds one, or its file name does. */
    static boolean readsDate(SourcePost post, List<String> dateKeys) {
        return walk(post, dateKeys, ZoneOffset.UTC).key() != null;
    }

    /**
     * The first of {@code dateKeys} that dates the post (its date read in {@code zone}), or a walk without a key when
     * none does; and the first field before it that holds no date, with what is wrong with it.
     */
    private static Walk walk(SourcePost post, List<String> dateKeys, ZoneId zone) {
        LooseField failed = null;
        String problem = null;
        for (String key : dateKeys) {
            if (key.equals(FILE_NAME) && fileDate(post) != null) {
                return new Walk(key, null, null, failed, problem);
            }
            LooseField field = key.startsWith(":") ? null : post.field(key);
            if (field == null || Loose.text(field.value()) == null || field.value() instanceof Boolean) {
                continue;
            }
            try {
                return new Walk(key, field, parse(Loose.text(field.value()), zone), failed, problem);
            } catch (Dates.InvalidDate e) {
                // Hugo goes on to the next key
                if (failed == null) {
                    failed = field;
                    problem = "'" + field.name() + "': " + e.getMessage();
                }
            }
        }
        return new Walk(null, null, null, failed, problem);
    }

    /** What {@link #walk} found: the key that dates the post, and its field and date unless it is the file name. */
    private record Walk(String key, LooseField field, OffsetDateTime date, LooseField failed, String problem) {

        boolean byFileName() {
            return FILE_NAME.equals(key);
        }
    }

    /**
     * The first publication, or empty (with a finding) when neither the front matter nor the file name has
     * one: the date the old generator gave the post (reported when not a date of publication, such as Hugo's
     * {@code lastmod}); a field such as {@code created_at} gives the time of the file name's day, or the date when
     * the old generator read none; else the file name's date.
     */
    Optional<OffsetDateTime> published(SourcePost post) {
        return date(post, true, findings);
    }

    /** Whether the post has a date, from the front matter or the file name. */
    boolean dated(SourcePost post) {
        return date(post, true, new Findings()).isPresent();
    }

    /**
     * The date the old generator gave the post, from which it made the post's address: as {@link #published},
     * without what the old generator did not read; empty when it read none.
     */
    Optional<OffsetDateTime> served(SourcePost post) {
        return date(post, false, new Findings());
    }

    /**
     * The date a Hugo page went live when its date is to come but its {@code publishDate} (or {@code pubDate},
     * {@code published}) has passed, so that Hugo published it — a Wowchemy event, dated by the day it takes place;
     * Broadsheet would hold such an article back as scheduled, and its old address would stop answering.
     */
    private Optional<OffsetDateTime> publishedBefore(SourcePost post, Walk dated, Findings findings) {
        OffsetDateTime now = OffsetDateTime.now();
        if (post.kind() != SourceKind.HUGO || !dated.date().isAfter(now)) {
            return Optional.empty();
        }
        Walk publication = walk(post, List.of("publishdate", "pubdate", "published"), zone);
        if (publication.key() == null || publication.date().isAfter(now)) {
            return Optional.empty();
        }
        findings.add(Category.DATES, post.path(), dated.field().line(), "dated " + Loose.text(publication.field().value())
                + " by '" + publication.field().name() + "', when Hugo published it: its '" + dated.field().name() + "' "
                + Loose.text(dated.field().value()) + " is to come, and Broadsheet would hold the article back as "
                + "scheduled; write that date into the text if readers need it");
        return Optional.of(publication.date());
    }

    private Optional<OffsetDateTime> date(SourcePost post, boolean guess, Findings findings) {
        LocalDate fileDate = fileDate(post);
        Walk walk = walk(post, dateKeys, zone);
        LooseField failed = walk.failed();
        if (walk.byFileName()) {
            OtherField sameDay = guess && failed == null ? other(post, fileDate) : null;
            return Optional.of(sameDay != null ? reported(sameDay, post, findings)
                    : fromFileName(post, fileDate, failed, walk.problem(), findings));
        }
        if (walk.key() != null) {
            LooseField field = walk.field();
            if (!PUBLICATION_KEYS.contains(walk.key())) {
                findings.add(Category.DATE_FROM_FIELD, post.path(), field.line(), "no 'date'; took '" + field.name()
                        + "' (" + Loose.text(field.value()) + "), as Hugo dated the page", field.name());
            }
            return Optional.of(guess ? publishedBefore(post, walk, findings).orElse(walk.date()) : walk.date());
        }
        if (!guess) {
            return Optional.empty();
        }
        OtherField other = failed == null ? other(post, fileDate) : null;
        if (other != null) {
            return Optional.of(reported(other, post, findings));
        }
        if (fileDate != null) {
            return Optional.of(fromFileName(post, fileDate, failed, walk.problem(), findings));
        }
        findings.add(Category.SKIPPED, post.path(), failed == null ? 1 : failed.line(), "not imported: "
                + (walk.problem() == null ? "no date in the front matter or the file name" : walk.problem())
                + "; add 'date:' to it and import again");
        return Optional.empty();
    }

    /**
     * The first field of {@link #OTHER_DATE_FIELDS} that holds a date, when the file name has none or it is of the
     * file name's day as written (08:44 +09:00 on that day is that day, whatever the site timezone), which the
     * old generator published it on; else null.
     */
    private OtherField other(SourcePost post, LocalDate fileDate) {
        for (String name : OTHER_DATE_FIELDS) {
            LooseField field = post.fieldNamedLike(name);
            if (field == null || Loose.text(field.value()) == null || field.value() instanceof Boolean
                    || dateKeys.contains(field.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            try {
                OffsetDateTime date = parse(Loose.text(field.value()), zone);
                return fileDate == null || date.toLocalDate().equals(fileDate) ? new OtherField(field, date) : null;
            } catch (Dates.InvalidDate e) {
                return null;
            }
        }
        return null;
    }

    /** A date from a field that the old generator did not read. */
    private record OtherField(LooseField field, OffsetDateTime date) {
    }

    /** The date of {@code other}, reported as taken from a field that the old generator did not read. */
    private OffsetDateTime reported(OtherField other, SourcePost post, Findings findings) {
        LooseField field = other.field();
        findings.add(Category.DATE_FROM_FIELD, post.path(), field.line(), "no 'date'; took '" + field.name() + "' ("
                + Loose.text(field.value()) + ")" + (kind == SourceKind.HUGO ? ", which Hugo did not read" : ""),
                field.name());
        return other.date();
    }

    private OffsetDateTime fromFileName(SourcePost post, LocalDate fileDate, LooseField failed, String problem,
                                        Findings findings) {
        OffsetDateTime date = fileDate.atStartOfDay(zone).toOffsetDateTime();
        String taken = "took " + post.fileDate() + " from the file name, at 00:00 " + zone.getId() + " ("
                + ISO.format(date) + ")";
        if (problem != null) {
            findings.add(Category.DATES, post.path(), failed.line(), problem + "; " + taken + ": correct it if the "
                    + "time matters");
        } else if (Loose.text(post.value("date")) != null) {
            findings.add(Category.DATE_FROM_FILE_NAME, post.path(), post.line("date"), "dated by the file name before "
                    + "its 'date', as the site's [frontmatter] date says: " + taken);
        } else {
            findings.add(Category.DATE_FROM_FILE_NAME, post.path(), 1, "no date in the front matter; " + taken);
        }
        return date;
    }

    /**
     * The one offset that every publication date written with an offset has, if there is one: a site that names
     * no timezone but wrote each date with +09:00 was written in that offset's zone.
     */
    static Optional<ZoneOffset> onlyOffset(List<SourcePost> posts, List<String> dateKeys) {
        Set<ZoneOffset> offsets = new TreeSet<>();
        for (SourcePost post : posts) {
            LooseField field = dateKeys.stream().filter(key -> !key.startsWith(":")).map(post::field)
                    .filter(f -> f != null && Loose.text(f.value()) != null).findFirst().orElse(null);
            if (field == null) {
                continue;
            }
            String text = Loose.text(field.value());
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
     * {@link Dates#parse}, after writing an offset given as {@code UTC+09:00}, {@code GMT+9} or {@code +900}
     * (which Ruby's date parsing, and so Jekyll and its themes, accept) as {@code +09:00}, and dropping the zone's
     * name after an offset ({@code +0000 UTC}).
     */
    private static OffsetDateTime parse(String written, ZoneId zone) throws Dates.InvalidDate {
        // Go's time.Time as text, which Hugo reads and generated pages hold: 2023-06-11 10:09:16 +0000 UTC
        String text = SHORT_OFFSET.matcher(OFFSET_AND_ZONE_NAME.matcher(monthNamed(written)).replaceFirst("$1"))
                .replaceFirst(match -> match.group(1) + " " + match.group(2) + "0" + match.group(3) + ":"
                        + (match.group(4) == null ? "00" : match.group(4)));
        Matcher named = NAMED_OFFSET.matcher(text);
        return Dates.parse(named.find() ? text.substring(0, named.start()) + " " + named.group(1)
                + (named.group(2).length() == 1 ? "0" : "") + named.group(2) + ":"
                + (named.group(3) == null ? "00" : named.group(3)) : text, zone);
    }

    /**
     * A date written with the month's English name, as Ruby's date parsing (and so Jekyll) reads it —
     * {@code February 21, 2017}, {@code Feb 21 2017}, {@code 21 February 2017}, a time or offset after it — written
     * {@code 2017-02-21} and the rest; else {@code written}.
     */
    static String monthNamed(String written) {
        Matcher named = MONTH_FIRST.matcher(written.strip());
        if (!named.matches()) {
            named = DAY_FIRST.matcher(written.strip());
            if (!named.matches()) {
                return written;
            }
        }
        String month = named.group("month").toLowerCase(Locale.ROOT);
        int number = MONTHS.indexOf(MONTHS.stream().filter(m -> m.startsWith(month.substring(0, 3))).findFirst()
                .orElseThrow()) + 1;
        if (!MONTHS.get(number - 1).startsWith(month)) {
            return written;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", named.group("year"), number,
                Integer.parseInt(named.group("day"))) + named.group("rest");
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
}
