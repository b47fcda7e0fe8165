package org.broadsheet.migrate;

/** The kinds of decision the import report asks a human to check, in the order the report lists them. */
public enum Category {
    SKIPPED("Files not imported"),
    DATE("Dates taken from file names or the site timezone"),
    TOPICS("Topics"),
    FIELDS("Fields"),
    UNCONVERTED("Liquid tags and shortcodes kept as text"),
    ATTRIBUTES("Kramdown attributes removed"),
    IMAGES("Images"),
    TRANSLATIONS("Translations"),
    REDIRECTS("Old addresses"),
    SETTINGS("Settings");

    private final String heading;

    Category(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
