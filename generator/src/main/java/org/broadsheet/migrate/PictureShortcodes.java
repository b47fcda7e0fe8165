package org.broadsheet.migrate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugo site's own shortcodes that show one picture: a template (the site's {@code layouts/shortcodes/},
 * then its theme's) whose only {@code <img>} takes its address from an argument, or from the resource an argument
 * names ({@code resources.Get (.Get "src")}, then {@code src="{{ $image.RelPermalink }}"}), read for the arguments that
 * give the picture's address, alt text and caption. A page's {@code {{< imageFull src="…" title="…" >}}}
 * can then become the image it showed. A template that shows its inner text is not one of them.
 */
final class PictureShortcodes {

    /**
     * The arguments of a picture shortcode: a name, or a position written as digits; alt and caption may be null.
     * {@code assumed}: the old site holds no template for it, and it is read as themes' {@code image}.
     * {@code fromAssets}: the template took the picture from the site's resources ({@code resources.Get}), which Hugo
     * looks up in {@code assets/}, so that a path without a leading slash is from the site's root, not the page's.
     */
    record Picture(String src, String alt, String caption, boolean assumed, boolean fromAssets) {
    }

    /**
     * The {@code image} shortcode that most themes give (LoveIt, DoIt, FixIt, Hugoplate, hello-friend), whose picture is
     * its {@code src}, with its {@code alt} and {@code caption}: what a site using one shows, when the archive does not
     * hold the theme (a git submodule or a Hugo module, which a repository does not carry).
     */
    private static final Picture THEMES_IMAGE = new Picture("src", "alt", "caption", true, false);

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*+>", Pattern.CASE_INSENSITIVE);
    /** {@code {{ .Get "src" }}}, {@code {{ .Get 0 | relURL }}}, {@code {{ with .Get "caption" }}}. */
    private static final String GET = "\\{\\{-?\\s*+(?:with\\s++)?\\$?\\.Get\\s++(?:\"(\\w++)\"|(\\d{1,3}+)(?!\\d))[^}]{0,200}\\}\\}";
    /**
     * {@code src}, or the {@code data-src} of a picture loaded lazily (Zzo's {@code img}), whose address may follow a
     * condition on the site's base path: {@code data-src="{{ if eq $base "/" }}{{ .Get "src" }}{{ else }}…"}.
     */
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*+=\\s*+[\"']?(?:\\{\\{-?\\s*+if\\b[^}]{0,200}\\}\\})?"
            + GET, Pattern.CASE_INSENSITIVE);
    /**
     * The {@code src} of a variable the template assigned: {@code src="{{ $image.RelPermalink }}"} (or its
     * {@code Permalink}, or the variable itself).
     */
    private static final Pattern VARIABLE_SRC = Pattern.compile("\\bsrc\\s*+=\\s*+[\"']?\\{\\{-?\\s*+\\$(\\w++)"
            + "(?:\\.(?:Rel)?Permalink)?\\s*+(?:\\|[^}]{0,100})?-?\\}\\}", Pattern.CASE_INSENSITIVE);
    /** {@code {{ with .Get "alt" }}alt="{{ . }}"{{ end }}}, as well as {@code alt="{{ .Get "alt" }}"}. */
    private static final Pattern ALT = Pattern.compile("\\balt\\s*+=\\s*+[\"']?" + GET + "|\\{\\{-?\\s*+with\\s++\\.Get\\s++"
            + "(?:\"(\\w++)\"|(\\d{1,3}+)(?!\\d))\\s*+-?\\}\\}\\s*+alt\\s*+=", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile("(?:" + GET + "\\s*+)?<figcaption\\b[^>]{0,200}>(.{0,500}?)"
            + "</figcaption>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ANY_GET = Pattern.compile(GET);

    private final Function<String, Optional<String>> templates;
    private final Map<String, Optional<Picture>> pictures = new ConcurrentHashMap<>();

    /** @param templates a shortcode's name → the text of the template Hugo used for it, if any */
    PictureShortcodes(Function<String, Optional<String>> templates) {
        this.templates = templates;
    }

    /**
     * The arguments of the picture that the site's shortcode {@code name} shows, or empty when it is no such shortcode;
     * an {@code image} without a template in the old site is themes' ({@link #THEMES_IMAGE}).
     */
    Optional<Picture> picture(String name) {
        return pictures.computeIfAbsent(name, n -> {
            Optional<String> template = templates.apply(n);
            return template.isEmpty() && n.equals("image") ? Optional.of(THEMES_IMAGE)
                    : template.flatMap(PictureShortcodes::read);
        });
    }

    static Optional<Picture> read(String template) {
        Matcher img = IMG.matcher(template);
        if (template.contains(".Inner") || !img.find()) {
            return Optional.empty();
        }
        String tag = img.group();
        if (img.find()) {
            return Optional.empty();
        }
        String source;
        boolean fromAssets = false;
        Matcher src = SRC.matcher(tag);
        if (src.find()) {
            source = argument(src, 1);
        } else {
            Matcher variable = VARIABLE_SRC.matcher(tag);
            if (!variable.find()) {
                return Optional.empty();
            }
            Matcher assigned = assignment(variable.group(1)).matcher(template);
            if (!assigned.find()) {
                return Optional.empty();
            }
            source = argument(assigned, 2);
            fromAssets = assigned.group(1) != null && assigned.group(1).startsWith("resources.");
        }
        Matcher alt = ALT.matcher(tag);
        String caption = null;
        Matcher figcaption = CAPTION.matcher(template);
        if (figcaption.find()) {
            caption = argument(figcaption, 1) != null ? argument(figcaption, 1) : inside(figcaption.group(3));
        }
        String altText = alt.find() ? argument(alt, 1) != null ? argument(alt, 1) : argument(alt, 3) : null;
        return Optional.of(new Picture(source, altText, caption, false, fromAssets));
    }

    /**
     * {@code $image := .Get "src"}, or the resource an argument names: {@code $image := resources.Get (.Get "src")},
     * which Hugo looks up in {@code assets/}, or {@code .Page.Resources.Get (.Get "src")}, the page bundle's file.
     * Group 1 is the function, if any; groups 2 and 3 the argument.
     */
    private static Pattern assignment(String variable) {
        return Pattern.compile("\\$" + variable + "\\s*+:?=\\s*+(resources\\.Get(?:Match)?\\s++|\\$?\\.Page\\.Resources"
                + "\\.Get(?:Match)?\\s++)?\\(?\\s*+\\.Get\\s++(?:\"(\\w++)\"|(\\d{1,3}+)(?!\\d))\\s*+\\)?\\s*+-?\\}\\}");
    }

    /**
     * The argument a {@code <figcaption>} shows: the one named caption among several (Zzo's bold title, then its
     * caption), else the first.
     */
    private static String inside(String figcaption) {
        Matcher get = ANY_GET.matcher(figcaption);
        String first = null;
        while (get.find()) {
            if ("caption".equals(get.group(1))) {
                return "caption";
            }
            first = first == null ? argument(get, 1) : first;
        }
        return first;
    }

    /** The argument that groups {@code group} (its name) and the next (its position) of {@code m} name. */
    private static String argument(Matcher m, int group) {
        return m.group(group) != null ? m.group(group) : m.group(group + 1);
    }
}
