package org.broadsheet.build;

import org.broadsheet.site.TranslationStatus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The translation desk's report as lines: each article without a translation or with a stale one, then the totals. */
public final class TranslationReport {

    private TranslationReport() {
    }

    /** The report, or empty when the content has problems (logged as warnings). */
    public static Optional<List<String>> of(BuildOptions options, BuildLog log) throws IOException {
        return new SiteBuilder(options, log).assemble().map(site -> {
            List<TranslationStatus> statuses = TranslationStatus.of(site);
            List<String> lines = new ArrayList<>();
            for (TranslationStatus status : statuses) {
                switch (status.state()) {
                    case MISSING -> lines.add("missing  " + status.article().source() + " (no "
                            + String.join(", ", status.missing()) + ")");
                    case STALE -> lines.add("stale    " + status.article().source() + " (the original "
                            + status.original().source() + " was updated " + status.original().lastModified() + ")");
                    case TRANSLATED -> {
                    }
                }
            }
            lines.add(TranslationStatus.summary(statuses));
            return lines;
        });
    }
}
