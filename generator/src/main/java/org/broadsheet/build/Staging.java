package org.broadsheet.build;

import org.broadsheet.output.SiteWriter;
import org.broadsheet.persist.BlobStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a build writes before it commits: the site's staging folder and, in a full build, the search
 * postings kept for the next one. Both are committed together, or both abandoned when the build ends
 * without committing.
 */
final class Staging implements AutoCloseable {

    private final SiteWriter site;
    private final List<BlobStore.Writer> postings = new ArrayList<>();
    private boolean committed;

    Staging(BuildOptions options, WorkState workState, BuildLog log) throws IOException {
        this.site = new SiteWriter(options.outputDir(), workState.folder().staging(), log::warn);
    }

    SiteWriter site() {
        return site;
    }

    /** Gets the postings store of each edition whose index a full build writes. */
    List<BlobStore.Writer> postings() {
        return postings;
    }

    /** Brings {@code site/} up to date with {@code files} (see {@link SiteWriter#commit(Set)}), then keeps the postings. */
    SiteWriter.Changes commit(Set<String> files) throws IOException {
        SiteWriter.Changes changes = site.commit(files);
        committed = true;
        for (BlobStore.Writer writer : postings) {
            writer.commit();
        }
        return changes;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            site.abort();
            for (BlobStore.Writer writer : postings) {
                writer.abort();
            }
        }
    }
}
