package org.broadsheet.build;

import org.broadsheet.model.BodyText;
import org.broadsheet.model.ContentPaths;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.SiteUrls;

import java.time.Instant;
import java.util.Optional;

/**
 * The page that a file whose front matter could not be read into an article would have, as far as its address is
 * known: its language when the file is in a folder of {@code content/}, its year and month when the front matter gave a date that could be read; never its
 * slug (but for another article's aliases, {@link #address}). A link relative to the page is checked when it climbs
 * out of the segments not known: it leads where it will once the file is read, and the writer learns of it in the
 * same run.
 *
 * @param key     the page's name among the pages whose links are checked: the address with a segment that no URL
 *                holds standing for each one not known, the last naming the file, so that it is no page of the site
 * @param unknown how many segments of the address are not known
 */
record UnreadPage(String key, int unknown) {

    /** Stands for a segment of the address that is not known; no URL segment holds it. */
    private static final char UNKNOWN = '\u0000';

    /** The page of {@code body}, whose address {@code urls} would give. */
    static UnreadPage of(BodyText body, SiteUrls urls) {
        int folder = body.contentPath().indexOf('/');
        String known;
        int unknown;
        if (folder < 0) {
            // a file at the root of content/, which belongs in a language folder: which one is not known either
            known = SiteUrls.chooser();
            unknown = 4;
        } else {
            String language = body.contentPath().substring(0, folder);
            known = body.date() == null ? SiteUrls.home(language) : urls.month(language, body.date());
            unknown = body.date() == null ? 3 : 1;
        }
        String placeholders = (UNKNOWN + "/").repeat(unknown - 1) + UNKNOWN + body.contentPath().replace('/', UNKNOWN);
        return new UnreadPage(SiteUrls.file(known + placeholders + "/"), unknown);
    }

    /**
     * The address of the page of {@code body} when its front matter gave all that the address depends on (a date and
     * a slug, or none: the file's name) and a build with {@code drafts}, at {@code now}, would publish the article:
     * another article's alias there clashes with the page once the file is read.
     */
    static Optional<String> address(BodyText body, SiteUrls urls, boolean drafts, Instant now) {
        if (body.date() == null || body.slug() == null || !mayBePublished(body, drafts, now)) {
            return Optional.empty();
        }
        return Optional.of(urls.article(body.contentPath().substring(0, body.contentPath().indexOf('/')), body.date(),
                body.slug()));
    }

    /**
     * Whether a build with {@code drafts}, at {@code now}, may publish the article of {@code body} once its file is
     * read: not a draft (unless drafts are built), nor dated after {@code now} when its date is known.
     */
    static boolean mayBePublished(BodyText body, boolean drafts, Instant now) {
        return drafts || !body.draft() && (body.date() == null || !body.date().toInstant().isAfter(now));
    }

    /** Whether {@code link} leads to the same place whatever the segments not known are. */
    boolean resolves(String link) {
        if (!LinkCheck.relative(link)) {
            return true;
        }
        int up = 0;
        for (String segment : ContentPaths.withoutQuery(link).split("/", -1)) {
            if (segment.equals("..")) {
                up++;
            } else if (!segment.equals(".")) {
                break;
            }
        }
        return up >= unknown;
    }
}
