package org.broadsheet.migrate;

import java.util.Optional;

/** Resolves a reference from one post's body to another imported post, as a relative {@code .md} link. */
interface Links {

    /**
     * The link from the current post to the post that {@code reference} names (a source path, a
     * post name, a content path; with an optional {@code #anchor}), or empty when no imported post matches.
     *
     * @param language the language to prefer among translations, or null for the current post's
     */
    Optional<String> resolve(String reference, String language);

    /**
     * The address, from the host's root, of the old site's page that is not imported and that {@code reference}
     * names ({@link HugoPages}), or empty.
     */
    default Optional<String> oldPage(String reference) {
        return Optional.empty();
    }
}
