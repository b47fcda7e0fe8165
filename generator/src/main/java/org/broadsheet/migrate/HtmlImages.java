package org.broadsheet.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML {@code <img>} tags written among Markdown into Markdown images, so that the importer copies
 * their files and Broadsheet publishes them. Inside a block of HTML (where Markdown is not read) they
 * stay, and a reference from raw HTML to a file of the old site is reported: Broadsheet publishes
 * files only for Markdown links and images.
 */
final class HtmlImages {

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\ssrc\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("\\s(?:src|href)\\s*=\\s*[\"']([^\"'#?]+)[^\"']*[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");
    private static final Pattern HTML_START = Pattern.compile("^ {0,3}</?(?!img\\b)[a-zA-Z].*");

    private HtmlImages() {
    }

    static String convert(SourcePost post, String body, Findings findings) {
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        boolean inHtml = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (line.isBlank()) {
                inHtml = false;
                continue;
            }
            if (!inHtml && HTML_START.matcher(line).matches() && (i == 0 || lines[i - 1].isBlank())) {
                inHtml = true;
            }
            int lineNumber = post.bodyLine() + i;
            if (inHtml) {
                Matcher reference = REFERENCE.matcher(line);
                while (reference.find()) {
                    String target = reference.group(1);
                    if (!ImageFiles.external(target) && !target.isBlank()) {
                        findings.add(Category.IMAGES, post.path(), lineNumber, "raw HTML refers to '" + target
                                + "' of the old site; Broadsheet publishes files only for Markdown links and images: "
                                + "write it in Markdown, or put the file where the host serves it");
                    }
                }
            } else {
                lines[i] = markdown(line);
            }
        }
        return String.join("\n", lines);
    }

    private static String markdown(String line) {
        Matcher img = IMG.matcher(line);
        StringBuilder out = new StringBuilder();
        while (img.find()) {
            Matcher src = SRC.matcher(img.group());
            Matcher alt = ALT.matcher(img.group());
            String replacement = img.group();
            if (src.find()) {
                String altText = alt.find() ? unquote(alt.group(1)) : "";
                replacement = "![" + altText.replace("]", "\\]") + "](" + unquote(src.group(1)).replace(" ", "%20") + ")";
            }
            img.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        img.appendTail(out);
        return out.toString();
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).strip();
    }
}
