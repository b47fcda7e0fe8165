package org.broadsheet.markdown.fast;

/**
 * Thrown when the fast renderer meets a node or a situation whose Flexmark output it does not
 * reproduce, so that the whole document goes to Flexmark's own renderer instead.
 */
final class Unrenderable extends RuntimeException {

    Unrenderable(String what) {
        // no stack trace: this is control flow, thrown for a few documents of every large build
        super(what, null, false, false);
    }
}
