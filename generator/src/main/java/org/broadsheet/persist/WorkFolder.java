package org.broadsheet.persist;

import java.nio.file.Path;

/**
 * The files a build keeps in its work folder ({@code target/broadsheet/} in a Maven project) for the
 * next build: nothing in it is needed to read the site, and a build that finds it missing or damaged
 * renders everything.
 *
 * @param dir the work folder
 */
public record WorkFolder(Path dir) {

    /** The {@link BuildState} of the last successful full build. */
    public Path state() {
        return dir.resolve("state");
    }

    /** The {@link ArticleCache} of the last successful full build. */
    public Path articles() {
        return dir.resolve("articles");
    }

    /** What a build holds while it runs ({@link BuildLock}). */
    public Path lock() {
        return dir.resolve("lock");
    }

    /** Where the files of a build are written before they replace the site's. */
    public Path staging() {
        return dir.resolve("staging");
    }

    /** The compiler directive with which a repeated build in a JVM of its own turns the JIT's C2 compiler off. */
    public Path compilerDirectives() {
        return dir.resolve("compiler-directives.json");
    }

    /** The {@link BlobStore} of the search postings of the edition with {@code languageCode}. */
    public Path searchPostings(String languageCode) {
        return dir.resolve("search-postings-" + languageCode);
    }
}
