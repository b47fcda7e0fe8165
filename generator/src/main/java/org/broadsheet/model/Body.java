package org.broadsheet.model;

/**
 * The Markdown body of an article. Its text may be read from its file again when it is needed, so that an
 * archive of a hundred thousand articles need not be held in memory with all its text; its {@code toString}
 * names the file and a digest of the text, so that a changed body changes the article's text.
 */
public interface Body {

    /**
     * The Markdown after the front matter.
     *
     * @throws Changed when the file no longer holds the text that the build read first
     */
    String text();

    /**
     * The file of a body was saved again while the site was being built from its first version; the build
     * starts again.
     */
    final class Changed extends RuntimeException {
        private final String source;
        private final String file;

        /**
         * @param source the file as problems name it
         * @param file   the file as it is named on disk
         */
        public Changed(String source, String file) {
            super(source + ": changed while the site was being built");
            this.source = source;
            this.file = file;
        }

        /** The file, as problems name it. */
        public String source() {
            return source;
        }

        /** The file as it is named on disk. */
        public String file() {
            return file;
        }
    }
}
