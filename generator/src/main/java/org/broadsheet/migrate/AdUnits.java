package org.broadsheet.migrate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the ad units that a writer pasted into a post's text — Google AdSense's loader, its {@code <ins>} slot and the
 * script that fills it, Kakao AdFit's slot and loader — outside code. A site that shows ads places them with its
 * templates, where a theme's settings turn them on; kept in an article, they are scripts the build refuses and
 * warns about at every build, and empty slots readers do not see.
 */
final class AdUnits {

    private static final String LOADERS = "(?:pagead2\\.googlesyndication\\.com/pagead/js/adsbygoogle\\.js"
            + "|t1\\.(?:daumcdn|kakaocdn)\\.net/kas/static/ba\\.min\\.js)";
    /** A loader, a slot or the script that fills a slot, each with the blanks after it up to the line's end. */
    private static final Pattern AD = Pattern.compile("(?is)(?:<script\\b[^>]{0,500}?\\bsrc\\s*=\\s*[\"']?(?:https?:)?//"
            + LOADERS + "[^>]{0,500}>\\s*</script\\s*>"
            + "|<script\\b[^>]{0,200}>\\s*\\(\\s*adsbygoogle\\s*=\\s*window\\.adsbygoogle\\s*\\|\\|\\s*\\[\\s*]\\s*\\)"
            + "\\.push\\(\\s*\\{[^}<]{0,200}}\\s*\\)\\s*;?\\s*</script\\s*>"
            + "|<ins\\b[^>]{0,1000}?\\bclass\\s*=\\s*[\"'][^\"']*\\b(?:adsbygoogle|kakao_ad_area)\\b[^>]{0,1000}>\\s*</ins\\s*>)"
            + "[ \\t]*");
    /** What a body holds before it is worth reading for ad units. */
    private static final Pattern MENTION = Pattern.compile("adsbygoogle|kakao_ad_area|/kas/static/ba\\.min\\.js");

    private AdUnits() {
    }

    /** Adds to {@code edits} the removal of each ad unit of its body, with one finding for the post. */
    static void remove(SourcePost post, BodyEdits edits, Findings findings) {
        String body = edits.body();
        if (!MENTION.matcher(body).find()) {
            return;
        }
        CodeRegions code = CodeRegions.of(body);
        Matcher ad = AD.matcher(body);
        int removed = 0;
        int first = -1;
        while (ad.find()) {
            if (code.contains(ad.start())) {
                continue;
            }
            edits.replace(ad.start(), ad.end(), "");
            first = first < 0 ? ad.start() : first;
            removed++;
        }
        if (removed > 0) {
            findings.add(Category.ADS_REMOVED, post.path(), edits.line(first), "removed " + removed + " "
                    + (removed == 1 ? "tag" : "tags") + " of ad units (" + String.join(", ", networks(body)) + ")");
        }
    }

    private static List<String> networks(String body) {
        boolean google = body.contains("adsbygoogle");
        boolean kakao = body.contains("kakao_ad_area") || body.contains("/kas/static/ba.min.js");
        return google && kakao ? List.of("Google AdSense", "Kakao AdFit") : List.of(google ? "Google AdSense" : "Kakao AdFit");
    }
}
