package org.broadsheet.migrate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the shortcodes of a Hugo page's body: {@code ref}/{@code relref} become relative {@code .md}
 * links, {@code param} the value of the page's or the site's param it names ({@link HugoParams}),
 * {@code youtube}, {@code vimeo}, {@code gist}, {@code tweet}, {@code instagram} and Blowfish's
 * {@code github} and {@code youtubeLite} a link to what they embedded (its cards of other forges too,
 * {@link RepositoryCards}), Blowfish's {@code button} a link, its
 * {@code icon} nothing and the tags of its {@code badge}, {@code keyword}, {@code typeit} and {@code gallery} nothing
 * around their text, a tab (of Blowfish, hugo-book, Hextra, Docsy) a bold label before its text, a callout ({@code admonition}, {@code alert}, {@code notice},
 * {@code hint}…) a bold label before its text, {@code highlight} fenced code, {@code mermaid} a {@code mermaid}
 * code block (Congo's and Blowfish's {@code chart}, LoveIt's {@code echarts} a code block of the chart's data),
 * PaperMod's {@code rawhtml} and LoveIt's {@code raw} and {@code style} their text, other themes' shortcodes of a
 * picture, a link or a few words what they showed ({@link ThemeShortcodes}), {@code details} and {@code expand} a {@code <details>} block, Stack's {@code quote} and Tranquilpeak's
 * {@code blockquote} a {@code <blockquote>} with its author and source, Blowfish's {@code lead} its text, {@code figure}, Docsy's {@code imgproc} (a picture of the page's bundle) and the site's own
 * shortcodes that show one picture ({@link PictureShortcodes}) an image with its caption. Every other shortcode is kept as written and reported
 * with its line and what to do, which names its template ({@link ShortcodeTemplates}) or says the old site lacks it. In code (and in a highlight or mermaid block) shortcodes stay as written, and Hugo's escaped
 * form, {@code {{<} followed by a comment, shows the shortcode as text, as Hugo did.
 */
final class ShortcodeBody {

    /** At most 1,000 chars of arguments, so that a line full of {@code {{<} that nothing closes is read in linear time. */
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{([<%])(?!/\\*)\\s*+(/?)\\s*+([\\w./-]++)\\s*(.{0,1000}?)\\s*[>%]\\}\\}");
    /** Hugo's way of writing a shortcode as text: a comment inside the brackets, which Hugo shows without the comment marks. */
    private static final Pattern ESCAPED = Pattern.compile("\\{\\{[<%]/\\*(.{0,1000}?)\\*/[>%]\\}\\}", Pattern.DOTALL);
    /** The names under which themes set a tip or a warning apart from the text around it. */
    private static final Set<String> CALLOUTS = Set.of("admonition", "alert", "notice", "hint", "callout", "note", "tip",
            "warning", "caution", "important", "info", "danger");
    /** The types of callout that themes name (LoveIt's admonitions, GitHub's alerts, hint, notice, an alert's type…). */
    private static final Set<String> CALLOUT_TYPES = Set.of("note", "info", "tip", "hint", "important", "warning", "caution",
            "danger", "error", "success", "question", "example", "quote", "abstract", "summary", "bug", "failure",
            "attention", "check", "todo");
    private static final Pattern CALLOUT_END = Pattern.compile("\\{\\{[<%]\\s*+/\\s*+(" + String.join("|", CALLOUTS)
            + ")\\s*+[>%]\\}\\}");
    /**
     * The closing tag of a shortcode around the writer's text: a summary that opens onto it (Hugo's {@code details},
     * Relearn's and Zzo's {@code expand}), a quotation (Stack's {@code quote}, Tranquilpeak's {@code blockquote}), a
     * lead paragraph (Blowfish's and Congo's {@code lead}).
     */
    private static final Pattern WRAPPER_END = Pattern.compile("\\{\\{[<%]\\s*+/\\s*+(details|expand|collapse|accordionItem|accordion|quote|blockquote|lead|"
            + "badge|keyword|typeit|ltr|rtl|gallery|pageinfo|columns|cards|tabs|tabpane|tab|rawhtml|raw|style|chart|echarts)\\s*+[>%]\\}\\}");
    private static final Pattern IMGPROC_END = Pattern.compile("\\{\\{[<%]\\s*+/\\s*+imgproc\\s*+[>%]\\}\\}");
    private static final Pattern MATH_END = Pattern.compile("\\{\\{[<%]\\s*+/\\s*+(katex|math)\\s*+[>%]\\}\\}");
    private static final Pattern BUTTON_END = Pattern.compile("\\{\\{[<%]\\s*+/\\s*+button\\s*+[>%]\\}\\}");
    /**
     * Blowfish's and Congo's shortcodes that only styled or animated the writer's text up to their closing tag (a badge,
     * a keyword, text typed out, a direction, a gallery of the pictures inside), Docsy's box around a page's note
     * ({@code pageinfo}) and hugo-book's {@code columns}, side by side, of a list's items or of the texts between its
     * {@code <--->} lines, which go too, and Hextra's grid of {@code cards} ({@link ThemeShortcodes}): the text stays,
     * one column after another, the tags go.
     */
    private static final Set<String> STYLING = Set.of("badge", "keyword", "typeit", "ltr", "rtl", "gallery", "pageinfo",
            "columns", "cards", "accordion", "rawhtml", "raw", "style");
    /** hugo-book's separator of its {@code columns}, on a line of its own, which readers would see as text. */
    private static final Pattern COLUMN_SEPARATOR = Pattern.compile("(?m)^[ \\t]*<--->[ \\t]*$");
    /**
     * Of those, the ones that another theme's or a site's template of the same name may show otherwise: PaperMod's
     * {@code rawhtml} and LoveIt's, DoIt's and FixIt's {@code raw} (HTML, which the build then judges as any raw HTML)
     * and {@code style} (a text styled); a site's own template of one of these names wins.
     */
    private static final Set<String> THEMES_STYLING = Set.of("rawhtml", "raw", "style");
    /** The arguments that name a tab, as Blowfish ({@code label}), Docsy ({@code header}) and others write it. */
    private static final List<String> TAB_LABELS = List.of("label", "header", "name", "title");

    private ShortcodeBody() {
    }

    /** The edits that convert {@code body}. */
    static BodyEdits convert(SourcePost post, String body, Links links, HugoParams params, ShortcodeTemplates templates,
                             PictureShortcodes pictures, BundleResources resources, Findings findings) {
        BodyEdits edits = new BodyEdits(body, post.bodyLine());
        if (body.indexOf("{{") < 0) {
            return edits;
        }
        CodeRegions code = CodeRegions.of(body);
        Map<String, Integer> lastClosing = new HashMap<>();
        Matcher end = CALLOUT_END.matcher(body);
        while (end.find()) {
            lastClosing.put(end.group(1), end.start());
        }
        // the shortcode (highlight, mermaid) whose text is being made fenced code, none outside one
        String[] fenced = {null};
        // who said each quotation that is open, written before its closing tag
        Deque<String> credits = new ArrayDeque<>();
        int[] openLeads = {0};
        Map<String, Integer> openStyling = new HashMap<>();
        // the labels that each open set of tabs gives its tabs (Hextra's items="A,B"), and how many it has shown
        Deque<Tabs> tabSets = new ArrayDeque<>();
        // how many opening tags of each name were kept as text (and reported), whose closing tags go with them
        Map<String, Integer> keptOpen = new HashMap<>();
        // the end of the text that a shortcode took up to its closing tag, whose tags inside are read no more
        int[] takenUntil = {0};
        BodyText.replace(edits, SHORTCODE, match -> {
            boolean closing = !match.group(2).isEmpty();
            String name = match.group(3);
            if (fenced[0] != null || code.contains(match.matcher().start())) {
                if (closing && name.equals(fenced[0])) {
                    fenced[0] = null;
                    return "```" + (name.equals("highlight") ? "" : BlockLines.blankLineAfter(body, match));
                }
                return match.group(0);
            }
            if (match.matcher().start() < takenUntil[0]) {
                return match.group(0);
            }
            ShortcodeArguments arguments = ShortcodeArguments.parse(match.group(4));
            String written = match.group(0);
            var embedded = closing ? Optional.<String>empty() : EmbedShortcodes.link(name, arguments);
            if (embedded.isPresent()) {
                return embedded.get();
            }
            switch (closing ? "/" + name : name) {
                case "ref", "relref" -> {
                    String reference = arguments.get("path", 0);
                    if (reference != null) {
                        var link = links.resolve(reference, SourceLanguages.code(arguments.get("lang", -1)));
                        if (link.isPresent()) {
                            return link.get();
                        }
                        // a page of the old site that is not imported: its address, led as links to such pages are
                        var page = links.oldPage(reference);
                        if (page.isPresent()) {
                            return page.get();
                        }
                    }
                    findings.add(Category.UNCONVERTED, post.path(), match.line(), "'" + written
                            + "' names no imported page (or a draft); kept as text");
                    return written;
                }
                case "param" -> {
                    String key = arguments.get("", 0);
                    var value = key == null ? Optional.<String>empty() : params.value(post, key);
                    if (value.isPresent()) {
                        findings.add(Category.PARAM_VALUES, post.path(), match.line(), "'" + written + "' gave '"
                                + value.get() + "'");
                        return value.get();
                    }
                }
                case "katex", "math" -> {
                    // hugo-book's katex typeset the math up to its closing tag, inline or on a line of its own
                    // (display); Relearn's, DoIt's and FixIt's math kept the math up to its closing tag, with its
                    // delimiters, from Markdown for the typesetter
                    Matcher close = MATH_END.matcher(body).region(match.matcher().end(), body.length());
                    boolean own = name.equals("math") && templates.sitesOwn(name);
                    if (!own && !written.endsWith("/>}}") && !written.endsWith("/%}}") && close.find()
                            && close.group(1).equals(name)) {
                        String tex = body.substring(match.matcher().end(), close.start()).strip();
                        if (!tex.isEmpty() && tex.indexOf('`') < 0) {
                            boolean display = name.equals("katex") ? arguments.get("display", -1) != null
                                    && !Loose.isFalse(arguments.get("display", -1))
                                    : tex.matches("(?s)(\\$\\$|\\\\\\[).*") && (match.matcher().start() == 0
                                    || body.charAt(match.matcher().start() - 1) == '\n');
                            String math = name.equals("math") ? tex : display ? "\\[ " + tex + " \\]" : "\\( " + tex + " \\)";
                            edits.replace(match.matcher().end(), close.end(), "");
                            takenUntil[0] = close.end();
                            String shown = math.length() > 60 ? math.substring(0, 60) + "…" : math;
                            findings.add(Category.MATH, post.path(), match.line(), "math " + shown.replace('\n', ' ')
                                    + " kept as its LaTeX source, in code: Broadsheet does not typeset math", TexMath.KEPT);
                            return display ? BlockLines.blankLineBefore(body, match) + "```math\n" + math + "\n```"
                                    : "`" + math.replaceAll("\\s*\n\\s*", " ") + "`";
                        }
                    }
                    if (name.equals("katex")) {
                        // Blowfish's and Congo's: it shows nothing, and loads KaTeX for the page's math, kept by TexMath
                        findings.add(Category.MATH_LOADERS, post.path(), match.line(), "'" + written + "' removed");
                        return "";
                    }
                }
                case "highlight" -> {
                    fenced[0] = name;
                    return "```" + (arguments.get("lang", 0) == null ? "" : arguments.get("lang", 0));
                }
                case "mermaid" -> {
                    // a diagram that the theme drew from its text (Blowfish, Congo, LoveIt, hugo-book…): the text
                    // stays readable as code, as a ```mermaid block of a Jekyll post does
                    fenced[0] = name;
                    findings.add(Category.DIAGRAMS, post.path(), match.line(), "'" + written + "' made a ```mermaid "
                            + "code block: readers see the diagram's source");
                    return BlockLines.blankLineBefore(body, match) + "```mermaid";
                }
                case "chart", "echarts" -> {
                    // Congo's and Blowfish's Chart.js chart, LoveIt's, DoIt's and FixIt's ECharts one, drawn from the
                    // data between their tags: the data stays readable as code, as a diagram's text does
                    if (!templates.sitesOwn(name) && closes(body, match, name)) {
                        fenced[0] = name;
                        findings.add(Category.DIAGRAMS, post.path(), match.line(), "'" + written + "' made a ```" + name
                                + " code block: readers see the chart's data, not the chart");
                        return BlockLines.blankLineBefore(body, match) + "```" + name;
                    }
                }
                case "figure" -> {
                    String src = arguments.get("src", -1);
                    if (src != null) {
                        return image(src, arguments.get("alt", -1), arguments.get("caption", -1));
                    }
                }
                case "details", "expand", "collapse", "accordionItem" -> {
                    // Hugo's own (and hugo-book's, Hextra's), the expand of Relearn and Zzo, PaperMod's collapse, an item
                    // of Blowfish's accordion: a summary that opens onto the text up to its closing tag, which stays the
                    // writer's Markdown, set apart by blank lines from the HTML around it
                    if (BlockLines.ownLine(body, match) && closes(body, match, name)) {
                        String summary = arguments.get("summary", -1) != null ? arguments.get("summary", -1)
                                : arguments.get("header", -1) != null ? arguments.get("header", -1)
                                : arguments.get("title", 0);
                        return BlockLines.detailsStart(summary, body, match);
                    }
                }
                case "/details", "/expand", "/collapse", "/accordionItem" -> {
                    if (BlockLines.ownLine(body, match)) {
                        return BlockLines.detailsEnd(body, match);
                    }
                }
                case "quote", "blockquote" -> {
                    // Stack's and Tranquilpeak's: the text up to its closing tag as a quotation, who said it and where
                    // below it
                    if (BlockLines.ownLine(body, match) && closes(body, match, name)) {
                        credits.push(credit(arguments));
                        return "<blockquote>" + BlockLines.blankLineAfter(body, match);
                    }
                }
                case "/quote", "/blockquote" -> {
                    if (BlockLines.ownLine(body, match) && !credits.isEmpty()) {
                        return BlockLines.blankLineBefore(body, match) + credits.pop() + "</blockquote>";
                    }
                }
                case "lead" -> {
                    // Blowfish's and Congo's: the text up to its closing tag, shown larger; it stays a paragraph
                    if (closes(body, match, name)) {
                        openLeads[0]++;
                        findings.add(Category.LEAD_PARAGRAPHS, post.path(), match.line(), "'" + written + "' removed");
                        return "";
                    }
                }
                case "/lead" -> {
                    if (openLeads[0] > 0) {
                        openLeads[0]--;
                        return "";
                    }
                }
                case "button" -> {
                    // Blowfish's, Congo's and hugo-book's: a link drawn as a button, its text up to the closing tag;
                    // hugo-book's may name a page as relref does
                    String relref = arguments.get("relref", -1);
                    String href = relref == null ? arguments.get("href", -1)
                            : links.resolve(relref, null).or(() -> links.oldPage(relref)).orElse(null);
                    Matcher close = BUTTON_END.matcher(body).region(match.matcher().end(), body.length());
                    if (href != null && !href.isBlank() && close.find()) {
                        String text = body.substring(match.matcher().end(), close.start()).strip().replaceAll("\\s+", " ");
                        edits.replace(match.matcher().end(), close.end(), "");
                        takenUntil[0] = close.end();
                        return "[" + ImageFiles.linkText(text.isEmpty() ? href : text) + "](" + href + ")";
                    }
                }
                case "icon", "fa-icon" -> {
                    // an icon of the theme's set beside the writer's words, which say what it meant
                    findings.add(Category.STYLING, post.path(), match.line(), "'" + written + "' removed");
                    return "";
                }
                case "tabs", "tabpane" -> {
                    if (closes(body, match, name)) {
                        String items = arguments.get("items", -1);
                        tabSets.push(new Tabs(items == null ? List.of() : Arrays.stream(items.split(","))
                                .map(String::strip).toList()));
                        return "";
                    }
                }
                case "/tabs", "/tabpane" -> {
                    if (!tabSets.isEmpty()) {
                        tabSets.pop();
                        return "";
                    }
                }
                case "tab" -> {
                    if (closes(body, match, name)) {
                        String label = TAB_LABELS.stream().map(key -> arguments.get(key, -1)).filter(l -> l != null)
                                .findFirst().orElse(arguments.get("", 0));
                        Tabs set = tabSets.peek();
                        if (label == null && set != null && set.shown < set.labels.size()) {
                            label = set.labels.get(set.shown);
                        }
                        if (set != null) {
                            set.shown++;
                        }
                        findings.add(Category.TABS, post.path(), match.line(), "'" + written + "' made "
                                + (label == null ? "nothing: it names no label" : "the label **" + label + "**"));
                        return label == null || label.isBlank() ? "" : "**" + label + "**";
                    }
                }
                case "/tab" -> {
                    return "";
                }
                case "imgproc" -> {
                    String picture = arguments.get("", 0);
                    var file = picture == null ? Optional.<String>empty() : resources.picture(post, picture);
                    if (file.isPresent()) {
                        // its text up to the closing tag is the caption
                        String caption = null;
                        Matcher close = IMGPROC_END.matcher(body).region(match.matcher().end(), body.length());
                        if (!written.endsWith("/>}}") && !written.endsWith("/%}}") && close.find()) {
                            caption = body.substring(match.matcher().end(), close.start()).strip().replaceAll("\\s+", " ");
                            edits.replace(match.matcher().end(), close.end(), "");
                        takenUntil[0] = close.end();
                        }
                        findings.add(Category.PICTURE_SHORTCODES, post.path(), match.line(), "'" + written + "' made the "
                                + "image it showed, " + file.get() + " of its bundle");
                        return image(file.get(), null, caption == null || caption.isEmpty() ? null : caption);
                    }
                }
                default -> {
                    var invisible = closing || !name.endsWith(".inline") || written.endsWith("/>}}") ? OptionalInt.empty()
                            : InlineShortcodes.invisibleUntil(body, match.matcher().end(), name);
                    if (invisible.isPresent()) {
                        edits.replace(match.matcher().end(), invisible.getAsInt(), "");
                        takenUntil[0] = invisible.getAsInt();
                        findings.add(Category.INVISIBLE_INLINE, post.path(), match.line(), "'" + written + "' removed "
                                + "with its text");
                        return "";
                    }
                    if (!closing && ThemeShortcodes.NAMES.contains(name) && !templates.sitesOwn(name)) {
                        var made = ThemeShortcodes.convert(post, name, arguments, resources);
                        if (made.isPresent()) {
                            findings.add(Category.THEME_SHORTCODES, post.path(), match.line(), "'" + written + "' made "
                                    + made.get().replace('\n', ' '));
                            return made.get();
                        }
                    }
                    if (STYLING.contains(name) && !closing && !(THEMES_STYLING.contains(name) && templates.sitesOwn(name))
                            && closes(body, match, name)) {
                        openStyling.merge(name, 1, Integer::sum);
                        if (name.equals("columns")) {
                            removeColumnSeparators(body, match.matcher().end(), edits);
                        }
                        findings.add(Category.STYLING, post.path(), match.line(), "'" + written + "' removed around its text");
                        return "";
                    }
                    if (closing && STYLING.contains(name) && openStyling.getOrDefault(name, 0) > 0) {
                        openStyling.merge(name, -1, Integer::sum);
                        return "";
                    }
                    if (CALLOUTS.contains(name)) {
                        if (closing) {
                            return "";
                        }
                        // one closed before any text of the writer's drew an empty box: its tags go, no label over nothing
                        Matcher close = CALLOUT_END.matcher(body).region(match.matcher().end(), body.length());
                        if (close.find() && close.group(1).equals(name)
                                && body.substring(match.matcher().end(), close.start()).isBlank()) {
                            edits.replace(match.matcher().end(), close.end(), "");
                            takenUntil[0] = close.end();
                            findings.add(Category.CALLOUTS, post.path(), match.line(), "'" + written + close.group()
                                    + "' removed: it holds no text");
                            return "";
                        }
                        // one that closes no text of the writer's shows what its arguments say: kept, reported below
                        if (lastClosing.getOrDefault(name, -1) > match.matcher().end()) {
                            return calloutLabel(post, name, arguments, match, body, findings);
                        }
                        break;
                    }
                    var picture = closing ? null : pictures.picture(name).orElse(null);
                    if (picture != null && arguments.get(picture.src()) != null) {
                        List<String> others = arguments.except(picture.src(), picture.alt(), picture.caption());
                        findings.add(Category.PICTURE_SHORTCODES, post.path(), match.line(), "'" + written + "' made the "
                                + "image it showed" + (picture.assumed() ? " (read as themes' image shortcode, its template "
                                + "not being in the old site)" : "") + (others.isEmpty() ? "" : "; left out: "
                                + String.join(", ", others)));
                        String src = arguments.get(picture.src());
                        // Hugo found a resource's path in assets/, whose files the importer reads from the site's root
                        if (picture.fromAssets() && !src.startsWith("/") && !src.contains("://")) {
                            src = "/" + src;
                        }
                        return image(src, arguments.get(picture.alt()), arguments.get(picture.caption()));
                    }
                }
            }
            if (!closing) {
                keptOpen.merge(name, 1, Integer::sum);
                findings.add(Category.UNCONVERTED, post.path(), match.line(), "shortcode '" + written
                        + "' has no Markdown equivalent; kept as text: " + templates.whatToDo(name),
                        "'" + name + "' shortcodes kept as text: " + templates.whatToDo(name));
            } else if (keptOpen.getOrDefault(name, 0) > 0) {
                keptOpen.merge(name, -1, Integer::sum);
            } else {
                findings.add(Category.UNCONVERTED, post.path(), match.line(), "closing tag '" + written + "' of no "
                        + "shortcode kept as text: remove it");
            }
            return written;
        });
        // only the comment marks go, so that the text between them keeps its lines
        Matcher escaped = ESCAPED.matcher(body);
        while (escaped.find()) {
            edits.replace(escaped.start(1) - "/*".length(), escaped.start(1), "");
            edits.replace(escaped.end(1), escaped.end(1) + "*/".length(), "");
        }
        return edits;
    }

    /** Removes the {@code <--->} lines between {@code from} and the closing tag of the {@code columns} opened there. */
    private static void removeColumnSeparators(String body, int from, BodyEdits edits) {
        int until = body.length();
        Matcher end = WRAPPER_END.matcher(body).region(from, body.length());
        while (end.find()) {
            if (end.group(1).equals("columns")) {
                until = end.start();
                break;
            }
        }
        Matcher separator = COLUMN_SEPARATOR.matcher(body).region(from, until);
        while (separator.find()) {
            edits.replace(separator.start(), separator.end(), "");
        }
    }

    /** Whether a closing tag of the shortcode {@code name} follows it. */
    private static boolean closes(String body, BodyText.Match match, String name) {
        Matcher end = WRAPPER_END.matcher(body).region(match.matcher().end(), body.length());
        while (end.find()) {
            if (end.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }


    /**
     * The bold label that stands for a callout's opening tag: its title, else its type, else its name. The first
     * argument of an {@code alert} that is no type a theme knows is its icon (Blowfish's and Congo's
     * {@code alert "circle-info"}), not a label.
     */
    private static String calloutLabel(SourcePost post, String name, ShortcodeArguments arguments, BodyText.Match match, String body,
                                       Findings findings) {
        String type = arguments.get("type", 0);
        if (name.equals("alert") && type != null && !CALLOUT_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            type = null;
        }
        String title = arguments.get("title", 1);
        String label = capitalized(title != null && !title.isBlank() ? title : type != null ? type : name);
        findings.add(Category.CALLOUTS, post.path(), match.line(), "'" + match.group(0) + "' made the label **" + label
                + "**");
        int after = match.matcher().end();
        boolean ownLine = after == body.length() || body.charAt(after) == '\n';
        return "**" + label + "**" + (ownLine ? "" : " ");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The paragraph that names a quotation's author and source (linked to its url), empty when it names neither:
     * named as Stack names them, or in Tranquilpeak's order — author, then a link and its title, or one source that
     * is shown as a link when it is an address.
     */
    private static String credit(ShortcodeArguments arguments) {
        String author = arguments.get("author", 0);
        String second = arguments.get("", 1);
        boolean linkFirst = arguments.get("", 2) != null || second != null && second.matches("https?://.*");
        String url = arguments.get("url", linkFirst ? 1 : -1);
        String source = arguments.get("source", arguments.get("", 2) != null ? 2 : 1);
        String shown = source == null ? null : "*" + ImageFiles.linkText(source) + "*";
        String cited = source == null || source.isBlank() ? null
                : url == null || url.isBlank() ? shown : "[" + shown + "](" + url + ")";
        if ((author == null || author.isBlank()) && cited == null) {
            return "";
        }
        return "— " + (author == null || author.isBlank() ? cited : cited == null ? author : author + ", " + cited) + "\n\n";
    }

    /** A Markdown image, its caption in italics on the line below; without alt text, the caption is the alt text. */
    static String image(String src, String alt, String caption) {
        String shown = alt != null ? alt : caption;
        return "![" + (shown == null ? "" : ImageFiles.linkText(shown)) + "](" + src + ")"
                + (caption == null ? "" : "\n*" + caption + "*");
    }

    /** An open set of tabs: the labels it names for its tabs in order, if any, and how many of its tabs were read. */
    private static final class Tabs {
        private final List<String> labels;
        private int shown;

        Tabs(List<String> labels) {
            this.labels = labels;
        }
    }
}
