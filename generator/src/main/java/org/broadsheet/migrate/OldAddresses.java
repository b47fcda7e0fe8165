package org.broadsheet.migrate;

import org.broadsheet.content.Aliases;
import org.broadsheet.model.ContentPaths;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The old addresses of the imported posts, as the old generator computed them: which post had each, and
 * which of them become redirects ({@code aliases}). Not redirected, and reported: an address two posts
 * had (it goes to the first), and an address that is a page Broadsheet makes itself or another article's
 * new address. A draft had no address; its computed one serves only to read its relative links.
 */
final class OldAddresses {

    private final Map<TranslationPairs.Candidate, List<String>> all = new IdentityHashMap<>();
    private final Map<TranslationPairs.Candidate, List<String>> aliases = new IdentityHashMap<>();
    /** The old addresses of published posts that no file can be, so that nothing answers them. */
    private final Set<String> unanswerable = new HashSet<>();
    /**
     * Each redirected old address folded to one case, without the dots that end a part (in its folder form) → the
     * address as the post had it.
     */
    private final Map<String, String> folded = new HashMap<>();
    /** Old address → the candidate that had it first. */
    private final Map<String, TranslationPairs.Candidate> owners = new HashMap<>();
    /** The new address of each post, from the site's root ({@code /en/2019/03/bells/}) → the post. */
    private final Map<String, TranslationPairs.Candidate> newAddresses = new HashMap<>();
    private final Map<TranslationPairs.Candidate, TranslationPairs.Placement> placements;
    /** The page of a Hugo bundle: its index, in any language. */
    private static final Pattern BUNDLE_PAGE = Pattern.compile("(?i).*/index(?:\\.[\\w-]+)?\\.(?:md|markdown|mkdn|html?)");
    private final ZoneId zone;

    private OldAddresses(Map<TranslationPairs.Candidate, TranslationPairs.Placement> placements, ZoneId zone) {
        this.placements = placements;
        this.zone = zone;
    }

    /**
     * @param zone     the new site's timezone
     * @param oldDates each post's date as the old generator read it, in the zone it wrote addresses in
     */
    static OldAddresses of(Map<TranslationPairs.Candidate, TranslationPairs.Placement> placements, SourceSite site,
                           ZoneId zone, Function<TranslationPairs.Candidate, ZonedDateTime> oldDates, Findings findings) {
        OldAddresses addresses = new OldAddresses(placements, zone);
        placements.forEach((c, p) -> addresses.newAddresses.put("/" + p.address(c, zone), c));
        placements.forEach((candidate, placement) -> {
            SourcePost post = candidate.post();
            List<String> urls = OldUrls.of(post, site, oldDates.apply(candidate));
            addresses.all.put(candidate, urls);
            List<String> own = new ArrayList<>();
            if (!post.draft()) {
                urls.forEach(url -> addresses.redirect(candidate, url, own, findings));
            }
            addresses.aliases.put(candidate, own);
        });
        if (site.languageFolders() == SourceSite.LanguageFolders.POLYGLOT) {
            addresses.redirectFallbacks(site, findings);
        }
        return addresses;
    }

    /**
     * Redirects the addresses at which jekyll-polyglot served a post of the default language in another of Broadsheet's
     * languages that had no version of it ({@code /ko/posts/gulls/}, its fallback), after every post's own addresses,
     * which win; a post whose {@code lang_exclusive} leaves a language out was not served in it.
     */
    private void redirectFallbacks(SourceSite site, Findings findings) {
        List<String> served = Loose.items(site.settings().get("languages")).stream()
                .map(language -> SourceLanguages.code(language.toString())).toList();
        Map<String, Set<String>> versions = TranslationPairs.languagesByPair(placements);
        placements.forEach((candidate, placement) -> {
            SourcePost post = candidate.post();
            List<Object> exclusive = Loose.items(post.value("lang_exclusive"));
            if (post.draft() || !site.languageFolder(post).isEmpty()) {
                return;
            }
            String main = all.get(candidate).get(0);
            for (String language : SourceLanguages.SUPPORTED) {
                boolean shown = exclusive.isEmpty() || exclusive.stream().anyMatch(l -> SourceLanguages.code(l.toString())
                        .equals(language));
                if (served.contains(language) && shown && !versions.get(TranslationPairs.pairKey(placement)).contains(language)) {
                    List<String> own = aliases.get(candidate);
                    int before = own.size();
                    redirect(candidate, site.basePath() + "/" + language + main.substring(site.basePath().length()), own,
                            findings);
                    if (own.size() > before) {
                        findings.add(Category.FALLBACKS, post.path(), 1, "the old address " + own.get(before)
                                + " showed it in '" + language + "', which had no version of it", language);
                    }
                }
            }
        });
    }

    /**
     * Makes {@code url}, an old address of {@code candidate}, one of its redirects ({@code own}), unless another post had
     * it first, a post or a page Broadsheet makes answers it, or no file can answer it (reported).
     */
    private void redirect(TranslationPairs.Candidate candidate, String url, List<String> own, Findings findings) {
        SourcePost post = candidate.post();
        TranslationPairs.Candidate other = owners.putIfAbsent(url, candidate);
        TranslationPairs.Candidate page = newAddresses.get(folderForm(url));
        if (page == candidate || own.stream().anyMatch(o -> folderForm(o).equals(folderForm(url)))) {
            return;
        }
        if (other != null) {
            findings.add(Category.REDIRECTS, post.path(), 1, "the old address " + url + " is also "
                    + other.post().path() + "'s; it leads there only");
        } else if (page != null) {
            findings.add(Category.REDIRECTS, post.path(), 1, "the old address " + url + " is the new "
                    + "address of " + page.post().path() + ", which answers it");
        } else if (!aliasable(url)) {
            findings.add(Category.REDIRECTS, post.path(), 1, "the old address " + url + " is a page "
                    + "Broadsheet makes itself, which answers it; no redirect");
        } else {
            // a category with '#' or a space at its end (Jekyll escaped it in the address): no file can answer it
            Aliases.refusal(url).ifPresentOrElse(refusal -> {
                unanswerable.add(url);
                findings.add(Category.REDIRECTS, post.path(), 1, "no redirect from the old address " + url
                        + ", which the build would refuse (" + refusal + "): readers who follow it get the "
                        + "site's 404 page");
            }, () -> {
                // the build compares aliases folded to one case and without a part's final dots, as a disk or host
                // that ignores case, or Windows, reads them
                String taken = folded.putIfAbsent(ContentPaths.folded(folderForm(url)), url);
                if (taken == null) {
                    own.add(url);
                } else {
                    unanswerable.add(url);
                    findings.add(Category.REDIRECTS, post.path(), 1, "no redirect from the old address " + url
                            + ", which differs only in case or in the dots ending a part from " + taken
                            + ", redirected already: the build writes one file for both, as a disk or host that "
                            + "ignores case, or Windows, reads them; elsewhere, readers who follow it get the "
                            + "site's 404 page");
                }
            });
        }
    }

    /**
     * The address of the folder that {@code url} names when it has no extension ({@code /x} → {@code /x/}): a
     * redirect page at either is the one file {@code x/index.html}, and hosts answer {@code /x} from it.
     */
    private static String folderForm(String url) {
        String last = url.substring(url.lastIndexOf('/') + 1);
        return last.isEmpty() || last.contains(".") ? url : url + "/";
    }

    /** Whether a redirect page may be written at {@code url}: not a page or folder that Broadsheet makes. */
    private static boolean aliasable(String url) {
        String root = url.substring(1).split("/", 2)[0];
        return !NewSite.mayBeGenerated(url) && (SourceLanguages.SUPPORTED.contains(root) || !NewSite.ownedRoots().contains(root));
    }

    /**
     * The folder of each page bundle ({@code content/blog/harbor/}) by the address where Hugo published it and
     * its files ({@code /blog/harbor/}, below the base path); the folder of each section of the posts
     * ({@code content/blog/}), whose files Hugo published below the section's address ({@code /blog/img/a.png}); and
     * the content folder, whose files in no section's folder Hugo published below the home's ({@code /pictures/a.png}).
     */
    Map<String, String> bundleFolders(SourceSite site) {
        String basePath = site.basePath();
        Map<String, String> folders = new HashMap<>();
        all.forEach((candidate, urls) -> {
            String path = candidate.post().path();
            String main = urls.get(0);
            if (BUNDLE_PAGE.matcher(path).matches() && main.endsWith("/") && main.startsWith(basePath + "/")) {
                folders.putIfAbsent(main.substring(basePath.length()), path.substring(0, path.lastIndexOf('/') + 1));
            }
        });
        all.keySet().forEach(candidate -> {
            SourcePost post = candidate.post();
            String address = OldUrls.sectionAddress(post, site);
            String folder = post.path().substring(0, Math.max(0, post.path().lastIndexOf('/')));
            if (BUNDLE_PAGE.matcher(post.path()).matches()) {
                folder = folder.substring(0, Math.max(0, folder.lastIndexOf('/')));
            }
            String sections = String.join("/", post.sections());
            if (address != null && (folder.equals(sections) || folder.endsWith("/" + sections))) {
                folders.putIfAbsent(address, folder + "/");
                String contentDir = folder.substring(0, folder.length() - sections.length());
                if (!contentDir.isEmpty()) {
                    folders.putIfAbsent(OldUrls.homeAddress(post, site), contentDir);
                }
            }
        });
        return folders;
    }

    /** The post's main old address, against which its relative links were written. */
    String main(TranslationPairs.Candidate candidate) {
        return all.get(candidate).get(0);
    }

    /** The old addresses that redirect to the post. */
    List<String> aliases(TranslationPairs.Candidate candidate) {
        return aliases.get(candidate);
    }

    /** Every old address of a published post → the file of the post that had it first, below {@code content/}. */
    Map<String, String> contentPaths() {
        Map<String, String> paths = new HashMap<>();
        owners.forEach((url, candidate) -> paths.put(url, placements.get(candidate).contentPath()));
        return paths;
    }

    /** The number of old addresses of published posts. */
    int count() {
        return owners.size();
    }

    /** The number of redirects written. */
    long redirected() {
        return aliases.values().stream().mapToLong(List::size).sum();
    }

    /**
     * Every old address of a published post → the address of the page that answers it after the build, on a
     * site at {@code newBaseUrl}: the post (by a redirect, or itself), or a page Broadsheet makes. An address
     * that no file can answer is left out.
     */
    Map<String, String> answers(String newBaseUrl) {
        String base = NewSite.basePath(newBaseUrl);
        Map<String, String> answers = new TreeMap<>();
        owners.forEach((url, owner) -> {
            if (!unanswerable.contains(url)) {
                TranslationPairs.Candidate page = newAddresses.getOrDefault(folderForm(url), owner);
                answers.put(url, aliasable(url) || page != owner ? base + placements.get(page).address(page, zone) : url);
            }
        });
        return answers;
    }
}
