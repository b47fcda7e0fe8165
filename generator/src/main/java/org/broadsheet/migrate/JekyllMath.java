package org.broadsheet.migrate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The math of a Jekyll site. Kramdown reads {@code $$} only, but a site whose own templates set MathJax or KaTeX to
 * read single dollars ({@code inlineMath: [['$','$']]}, as a minimal-mistakes blog's {@code _includes/head/custom.html}
 * and Chirpy's {@code mathjax.js} do) had {@code $x_i$} typeset in the pages that loaded it: those whose front
 * matter turned it on ({@code math: true}, {@code use_math: true}, or the key its template tests, such as
 * {@code usemathjax}) when a template tests such a key of the page, else every page.
 */
final class JekyllMath {

    /**
     * MathJax's list of inline delimiters (version 2's {@code tex2jax}, version 3's {@code tex}), pairs inside. Its
     * group is possessive: giving back a repetition could not help the match, and a greedy group recurses once per
     * repetition, so that thousands of them overflow the stack.
     */
    private static final Pattern INLINE_MATH = Pattern.compile("inlineMath\\s*:\\s*\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*+)\\]");
    private static final Pattern DOLLAR_PAIR = Pattern.compile("\\[\\s*(['\"])\\$\\1\\s*,");
    /** KaTeX's auto-render delimiter of single dollars. */
    private static final Pattern KATEX_DOLLAR = Pattern.compile("left\\s*:\\s*(['\"])\\$\\1\\s*,\\s*right\\s*:\\s*(['\"])\\$\\2");
    /**
     * A template's test of a page's math key ({@code page.use_math}, {@code page.usemathjax}), which loads the typesetter
     * on those pages only.
     */
    private static final Pattern PAGE_TEST = Pattern.compile("page\\.(\\w*(?:math|katex)\\w*)");
    /** The templates and scripts of the site's own, where its typesetter is set. */
    private static final List<String> TEMPLATE_FOLDERS = List.of("_includes", "_layouts", "assets");
    /** Chirpy as a gem, whose templates the site does not hold: its MathJax reads single dollars on math: true pages. */
    private static final Pattern CHIRPY = Pattern.compile("(?i)(cotes2020/)?jekyll-theme-chirpy(@.*)?");

    private JekyllMath() {
    }

    /** The math of the Jekyll site whose files are {@code files} and settings {@code settings}. */
    static TexMath of(SourceFiles files, Map<String, Object> settings) {
        boolean dollars = false;
        Set<String> pageKeys = new TreeSet<>();
        for (String folder : TEMPLATE_FOLDERS) {
            for (String path : files.list(folder)) {
                if (!path.matches("(?i).+\\.(html|js|liquid)")) {
                    continue;
                }
                String text = files.text(path).orElse("");
                dollars |= readsDollars(text);
                Matcher test = PAGE_TEST.matcher(text);
                while (test.find()) {
                    pageKeys.add(test.group(1));
                }
            }
        }
        if (!dollars && (themed(settings.get("theme")) || themed(settings.get("remote_theme")))) {
            return TexMath.jekyll(true, false, Set.of());
        }
        return TexMath.jekyll(dollars, dollars && pageKeys.isEmpty(), pageKeys);
    }

    private static boolean readsDollars(String text) {
        Matcher inline = INLINE_MATH.matcher(text);
        while (inline.find()) {
            if (DOLLAR_PAIR.matcher(inline.group(1)).find()) {
                return true;
            }
        }
        return KATEX_DOLLAR.matcher(text).find();
    }

    private static boolean themed(Object theme) {
        return theme != null && CHIRPY.matcher(theme.toString().strip()).matches();
    }
}
