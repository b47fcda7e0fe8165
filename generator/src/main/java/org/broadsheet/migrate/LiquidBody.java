package org.broadsheet.migrate;

import java.util.regex.Pattern;

/**
 * Converts the Liquid of a Jekyll post's body: {@code {% link %}} and {@code {% post_url %}} become
 * relative {@code .md} links, {@code {% highlight %}} blocks fenced code, {@code {% raw %}} disappears
 * around its text, {@code {{ site.baseurl }}} and {@code relative_url} give plain paths. Every other tag
 * or output is kept as written and reported with its line.
 */
final class LiquidBody {

    private static final Pattern LIQUID = Pattern.compile(
            "\\{%-?\\s*(\\w+)\\s*(.*?)\\s*-?%\\}|\\{\\{-?\\s*(.*?)\\s*-?\\}\\}");
    private static final Pattern SITE_URL = Pattern.compile("site\\.(baseurl|url)");
    private static final Pattern URL_FILTER = Pattern.compile(
            "[\"']([^\"']*)[\"']\\s*\\|\\s*(relative_url|absolute_url|prepend:\\s*site\\.(baseurl|url))");

    private LiquidBody() {
    }

    static String convert(SourcePost post, String body, Links links, Findings findings) {
        boolean[] raw = {false};
        return BodyText.replace(body, post.bodyLine(), LIQUID, match -> {
            String tag = match.group(1);
            String written = match.group(0);
            if (raw[0]) {
                if ("endraw".equals(tag)) {
                    raw[0] = false;
                    return "";
                }
                return written;
            }
            if (tag == null) {
                String expression = match.group(3);
                if (SITE_URL.matcher(expression).matches()) {
                    return "";
                }
                var filtered = URL_FILTER.matcher(expression);
                if (filtered.matches()) {
                    return filtered.group(1);
                }
                return kept(post, match.line(), written, findings);
            }
            String arguments = match.group(2);
            switch (tag) {
                case "raw" -> {
                    raw[0] = true;
                    return "";
                }
                case "highlight" -> {
                    return "```" + arguments.split("\\s+")[0];
                }
                case "endhighlight" -> {
                    return "```";
                }
                case "link", "post_url" -> {
                    String reference = arguments.replaceAll("^[\"']|[\"']$", "");
                    return links.resolve(reference, null).orElseGet(() -> {
                        findings.add(Category.UNCONVERTED, post.path(), match.line(), "'" + written
                                + "' names no imported post (or a draft); kept as text");
                        return written;
                    });
                }
                default -> {
                    return tag.startsWith("end") ? written : kept(post, match.line(), written, findings);
                }
            }
        });
    }

    private static String kept(SourcePost post, int line, String written, Findings findings) {
        findings.add(Category.UNCONVERTED, post.path(), line, "Liquid '" + written + "' has no Markdown equivalent; "
                + "kept as text");
        return written;
    }
}
