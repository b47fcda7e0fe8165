package org.broadsheet.migrate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code {% for item in list %}…{% endfor %}} over a list whose items are known — a literal {@code split} by an
 * assign, a list of the front matter or of {@code _config.yml} — with only outputs and assigns of known values inside:
 * its text once for each item, as Jekyll wrote it (a release note's links to its issues, as reference definitions).
 */
final class LiquidLoops {

    private static final Pattern FOR = Pattern.compile("(\\w+)\\s+in\\s+(\\S+(?:\\s*\\|\\s*[^|]+)*)");
    private static final Pattern FOR_START = Pattern.compile("\\{%-?\\s*for\\s");
    private static final Pattern FOR_END = Pattern.compile("\\{%-?\\s*endfor\\s*-?%\\}");

    /**
     * How many chars the loops of one post may write out in all: a loop over thousands of items around a long text (a
     * hostile post, or a list of the whole site's data) would otherwise write gigabytes; past this, a loop stays as
     * text, reported. A fifth of what an article's file may hold.
     */
    static final int WRITTEN_PER_POST = 1_000_000;

    /** The text of a loop written out for each item, and the offset where the loop ended. */
    record Expanded(String text, int end, int items) {
    }

    private LiquidLoops() {
    }

    /**
     * The loop that starts with the tag {@code [start, tagEnd)} of {@code text}, whose arguments are
     * {@code arguments}, written out; empty when its list, or a value inside it, is not known, another loop is inside,
     * or it would write more than {@code budget} chars.
     */
    static Optional<Expanded> expand(String text, int tagEnd, String arguments, LiquidValues.Scope scope, int budget) {
        Matcher loop = FOR.matcher(arguments.strip());
        Matcher end = FOR_END.matcher(text).region(tagEnd, text.length());
        if (!loop.matches() || !end.find() || FOR_START.matcher(text).region(tagEnd, end.start()).find()) {
            return Optional.empty();
        }
        Optional<List<?>> items = scope.items(loop.group(2));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String inside = text.substring(tagEnd, end.start());
        StringBuilder written = new StringBuilder();
        try {
            for (Object item : items.get()) {
                scope.let(loop.group(1), item);
                Optional<String> once = filled(inside, scope);
                if (once.isEmpty()) {
                    return Optional.empty();
                }
                written.append(once.get());
                if (written.length() > budget) {
                    return Optional.empty();
                }
            }
        } finally {
            // the loop's variable ends with it
            scope.let(loop.group(1), null);
        }
        return Optional.of(new Expanded(written.toString(), end.end(), items.get().size()));
    }

    /** {@code inside} with its outputs filled in and its assigns made, or empty when one cannot be. */
    private static Optional<String> filled(String inside, LiquidValues.Scope scope) {
        Matcher liquid = LiquidBody.LIQUID.matcher(inside);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        while (liquid.find()) {
            out.append(inside, kept, liquid.start());
            kept = liquid.end();
            if (liquid.group(1) == null) {
                Optional<String> value = scope.output(liquid.group(3));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                out.append(value.get());
            } else if (!liquid.group(1).equals("assign") || !assign(liquid.group(2), scope)) {
                return Optional.empty();
            }
        }
        return Optional.of(out.append(inside, kept, inside.length()).toString());
    }

    private static boolean assign(String arguments, LiquidValues.Scope scope) {
        int equals = arguments.indexOf('=');
        return equals > 0 && scope.assign(arguments.substring(0, equals).strip(), arguments.substring(equals + 1));
    }
}
