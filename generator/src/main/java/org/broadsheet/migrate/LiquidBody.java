package org.broadsheet.migrate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Liquid of a Jekyll post's body: {@code {% link %}} and {@code {% post_url %}} become
 * relative {@code .md} links, a {@code {% link %}} to a page that is not imported its old address ({@link JekyllPages}), {@code {% highlight %}} blocks fenced code, jekyll_picture_tag's {@code {% picture %}}
 * the image it showed ({@link PictureTag}), jekyll-tabs' tabs a bold label before each tab's text, {@code {% raw %}}
 * disappears around its text, {@code {% comment %}} with its text, {@code {{ site.baseurl }}} and {@code relative_url}
 * give paths from the host's root, below the old site's base path as Jekyll wrote them, and an output whose value is known ({@link LiquidValues}) gives that value, as Jekyll
 * did. Every other tag or output is kept as written and reported with its line. In code (and in a
 * highlight block) Liquid is shown as written, apart from what Jekyll removed or filled in there too:
 * {@code raw} tags, and outputs whose values are known. A post with {@code render_with_liquid: false} is
 * left as it is.
 */
final class LiquidBody {

    private static final int LONGEST = 1000;
    /**
     * A tag or an output, on one line and at most {@value #LONGEST} chars long inside: a text full of {@code {{}
     * that nothing closes is then searched in linear time, not from each {@code {{} to the end of its line.
     */
    static final Pattern LIQUID = Pattern.compile("\\{%-?\\s*+(\\w++)\\s*(.{0," + LONGEST
            + "}?)\\s*-?%\\}|\\{\\{-?\\s*(.{0," + LONGEST + "}?)\\s*-?\\}\\}");
    /** A tag's name and its first argument: {@code {% include figure.html … %}}. */
    private static final Pattern KEPT_TAG = Pattern.compile("\\{%-?\\s*+(\\w++)(?:\\s++([^\\s%]++))?");
    private static final Pattern COMMENT_START = Pattern.compile("\\{%-?\\s*+comment\\s*+-?%\\}");
    private static final Pattern COMMENT_END = Pattern.compile("\\{%-?\\s*+endcomment\\s*+-?%\\}");
    private static final Pattern CAPTURE_END = Pattern.compile("\\{%-?\\s*+endcapture\\s*+-?%\\}");
    private static final Pattern DETAILS_END = Pattern.compile("\\{%-?\\s*+enddetails\\s*+-?%\\}");
    private static final Pattern TABS_END = Pattern.compile("\\{%-?\\s*+endtabs\\s*+-?%\\}");
    private static final Pattern TAB_END = Pattern.compile("\\{%-?\\s*+endtab\\s*+-?%\\}");
    /** jekyll-tabs' tab: the name of its set of tabs, then its label. */
    private static final Pattern TAB = Pattern.compile("[\\w-]++\\s++(.+)");
    /** The output of a captured text as Markdown made HTML: {@code {{ notice-2 | markdownify }}}. */
    private static final Pattern MARKDOWNIFIED = Pattern.compile("([\\w-]+)\\s*\\|\\s*markdownify");
    private static final Pattern ASSIGN = Pattern.compile("([\\w-]+)\\s*=\\s*(.+)", Pattern.DOTALL);
    private static final Pattern SITE_URL = Pattern.compile("site\\.(baseurl|url)");
    private static final Pattern BASEURL_BEFORE = Pattern.compile("\\{\\{-?\\s*site\\.baseurl\\s*-?\\}\\}$");
    /**
     * The address that jekyll-twitter-plugin's {@code {% twitter … %}} embedded (after its older {@code oembed}): a post
     * ({@code https://twitter.com/kim/status/1}), or a timeline ({@code https://twitter.com/kim}).
     */
    private static final Pattern TWITTER = Pattern.compile(
            "(?:oembed\\s+)?https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(\\w+)(?:/status(?:es)?/(\\d+))?/?(?:\\s.*)?",
            Pattern.DOTALL);
    /** A slash written after a link tag, with nothing after it in the address but an anchor. */
    private static final Pattern SLASH_AFTER = Pattern.compile("/(?=[#)\"'\\s>]|$)");
    private static final Pattern URL_FILTER = Pattern.compile(
            "[\"']([^\"']*)[\"']\\s*\\|\\s*(relative_url|absolute_url|prepend:\\s*site\\.(baseurl|url))");

    private LiquidBody() {
    }

    /**
     * The edits that convert {@code body}, of it without its comments, whose lines are the file's.
     *
     * @param basePath the old site's base path ({@code /blog}), or empty
     */
    static BodyEdits convert(SourcePost post, String body, String basePath, Links links, LiquidValues values,
                             Findings findings) {
        if (!post.liquid() || body.indexOf('{') < 0) {
            return new BodyEdits(body, post.bodyLine());
        }
        CodeRegions code = CodeRegions.of(body);
        String uncommented = withoutComments(body, code);
        boolean[] raw = {false};
        boolean[] highlight = {false};
        int[] openDetails = {0};
        int[] openTabs = {0};
        LiquidLoops.Budget loopBudget = new LiquidLoops.Budget();
        LiquidValues.Scope scope = values.new Scope(post, basePath);
        CodeRegions uncommentedCode = uncommented.equals(body) ? code : CodeRegions.of(uncommented);
        BodyEdits edits = new BodyEdits(uncommented, post.bodyLine());
        // the Markdown of each capture block, by its name, and where the last one ended
        Map<String, String> captured = new HashMap<>();
        int[] capturedUntil = {0};
        BodyText.replace(edits, LIQUID, match -> {
            String tag = match.group(1);
            String written = match.group(0);
            if (match.matcher().start() < capturedUntil[0]) {
                return written;
            }
            if (raw[0]) {
                if ("endraw".equals(tag)) {
                    raw[0] = false;
                    return "";
                }
                return written;
            }
            if ("raw".equals(tag)) {
                raw[0] = true;
                return "";
            }
            boolean inCode = highlight[0] || uncommentedCode.contains(match.matcher().start());
            if (tag == null) {
                String expression = match.group(3);
                Matcher site = SITE_URL.matcher(expression);
                if (site.matches()) {
                    return inCode ? written : site.group(1).equals("baseurl") ? basePath : "";
                }
                Matcher markdownified = MARKDOWNIFIED.matcher(expression);
                if (!inCode && markdownified.matches() && captured.containsKey(markdownified.group(1))) {
                    findings.add(Category.LIQUID_VALUES, post.path(), match.line(), "'" + written + "' gave the Markdown "
                            + "of its capture block, set apart by blank lines so that it is read as Markdown in HTML too");
                    return "\n\n" + captured.get(markdownified.group(1)) + "\n\n";
                }
                var filtered = URL_FILTER.matcher(expression);
                if (filtered.matches()) {
                    return inCode ? written : filteredPath(filtered.group(1), filtered.group(2), basePath);
                }
                Optional<String> value = scope.output(expression);
                if (value.isPresent()) {
                    findings.add(Category.LIQUID_VALUES, post.path(), match.line(), "'" + written + "' gave '"
                            + value.get() + "'");
                    return value.get();
                }
                return inCode ? written : kept(post, match.line(), written, findings);
            }
            String arguments = match.group(2);
            if ("capture".equals(tag) && !inCode && arguments.strip().matches("[\\w-]+")) {
                // minimal-mistakes' way to put Markdown in a notice: captured, then shown with markdownify
                Matcher end = CAPTURE_END.matcher(uncommented).region(match.matcher().end(), uncommented.length());
                if (end.find()) {
                    String text = uncommented.substring(match.matcher().end(), end.start());
                    if (!text.contains("{{") && !text.contains("{%")) {
                        captured.put(arguments.strip(), text.strip());
                        scope.capture(arguments.strip(), text);
                        capturedUntil[0] = end.end();
                        // the block shows nothing where it stands; its lines stay, blank, as later lines keep numbers
                        edits.replace(match.matcher().start(), end.end(), "\n".repeat((int) uncommented
                                .substring(match.matcher().start(), end.end()).chars().filter(c -> c == '\n').count()));
                        return written;
                    }
                }
            }
            if ("for".equals(tag) && !inCode) {
                LiquidLoops.Outcome loop = LiquidLoops.expand(uncommented, match.matcher().end(), arguments, scope,
                        loopBudget);
                if (loop instanceof LiquidLoops.Expanded expanded) {
                    findings.add(Category.LIQUID_LOOPS, post.path(), match.line(), "'" + written + "' wrote its text "
                            + "once for each of its " + expanded.items() + " items, as Jekyll did"
                            + (expanded.note() == null ? "" : "; " + expanded.note()));
                    capturedUntil[0] = expanded.end();
                    edits.replace(match.matcher().start(), expanded.end(), expanded.text());
                    return written;
                }
                if (loop instanceof LiquidLoops.Kept kept && kept.reason() != null) {
                    findings.add(Category.UNCONVERTED, post.path(), match.line(), "Liquid '" + written + "' kept as text: "
                            + kept.reason(), keptKind(written));
                    return written;
                }
            }
            if ("assign".equals(tag)) {
                Matcher assignment = ASSIGN.matcher(arguments);
                if (assignment.matches() && scope.assign(assignment.group(1), assignment.group(2))) {
                    return "";
                }
            }
            if (inCode) {
                if (highlight[0] && "endhighlight".equals(tag)) {
                    highlight[0] = false;
                    return "```";
                }
                return written;
            }
            switch (tag) {
                case "highlight" -> {
                    highlight[0] = true;
                    return "```" + arguments.split("\\s+")[0];
                }
                case "link", "post_url" -> {
                    String reference = arguments.replaceAll("^[\"']|[\"']$", "");
                    Optional<String> imported = links.resolve(reference, null);
                    if (imported.isPresent()) {
                        // the old address ended with a slash, which a writer may have written again before an anchor
                        int after = match.matcher().end();
                        if (SLASH_AFTER.matcher(uncommented).region(after, uncommented.length()).lookingAt()) {
                            edits.replace(after, after + 1, "");
                        }
                        return imported.get();
                    }
                    // Jekyll 4's link gives the base path itself, which a site built by Jekyll 3 wrote before it
                    Optional<String> page = "link".equals(tag) ? links.oldPage(reference) : Optional.empty();
                    if (page.isPresent()) {
                        return (BASEURL_BEFORE.matcher(uncommented).region(Math.max(0, match.matcher().start() - 40),
                                match.matcher().start()).find() ? "" : basePath) + page.get();
                    }
                    findings.add(Category.UNCONVERTED, post.path(), match.line(), "'" + written
                            + "' names no imported post (or a draft); kept as text");
                    return written;
                }
                case "include" -> {
                    String name = arguments.strip().split("\\s+")[0];
                    if (values.includesNothing(name)) {
                        findings.add(Category.LIQUID_VALUES, post.path(), match.line(), "'" + written + "' gave nothing "
                                + "(_includes/" + name + " only assigns and captures); removed");
                        return "";
                    }
                    return scope.included(name, arguments.strip().substring(name.length())).map(html -> {
                        findings.add(Category.INCLUDED, post.path(), match.line(), "'" + written + "' replaced by the "
                                + "HTML of _includes/" + name);
                        return html;
                    }).orElseGet(() -> kept(post, match.line(), written, findings));
                }
                case "picture" -> {
                    return PictureTag.read(arguments, scope.output("site.picture.source").orElse(null)).map(picture -> {
                        findings.add(Category.PICTURE_TAGS, post.path(), match.line(), "'" + written + "' made the "
                                + "image it showed" + (picture.link() == null ? "" : ", linked"));
                        return picture.markdown();
                    }).orElseGet(() -> kept(post, match.line(), written, findings));
                }
                case "details" -> {
                    // a site's plugin (al-folio's, from movb.de): a summary that opens onto the text up to enddetails,
                    // each tag on a line of its own, as Hugo's details shortcode becomes
                    if (BlockLines.ownLine(uncommented, match) && DETAILS_END.matcher(uncommented)
                            .region(match.matcher().end(), uncommented.length()).find()) {
                        openDetails[0]++;
                        return BlockLines.detailsStart(arguments, uncommented, match);
                    }
                    return kept(post, match.line(), written, findings);
                }
                case "enddetails" -> {
                    if (openDetails[0] > 0 && BlockLines.ownLine(uncommented, match)) {
                        openDetails[0]--;
                        return BlockLines.detailsEnd(uncommented, match);
                    }
                    return written;
                }
                case "tabs" -> {
                    // jekyll-tabs (al-folio's): each tab's label in bold before its text, every tab's text shown
                    if (TABS_END.matcher(uncommented).region(match.matcher().end(), uncommented.length()).find()) {
                        openTabs[0]++;
                        return "";
                    }
                    return kept(post, match.line(), written, findings);
                }
                case "tab" -> {
                    Matcher tab = TAB.matcher(arguments.strip());
                    if (openTabs[0] > 0 && tab.matches()
                            && TAB_END.matcher(uncommented).region(match.matcher().end(), uncommented.length()).find()) {
                        String label = tab.group(1).strip().replaceAll("^[\"']|[\"']$", "");
                        findings.add(Category.TABS, post.path(), match.line(), "'" + written + "' made the label **"
                                + label + "**");
                        return "**" + label + "**";
                    }
                    return kept(post, match.line(), written, findings);
                }
                case "endtab" -> {
                    return openTabs[0] > 0 ? "" : written;
                }
                case "endtabs" -> {
                    if (openTabs[0] > 0) {
                        openTabs[0]--;
                        return "";
                    }
                    return written;
                }
                case "twitter" -> {
                    // the embed needs X's script, which Broadsheet's pages do not load: a link to what it showed, as
                    // Hugo's tweet shortcode becomes
                    Matcher address = TWITTER.matcher(arguments.strip());
                    if (!address.matches()) {
                        return kept(post, match.line(), written, findings);
                    }
                    String user = address.group(1);
                    return address.group(2) == null
                            ? "[" + ImageFiles.linkText("@" + user + " on X") + "](https://x.com/" + user + ")"
                            : "[" + ImageFiles.linkText("A post by @" + user + " on X") + "](https://x.com/" + user
                                    + "/status/" + address.group(2) + ")";
                }
                default -> {
                    return tag.startsWith("end") ? written : kept(post, match.line(), written, findings);
                }
            }
        });
        return edits;
    }

    /**
     * The path a URL filter gave: {@code relative_url} and {@code absolute_url} put a path written without
     * a leading slash below the site's root, as Jekyll did ({@code "guide" | relative_url} is {@code /guide});
     * {@code prepend} joins the two as they are.
     */
    static String filteredPath(String path, String filter, String basePath) {
        if (ImageFiles.external(path) || filter.endsWith("site.url")) {
            return path;
        }
        return basePath + (path.startsWith("/") || !filter.endsWith("_url") ? path : "/" + path);
    }

    /**
     * {@code body} without its Liquid comments, which show nothing; their lines stay, blank, so that later lines
     * keep their numbers. A comment that starts in code is shown as written, up to its end. Each comment ends at
     * the first end after it, searched from where the last one ended: a body of starts that nothing ends is read once.
     */
    private static String withoutComments(String body, CodeRegions code) {
        Matcher start = COMMENT_START.matcher(body);
        Matcher end = COMMENT_END.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        int kept = 0;
        while (start.find()) {
            if (!end.region(start.end(), body.length()).find()) {
                break;
            }
            if (!code.contains(start.start())) {
                long lines = body.substring(start.start(), end.end()).chars().filter(c -> c == '\n').count();
                out.append(body, kept, start.start()).append("\n".repeat((int) lines));
                kept = end.end();
            }
            start.region(end.end(), body.length());
        }
        return kept == 0 ? body : out.append(body, kept, body.length()).toString();
    }

    private static String kept(SourcePost post, int line, String written, Findings findings) {
        findings.add(Category.UNCONVERTED, post.path(), line, "Liquid '" + written + "' has no Markdown equivalent; "
                + "kept as text", keptKind(written));
        return written;
    }

    /**
     * What a post's many Liquid tags of one kind kept as text are, on the report's one line for them: the includes of
     * one file (a theme's numbered headings, at every heading), the tags of one name, or outputs.
     */
    private static String keptKind(String written) {
        Matcher tag = KEPT_TAG.matcher(written);
        if (!tag.lookingAt()) {
            return "Liquid outputs kept as text: write out what they showed";
        }
        if (!tag.group(1).startsWith("include") || tag.group(2) == null) {
            return "Liquid '{% " + tag.group(1) + " %}' tags kept as text: write out what they showed";
        }
        // include_relative names a file beside the post, include one of _includes/
        return "includes of " + (tag.group(1).equals("include") ? "_includes/" : "") + tag.group(2) + " kept as text: "
                + "write out what it showed, or remove them";
    }
}
