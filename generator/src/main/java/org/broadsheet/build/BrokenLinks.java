package org.broadsheet.build;

import org.broadsheet.diag.Problems;
import org.broadsheet.model.SiteConfig;
import org.broadsheet.output.LinkCheck;
import org.broadsheet.output.SiteUrls;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check stage's verdict on links: a broken link into what Broadsheet generates fails the build; one
 * to another path of the host is a warning.
 */
final class BrokenLinks {

    private BrokenLinks() {
    }

    /** The link check of a site with {@code config}. */
    static LinkCheck checker(SiteUrls urls, SiteConfig config) {
        // the first path segments that Broadsheet owns: a broken link into them is an error
        Set<String> generated = new TreeSet<>(Set.of("media", "assets", SiteUrls.sitemap(), SiteUrls.robots(),
                SiteUrls.notFound()));
        config.languages().forEach(l -> generated.add(l.code()));
        return new LinkCheck(urls, generated);
    }

    /** Checks the links of {@code linksByPage} (site file → links) against the site's {@code files}. */
    static void check(LinkCheck linkCheck, Map<String, List<String>> linksByPage, Set<String> files,
                      BuildOptions options, BuildLog log, Problems problems) {
        String site = options.named(options.outputDir());
        for (LinkCheck.Broken broken : linkCheck.check(linksByPage, files)) {
            if (broken.error()) {
                problems.add(site + broken.page(), 0, "broken link to " + broken.link()
                        + ": no such page or file in the site");
            } else {
                log.warn(site + broken.page() + ": link to " + broken.link()
                        + " leads to no page Broadsheet generates (fine if the host serves it)");
            }
        }
    }
}
