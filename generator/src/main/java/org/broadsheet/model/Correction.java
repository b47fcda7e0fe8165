package org.broadsheet.model;

import java.time.OffsetDateTime;

/** A correction printed at the end of an article: when it was made and what it says. */
public record Correction(OffsetDateTime date, String text) {
}
