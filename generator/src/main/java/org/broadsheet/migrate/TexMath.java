package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;
import org.broadsheet.markdown.MarkdownSpans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Math that the old site typeset and Broadsheet's Markdown would read as text with emphasis in it
 * ({@code x_i … y_j}): between {@code $$} (Kramdown's, and that of a Hugo site whose theme loads KaTeX or MathJax),
 * between the delimiters a Hugo site's {@code passthrough} extension names ({@code \[…\]}, {@code \(…\)},
 * {@code $…$}), and between single dollars on a page that loaded a typesetter reading them ({@link #forPage}).
 * It is kept as its LaTeX source, in a code span, or a fenced {@code math} block when it stands on lines of its own,
 * and reported, since Broadsheet does not typeset math. Math holding a backtick is left as it is, and reported too.
 */
final class TexMath {

    /**
     * One pair of delimiters, the expression of the math between them (its text the first group), and the backslash
     * escapes that the old site's Markdown undid in that text before its typesetter read it, or null where the text
     * reached the typesetter as written (kramdown's own math, Hugo's passthrough).
     */
    private record Delimiters(String open, String close, String expression, Pattern escapes) {

        Delimiters(String open, String close, Pattern escapes) {
            this(open, close, Pattern.quote(open) + "(.+?)" + Pattern.quote(close), escapes);
        }

        /**
         * The math's text as the typesetter got it: {@code \_} became {@code _}, as Markdown reads an escape; but a
         * double backslash, which Markdown made one, is kept as written, as TeX's line break that its writer meant.
         */
        String typeset(String text) {
            return escapes == null ? text : escapes.matcher(text).replaceAll(escape -> Matcher.quoteReplacement(
                    escape.group(1) == null ? escape.group() : escape.group(1)));
        }
    }

    /**
     * The escapes of kramdown's text, which a Jekyll writer put in single-dollar math so that kramdown would not read
     * its {@code _} and {@code *} as emphasis; not {@code \$}, which MathJax reads as a dollar sign.
     */
    private static final Pattern KRAMDOWN_ESCAPES = Pattern.compile("\\\\\\\\|\\\\([.*_+`<>()\\[\\]{}#!:|\"'=-])");
    /** The escapes of CommonMark's text (Hugo's Goldmark): any ASCII punctuation but the dollar. */
    private static final Pattern COMMONMARK_ESCAPES = Pattern.compile("\\\\\\\\|\\\\([!\"#%&'()*+,./:;<=>?@\\[\\]^_`{|}~-])");
    /** Kramdown's math: its text reaches the typesetter as written. */
    private static final Delimiters DOLLARS = new Delimiters("$$", "$$", null);
    /**
     * Single dollars as KaTeX's auto-render and MathJax read them, less the dollar amounts they would also have taken
     * ({@code $5 and $10}): the math holds no other dollar and no digit follows its closing one, and either it has no
     * space inside its dollars, as Pandoc tells math from prices, or it holds a TeX command ({@code $ \\varphi = 1 $},
     * as Stack's own example writes it), which no price does.
     */
    private static final String DOLLAR_MATH = "\\$(?!\\$)((?:(?!\\s)(?:[^$\\\\]|\\\\.){1,1000}?"
            + "(?<![\\s\\\\])|(?=[^$]{0,1000}?\\\\[A-Za-z])(?:[^$\\\\]|\\\\.){1,1000}?))\\$(?!\\d)";
    /**
     * The front matter keys with which a page loads KaTeX or MathJax (Stack, PaperMod, LoveIt, Even, Hugo's docs;
     * Chirpy; the {@code use_math} of the MathJax recipe that Jekyll blogs copy).
     */
    private static final List<String> PAGE_MATH_KEYS = List.of("math", "katex", "mathjax", "use_math");
    /** What the report calls many pieces of math of one page kept as their source. */
    static final String KEPT = "formulas kept as their LaTeX source, in code";
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*\n");

    private final List<Delimiters> delimiters;
    private final Pattern math;
    /** Whether the site's settings load the typesetter on every page (Stack's, LoveIt's math param). */
    private final boolean everyPage;
    /** The front matter keys with which a page turns the typesetter on or off. */
    private final List<String> pageKeys;
    /** This math with single dollars too, for the pages that loaded a typesetter; itself when it has them. */
    private final TexMath withDollar;

    /**
     * @param delimiters the pairs that hold math; where two open alike, the longer opening wins
     * @param everyPage whether the site's settings load a typesetter on every page
     * @param pageDollars the single dollars that a page that loaded a typesetter reads too, with the escapes of the
     *                    site's Markdown; null where pages read none
     */
    private TexMath(List<Delimiters> delimiters, boolean everyPage, Delimiters pageDollars, List<String> pageKeys) {
        this.delimiters = delimiters.stream().distinct()
                .sorted(Comparator.comparingInt((Delimiters pair) -> pair.open().length()).reversed()).toList();
        this.math = Pattern.compile(this.delimiters.stream().map(Delimiters::expression)
                .collect(Collectors.joining("|")), Pattern.DOTALL);
        this.everyPage = everyPage;
        this.pageKeys = pageKeys;
        if (pageDollars == null || this.delimiters.stream().anyMatch(pair -> pair.open().equals("$"))) {
            this.withDollar = this;
        } else {
            List<Delimiters> pairs = new ArrayList<>(this.delimiters);
            pairs.add(pageDollars);
            this.withDollar = new TexMath(pairs, everyPage, null, pageKeys);
        }
    }

    /**
     * The math of a Hugo site of {@code settings} (its configuration, root keys in lower case): {@code $$}, and the
     * block and inline delimiters of {@code markup.goldmark.extensions.passthrough} when it is enabled; its params say
     * whether the theme loaded a typesetter on every page ({@link #forPage}). Outside the passthrough's delimiters,
     * Goldmark read the math as text, undoing its escapes ({@code x\_i}) before the typesetter read it.
     */
    static TexMath hugo(Map<String, Object> settings) {
        Object params = key(settings, "params");
        // Stack's article.math, LoveIt's, DoIt's and FixIt's page.math.enable, and a plain math of other themes
        boolean everyPage = Loose.isTrue(key(key(params, "article"), "math")) || shown(key(key(params, "page"), "math"))
                || shown(key(params, "math"));
        Object passthrough = key(key(key(key(settings, "markup"), "goldmark"), "extensions"), "passthrough");
        List<Delimiters> pairs = new ArrayList<>();
        if (Loose.isTrue(key(passthrough, "enable"))) {
            Object configured = key(passthrough, "delimiters");
            for (String kind : List.of("block", "inline")) {
                for (Object pair : Loose.items(key(configured, kind))) {
                    List<Object> ends = Loose.items(pair);
                    if (ends.size() == 2 && ends.get(0) != null && ends.get(1) != null
                            && !ends.get(0).toString().isEmpty() && !ends.get(1).toString().isEmpty()) {
                        pairs.add(new Delimiters(ends.get(0).toString(), ends.get(1).toString(), null));
                    }
                }
            }
        }
        if (pairs.stream().noneMatch(pair -> pair.open().equals("$$"))) {
            pairs.add(new Delimiters("$$", "$$", COMMONMARK_ESCAPES));
        }
        return new TexMath(pairs, everyPage, new Delimiters("$", "$", DOLLAR_MATH, COMMONMARK_ESCAPES), PAGE_MATH_KEYS);
    }

    /**
     * The math of a Jekyll site: kramdown's {@code $$}, and single dollars on the pages that loaded a typesetter
     * reading them, when {@code pagesReadDollars} ({@link JekyllMath}), kramdown having read these as text and undone
     * their escapes ({@code x\_i}) before the typesetter read them.
     *
     * @param everyPage whether the site's templates load that typesetter on every page
     * @param pageKeys  the keys of a page's front matter that its templates test to load it, besides the usual ones
     *                  ({@code usemathjax})
     */
    static TexMath jekyll(boolean pagesReadDollars, boolean everyPage, Collection<String> pageKeys) {
        List<String> keys = new ArrayList<>(PAGE_MATH_KEYS);
        pageKeys.stream().filter(key -> !keys.contains(key)).sorted().forEach(keys::add);
        return new TexMath(List.of(DOLLARS), everyPage,
                pagesReadDollars ? new Delimiters("$", "$", DOLLAR_MATH, KRAMDOWN_ESCAPES) : null, List.copyOf(keys));
    }

    /**
     * The math of {@code post}: with single dollars too where the page loaded KaTeX's auto-render or MathJax, by its
     * front matter ({@code math: true}, LoveIt's {@code math: {enable: true}}) or the site's settings, unless its
     * front matter turns it off, and unless the site's passthrough already says what single dollars are. Those
     * typesetters read {@code $x$} as math without Hugo's passthrough.
     */
    TexMath forPage(SourcePost post) {
        List<Object> values = pageKeys.stream().map(post::value).filter(value -> value != null).toList();
        return (values.isEmpty() ? everyPage : values.stream().anyMatch(TexMath::turnedOn)) ? withDollar : this;
    }

    /**
     * Whether a page's math key loads the typesetter: as {@link #shown} says, or a map of its settings that does not
     * say {@code enable} ({@code mathjax: {scale: 90}}), which a template testing the key reads as true.
     */
    private static boolean turnedOn(Object value) {
        return shown(value) || value instanceof Map<?, ?> settings && key(settings, "enable") == null;
    }

    /**
     * Whether a math setting turns the typesetter on: {@code true}, the typesetter's name ({@code math: katex}, as
     * PaperMod's and Hugo Blox's recipes write it), or a map whose {@code enable} is true.
     */
    private static boolean shown(Object setting) {
        String named = Loose.text(setting);
        return Loose.isTrue(setting) || named != null && named.toLowerCase(Locale.ROOT).matches("katex|mathjax")
                || Loose.isTrue(key(setting, "enable"));
    }

    /** The value under {@code name} of a settings map, its key in any case, as Hugo reads them. */
    private static Object key(Object map, String name) {
        if (map instanceof Map<?, ?> values) {
            for (Map.Entry<?, ?> entry : values.entrySet()) {
                if (String.valueOf(entry.getKey()).toLowerCase(Locale.ROOT).equals(name)) {
                    return entry.getValue() instanceof LooseField field ? field.value() : entry.getValue();
                }
            }
        }
        return null;
    }

    /** Adds to {@code edits} the keeping of each piece of math of {@code body} outside code. */
    void keep(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits, Findings findings) {
        if (delimiters.stream().noneMatch(pair -> body.contains(pair.open()))) {
            return;
        }
        CodeRegions code = CodeRegions.of(spans);
        Matcher found = math.matcher(body);
        int from = 0;
        while (from < body.length() && found.find(from)) {
            from = found.end();
            int group = 1;
            while (found.group(group) == null) {
                group++;
            }
            Delimiters pair = delimiters.get(group - 1);
            if (found.start() > 0 && body.charAt(found.start() - 1) == '\\') {
                // an escaped opening ("\$", "\\(") is a character of the text
                from = found.start() + 1;
                continue;
            }
            if (code.contains(found.start()) || code.contains(found.end() - 1)) {
                // a delimiter shown as code ("use `$$`") is text, and the next one may open math; a typesetter does
                // not read into code either, so math does not close there
                from = found.start() + pair.open().length();
                continue;
            }
            if (found.group(group).isBlank()) {
                continue;
            }
            String tex = pair.open() + pair.typeset(found.group(group)) + pair.close();
            boolean block = (found.start() == 0 || body.charAt(found.start() - 1) == '\n')
                    && (found.end() == body.length() || body.charAt(found.end()) == '\n');
            if (!block && BLANK_LINE.matcher(tex).find()) {
                // math in a paragraph's text ends in that paragraph, so a lone $$ ("wrap it in $$") stays a dollar
                // sign rather than opening math that ends in the next paragraph; only a block may hold a blank line
                from = found.start() + pair.open().length();
                continue;
            }
            String shown = tex.length() > 60 ? tex.substring(0, 60) + "…" : tex;
            if (found.group().indexOf('`') >= 0) {
                findings.add(Category.MATH, post.path(), edits.line(found.start()), "math " + shown.replace('\n', ' ')
                        + " left as written (it holds a backtick): readers see its LaTeX, with what Markdown makes of it",
                        "formulas left as written, each holding a backtick");
                continue;
            }
            edits.replace(found.start(), found.end(), block ? "```math\n" + tex + "\n```" : "`" + tex + "`");
            findings.add(Category.MATH, post.path(), edits.line(found.start()), "math " + shown.replace('\n', ' ')
                    + " kept as its LaTeX source, in code: Broadsheet does not typeset math", KEPT);
        }
    }
}
