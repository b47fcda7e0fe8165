package org.broadsheet.migrate;

import java.util.Locale;
import java.util.Optional;

/** The generators whose sites can be imported. */
public enum SourceKind {
    JEKYLL, HUGO;

    /** The kind named {@code name} ({@code jekyll} or {@code hugo}, any case). */
    public static Optional<SourceKind> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "jekyll" -> Optional.of(JEKYLL);
            case "hugo" -> Optional.of(HUGO);
            default -> Optional.empty();
        };
    }

    public String displayName() {
        return this == JEKYLL ? "Jekyll" : "Hugo";
    }
}
