package org.broadsheet.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a Liquid {@code {% for item in list reversed offset: 2 limit: 5 %}}, read as Jekyll read them: its
 * strict parser takes {@code reversed} right after the list, then {@code limit} and {@code offset} in any order; a
 * {@code reversed} after them fails that parser, and the lax one Jekyll falls back to ignores it.
 *
 * @param variable        the name each item is given
 * @param list            the expression of the list, filters included
 * @param reversed        whether the items are taken last first, after the limit and the offset are applied
 * @param offset          the expression of the offset, or null
 * @param limit           the expression of the limit, or null
 * @param reversedIgnored whether a {@code reversed} was written after a limit or an offset, where Jekyll ignored it
 */
record LoopTag(String variable, String list, boolean reversed, String offset, String limit, boolean reversedIgnored) {

    /** The limit and offset after the list; only these two are Liquid's, and no filter of Jekyll's has their names. */
    private static final Pattern FOR = Pattern.compile("(\\w+)\\s+in\\s+(\\S.*?)(\\s+reversed)?"
            + "((?:\\s+(?:limit|offset)\\s*:\\s*[^\\s:|]+)*)(\\s+reversed)?");
    private static final Pattern ATTRIBUTE = Pattern.compile("(limit|offset)\\s*:\\s*([^\\s:|]+)");
    /** A whole number as Ruby's {@code Integer()} reads it in decimal; a leading zero would make it octal. */
    private static final Pattern WHOLE = Pattern.compile("\\s*([+-]?)(0|[1-9]\\d*)\\s*");
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");
    /** Past this, a limit or an offset is read as this: a list of more items could not be written out anyway. */
    private static final long FARTHEST = Integer.MAX_VALUE;

    /** The arguments of a for tag, or empty when they are not of that form ({@code offset: continue} included). */
    static Optional<LoopTag> parse(String arguments) {
        Matcher loop = FOR.matcher(arguments.strip());
        if (!loop.matches()) {
            return Optional.empty();
        }
        String offset = null;
        String limit = null;
        Matcher attribute = ATTRIBUTE.matcher(loop.group(4));
        while (attribute.find()) {
            // as Liquid's parser does, a later attribute of the same name wins
            if (attribute.group(1).equals("offset")) {
                offset = attribute.group(2);
            } else {
                limit = attribute.group(2);
            }
        }
        if ("continue".equals(offset)) {
            return Optional.empty();
        }
        return Optional.of(new LoopTag(loop.group(1), loop.group(2), loop.group(3) != null, offset, limit,
                loop.group(5) != null));
    }

    /**
     * The value of a limit's or an offset's expression; digits as they are written, which {@link #wholeNumber} reads
     * whatever their length, where Liquid's expressions know no number past a {@code long}.
     */
    static Object value(String expression, LiquidValues.Scope scope) {
        return DIGITS.matcher(expression).matches() ? expression : scope.value(expression);
    }

    /**
     * A limit's or an offset's value as Liquid's {@code to_integer} reads it: a whole number, or a text that is one; nil
     * (null) gives {@code absent}. Empty for anything else (a decimal, a word, a list), which stopped Jekyll's build
     * with "invalid integer". A number too large for an {@code int} is read as the largest one of its sign.
     */
    static Optional<Long> wholeNumber(Object value, long absent) {
        if (value == null) {
            return Optional.of(absent);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Optional.of(Math.max(-FARTHEST, Math.min(FARTHEST, ((Number) value).longValue())));
        }
        if (value instanceof BigInteger number) {
            return Optional.of(number.signum() * FARTHEST);
        }
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        Matcher whole = WHOLE.matcher(text);
        if (!whole.matches()) {
            return Optional.empty();
        }
        long magnitude = DigitIndex.of(whole.group(2));
        return Optional.of(whole.group(1).equals("-") ? -magnitude : magnitude);
    }

    /**
     * The items a loop with this offset and limit (null for none) goes through, as Liquid slices them: from the item at
     * {@code offset} (a negative one is the first), as many as {@code limit} counted from {@code offset} (so a negative
     * offset takes fewer), then reversed if the tag says so.
     */
    <T> List<T> segment(List<T> items, long offset, Long limit) {
        long from = Math.max(0, offset);
        long to = limit == null ? items.size() : Math.min(items.size(), offset + limit);
        List<T> taken = to <= from ? List.of() : items.subList((int) from, (int) to);
        if (!reversed) {
            return taken;
        }
        List<T> backwards = new ArrayList<>(taken);
        Collections.reverse(backwards);
        return backwards;
    }
}
