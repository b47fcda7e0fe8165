package org.broadsheet.output;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.Alias;
import org.broadsheet.model.Article;
import org.broadsheet.model.ContentPaths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redirect pages of articles' {@code aliases}: at each old address a small static page that sends
 * readers (and search engines, as the canonical URL) to the article. They are not in the sitemap or feeds.
 */
public final class Redirects {

    /** How a redirect page names its target, as {@link #page} writes it. */
    private static final Pattern REFRESH = Pattern.compile("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]+)\">");
    /** A redirect page is a few hundred bytes; a longer page is not one, whatever it holds. */
    private static final int MAX_PAGE = 4096;
    /** Names that hosts serve for a folder's address, like {@code index.html}. */
    private static final Set<String> INDEX_PAGES = Set.of("index.htm", "default.htm", "default.html");

    private final SiteUrls urls;

    public Redirects(SiteUrls urls) {
        this.urls = urls;
    }

    /**
     * File below {@code site/} → its HTML, for the aliases of {@code articles}. An alias is refused (and
     * reported) when its file is one of {@code generatedFiles}, or a folder of one, or lies below one;
     * and when another alias, of this article or another, names the same file or clashes with its file
     * so. Names are compared {@link ContentPaths#folded folded to one case}: on a file system that folds case (macOS, Windows) or a host
     * that does, {@code /EN/…} is {@code /en/…}, and this build does not ask which kind it runs on; a part's final
     * {@code .} is left out of the comparison for the same reason.
     */
    public Map<String, String> pages(Collection<Article> articles, Set<String> generatedFiles, Problems problems) {
        return pages(articles, Map.of(), generatedFiles, problems);
    }

    /**
     * {@link #pages(Collection, Set, Problems)}, the aliases of {@code unread} (file as problems name it → aliases,
     * of files whose front matter could not be read into an article) claimed as well: their clashes are reported as
     * the build of the fixed files reports them, but they have no redirect, as their article has no address yet.
     */
    public Map<String, String> pages(Collection<Article> articles, Map<String, List<Alias>> unread,
                                     Set<String> generatedFiles, Problems problems) {
        Map<String, String> generated = new HashMap<>();
        // a folder is folded once, not once for each of its files: the first of them names it
        Set<String> seenFolders = new HashSet<>();
        for (String file : generatedFiles) {
            generated.put(key(file), file);
            for (String folder : folders(file)) {
                if (seenFolders.add(folder)) {
                    generated.putIfAbsent(ContentPaths.folded(folder) + "/", file);
                }
            }
        }
        List<Claimant> claimants = new ArrayList<>();
        articles.forEach(article -> claimants.add(new Claimant(article.source(), article.aliases(), article)));
        unread.forEach((source, aliases) -> claimants.add(new Claimant(source, aliases, null)));
        claimants.sort(Comparator.comparing(Claimant::source));
        Map<String, Claim> claims = new HashMap<>();
        Map<String, String> pages = new TreeMap<>();
        for (Claimant claimant : claimants) {
            String source = claimant.source();
            for (Alias alias : claimant.aliases()) {
                String file = alias.file();
                String clash = clash(file, generated::get);
                Claim claim = new Claim(source, alias);
                Claim other = clash == null ? clash(file, claims) : null;
                if (clash != null) {
                    problems.add(source, alias.line(), "alias '" + alias.written() + "' is the address of "
                            + (key(clash).equals(key(file)) ? "a page" : "a file or folder") + " Broadsheet generates (" + clash
                            + "); remove it from 'aliases'");
                } else if (other != null && other.source().equals(source)) {
                    problems.add(source, alias.line(), "aliases '" + other.alias().written() + "' and '"
                            + alias.written() + "' name the same page; keep one");
                } else if (other != null) {
                    problems.add(source, alias.line(), "alias '" + alias.written() + "' is claimed by this "
                            + "article and " + other.source() + "; keep it in one of them");
                    problems.add(other.source(), other.alias().line(), "alias '" + other.alias().written()
                            + "' is claimed by this article and " + source + "; keep it in one of them");
                } else {
                    claims.put(key(file), claim);
                    for (String folder : folders(file)) {
                        claims.putIfAbsent(ContentPaths.folded(folder) + "/", claim);
                    }
                    if (claimant.article() != null) {
                        pages.put(file, page(claimant.article()));
                    }
                }
            }
        }
        return pages;
    }

    /** A file whose aliases are claimed: an article, or a file not read into one (then {@code article} is null). */
    private record Claimant(String source, List<Alias> aliases, Article article) {
    }

    /** An alias taken by the file {@code source}. */
    private record Claim(String source, Alias alias) {
    }

    /**
     * What {@code taken} holds for {@code file} (lower-cased): for the file itself, for it as a folder
     * ({@code "a.html/"}), or for a folder on its way taken as a file; null when nothing.
     */
    private static <T> T clash(String file, Function<String, T> taken) {
        String key = key(file);
        T found = taken.apply(key);
        if (found == null) {
            found = taken.apply(key + "/");
        }
        for (String folder : folders(file)) {
            if (found == null) {
                found = taken.apply(ContentPaths.folded(folder));
            }
        }
        return found;
    }

    private static <T> T clash(String file, Map<String, T> taken) {
        return clash(file, taken::get);
    }

    /** The folders on the way to {@code file}: {@code a}, {@code a/b} for {@code a/b/c.html}. */
    private static List<String> folders(String file) {
        List<String> folders = new ArrayList<>();
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            folders.add(file.substring(0, slash));
        }
        return folders;
    }

    /**
     * How {@code file} is compared: {@link ContentPaths#folded}, and a folder's other index pages ({@code index.htm},
     * {@code default.htm}, {@code default.html}, which hosts such as IIS serve before {@code index.html})
     * as its {@code index.html}.
     */
    private static String key(String file) {
        String folded = ContentPaths.folded(file);
        int slash = folded.lastIndexOf('/') + 1;
        return INDEX_PAGES.contains(folded.substring(slash)) ? folded.substring(0, slash) + "index.html" : folded;
    }

    private String page(Article article) {
        String target = urls.article(article);
        String href = escape(urls.href(target));
        String canonical = escape(urls.absolute(target));
        String title = escape(article.title());
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(article.language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + canonical + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<p><a href=\"" + href + "\">" + title + "</a></p>\n"
                + "</body>\n"
                + "</html>\n";
    }

    /**
     * The link that a redirect page sends readers to, so that hosts can answer its address with a real
     * 301 redirect instead; empty when {@code html} is not a redirect page.
     */
    public static Optional<String> target(String html) {
        if (html.length() > MAX_PAGE || !html.contains("<meta name=\"robots\" content=\"noindex\">")) {
            return Optional.empty();
        }
        Matcher refresh = REFRESH.matcher(html);
        return refresh.find() ? Optional.of(unescape(refresh.group(1))) : Optional.empty();
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
