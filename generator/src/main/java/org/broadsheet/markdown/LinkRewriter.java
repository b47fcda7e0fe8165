package org.broadsheet.markdown;

/**
 * Decides the URL that a link or image of an article's body points to in the built site, and hears what
 * rendering removed from the body.
 */
@FunctionalInterface
public interface LinkRewriter {

    /**
     * @param url   the URL as written in the Markdown
     * @param line  the line of the Markdown body (1-based) on which it is written
     * @param image whether it is an image source rather than a link
     * @return the URL to render
     */
    String rewrite(String url, int line, boolean image);

    /** The pixel width and height of the image that {@code renderedUrl} shows, or null when unknown. */
    default int[] imageSize(String renderedUrl) {
        return null;
    }

    /**
     * Rendering removed something from the body: {@code what} says what (a link with a forbidden scheme,
     * tags and attributes of raw HTML), at {@code line} of the Markdown body (1-based).
     */
    default void removed(int line, String what) {
    }

    /**
     * Rendering gave an element of the body another id than the one written or made from its heading's text:
     * {@code what} says which, to what, why and what to do, at {@code line} of the Markdown body (1-based).
     */
    default void renamed(int line, String what) {
    }
}
