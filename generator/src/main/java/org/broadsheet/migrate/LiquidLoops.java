package org.broadsheet.migrate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Jekyll's {@code {% for item in list %}…{% endfor %}} over a list whose items are known — a literal {@code split} by an
 * assign, a list of the front matter, of {@code _config.yml} or of {@code _data} — with only outputs, assigns of known
 * values and other such loops inside: its text once for each item, as Jekyll wrote it (a release note's links to its
 * issues, as reference definitions). {@code limit}, {@code offset} and {@code reversed} take the items Liquid took
 * ({@link LoopTag}), and {@code forloop.index} and its kin are known inside.
 */
final class LiquidLoops {

    /**
     * How many chars the loops of one post may write out in all: a loop over thousands of items around a long text (a
     * hostile post, or a list of the whole site's data) would otherwise write gigabytes; past this, a loop stays as
     * text, reported. A fifth of what an article's file may hold.
     */
    static final int WRITTEN_PER_POST = 1_000_000;
    /**
     * How many chars of loop text the loops of one post may go through, once for each item: loops inside loops over
     * long lists, or a long text of assigns, write little but would keep the import busy for hours; past this, a loop
     * stays as text, reported. Twenty times what they may write.
     */
    static final long READ_PER_POST = 20L * WRITTEN_PER_POST;
    /**
     * What each item costs of {@link #READ_PER_POST} besides the loop's text, in chars: giving the loop's variables their
     * values takes about as long as reading that much text, and an empty text is no free turn.
     */
    static final int PER_ITEM = 64;
    /** How many loops deep a loop may be written out; Liquid itself stops at 100 nested blocks. */
    static final int DEEPEST = 8;

    private static final Kept NOT_KNOWN = new Kept(null);
    private static final Kept TOO_LONG = new Kept(String.format("the loops of the post would write more than %,d chars",
            WRITTEN_PER_POST));

    /** What a loop gave: its text written out, or why it stays as text. */
    sealed interface Outcome permits Expanded, Kept {
    }

    /**
     * The text of a loop written out for each item, the offset where the loop ended, how many items it went through,
     * and a note for the report, or null.
     */
    record Expanded(String text, int end, int items, String note) implements Outcome {
    }

    /** A loop kept as text, and why: null when a list, a value or a tag inside it is not known. */
    record Kept(String reason) implements Outcome {
    }

    /** What the loops of one post may still write and go through, in chars. */
    static final class Budget {
        private int written = WRITTEN_PER_POST;
        private long read = READ_PER_POST;
    }

    /** Where a loop's text ends: the start and the end of its {@code endfor}. */
    private record Body(int end, int after) {
    }

    private LiquidLoops() {
    }

    /**
     * The loop that starts with the tag {@code [start, tagEnd)} of {@code text}, whose arguments are
     * {@code arguments}, written out, what it writes taken from {@code budget}; or why it is not.
     */
    static Outcome expand(String text, int tagEnd, String arguments, LiquidValues.Scope scope, Budget budget) {
        Outcome outcome = expand(text, tagEnd, arguments, scope, budget, budget.written, 1);
        if (outcome instanceof Expanded expanded) {
            budget.written -= expanded.text().length();
        }
        return outcome;
    }

    private static Outcome expand(String text, int tagEnd, String arguments, LiquidValues.Scope scope, Budget budget,
                                  int writable, int depth) {
        Optional<LoopTag> parsed = LoopTag.parse(arguments);
        if (parsed.isEmpty()) {
            return NOT_KNOWN;
        }
        LoopTag tag = parsed.get();
        Body body = body(text, tagEnd);
        if (body == null) {
            return NOT_KNOWN;
        }
        if (depth > DEEPEST || body.end() < 0) {
            return new Kept("loops are nested in it more than " + DEEPEST + " deep");
        }
        String inside = text.substring(tagEnd, body.end());
        Optional<List<?>> items = scope.items(tag.list());
        if (items.isEmpty() || !onlyKnownTags(inside)) {
            return NOT_KNOWN;
        }
        Object offset = tag.offset() == null ? null : LoopTag.value(tag.offset(), scope);
        Object limit = tag.limit() == null ? null : LoopTag.value(tag.limit(), scope);
        if (offset == LiquidValues.UNKNOWN || limit == LiquidValues.UNKNOWN) {
            return NOT_KNOWN;
        }
        Optional<Long> from = LoopTag.wholeNumber(offset, 0);
        if (from.isEmpty()) {
            return new Kept("its offset, " + tag.offset() + ", is no whole number");
        }
        Optional<Long> most = LoopTag.wholeNumber(limit, Integer.MAX_VALUE);
        if (most.isEmpty()) {
            return new Kept("its limit, " + tag.limit() + ", is no whole number");
        }
        List<?> segment = tag.segment(items.get(), from.get(), most.get());
        Object parent = scope.value("forloop");
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < segment.size(); i++) {
            budget.read -= inside.length() + PER_ITEM;
            if (budget.read < 0) {
                return new Kept(String.format("the loops of the post would go through more than %,d chars of their "
                        + "text", READ_PER_POST));
            }
            Map<String, Object> forloop = forloop(i, segment.size(), tag.variable() + "-" + tag.list(),
                    parent instanceof Map<?, ?> ? parent : null);
            int left = writable - written.length();
            Outcome once = scope.with(tag.variable(), segment.get(i), () -> scope.with("forloop", forloop,
                    () -> filled(inside, scope, budget, left, depth)));
            if (!(once instanceof Expanded expanded)) {
                return once;
            }
            written.append(expanded.text());
            if (written.length() > writable) {
                return TOO_LONG;
            }
        }
        return new Expanded(written.toString(), body.after(), segment.size(), tag.reversedIgnored()
                ? "its 'reversed' after the limit or offset ignored, as Jekyll did" : null);
    }

    /**
     * Where the loop whose text starts at {@code from} ends, its own {@code endfor} found past the loops inside it;
     * null when nothing ends it, and an end of -1 when loops nest deeper than {@link #DEEPEST} before it ends (the
     * search stops there, so that a text of loops that nothing ends is not searched to its end from each of them).
     */
    private static Body body(String text, int from) {
        Matcher liquid = LiquidBody.LIQUID.matcher(text).region(from, text.length());
        int open = 0;
        while (liquid.find()) {
            String tag = liquid.group(1);
            if ("for".equals(tag) && ++open > DEEPEST) {
                return new Body(-1, -1);
            }
            if ("endfor".equals(tag) && open-- == 0) {
                return new Body(liquid.start(), liquid.end());
            }
        }
        return null;
    }

    /**
     * Whether the loop's own text holds no tag but assigns and loops: checked before its items are, so that a loop over
     * no item whose text says what to show then ({@code {% else %}}) is not written out as nothing.
     */
    private static boolean onlyKnownTags(String inside) {
        Matcher liquid = LiquidBody.LIQUID.matcher(inside);
        while (liquid.find()) {
            String tag = liquid.group(1);
            if ("for".equals(tag)) {
                Body inner = body(inside, liquid.end());
                if (inner == null || inner.end() < 0) {
                    return false;
                }
                liquid.region(inner.after(), inside.length());
            } else if (tag != null && !tag.equals("assign")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Liquid's {@code forloop} for the item at {@code index} of {@code length}, in a loop named as Liquid names it,
     * inside the loop of {@code parentloop} (or none: nil); what else a template asks of it is nil, as in Liquid.
     */
    private static Map<String, Object> forloop(int index, int length, String name, Object parentloop) {
        Map<String, Object> forloop = new HashMap<>(Map.of("index", index + 1L, "index0", (long) index,
                "rindex", (long) length - index, "rindex0", length - index - 1L, "first", index == 0,
                "last", index == length - 1, "length", (long) length, "name", name));
        forloop.put("parentloop", parentloop);
        return forloop;
    }

    /** {@code inside} with its outputs filled in, its assigns made and its loops written out; or why it cannot be. */
    private static Outcome filled(String inside, LiquidValues.Scope scope, Budget budget, int writable, int depth) {
        Matcher liquid = LiquidBody.LIQUID.matcher(inside);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (liquid.find()) {
            out.append(inside, kept, liquid.start());
            kept = liquid.end();
            String tag = liquid.group(1);
            if (tag == null) {
                Optional<String> value = scope.output(liquid.group(3));
                if (value.isEmpty()) {
                    return NOT_KNOWN;
                }
                out.append(value.get());
            } else if (tag.equals("for")) {
                Outcome inner = expand(inside, liquid.end(), liquid.group(2), scope, budget, writable - out.length(),
                        depth + 1);
                if (!(inner instanceof Expanded expanded)) {
                    return inner;
                }
                out.append(expanded.text());
                kept = expanded.end();
                liquid.region(kept, inside.length());
            } else if (!tag.equals("assign") || !assign(liquid.group(2), scope)) {
                return NOT_KNOWN;
            }
            if (out.length() > writable) {
                return TOO_LONG;
            }
        }
        return new Expanded(out.append(inside, kept, inside.length()).toString(), inside.length(), 1, null);
    }

    private static boolean assign(String arguments, LiquidValues.Scope scope) {
        int equals = arguments.indexOf('=');
        return equals > 0 && scope.assign(arguments.substring(0, equals).strip(), arguments.substring(equals + 1));
    }
}
