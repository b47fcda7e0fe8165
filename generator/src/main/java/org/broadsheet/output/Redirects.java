package org.broadsheet.output;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.Alias;
import org.broadsheet.model.Article;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    private final SiteUrls urls;

    public Redirects(SiteUrls urls) {
        this.urls = urls;
    }

    /**
     * File below {@code site/} → its HTML, for the aliases of {@code articles}; an alias that would
     * replace a file of {@code generatedFiles}, or that two articles claim, is reported instead.
     */
    public Map<String, String> pages(Collection<Article> articles, Set<String> generatedFiles, Problems problems) {
        Map<String, Article> owners = new TreeMap<>();
        Map<String, String> pages = new TreeMap<>();
        for (Article article : articles.stream().sorted((a, b) -> a.source().compareTo(b.source())).toList()) {
            for (Alias alias : article.aliases()) {
                String file = alias.file();
                Article owner = owners.putIfAbsent(file, article);
                String taken = taken(file, generatedFiles);
                if (taken != null) {
                    problems.add(article.source(), alias.line(), "alias '" + alias.path() + "' is the address of a page"
                            + " Broadsheet generates (" + taken + "); remove it from 'aliases'");
                } else if (owner != null && owner != article) {
                    problems.add(article.source(), alias.line(), "alias '" + alias.path() + "' is claimed by this article"
                            + " and " + owner.source() + "; keep it in one of them");
                    Alias first = owner.aliases().stream().filter(a -> a.file().equals(file)).findFirst().orElse(alias);
                    problems.add(owner.source(), first.line(), "alias '" + first.path() + "' is claimed by this article"
                            + " and " + article.source() + "; keep it in one of them");
                } else {
                    pages.put(file, page(article));
                }
            }
        }
        return pages;
    }

    /**
     * The generated file that {@code file} would replace, or that is where one of its folders would be
     * ({@code /robots.txt/} is {@code robots.txt/index.html}); null when there is none.
     */
    private static String taken(String file, Set<String> generatedFiles) {
        if (generatedFiles.contains(file)) {
            return file;
        }
        for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
            if (generatedFiles.contains(file.substring(0, slash))) {
                return file.substring(0, slash);
            }
        }
        return null;
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
