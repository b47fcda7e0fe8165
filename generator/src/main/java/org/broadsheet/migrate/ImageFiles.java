package org.broadsheet.migrate;

import org.broadsheet.markdown.MarkdownSpans;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.model.PublishableFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the image and other files that posts use — in the old site's static folders (site-absolute paths)
 * or beside the post (relative paths, Hugo's page bundles) — and plans their copy into
 * {@code content/images/} or {@code content/files/}, keeping the path they had on the old site. A file of
 * any kind is copied when the build will publish it; one it refuses ({@link PublishableFiles}: a page, a
 * script, an SVG with a script) is not, nor one the import withholds ({@link WithheldFiles}: a hidden file, the old
 * site's settings, a private key), and each is reported.
 */
final class ImageFiles {

    /**
     * What Broadsheet's Markdown would read as its own in a link's text: an escape, code, emphasis or strikethrough, a
     * link or a footnote, raw HTML or an autolink, a table's cell.
     */
    private static final Pattern MARKDOWN_CHARACTERS = Pattern.compile("[\\\\`*_~\\[\\]<|]");
    /**
     * The start of what Markdown would read as an entity ({@code &amp;}, {@code &#91;}), written as one: Flexmark reads
     * the entity even after a backslash.
     */
    private static final Pattern ENTITY_START = Pattern.compile("&(?=#?\\w+;)");
    /**
     * What a file's path cannot hold as written in a Markdown link's address: a space, an escape, an entity, the
     * fragment or query of an address, a percent escape of its own, an angle bracket.
     */
    private static final Pattern IN_ADDRESS = Pattern.compile("[\\s\\\\&#?%<>]");
    /** A line break, which in a link's text could start a block, and in HTML shows as a space. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");
    /** What a finding says after why the build would not publish a file. */
    private static final String NOT_PUBLISHED = ", and Broadsheet publishes no file that a browser or a web server could run "
            + "(docs/security.md)";

    /**
     * Why a file of the old site is not copied: {@code phrase} says so after its name; {@code withheld} when the
     * import keeps it back ({@link WithheldFiles}), so that no link may lead to it either, else the build would not
     * publish it.
     */
    record Refusal(String phrase, boolean withheld) {
    }

    private static final List<String> IMAGE_FOLDERS = List.of("images", "img", "assets/images", "assets/img");
    static final Pattern IMAGE = Pattern.compile("(?i).+\\.(jpe?g|png|gif|webp|avif|svg)");
    /** A name with an extension, which is not an article's Markdown: a file, if the old site has it. */
    private static final Pattern WITH_HOST = Pattern.compile("(?i)(?:https?:)?//([^/?#]+)(.*)");
    private static final Pattern FILE = Pattern.compile("(?i)[^/]*[^/.]\\.(?!(?:md|markdown|mkdn)$)[^/.]+");

    private final Path root;
    private final SourceSite site;
    private final Map<String, String> bundleFolders;
    private final Function<SourcePost, String> pages;
    private final Findings findings;
    /** Target below {@code content/} → source below the old site. */
    private final Map<String, String> copies = new ConcurrentSkipListMap<>();
    /** Source below the old site → why it is not copied, or empty. */
    private final Map<String, Optional<Refusal>> refusals = new ConcurrentHashMap<>();
    /** A post's path and a reference it makes → the {@link #candidates} found for it. */
    private final Map<String, List<String[]>> lookups = new ConcurrentHashMap<>();

    /**
     * @param bundleFolders the folder of each page bundle of the old site by the address, below its base path,
     *                      where the bundle's page and files were published ({@code /blog/harbor/})
     * @param pages         the address of each post's page on the old site, against which readers' browsers read
     *                      its relative references
     */
    ImageFiles(Path root, SourceSite site, Map<String, String> bundleFolders, Function<SourcePost, String> pages,
               Findings findings) {
        this.root = root;
        this.site = site;
        this.bundleFolders = bundleFolders;
        this.pages = pages;
        this.findings = findings;
    }

    /**
     * The path of an address written with the old site's own host ({@code https://tides.example.org/files/a.pdf} →
     * {@code /files/a.pdf}), which names a file of the old site as the path alone does; else {@code reference}.
     */
    private String ownPath(String reference) {
        Matcher withHost = WITH_HOST.matcher(reference);
        return withHost.matches() && site.hosts().contains(withHost.group(1).toLowerCase(Locale.ROOT))
                ? (withHost.group(2).isEmpty() ? "/" : withHost.group(2)) : reference;
    }

    /**
     * Whether {@code reference} names something of the old site itself: a path, or an address with its own host, which
     * the new site takes over (so an image there that the old site lacks is as missing as one named by its path).
     */
    boolean ofOldSite(String reference) {
        return !external(ownPath(reference));
    }

    static boolean external(String reference) {
        return reference.matches("(?i)[a-z][a-z0-9+.-]*:.*") || reference.startsWith("//");
    }

    /**
     * The content-absolute path ({@code /images/…}) of the copy of the image that {@code reference}
     * names from {@code post}, or empty (with a finding) when no such file exists.
     */
    Optional<String> use(String reference, SourcePost post, int line) {
        List<String[]> found = candidates(reference, post);
        Optional<Refusal> refusal = found.isEmpty() ? Optional.empty() : refusal(found.get(0)[0]);
        if (refusal.isPresent()) {
            findings.add(Category.IMAGES, post.path(), line, (IMAGE.matcher(reference).matches() ? "image '" : "file '")
                    + reference + "' not copied: " + found.get(0)[0] + " " + refusal.get().phrase());
            return Optional.empty();
        }
        if (!found.isEmpty()) {
            String[] candidate = found.get(0);
            String folder = IMAGE.matcher(candidate[1]).matches() ? "images/" : "files/";
            String target = candidate[1].startsWith(folder) ? candidate[1] : folder + candidate[1];
            copies.putIfAbsent(target, candidate[0]);
            return Optional.of("/" + target);
        }
        boolean image = IMAGE.matcher(reference).matches();
        // a post's many pictures that its repository lacks (kept elsewhere, or never committed) are one line
        findings.add(Category.IMAGES, post.path(), line, (image ? "image '" : "file '") + reference
                + "' not found in the old site: add the file and link it by hand", (image ? "images" : "files")
                + " not found in the old site: add the files and link them by hand");
        return Optional.empty();
    }

    /**
     * The files of the old site that {@code reference} may name from {@code post}, as pairs of their path
     * and the path they had from the site's root; the first is the one the old site served. A relative
     * reference of a post with Chirpy's {@code media_subpath} (or {@code img_path}) is below that folder.
     */
    private List<String[]> candidates(String reference, SourcePost post) {
        // a link is asked whether it exists, then used or reported: its files are looked for once
        return lookups.computeIfAbsent(post.path() + "\n" + reference, key -> List.copyOf(lookFor(reference, post)));
    }

    private List<String[]> lookFor(String reference, SourcePost post) {
        String written = ownPath(reference.split("[?#]", 2)[0]);
        if (!external(written)) {
            // a browser reads a backslash in a web address as a slash: \img\a.png, written on Windows, asked for /img/a.png
            written = written.replace('\\', '/');
        }
        String subpath = Loose.text(post.value("media_subpath")) != null ? Loose.text(post.value("media_subpath"))
                : Loose.text(post.value("img_path"));
        if (subpath != null && !written.startsWith("/") && !external(written)) {
            written = subpath.replaceAll("/+$", "") + "/" + written;
        }
        String cdn = localImageCdn();
        if (cdn != null && !external(written) && IMAGE.matcher(written).matches()) {
            // Chirpy put its image CDN before every image path; a site that named a folder of its own found them there
            List<String[]> below = lookForPath(cdn + (written.startsWith("/") ? "" : "/") + written, post);
            if (!below.isEmpty()) {
                return below;
            }
        }
        return lookForPath(written, post);
    }

    /**
     * Chirpy's {@code img_cdn} (before version 7) or {@code cdn}, when it names a folder of the site
     * ({@code /assets/img}) rather than another host, without its trailing slash; else null.
     */
    private String localImageCdn() {
        if (site.kind() != SourceKind.JEKYLL) {
            return null;
        }
        for (String key : List.of("img_cdn", "cdn")) {
            String cdn = Loose.text(site.settings().get(key));
            if (cdn != null && cdn.startsWith("/") && !cdn.startsWith("//") && !cdn.replaceAll("/+$", "").isEmpty()) {
                return cdn.replaceAll("/+$", "");
            }
        }
        return null;
    }

    private List<String[]> lookForPath(String written, SourcePost post) {
        String basePath = site.basePath();
        if (!basePath.isEmpty() && written.startsWith(basePath + "/")) {
            written = written.substring(basePath.length());
        }
        String folder = site.languageFolders() == SourceSite.LanguageFolders.BUILD_PER_LANGUAGE
                ? site.languageFolder(post) : "";
        if (!folder.isEmpty() && written.startsWith(folder + "/")) {
            // jekyll-multiple-languages-plugin copied the site's files into each language's folder
            written = written.substring(folder.length());
        }
        List<String[]> candidates = new ArrayList<>();
        Optional<String> served = ContentPaths.resolve("index.html", written);
        List<String> servedPaths = new ArrayList<>();
        if (!written.startsWith("/")) {
            ContentPaths.resolve(post.path(), written).ifPresent(beside ->
                    candidates.add(new String[]{beside, beside.replaceFirst("^content/", "")}));
            // what the reader's browser asked for: the reference read against the address of the post's page
            String page = pages.apply(post);
            if (page != null && page.startsWith(basePath + "/")) {
                String file = page.substring(basePath.length() + 1) + (page.endsWith("/") ? "index.html" : "");
                ContentPaths.resolve(file, written).ifPresent(servedPaths::add);
            }
        }
        served.ifPresent(servedPaths::add);
        // each in a bundle's or a section's folder (Hugo published their files below their address), else a static one
        servedPaths.stream().distinct().forEach(path -> {
            inBundle(path).ifPresent(file -> candidates.add(new String[]{file, path}));
            site.staticDirs().forEach(dir -> candidates.add(new String[]{dir.isEmpty() ? path : dir + "/" + path, path}));
        });
        candidates.removeIf(candidate -> !SourceFiles.exists(root, candidate[0])
                || page(SourceFiles.onDisk(root, candidate[0])));
        return candidates;
    }

    /** The file of a page bundle that was published at {@code path} (from the site's root, no leading slash), if any. */
    private Optional<String> inBundle(String path) {
        // the nearest folder first, the home's (slash -1) last
        for (int slash = path.lastIndexOf('/'); ; slash = path.lastIndexOf('/', slash - 1)) {
            String folder = bundleFolders.get("/" + path.substring(0, slash + 1));
            if (folder != null) {
                return Optional.of(folder + path.substring(slash + 1));
            }
            if (slash < 0) {
                return Optional.empty();
            }
        }
    }

    /** Whether {@code file} starts with front matter: a page that the old generator rendered, not a file it copied. */
    private static boolean page(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
            return start.matches("(---|\\+\\+\\+)\\r?\\n?");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why the old site's file {@code source} is not copied, a phrase that ends saying so: the import withholds it, or
     * the build would not publish it; empty when it is copied.
     */
    private Optional<Refusal> refusal(String source) {
        return refusals.computeIfAbsent(source, s -> {
            String onDisk = root.relativize(SourceFiles.onDisk(root, s)).toString().replace('\\', '/');
            return WithheldFiles.reason(root, onDisk).map(reason -> new Refusal(reason, true))
                    .or(() -> PublishableFiles.refusal(root, onDisk).map(why -> new Refusal(why + NOT_PUBLISHED, false)));
        });
    }

    /**
     * Adds to {@code edits} the copy and new link of each local Markdown image (and link to a local file)
     * of {@code body}, whose spans are {@code spans}; a missing image is replaced by a visible note (reported), and so
     * is each picture of a reference definition that names a missing image.
     */
    void relink(SourcePost post, String body, List<MarkdownSpans.Span> spans, BodyEdits edits) {
        Map<String, String> missingByLabel = new HashMap<>();
        for (MarkdownSpans.Span span : spans) {
            boolean image = span.kind() == MarkdownSpans.Kind.IMAGE;
            boolean link = span.kind() == MarkdownSpans.Kind.LINK || span.kind() == MarkdownSpans.Kind.REFERENCE;
            String url = image || link ? body.substring(span.start(), span.end()) : "";
            if (url.isEmpty() || url.startsWith("#") || link && !isFile(ownPath(url).split("[?#]", 2)[0])
                    || !ofOldSite(url)) {
                continue;
            }
            if (link && !exists(url, post)) {
                // a page, or a file the old site lacks or the build would refuse: OldLinks leads the link and says so
                continue;
            }
            Optional<String> copy = use(url, post, edits.line(span.start()));
            if (copy.isPresent()) {
                edits.replace(span.start(), span.end(), destination(copy.get()));
            } else if (image && span.textStart() >= 0) {
                edits.replace(span.outerStart(), span.outerEnd(), missing(url, post));
            } else if (image) {
                // a reference definition that pictures use: each of them becomes the note, and the definition goes
                missingByLabel.put(span.reference(), missing(url, post));
                edits.replace(span.outerStart(), span.outerEnd(), "");
            }
        }
        for (MarkdownSpans.Span span : spans) {
            if (span.kind() == MarkdownSpans.Kind.IMAGE_REFERENCE && missingByLabel.containsKey(span.reference())) {
                edits.replace(span.outerStart(), span.outerEnd(), missingByLabel.get(span.reference()));
            }
        }
    }

    /**
     * {@code path} as a Markdown link's destination: a space written {@code %20} ({@code /images/FMS%20b.png}), as
     * Broadsheet's Markdown reads no space in an address, not even in angle brackets (the text would show as written,
     * the picture lost), and so what else Markdown or an address would read as its own; in angle brackets when it holds
     * a parenthesis.
     */
    static String destination(String path) {
        String escaped = IN_ADDRESS.matcher(path).replaceAll(c -> String.format("%%%02X", (int) c.group().charAt(0)));
        return escaped.matches(".*[()].*") ? "<" + escaped + ">" : escaped;
    }

    /**
     * {@code text} as a Markdown link's or image's text, shown as written: what Markdown would read as its own escaped,
     * a line break a space, without the spaces at its ends, which Flexmark leaves out of a link's text; a NUL the
     * replacement character, as CommonMark reads it in an image's text and Flexmark does not in a link's. Every link
     * and image the import writes takes its text from here.
     */
    static String linkText(String text) {
        String shown = LINE_BREAK.matcher(text).replaceAll(" ").strip().replace('\0', '\uFFFD');
        String escaped = MARKDOWN_CHARACTERS.matcher(shown).replaceAll("\\\\$0");
        // a text that starts with ^ would make [^…] a footnote's reference, not a link
        escaped = escaped.startsWith("^") ? "\\" + escaped : escaped;
        return ENTITY_START.matcher(escaped).replaceAll("&amp;");
    }

    /**
     * The site path ({@code /images/x.jpg}) of the only file named {@code name} in the folders where themes keep
     * pictures, or empty when none or several have it.
     */
    Optional<String> inImageFolder(String name, SourcePost post) {
        List<String> found = IMAGE_FOLDERS.stream().map(folder -> "/" + folder + "/" + name)
                .filter(path -> exists(path, post)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether the old site has the file that {@code reference} names from {@code post}, and the build publishes it. */
    boolean exists(String reference, SourcePost post) {
        List<String[]> found = candidates(reference, post);
        return !found.isEmpty() && refusal(found.get(0)[0]).isEmpty();
    }

    /**
     * Why the old site's file that {@code reference} names from {@code post} is not copied, as a phrase ("is a page,
     * script or server program ('.html'), and Broadsheet publishes no file…"), or empty when it is or there is no such
     * file.
     */
    Optional<Refusal> refused(String reference, SourcePost post) {
        List<String[]> found = candidates(reference, post);
        return found.isEmpty() ? Optional.empty() : refusal(found.get(0)[0]);
    }

    /** The note that stands in the body for the image {@code reference} that is not copied. */
    String missing(String reference, SourcePost post) {
        return (refused(reference, post).isPresent() ? "*[image not published: " : "*[image not found: ") + reference + "]*";
    }

    /** Whether a path names a file (it has an extension, and is not an article's Markdown) rather than a page. */
    static boolean isFile(String path) {
        return FILE.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    /** Target below {@code content/} → source below the old site, sorted. */
    Map<String, String> copies() {
        return copies;
    }
}
