package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values that a Jekyll post's Liquid names — {@code page.*} (its front matter), {@code site.*}
 * ({@code _config.yml}), {@code site.data.*} ({@code _data}) and what the post assigns — so that an output
 * such as {@code {{ release.url.gz }}} after {@code {% assign release = site.data.releases | where: "version",
 * "2.4.8" | first %}} shows what Jekyll showed, and an include of plain HTML shows its file with its parameters
 * filled in, and the branches of its {@code if} and {@code unless} blocks chosen as Jekyll chose them. Filters:
 * {@code where}, {@code first}, {@code last}, {@code size}, {@code downcase}, {@code upcase}, {@code strip},
 * {@code default}, {@code plus}, {@code minus}, {@code replace}, {@code remove}. Anything else is unknown, and the Liquid
 * stays as written.
 */
final class LiquidValues {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*|\\[\\d+\\]|\\[\"[^\"]*\"\\]|\\['[^']*'\\])*");
    private static final Pattern SEGMENT = Pattern.compile("\\.?([A-Za-z_][\\w-]*)|\\[(\\d+)\\]|\\[\"([^\"]*)\"\\]|\\['([^']*)'\\]");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** What an expression gives when a name or a filter in it is not known. */
    static final Object UNKNOWN = new Object();
    /** A parameter of an include, {@code name="value"}, {@code name=page.x}, with the spaces before it. */
    private static final Pattern PARAMETER = Pattern.compile("\\s*+([\\w-]++)\\s*+=\\s*+(\"[^\"]*+\"|'[^']*+'|[^\\s\"']++)");
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?\\}\\}");
    /** An address of a sound or video file, which a page plays itself rather than through another site's player. */
    private static final Pattern MEDIA_FILE = Pattern.compile("\\.(?i:mp4|webm|ogg|ogv|mov|m4v|mp3|m4a|wav|flac|oga|opus)(?:[?#]|$)");
    /** The parameters whose value a theme's figure include shows as its picture, in the order it prefers them. */
    private static final List<String> PICTURE_PARAMETERS = List.of("url", "path", "image_path", "src", "image", "file");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#([0-9]{1,6}|[xX][0-9a-fA-F]{1,5});|&amp;");
    private static final Pattern TAG = Pattern.compile("(?s)\\{%-?\\s*(\\w+)(.*?)-?%}");
    /** {@code and} or {@code or} between comparisons (group 1), after skipping strings, which may hold the words. */
    private static final Pattern JOINT = Pattern.compile("\"[^\"]*\"|'[^']*'|\\s(and|or)\\s");
    /** An operand, or two with an operator between: {@code include.width == "360"}. */
    private static final Pattern COMPARISON = Pattern.compile("\\s*(\"[^\"]*\"|'[^']*'|[^\\s=!<>]+)\\s*"
            + "(?:(==|!=|<>|>=|<=|>|<|(?<=\\s)contains(?=\\s))\\s*(\"[^\"]*\"|'[^']*'|[^\\s=!<>]+)\\s*)?");
    /** The body of {@code {% unless x %}} that gives {@code x} a value when the include was given none. */
    private static final Pattern FALLBACK = Pattern.compile("\\s*\\{%-?\\s*assign\\s+([\\w-]+)\\s*=\\s*(.+?)\\s*-?%}"
            + "\\s*\\{%-?\\s*endunless\\s*-?%}");
    /** What Jekyll itself put in {@code site} (the posts, their counts by category…), which the import does not know. */
    private static final Set<String> MADE_SITE = Set.of("posts", "pages", "categories", "tags", "time", "static_files",
            "html_pages", "html_files", "collections", "documents", "related_posts");
    /** What Jekyll itself put in {@code page} when the front matter does not give it. */
    private static final Set<String> MADE_PAGE = Set.of("url", "date", "id", "content", "excerpt", "path", "name", "dir",
            "relative_path", "collection", "categories", "tags", "slug", "ext", "next", "previous", "output");

    /** Blocks whose text Liquid keeps (capture) or drops (comment) rather than outputs, then any tag. */
    private static final Pattern SILENT = Pattern.compile(
            "(?s)\\{%-?\\s*(capture|comment)\\b.*?\\{%-?\\s*end\\1\\s*-?%}|\\{%.*?%}");

    private final Map<String, Object> site;
    /** The labels of the site's collections, each a list Jekyll made as {@code site.<label>}. */
    private final Set<String> collections;
    private final Function<String, Optional<String>> includes;

    /**
     * @param data     the old site's {@code _data}, read when a post first names it
     * @param includes the text of a file of {@code _includes/} by its name, when the old site has it
     */
    LiquidValues(Map<String, Object> config, Supplier<Map<String, Object>> data,
                 Function<String, Optional<String>> includes) {
        this.site = new LazyData(config, data);
        this.collections = config.get("collections") instanceof Map<?, ?> map
                ? map.keySet().stream().map(String::valueOf).collect(Collectors.toSet())
                : Loose.items(config.get("collections")).stream().map(String::valueOf).collect(Collectors.toSet());
        this.includes = includes;
    }

    /**
     * Whether {@code {% include name %}} showed nothing: its file only assigns and captures (Jekyll-Bootstrap's
     * {@code JB/setup}, at the top of every post of such a blog), or is empty.
     */
    boolean includesNothing(String name) {
        return includes.apply(name).map(text -> !text.contains("{{") && SILENT.matcher(text).replaceAll("").isBlank())
                .orElse(false);
    }

    /** The variables of one post: its front matter as {@code page}, and what it assigns, in order. */
    final class Scope {
        private final Map<String, Object> page = new LinkedHashMap<>();
        private final Map<String, Object> assigned = new HashMap<>();
        /** The old site's base path ({@code /blog}, or empty), below which {@code relative_url} puts a path. */
        private final String basePath;

        Scope(SourcePost post, String basePath) {
            this.basePath = basePath;
            for (Map.Entry<String, LooseField> field : post.fields().entrySet()) {
                page.put(field.getKey(), field.getValue().value());
            }
        }

        /** The text of {@code expression} as Jekyll output it (empty for nil), or empty when a name or filter is unknown. */
        Optional<String> output(String expression) {
            Object value = evaluate(expression);
            if (value == UNKNOWN || value instanceof Map || value instanceof List) {
                return Optional.empty();
            }
            return Optional.of(value == null ? "" : value instanceof Double d && d == Math.rint(d)
                    ? String.valueOf(d.longValue()) : value.toString());
        }

        /**
         * What {@code {% include name parameters %}} showed, when its file is HTML or Markdown whose only Liquid is
         * outputs of known values, {@code include.*} among them ({@code {{ include.id | default: 560 }}}), and the
         * assigns and captures they use: a YouTube player, a figure, a picture whose address the include builds.
         * Its lines are joined, so that the post's later lines keep their numbers, and its HTML comments removed.
         * Empty when the file has another tag, or a parameter or an output cannot be evaluated.
         */
        Optional<String> included(String name, String parameters) {
            Optional<String> text = includes.apply(name);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> include = new HashMap<>();
            Matcher parameter = PARAMETER.matcher(parameters);
            for (int end = 0; end < parameters.length(); end = parameter.end()) {
                // each parameter where the last ended, or the include is not one to fill in
                if (!parameter.region(end, parameters.length()).lookingAt()) {
                    return Optional.empty();
                }
                Object value = evaluate(parameter.group(2));
                if (value == UNKNOWN) {
                    return Optional.empty();
                }
                include.put(parameter.group(1), value);
            }
            if (name.equals("video") && text.get().contains("responsive-video-container")) {
                return minimalMistakesVideo(include);
            }
            if (name.matches("gallery(\\.\\w+)?")) {
                Optional<String> gallery = ThemeGallery.html(text.get(), page, include);
                if (gallery.isPresent()) {
                    return gallery;
                }
            }
            Object before = assigned.put("include", include);
            try {
                // a theme's figure or player is read for what it showed, its picture made Markdown, its file linked,
                // which the HTML its file writes would not give
                Optional<String> themes = name.matches("figure(\\.\\w+)?") ? figure(text.get(), include)
                        : name.matches("(video|audio)(\\.\\w+)?") ? media(text.get(), include) : Optional.empty();
                if (themes.isPresent()) {
                    return themes;
                }
                return shown(text.get()).map(html -> withoutComments(html).lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).collect(Collectors.joining(" ")));
            } finally {
                if (before == null) {
                    assigned.remove("include");
                } else {
                    assigned.put("include", before);
                }
            }
        }

        /**
         * The player that minimal-mistakes' {@code video} include showed for a YouTube or Vimeo video, whose file
         * chooses the address with {@code case}: the same address, as the theme wrote it; empty for another provider.
         */
        private Optional<String> minimalMistakesVideo(Map<String, Object> include) {
            String id = text(include.get("id"));
            if (!id.matches("[\\w-]+")) {
                return Optional.empty();
            }
            String src = switch (text(include.get("provider"))) {
                case "youtube" -> "https://www.youtube-nocookie.com/embed/" + id;
                case "vimeo" -> "https://player.vimeo.com/video/" + id + "?dnt=true";
                default -> null;
            };
            return Optional.ofNullable(src).map(address -> "<div class=\"responsive-video-container\"> <iframe src=\""
                    + address + "\" frameborder=\"0\" allowfullscreen></iframe> </div>");
        }

        /**
         * The picture that a theme's {@code figure} include showed (minimal-mistakes' {@code figure}, al-folio's
         * {@code figure.liquid}), whose file chooses among its parameters with {@code if}: its one {@code <img>} with
         * the address of the first picture parameter that the file names and the post gives ({@code url}, else
         * {@code path}, {@code image_path}…; from the site's root, where {@code relative_url} put a path without a
         * leading slash), its {@code alt}, and its {@code caption} below it, as HTML that the later steps read as any
         * other picture. The values are read as the browser read them in the theme's HTML ({@code &#32;} a space).
         * Empty when the file shows no single picture, or the post gives none of its picture parameters.
         */
        private Optional<String> figure(String text, Map<String, Object> include) {
            if (text.indexOf("<img") < 0 || text.indexOf("<img") != text.lastIndexOf("<img")) {
                return Optional.empty();
            }
            Optional<String> given = PICTURE_PARAMETERS.stream()
                    .filter(key -> text.contains("include." + key) && !text(include.get(key)).isBlank()).findFirst();
            if (given.isEmpty()) {
                return Optional.empty();
            }
            String path = characterReferencesRead(text(include.get(given.get())).strip());
            if (!path.contains("://") && !path.startsWith("/")) {
                path = "/" + path;
            }
            String alt = text.contains("include.alt") ? characterReferencesRead(text(include.get("alt")).strip()) : "";
            String caption = text.contains("include.caption") ? text(include.get("caption")).strip() : "";
            return Optional.of("<figure><img src=\"" + path.replace("\"", "&quot;") + "\" alt=\"" + alt.replace("\"", "&quot;")
                    + "\">" + (caption.isEmpty() ? "" : "<figcaption>" + caption.replaceAll("\\s+", " ") + "</figcaption>")
                    + "</figure>");
        }

        /**
         * What al-folio's {@code video.liquid} and {@code audio.liquid} showed, whose files choose with {@code if}: a player
         * of another site (an address that names no sound or video file, such as YouTube's embed) as its {@code <iframe>},
         * which the later steps move to YouTube's privacy-enhanced player and the build judges by its embed list; a file
         * as a link to it, which publishes a file of the site, Broadsheet's pages holding no {@code <video>} or
         * {@code <audio>}; its caption below. Empty when the post gives no {@code path}.
         */
        private Optional<String> media(String text, Map<String, Object> include) {
            String path = characterReferencesRead(text(include.get("path")).strip());
            if (path.isEmpty() || !text.contains("include.path")) {
                return Optional.empty();
            }
            String caption = text.contains("include.caption") ? text(include.get("caption")).strip().replaceAll("\\s+", " ")
                    : "";
            String shown;
            if (path.contains("://") && !MEDIA_FILE.matcher(path).find() && text.contains("<iframe")) {
                shown = "<iframe src=\"" + path.replace("\"", "&quot;") + "\" frameborder=\"0\" allowfullscreen></iframe>";
            } else {
                if (!path.contains("://") && !path.startsWith("/")) {
                    path = "/" + path;
                }
                String label = Stream.of("title", "alt").map(key -> text(include.get(key)).strip())
                        .filter(value -> !value.isEmpty()).findFirst()
                        .orElse(path.substring(path.lastIndexOf('/') + 1).replaceAll("[?#].*", ""));
                shown = "<a href=\"" + path.replace("\"", "&quot;") + "\">" + label.replace("&", "&amp;").replace("<", "&lt;")
                        + "</a>";
            }
            return Optional.of("<figure>" + shown + (caption.isEmpty() ? "" : "<figcaption>" + caption + "</figcaption>")
                    + "</figure>");
        }

        /**
         * What the text of an include showed: its outputs filled in, after the assigns and captures before them
         * (an include that builds an address with {@code capture}, then outputs it) and the {@code unless} that gives a
         * variable a default, and of each {@code if} or {@code unless} block the branch whose condition held (a figure
         * that chooses its width by whether the post gave one); empty when it has any other tag ({@code for},
         * {@code case}), or a value cannot be evaluated.
         */
        private Optional<String> shown(String text) {
            StringBuilder shown = new StringBuilder();
            Matcher tag = TAG.matcher(text);
            int at = 0;
            while (tag.find(at)) {
                Optional<String> before = outputs(text.substring(at, tag.start()));
                if (before.isEmpty()) {
                    return Optional.empty();
                }
                shown.append(before.get());
                String arguments = tag.group(2).strip();
                at = tag.end();
                switch (tag.group(1)) {
                    case "assign" -> {
                        int equals = arguments.indexOf('=');
                        if (equals < 0 || !assign(arguments.substring(0, equals).strip(), arguments.substring(equals + 1))) {
                            return Optional.empty();
                        }
                    }
                    case "if", "unless" -> {
                        // {% unless x %}{% assign x = y %}{% endunless %}: y where x is nil or false, as a default
                        Matcher fallback = FALLBACK.matcher(text).region(at, text.length());
                        if (tag.group(1).equals("unless") && fallback.lookingAt() && fallback.group(1).equals(arguments)) {
                            Object value = evaluate(arguments);
                            if (value == UNKNOWN || (value == null || Boolean.FALSE.equals(value))
                                    && !assign(arguments, fallback.group(2))) {
                                return Optional.empty();
                            }
                            at = fallback.end();
                            break;
                        }
                        // the branch Jekyll showed takes the block's place, and is read as the rest of the text
                        Optional<String> chosen = chosenBranch(text, tag.start());
                        if (chosen.isEmpty()) {
                            return Optional.empty();
                        }
                        at = tag.start();
                        text = text.substring(0, at) + chosen.get()
                                + text.substring(LiquidBranches.at(text, at).orElseThrow().end());
                        tag = TAG.matcher(text);
                    }
                    case "capture", "comment" -> {
                        Matcher end = Pattern.compile("\\{%-?\\s*end" + tag.group(1) + "\\s*-?%}").matcher(text);
                        if (!end.find(at)) {
                            return Optional.empty();
                        }
                        if (tag.group(1).equals("capture")) {
                            Optional<String> captured = outputs(text.substring(at, end.start()));
                            if (captured.isEmpty() || captured.get().contains("{%")) {
                                return Optional.empty();
                            }
                            assigned.put(arguments, captured.get());
                        }
                        at = end.end();
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return outputs(text.substring(at)).map(rest -> shown.append(rest).toString());
        }

        /**
         * The text of the branch of the {@code if} or {@code unless} block at {@code start} that Jekyll showed (empty
         * text when no branch's condition holds and there is no {@code else}); empty when the block is not closed or a
         * condition's value is not known.
         */
        private Optional<String> chosenBranch(String text, int start) {
            Optional<LiquidBranches.Block> block = LiquidBranches.at(text, start);
            if (block.isEmpty()) {
                return Optional.empty();
            }
            for (LiquidBranches.Branch branch : block.get().branches()) {
                if (branch.condition() == null) {
                    return Optional.of(branch.text());
                }
                Object holds = condition(branch.condition());
                if (holds == UNKNOWN) {
                    return Optional.empty();
                }
                if ((Boolean) holds != branch.negated()) {
                    return Optional.of(branch.text());
                }
            }
            return Optional.of("");
        }

        /**
         * Whether a condition holds, as Liquid reads it: comparisons joined by {@code and} and {@code or}, grouped from
         * the right, without parentheses; {@link #UNKNOWN} when a value is not known.
         */
        private Object condition(String condition) {
            Matcher joint = JOINT.matcher(condition);
            while (joint.find()) {
                if (joint.group(1) == null) {
                    continue;
                }
                Object left = comparison(condition.substring(0, joint.start()));
                Object right = condition(condition.substring(joint.end()));
                if (left == UNKNOWN || right == UNKNOWN) {
                    return UNKNOWN;
                }
                return joint.group(1).equals("and") ? (Boolean) left && (Boolean) right : (Boolean) left || (Boolean) right;
            }
            return comparison(condition);
        }

        /** Whether {@code a}, {@code a == b}, {@code a contains b}… holds; {@link #UNKNOWN} when it cannot be told. */
        private Object comparison(String comparison) {
            Matcher parts = COMPARISON.matcher(comparison);
            if (!parts.matches()) {
                return UNKNOWN;
            }
            Object left = operand(parts.group(1));
            if (parts.group(2) == null) {
                return left == UNKNOWN ? UNKNOWN : (Object) (left != null && !Boolean.FALSE.equals(left));
            }
            Object right = operand(parts.group(3));
            if (left == UNKNOWN || right == UNKNOWN) {
                return UNKNOWN;
            }
            return switch (parts.group(2)) {
                case "==" -> same(left, right);
                case "!=", "<>" -> !same(left, right);
                case "contains" -> left instanceof String string ? (Object) string.contains(text(right))
                        : left instanceof List<?> list ? (Object) list.stream().anyMatch(item -> same(item, right))
                        : (Object) false;
                default -> left instanceof Number a && right instanceof Number b
                        ? (Object) ordered(parts.group(2), Double.compare(a.doubleValue(), b.doubleValue()))
                        : left instanceof String a && right instanceof String b
                        ? (Object) ordered(parts.group(2), a.compareTo(b)) : UNKNOWN;
            };
        }

        /** {@code text} with each output filled in, or empty when one cannot be evaluated. */
        private Optional<String> outputs(String text) {
            StringBuilder shown = new StringBuilder();
            Matcher output = OUTPUT.matcher(text);
            while (output.find()) {
                Optional<String> value = output(output.group(1));
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                output.appendReplacement(shown, Matcher.quoteReplacement(value.get()));
            }
            output.appendTail(shown);
            return Optional.of(shown.toString());
        }

        /** {@code html} without its comments ({@code <!-- … -->}); one that is not closed runs to the end. */
        private static String withoutComments(String html) {
            StringBuilder kept = new StringBuilder(html.length());
            int from = 0;
            for (int open = html.indexOf("<!--"); open >= 0; open = html.indexOf("<!--", from)) {
                kept.append(html, from, open);
                int close = html.indexOf("-->", open + 4);
                from = close < 0 ? html.length() : close + 3;
            }
            return kept.append(html, from, html.length()).toString();
        }

        /** The items of the list that {@code expression} gives, or empty when it gives no list or cannot be evaluated. */
        Optional<List<?>> items(String expression) {
            return evaluate(expression) instanceof List<?> list ? Optional.of(list) : Optional.empty();
        }

        /** The value {@code expression} gives (null for nil), or {@link #UNKNOWN} when it cannot be evaluated. */
        Object value(String expression) {
            return evaluate(expression);
        }

        /**
         * What {@code body} gives while {@code name} has the value {@code value}, as a loop gives its variable each item;
         * after it, the name has what it had before, as an outer loop's variable of the same name.
         */
        <T> T with(String name, Object value, Supplier<T> body) {
            boolean had = assigned.containsKey(name);
            Object before = assigned.put(name, value);
            try {
                return body.get();
            } finally {
                if (had) {
                    assigned.put(name, before);
                } else {
                    assigned.remove(name);
                }
            }
        }

        /** Gives {@code name} the text that a capture block of the post holds. */
        void capture(String name, String text) {
            assigned.put(name, text);
        }

        /** Assigns {@code name = expression}; false when the expression cannot be evaluated. */
        boolean assign(String name, String expression) {
            Object value = evaluate(expression);
            if (value == UNKNOWN) {
                assigned.remove(name);
                return false;
            }
            assigned.put(name, value);
            return true;
        }

        private Object evaluate(String expression) {
            List<String> parts = split(expression.strip(), '|');
            Object value = operand(parts.get(0).strip());
            for (int i = 1; i < parts.size() && value != UNKNOWN; i++) {
                value = filter(value, parts.get(i).strip());
            }
            return value;
        }

        private Object operand(String text) {
            Matcher string = STRING.matcher(text);
            if (string.matches()) {
                return string.group(1) != null ? string.group(1) : string.group(2);
            }
            if (NUMBER.matcher(text).matches()) {
                return parsedNumber(text);
            }
            if (text.equals("nil") || text.equals("null")) {
                return null;
            }
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
            if (!PATH.matcher(text).matches()) {
                return UNKNOWN;
            }
            Matcher segments = SEGMENT.matcher(text);
            segments.find();
            String root = segments.group(1);
            Object value;
            if (root.equals("page")) {
                value = page;
            } else if (root.equals("site")) {
                value = site;
            } else if (assigned.containsKey(root)) {
                value = assigned.get(root);
            } else {
                return UNKNOWN;
            }
            boolean first = true;
            while (segments.find()) {
                String key = segments.group(1) != null ? segments.group(1) : segments.group(3) != null
                        ? segments.group(3) : segments.group(4);
                if (first && madeByJekyll(root, key)) {
                    return UNKNOWN;
                }
                first = false;
                if (segments.group(2) != null) {
                    // an index past an int is past every list: nil, as Liquid gives it
                    int index = DigitIndex.of(segments.group(2));
                    value = value instanceof List<?> list && index < list.size() ? list.get(index) : null;
                } else if (value instanceof List<?> list && (key.equals("size") || key.equals("first") || key.equals("last"))) {
                    value = key.equals("size") ? (Object) (long) list.size() : list.isEmpty() ? null
                            : list.get(key.equals("first") ? 0 : list.size() - 1);
                } else {
                    value = value instanceof Map<?, ?> map ? map.get(key) : null;
                }
            }
            return value;
        }

        /** Whether two values are equal as Liquid compares them: numbers by value, whatever their type. */
        private static boolean same(Object a, Object b) {
            return a instanceof Number x && b instanceof Number y ? x.doubleValue() == y.doubleValue() : Objects.equals(a, b);
        }

        private static boolean ordered(String operator, int comparison) {
            return switch (operator) {
                case ">" -> comparison > 0;
                case "<" -> comparison < 0;
                case ">=" -> comparison >= 0;
                default -> comparison <= 0;
            };
        }

        /** A value as Liquid's arithmetic filters read it: a number, a string of one, or nil as 0. */
        private static Object number(Object value) {
            if (value == null) {
                return 0L;
            }
            if (value instanceof Number) {
                return value;
            }
            if (value instanceof String text && NUMBER.matcher(text.strip()).matches()) {
                return parsedNumber(text.strip());
            }
            return UNKNOWN;
        }

        /**
         * A number written in digits; {@link #UNKNOWN} for a whole one past a {@code long}, which Ruby reads exactly and a
         * post may write to stop the import.
         */
        private static Object parsedNumber(String digits) {
            if (digits.contains(".")) {
                return Double.parseDouble(digits);
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException tooLong) {
                return UNKNOWN;
            }
        }

        /** {@code a + sign * b}, whole when both are. */
        private static Object sum(Object a, Object b, int sign) {
            Object x = number(a);
            Object y = number(b);
            if (x == UNKNOWN || y == UNKNOWN) {
                return UNKNOWN;
            }
            if (x instanceof Long i && y instanceof Long j) {
                try {
                    return sign > 0 ? Math.addExact(i, j) : Math.subtractExact(i, j);
                } catch (ArithmeticException pastLong) {
                    // Ruby's sum is exact there; a long's would wrap around
                    return UNKNOWN;
                }
            }
            return ((Number) x).doubleValue() + sign * ((Number) y).doubleValue();
        }

        private boolean madeByJekyll(String root, String key) {
            return root.equals("site") && (MADE_SITE.contains(key) || collections.contains(key))
                    || root.equals("page") && MADE_PAGE.contains(key) && !page.containsKey(key);
        }

        /** A value as Liquid joins it to text: nil is empty. */
        private String text(Object value) {
            return value == null ? "" : value.toString();
        }

        private Object filter(Object value, String filter) {
            int colon = filter.indexOf(':');
            String name = (colon < 0 ? filter : filter.substring(0, colon)).strip();
            List<Object> arguments = new ArrayList<>();
            if (colon >= 0) {
                for (String argument : split(filter.substring(colon + 1), ',')) {
                    Object evaluated = operand(argument.strip());
                    if (evaluated == UNKNOWN) {
                        return UNKNOWN;
                    }
                    arguments.add(evaluated);
                }
            }
            return switch (name) {
                case "where" -> arguments.size() == 2 && value instanceof List<?> list ? list.stream()
                        .filter(item -> item instanceof Map<?, ?> map && map.get(String.valueOf(arguments.get(0))) != null
                                && String.valueOf(map.get(String.valueOf(arguments.get(0)))).equals(String.valueOf(arguments.get(1))))
                        .map(item -> (Object) item).toList() : UNKNOWN;
                case "first" -> value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : UNKNOWN;
                case "last" -> value instanceof List<?> list ? (list.isEmpty() ? null : list.get(list.size() - 1)) : UNKNOWN;
                case "size" -> value instanceof List<?> list ? (Object) (long) list.size()
                        : value instanceof String text ? (Object) (long) text.length() : UNKNOWN;
                case "downcase" -> value == null ? null : value.toString().toLowerCase(Locale.ROOT);
                case "upcase" -> value == null ? null : value.toString().toUpperCase(Locale.ROOT);
                case "strip" -> value == null ? null : value.toString().strip();
                case "plus" -> arguments.size() != 1 ? UNKNOWN : sum(value, arguments.get(0), 1);
                case "minus" -> arguments.size() != 1 ? UNKNOWN : sum(value, arguments.get(0), -1);
                case "replace" -> arguments.size() != 2 ? UNKNOWN
                        : text(value).replace(text(arguments.get(0)), text(arguments.get(1)));
                case "remove" -> arguments.size() != 1 ? UNKNOWN : text(value).replace(text(arguments.get(0)), "");
                case "prepend" -> arguments.size() != 1 ? UNKNOWN : text(arguments.get(0)) + text(value);
                case "slugify" -> arguments.isEmpty() || "default".equals(arguments.get(0))
                        ? OldUrls.jekyllSlug(text(value)) : UNKNOWN;
                // the path from the host's root, as a literal's is given: the new site is at another host
                case "relative_url", "absolute_url" -> value == null ? UNKNOWN
                        : LiquidBody.filteredPath(text(value), name, basePath);
                case "split" -> arguments.size() != 1 || text(arguments.get(0)).isEmpty() ? UNKNOWN
                        : List.of(text(value).split(Pattern.quote(text(arguments.get(0)))));
                case "append" -> arguments.size() != 1 ? UNKNOWN : text(value) + text(arguments.get(0));
                case "default" -> arguments.size() != 1 ? UNKNOWN : value == null || Boolean.FALSE.equals(value)
                        || "".equals(value) || value instanceof List<?> list && list.isEmpty() ? arguments.get(0) : value;
                default -> UNKNOWN;
            };
        }
    }

    /** {@code site}: the settings, with {@code data} read only when asked for. */
    private static final class LazyData extends HashMap<String, Object> {
        private final transient Supplier<Map<String, Object>> data;

        LazyData(Map<String, Object> config, Supplier<Map<String, Object>> data) {
            super(config);
            this.data = data;
        }

        @Override
        public Object get(Object key) {
            return "data".equals(key) ? data.get() : super.get(key);
        }
    }

    /** {@code text} with its numeric character references ({@code &#32;}, {@code &#x20;}) and {@code &amp;} read. */
    private static String characterReferencesRead(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher reference = CHARACTER_REFERENCE.matcher(text);
        StringBuilder read = new StringBuilder();
        while (reference.find()) {
            String number = reference.group(1);
            int code = number == null ? '&' : number.startsWith("x") || number.startsWith("X")
                    ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
            // one that names no character is text, as the browser showed it
            String replacement = code > 0 && Character.isValidCodePoint(code) ? Character.toString(code) : reference.group();
            reference.appendReplacement(read, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(read).toString();
    }

    /** {@code text} split at {@code separator}s outside quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }
}
