package org.broadsheet.migrate;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.broadsheet.content.LooseDocument;

/**
 * The documents of a Jekyll site's own collections ({@code collections: wiki: output: true}), which Jekyll published
 * as pages of their own, each listed, as Broadsheet imports the posts only: a dated one as a file to check, so that
 * a knowledge base or a series of notes is not lost unseen, an undated one (a tag's or an author's page) as routine.
 */
final class JekyllCollections {

    private static final Pattern DOCUMENT = Pattern.compile("(?i).+\\.(md|markdown|mkdn|mkd|html?)");
    private static final Pattern DATED_NAME = Pattern.compile("\\d{2,4}-\\d{1,2}-\\d{1,2}-.+");

    private JekyllCollections() {
    }

    /** Lists the published documents of each collection that {@code collections} (of {@code _config.yml}) outputs. */
    static void report(Object collections, String collectionsDir, JekyllExcludes excludes, SourceFiles files,
                       Findings findings) {
        if (!(collections instanceof Map<?, ?> labels)) {
            // a list of labels: collections Jekyll read for Liquid, without pages of their own
            return;
        }
        labels.forEach((label, settings) -> {
            if (!label.equals("posts") && Loose.isTrue(Loose.get(settings, "output"))) {
                String folder = (collectionsDir.isEmpty() ? "" : collectionsDir + "/") + "_" + label;
                for (String path : files.list(folder)) {
                    report(path, String.valueOf(label), excludes, files, findings);
                }
            }
        });
    }

    private static void report(String path, String label, JekyllExcludes excludes, SourceFiles files, Findings findings) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // a _posts folder inside the collection's holds posts, read as such
        boolean posts = ("/" + path + "/").contains("/_posts/") || ("/" + path + "/").contains("/_drafts/");
        if (posts || !DOCUMENT.matcher(name).matches() || excludes.excluding(path).isPresent()) {
            return;
        }
        // a file without front matter is copied as it is, as a picture is: no page of its own
        Optional<LooseDocument> document = files.documentQuietly(path);
        if (document.isEmpty() || !document.get().hasFrontMatter()) {
            return;
        }
        if (document.get().fields().containsKey("date") || DATED_NAME.matcher(name).matches()) {
            findings.add(Category.SKIPPED, path, 1, "not imported: a dated page of the collection '" + label + "', which "
                    + "Jekyll published (output: true in _config.yml); Broadsheet imports the posts of _posts only: if it "
                    + "is an article, move it into _posts with its date in its name (2019-02-20-name.md) and import again");
        } else {
            findings.add(Category.NOT_ARTICLES, path, 1, "not imported: a page without a date of the collection '"
                    + label + "' (output: true in _config.yml), not an article", "in the collection _" + label + "/");
        }
    }
}
