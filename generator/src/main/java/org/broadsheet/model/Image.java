package org.broadsheet.model;

/**
 * A lead image.
 *
 * @param file    the image file, relative to {@code content/} with {@code /} separators
 * @param alt     text for readers who cannot see the image (required)
 * @param caption optional caption
 * @param credit  optional credit line
 */
public record Image(String file, String alt, String caption, String credit) {
}
