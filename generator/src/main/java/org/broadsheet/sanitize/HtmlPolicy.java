package org.broadsheet.sanitize;

import org.broadsheet.model.ElementIds;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What raw HTML in an article may keep when {@code rawHtml} is {@code sanitize}: formatting, links and
 * images with safe addresses, tables, and {@code <iframe>} embeds whose address is on the site's list;
 * not scripts, event handlers, styles, forms, objects or frames from elsewhere. Built on the OWASP Java
 * HTML Sanitizer, whose change listener says what it removed; the {@code name} of an old anchor becomes its id
 * ({@link NamedAnchors}). Immutable and safe to share between threads.
 */
public final class HtmlPolicy {

    /**
     * The URL schemes a link or image may have, in raw HTML and in Markdown alike; an address without a
     * scheme (relative, or {@code //host}) is always allowed. Besides the web's own, those that real archives
     * link to and that a browser hands to another program (a chat, news or mail reader, a map, a calendar,
     * a file transfer): none runs in the page.
     */
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel", "sms", "ftp", "sftp", "rsync",
            "git", "ssh", "irc", "ircs", "xmpp", "news", "nntp", "webcal", "geo", "magnet");

    /** Features that an embed's {@code allow} may grant: those of video players; never camera, microphone or location. */
    private static final Set<String> EMBED_FEATURES = Set.of("accelerometer", "autoplay", "clipboard-write",
            "encrypted-media", "fullscreen", "gyroscope", "picture-in-picture", "web-share");

    /**
     * What every embed may do in its frame: run its own scripts on its own origin, open pop-ups (a video's
     * "watch on YouTube") and go full screen, but never navigate the article's page away.
     */
    static final String EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-presentation";

    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}%?");

    /**
     * Every attribute name that the policy below keeps on some element, or writes itself (an embed's
     * {@code sandbox}, the {@code rel} of a link to a new window); the others never reach it.
     */
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "title", "lang", "dir", "href", "target", "src",
            "alt", "width", "height", "loading", "cite", "datetime", "start", "reversed", "value", "colspan", "rowspan",
            "scope", "headers", "align", "span", "open", "allowfullscreen", "allow", "referrerpolicy", "sandbox", "rel");

    private final List<String> embeds;
    private final PolicyFactory policy;

    /** @param embeds where an {@code <iframe>} may come from: {@code host} or {@code host/path-prefix}, over https */
    public HtmlPolicy(List<String> embeds) {
        this.embeds = embeds.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        this.policy = new HtmlPolicyBuilder()
                .allowElements("p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                        "code", "kbd", "samp", "var", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small",
                        "sub", "sup", "abbr", "cite", "q", "dfn", "time", "ul", "ol", "li", "dl", "dt", "dd", "figure",
                        "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
                        "a", "img", "details", "summary", "section", "aside", "ruby", "rt", "rp", "bdi", "wbr")
                .allowWithoutAttributes("span")
                .allowAttributes("id", "class", "title", "lang", "dir").globally()
                .allowUrlProtocols(SCHEMES.toArray(String[]::new))
                .allowAttributes("href").onElements("a")
                .allowAttributes("target").matching(Pattern.compile("_blank|_self")).onElements("a")
                .allowAttributes("src", "alt").onElements("img")
                .allowAttributes("width", "height").matching(NUMBER).onElements("img", "iframe")
                .allowAttributes("loading").matching(Pattern.compile("lazy|eager")).onElements("img", "iframe")
                .allowAttributes("cite").onElements("blockquote", "q", "del", "ins")
                .allowAttributes("datetime").onElements("time", "del", "ins")
                .allowAttributes("start", "reversed").onElements("ol")
                .allowAttributes("value").onElements("li")
                .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
                .allowAttributes("scope", "headers", "align").onElements("td", "th")
                .allowAttributes("span").matching(NUMBER).onElements("col", "colgroup")
                .allowAttributes("open").onElements("details")
                .allowElements((name, attrs) -> embed(attrs) ? name : null, "iframe")
                .allowAttributes("src").matching((element, attribute, value) -> embedded(value) ? value : null)
                .onElements("iframe")
                .allowAttributes("allowfullscreen").onElements("iframe")
                .allowAttributes("allow").matching((element, attribute, value) -> features(value)).onElements("iframe")
                .allowAttributes("referrerpolicy").matching(Pattern.compile("[a-z-]{1,40}")).onElements("iframe")
                .toFactory();
    }

    /** The HTML with what the policy does not allow removed. */
    public String sanitize(String html) {
        return sanitize(html, ElementIds.THEME, Map.of(), rename -> {
        });
    }

    /**
     * An id of a body that sanitising renamed: its {@code occurrence}-th element of that id as written (from 0,
     * footnotes' elements left out), or a footnote's own element ({@code footnote}).
     */
    public record Rename(String id, int occurrence, String renamed, boolean theme, boolean footnote) {
    }

    /**
     * The HTML of a whole body with what the policy does not allow removed, and ids renamed where they would
     * meet {@code themeIds}, the ids of the theme's pages, or each other ({@link UniqueIds}), each told to
     * {@code renames}; {@code movedIds} are the theme's ids whose elements were renamed already, with their new ids,
     * which the body's links to them follow.
     */
    public String sanitize(String html, Set<String> themeIds, Map<String, String> movedIds, Consumer<Rename> renames) {
        StringBuilder out = new StringBuilder(html.length());
        HtmlSanitizer.sanitize(html, new NamedAnchors(new KnownAttributes(ATTRIBUTES,
                policy.apply(new UniqueIds(new PlainHtmlWriter(out), themeIds, movedIds,
                        (id, occurrence, renamed, theme, footnote) ->
                                renames.accept(new Rename(id, occurrence, renamed, theme, footnote)))),
                (elementName, names) -> {
                })));
        return out.toString();
    }

    /** The ids that sanitising {@code fragment} keeps, as written. */
    public Set<String> ids(String fragment) {
        return Set.copyOf(idsInOrder(fragment));
    }

    /** The ids of the elements that sanitising {@code fragment} keeps, as written, in order, repeats included. */
    public List<String> idsInOrder(String fragment) {
        UniqueIds ids = new UniqueIds(new PlainHtmlWriter(new StringBuilder()), Set.of(), Map.of(),
                (id, occurrence, renamed, theme, footnote) -> {
                });
        HtmlSanitizer.sanitize(fragment, new NamedAnchors(new KnownAttributes(ATTRIBUTES, policy.apply(ids),
                (elementName, names) -> {
                })));
        return ids.written();
    }

    /**
     * What sanitising {@code fragment} (raw HTML as an article writes it) removes, each once, as a
     * writer reads it: {@code <script>}, {@code onerror on <img>}; empty when nothing.
     */
    public List<String> removed(String fragment) {
        Set<String> removed = new LinkedHashSet<>();
        for (Removal removal : removals(fragment)) {
            removed.add(removal.attribute() != null ? removal.attribute() + " on <" + removal.tag() + ">"
                    : switch (removal.tag()) {
                        case "iframe" -> "<iframe> (its address is not on the embed list of site.yml)";
                        // kept only with an attribute, which is then an address the policy refused
                        case "a", "img" -> "<" + removal.tag() + "> (without an allowed address)";
                        default -> "<" + removal.tag() + ">";
                    });
        }
        return new ArrayList<>(removed);
    }

    /** A tag that sanitising removes whole ({@code attribute} null), or one attribute of a tag that stays. */
    public record Removal(String tag, String attribute) {
    }

    /**
     * What sanitising {@code fragment} removes, tag by tag, repeats included; within a tag, the attributes
     * that no element may have come after those the policy refused.
     */
    public List<Removal> removals(String fragment) {
        RemovalList removals = new RemovalList();
        HtmlSanitizer.sanitize(fragment, new NamedAnchors(new KnownAttributes(ATTRIBUTES,
                policy.apply(new PlainHtmlWriter(new StringBuilder()), removals, null), removals)));
        return removals.found;
    }

    /** Collects the sanitiser's reports; the attributes it never saw count only when it kept their tag. */
    private static final class RemovalList implements HtmlChangeListener<Void>, KnownAttributes.Dropped {
        final List<Removal> found = new ArrayList<>();
        private boolean tagDiscarded;

        @Override
        public void discardedTag(Void context, String elementName) {
            found.add(new Removal(elementName, null));
            tagDiscarded = true;
        }

        @Override
        public void discardedAttributes(Void context, String tagName, String... attributeNames) {
            for (String attribute : attributeNames) {
                found.add(new Removal(tagName, attribute));
            }
        }

        @Override
        public void attributes(String elementName, List<String> names) {
            if (!tagDiscarded) {
                for (String name : names) {
                    found.add(new Removal(elementName, name));
                }
            }
            tagDiscarded = false;
        }
    }

    /** The sanitiser's policy as it is, without the passes in front of it: for the tests that compare them. */
    PolicyFactory owaspPolicy() {
        return policy;
    }

    /** An iframe is kept when its address survived the src policy, and it is then sandboxed whatever it said. */
    private static boolean embed(List<String> attrs) {
        boolean src = false;
        for (int i = 0; i < attrs.size(); i += 2) {
            src |= attrs.get(i).equals("src");
        }
        if (src) {
            attrs.add("sandbox");
            attrs.add(EMBED_SANDBOX);
        }
        return src;
    }

    /** Whether {@code src} is an https address on the embed list (host, then path prefix). */
    private boolean embedded(String src) {
        try {
            URI uri = new URI(src.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null || uri.getHost() == null
                    || uri.getUserInfo() != null || uri.getPort() != -1 && uri.getPort() != 443) {
                return false;
            }
            String path = requestedPath(uri.getRawPath());
            if (path == null) {
                return false;
            }
            String where = uri.getHost().toLowerCase(Locale.ROOT) + path;
            // an entry's last segment is whole: maps/embed is neither maps/embedX nor maps/embed-evil
            return embeds.stream().anyMatch(entry -> where.equals(entry) || where.startsWith(entry.endsWith("/")
                    ? entry : entry + "/"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The path that a browser requests for {@code rawPath}: {@code .} and {@code ..} segments resolved,
     * also when written {@code %2e}. Null when it climbs above the root or is no plain path: an empty
     * segment ({@code //}) or an escaped {@code /} or {@code \}, which servers read in different ways.
     */
    private static String requestedPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c")) {
            return null;
        }
        String[] parts = rawPath.replace("%2e", ".").replace("%2E", ".").substring(1).split("/", -1);
        Deque<String> segments = new ArrayDeque<>();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            switch (parts[i]) {
                case "." -> {
                }
                case ".." -> {
                    if (segments.pollLast() == null) {
                        return null;
                    }
                }
                case "" -> {
                    if (!last) {
                        return null;
                    }
                }
                default -> segments.addLast(parts[i]);
            }
        }
        String last = parts[parts.length - 1];
        boolean folder = last.isEmpty() || last.equals(".") || last.equals("..");
        return "/" + String.join("/", segments) + (folder && !segments.isEmpty() ? "/" : "");
    }

    /** The features of an {@code allow} value that an embed may have, or null when none. */
    private static String features(String value) {
        List<String> kept = new ArrayList<>();
        for (String feature : value.split("[;\\s]+")) {
            if (EMBED_FEATURES.contains(feature.toLowerCase(Locale.ROOT))) {
                kept.add(feature.toLowerCase(Locale.ROOT));
            }
        }
        return kept.isEmpty() ? null : String.join("; ", kept);
    }
}
