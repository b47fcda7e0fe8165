package org.broadsheet.build;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.output.SiteUrls;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.persist.BlobStore;
import org.broadsheet.persist.Digests;
import org.broadsheet.persist.SearchPostings;
import org.broadsheet.persist.WorkFolder;
import org.broadsheet.search.PostingsStore;
import org.broadsheet.search.SearchDocument;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.search.TokenWeights;
import org.broadsheet.site.Edition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the search index of each edition whose articles changed since it was last written (or whose
 * files are missing). An edit in one language leaves the other's index, and its kept postings, as they
 * were: the Korean index is most of the work. A full build keeps each index's postings for the next,
 * which then counts only the edited articles' tokens. Beyond {@link SiteBuilder#LIVE_SEARCH_LIMIT}
 * article files, only full builds refresh an index.
 */
final class SearchStage {

    /**
     * What the stage wrote: each edition's signature, the files of every edition's index, and what the build
     * log says of it (null when it wrote no index).
     */
    record Written(Map<String, String> signatures, Set<String> files, String summary) {
    }

    private final WorkFolder work;
    /** Each article's search tokens, by its digest, kept between the preview's builds. */
    private final Map<String, TokenWeights> weights = new ConcurrentHashMap<>();

    SearchStage(WorkFolder work) {
        this.work = work;
    }

    /**
     * @param full        whether this is a full build, which keeps the postings for the next
     * @param articleFiles how many article files the site has
     * @param postings    gets the postings store of each edition written, to be committed or aborted with the site
     */
    Written write(Plan plan, SiteWriter writer, boolean full, int articleFiles, Digests digests,
                  List<BlobStore.Writer> postings) throws IOException {
        boolean live = articleFiles <= SiteBuilder.LIVE_SEARCH_LIMIT;
        Map<String, String> signatures = new TreeMap<>(plan.last().search());
        Set<String> files = new ConcurrentSkipListSet<>();
        List<String> written = new ArrayList<>();
        AtomicInteger counted = new AtomicInteger();
        int articles = 0;
        // each edition's signature digests its articles one after another; a fresh JVM has digested none yet
        digests.prepare(plan.site().byFile().values());
        for (Edition edition : plan.site().editions()) {
            Set<String> previous = plan.last().searchFiles().stream()
                    .filter(file -> file.startsWith(SiteUrls.search(edition.code()))).collect(Collectors.toSet());
            boolean filesThere = !plan.redo().everythingRendered() && !previous.isEmpty()
                    && previous.stream().noneMatch(file -> plan.last().missing(plan.outputDir(), file));
            // an index that only full builds refresh is kept without digesting its edition's articles
            String inputs = filesThere && !(live || full) ? null
                    : digests.of(List.of(edition.code(), edition.articles()));
            if (filesThere && (inputs == null || inputs.equals(signatures.get(edition.code())))) {
                files.addAll(previous);
                continue;
            }
            Path postingsFile = work.searchPostings(edition.code());
            BlobStore.Writer postingsWriter = full ? new BlobStore.Writer(postingsFile) : null;
            if (postingsWriter != null) {
                postings.add(postingsWriter);
            }
            boolean onDisk = plan.last().onDisk();
            try (BlobStore kept = onDisk ? BlobStore.open(postingsFile) : BlobStore.empty()) {
                PostingsStore store = postingsWriter == null ? null : new SearchPostings(kept, postingsWriter);
                List<SearchDocument> documents = plan.renderer().searchDocuments(edition, digests::article);
                SearchIndex.write(edition.code(), documents, tokens(live, counted), store, (path, json) -> {
                    writer.write(path, json);
                    files.add(path);
                }, path -> {
                    boolean there = onDisk && !plan.last().missing(plan.outputDir(), path);
                    if (there) {
                        files.add(path);
                    }
                    return there;
                });
            }
            signatures.put(edition.code(), inputs);
            written.add(edition.code());
            articles += edition.articles().size();
        }
        if (!written.isEmpty()) {
            weights.keySet().retainAll(plan.site().byFile().values().stream().map(digests::article)
                    .collect(Collectors.toSet()));
        }
        return new Written(signatures, files, written.isEmpty() ? null
                : "index of " + String.join(", ", written) + "; tokens of " + counted + " of " + articles
                + " articles counted");
    }

    /** Each article's search tokens, counted (into {@code counted}), or kept from the last build by the preview ({@code live}). */
    private Function<SearchDocument, TokenWeights> tokens(boolean live, AtomicInteger counted) {
        return document -> {
            TokenWeights known = live ? weights.get(document.key()) : null;
            if (known != null) {
                return known;
            }
            TokenWeights own = TokenWeights.of(document, Markdown::entity);
            counted.incrementAndGet();
            if (live) {
                weights.put(document.key(), own);
            }
            return own;
        };
    }
}
