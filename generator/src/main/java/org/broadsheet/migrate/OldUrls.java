package org.broadsheet.migrate;

import org.broadsheet.model.ContentPaths;

import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a post had on the old site, computed as the generator did from its permalink
 * settings (Jekyll's {@code permalink} styles and placeholders, Hugo's section permalinks with their
 * placeholders and Go date layouts, language prefixes, {@code uglyURLs}, a page's own {@code url}/{@code permalink}),
 * plus Hugo's {@code aliases} and the {@code redirect_from} of Jekyll's redirect plugin.
 */
final class OldUrls {

    private static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+(?:\\[[^\\]/]*\\])?|[A-Z][a-z]+|\\d+)");
    /** Hugo's {@code :sections[1:]}, {@code :sections[last]}, {@code :sections[0]}, {@code :sections[:2]}. */
    private static final Pattern SECTIONS = Pattern.compile("sections\\[(?:(last)|(\\d+)|(\\d*):(\\d*))\\]");

    private OldUrls() {
    }

    /**
     * Site-absolute paths (with the old base path), the main one first, of a post dated {@code local} as the old
     * generator read its date, in the zone in which it wrote addresses.
     */
    static List<String> of(SourcePost post, SourceSite site, ZonedDateTime local) {
        Set<String> urls = new LinkedHashSet<>();
        if (site.kind() == SourceKind.JEKYLL) {
            String main = site.basePath() + site.languageFolder(post) + jekyll(post, site, local);
            urls.add(main);
            if (!main.endsWith("/") && !main.substring(main.lastIndexOf('/') + 1).contains(".")) {
                // a permalink without extension or slash: Jekyll wrote the page as title.html, served under both
                urls.add(main + ".html");
            }
            for (Object redirect : Loose.items(post.value("redirect_from"))) {
                urls.add(site.basePath() + clean(redirect.toString().strip()));
            }
        } else {
            String prefix = languagePrefix(post, site);
            urls.add(site.basePath() + hugo(post, site, local, prefix));
            for (Object alias : Loose.items(post.value("aliases"))) {
                String path = alias.toString().strip();
                urls.add(site.basePath() + (path.startsWith("/") ? path : prefix + "/" + path));
            }
        }
        // a file named a%e2%80%93b.md was served at the address a browser asks for as a–b
        return urls.stream().map(ContentPaths::percentDecoded).distinct().toList();
    }

    private static String jekyll(SourcePost post, SourceSite site, ZonedDateTime date) {
        String own = Loose.text(post.value("permalink"));
        String configured = own != null ? own : site.permalinks().getOrDefault("", "date");
        String pattern = JEKYLL_STYLES.getOrDefault(configured, configured);
        String title = Loose.text(post.value("slug")) != null ? Loose.text(post.value("slug")) : post.fileSlug();
        List<String> categories = new ArrayList<>(post.categories());
        Topics.names(post.value("categories"), true).forEach(categories::add);
        // the singular category is one name, whatever its spaces (Jekyll splits only the plural)
        Topics.names(post.value("category"), false).forEach(categories::add);
        String joined = String.join("/", categories.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList());
        return clean(replace(pattern, name -> switch (name) {
            case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
            case "short_year" -> String.format(Locale.ROOT, "%02d", date.getYear() % 100);
            case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "y_day" -> String.format(Locale.ROOT, "%03d", date.getDayOfYear());
            case "short_month" -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_month" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "short_day" -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_day" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            // the ISO week, its year and the day in it, as Ruby's %V, %G and %u give them
            case "week" -> String.format(Locale.ROOT, "%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "w_year" -> Integer.toString(date.get(IsoFields.WEEK_BASED_YEAR));
            case "w_day" -> Integer.toString(date.getDayOfWeek().getValue());
            case "hour" -> String.format(Locale.ROOT, "%02d", date.getHour());
            case "minute" -> String.format(Locale.ROOT, "%02d", date.getMinute());
            case "second" -> String.format(Locale.ROOT, "%02d", date.getSecond());
            // Jekyll's slugify in its "pretty" mode, case kept; a file name's percent escapes stay, decoded below
            case "title" -> title.replaceAll("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@%]+", "-").replaceAll("^-+|-+$", "");
            case "slug" -> title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
            case "categories" -> joined;
            case "slugified_categories" -> String.join("/", categories.stream().map(OldUrls::jekyllSlug).distinct().toList());
            // the file's path below _posts, date and folders included, without its extension
            case "path" -> post.path().substring(0, post.path().length() - extension(post.path()).length())
                    .replaceFirst("_posts", "").replaceAll("\\.+$", "");
            case "name" -> jekyllSlug(fileName(post.path()).substring(0, fileName(post.path()).length()
                    - extension(post.path()).length()));
            case "collection" -> "posts";
            case "output_ext" -> ".html";
            case "lang" -> post.language();
            default -> null;
        }));
    }

    private static String hugo(SourcePost post, SourceSite site, ZonedDateTime date, String prefix) {
        String own = Loose.text(post.value("url"));
        if (own != null) {
            // Hugo serves a url without an extension as a folder: post/x at /post/x/
            String url = clean("/" + own);
            return url.endsWith("/") || url.substring(url.lastIndexOf('/') + 1).contains(".") ? url : url + "/";
        }
        String title = Loose.text(post.value("title")) == null ? "" : Loose.text(post.value("title"));
        String slug = Loose.text(post.value("slug"));
        String section = post.sections().isEmpty() ? "" : post.sections().get(0);
        String pattern = site.permalinks().get(section.toLowerCase(Locale.ROOT));
        String path;
        if (pattern == null) {
            List<String> parts = new ArrayList<>(post.sections());
            parts.add(slug != null ? slug : post.fileSlug());
            path = "/" + String.join("/", parts) + "/";
        } else {
            path = replace(pattern, name -> switch (name) {
                case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
                case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
                case "monthname" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
                case "weekday" -> Integer.toString(date.getDayOfWeek().getValue() % 7);
                case "weekdayname" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "yearday" -> Integer.toString(date.getDayOfYear());
                case "section" -> section;
                case "sections" -> String.join("/", post.sections());
                case "title" -> urlize(title);
                case "slug" -> slug != null ? slug : urlize(title);
                case "slugorfilename", "slugorcontentbasename" -> slug != null ? slug : post.fileSlug();
                case "filename", "contentbasename" -> post.fileSlug();
                default -> SECTIONS.matcher(name).matches() ? sections(post.sections(), name) : goLayout(name, date);
            });
        }
        path = sanitized(clean(path)).toLowerCase(Locale.ROOT);
        if (pattern != null && !path.endsWith("/")
                && !PLACEHOLDER.matcher(pattern.substring(pattern.lastIndexOf('/') + 1)).replaceAll("").contains(".")) {
            // a permalink without a trailing slash or an extension of its own: Hugo wrote its page as a folder
            path += "/";
        }
        if (site.uglyUrls(section.toLowerCase(Locale.ROOT)) && path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1) + ".html";
        }
        return prefix + path;
    }

    /** The sections a slice of {@code :sections} names, joined by {@code /}. */
    private static String sections(List<String> sections, String slice) {
        Matcher m = SECTIONS.matcher(slice);
        m.matches();
        int size = sections.size();
        if (m.group(1) != null) {
            return size == 0 ? "" : sections.get(size - 1);
        }
        if (m.group(2) != null) {
            int index = DigitIndex.of(m.group(2));
            return index < size ? sections.get(index) : "";
        }
        int from = m.group(3).isEmpty() ? 0 : Math.min(DigitIndex.of(m.group(3)), size);
        int to = m.group(4).isEmpty() ? size : Math.min(DigitIndex.of(m.group(4)), size);
        return from < to ? String.join("/", sections.subList(from, to)) : "";
    }

    /**
     * A date in one of the Go layouts that Hugo's permalinks accept ({@code :2006/:01/:02}, {@code :Jan}),
     * or null for any other token.
     */
    private static String goLayout(String token, ZonedDateTime date) {
        return switch (token) {
            case "2006" -> String.format(Locale.ROOT, "%04d", date.getYear());
            case "06" -> String.format(Locale.ROOT, "%02d", date.getYear() % 100);
            case "01" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            case "1" -> Integer.toString(date.getMonthValue());
            case "02" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case "2" -> Integer.toString(date.getDayOfMonth());
            case "Jan" -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "January" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Mon" -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "Monday" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            default -> null;
        };
    }

    /**
     * {@code /ko} for a language other than the default (or for all with {@code defaultContentLanguageInSubdir}),
     * by the language Hugo served the page in.
     */
    private static String languagePrefix(SourcePost post, SourceSite site) {
        return site.defaultInSubdir() || !post.oldLanguage().equals(site.oldDefault()) ? "/" + post.oldLanguage() : "";
    }

    /** The address of the home page of the language Hugo served the post in, below the base path ({@code /}, {@code /ko/}). */
    static String homeAddress(SourcePost post, SourceSite site) {
        return languagePrefix(post, site) + "/";
    }

    /**
     * The address at which Hugo published the folder of the post's section, and the files in it ({@code /ko/blog/}),
     * below the base path; null for a post in no section.
     */
    static String sectionAddress(SourcePost post, SourceSite site) {
        if (post.sections().isEmpty()) {
            return null;
        }
        return languagePrefix(post, site) + sanitized("/" + String.join("/", post.sections()) + "/").toLowerCase(Locale.ROOT);
    }

    /**
     * A path as Hugo makes it safe: white space between other characters becomes one {@code -} (none beside
     * a {@code -}), and what is not a letter, digit, mark, {@code %xx} or one of {@code ./\_#+~-@} is dropped.
     */
    static String sanitized(String path) {
        StringBuilder out = new StringBuilder(path.length());
        boolean space = false;
        for (int i = 0; i < path.length(); i += Character.charCount(path.codePointAt(i))) {
            int c = path.codePointAt(i);
            int type = Character.getType(c);
            boolean allowed = "./\\_#+~-@".indexOf(c) >= 0 || Character.isLetterOrDigit(c)
                    || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2));
            if (allowed) {
                if (space && c != '-' && out.charAt(out.length() - 1) != '-') {
                    out.append('-');
                }
                space = false;
                out.appendCodePoint(c);
            } else if (Character.isWhitespace(c) && !out.isEmpty()) {
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * Hugo's {@code urlize}: made safe as a path is (so that the spaces around a {@code -}, {@code DDD - Entities},
     * add none), lower case, punctuation other than {@code -_.} dropped.
     */
    static String urlize(String text) {
        return sanitized(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M}_.-]", "");
    }

    private static String replace(String pattern, java.util.function.Function<String, String> value) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = value.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group(0) : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Jekyll's slugify in its default mode: lower case, each run of other characters than letters and digits a '-'. */
    static String jekyllSlug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{M}\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The extension of a file's name, with its dot ({@code .markdown}), or nothing. */
    private static String extension(String path) {
        String name = fileName(path);
        return name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : "";
    }

    private static String clean(String path) {
        String cleaned = ("/" + path).replaceAll("/{2,}", "/");
        return cleaned.isEmpty() ? "/" : cleaned;
    }
}
