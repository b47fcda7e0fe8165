package org.broadsheet.migrate;

/**
 * The kinds of decision an import takes, in the order the report lists them. A routine decision does
 * what the old site did and takes one line of the report with its count; the others need a human and
 * are listed one by one, with their file and line.
 */
public enum Category {
    DATE_FROM_FILE_NAME("Dates from file names", "date", "dates",
            "taken from the start of the file name (Jekyll's convention), the front matter having none, at 00:00 in "
                    + "the site timezone"),
    DATE_FROM_FIELD("Dates from another field", "date", "dates",
            "taken from another field, the front matter having no 'date'"),
    REPEATED_KEY("Keys given twice", "key", "keys",
            "given twice in one front matter: the last value taken, as Jekyll and Hugo do"),
    DEFAULTS("Fields from _config.yml defaults", "field", "fields",
            "given to posts by the 'defaults' of _config.yml, as Jekyll gave them"),
    CASCADE("Fields from a section's cascade", "field", "fields",
            "given to pages by the cascade of a section's page (_index) or of the settings, as Hugo gave them"),
    AUTHOR_LOOKUP("Authors from the old site's author data", "author", "authors",
            "named from the old site's author data (_data/authors.yml, Hugo's data/authors or its authors' pages)"),
    AUTHOR_ADDRESS("Authors written with an address", "author", "authors",
            "written as a name and an address in angle brackets (Kim <kim@example.org>, as git writes them): the "
                    + "byline names the name, without the address"),
    LANGUAGE_GUESSED("Languages from names or text", "post", "posts",
            "without the old generator's language mark read as the language its name (-en, -ko) or its text says"),
    TITLE_FROM_FILE_NAME("Titles from file names", "title", "titles",
            "taken from the file name, the front matter having none"),
    SLUG_CLEANED("Slugs made URL segments", "slug", "slugs",
            "made a URL segment"),
    TOPICS_MERGED("Topics merging spellings", "topic", "topics",
            "merging spellings that differ only in case or punctuation"),
    PAIRED_BY_KEY("Pairs joined by translationKey", "translation pair", "translation pairs",
            "joined by a translationKey, their slugs or years differing"),
    ORIGINAL("Originals chosen", "original", "originals",
            "chosen among the versions of a pair"),
    NO_ORIGINAL("Pairs without an original", "translation pair", "translation pairs",
            "without an original: published at the same time, and neither in the old site's default language, whose "
                    + "version both translate (not imported)"),
    SAME_SLUG("Slugs shared within a year", "post", "posts",
            "sharing a slug with an earlier post of the same year: the file is named slug-2 (and so on), the address "
                    + "keeps the slug unless both are of the same month"),
    LIQUID_VALUES("Liquid values filled in", "Liquid output", "Liquid outputs",
            "given the value Jekyll gave it, from the front matter, _config.yml, _data, an assign or a capture"),
    LIQUID_LOOPS("Liquid loops written out", "loop", "loops",
            "over a list whose items are known (split from a text, of the front matter or _config.yml) written out "
                    + "once for each item, as Jekyll did"),
    PARAM_VALUES("Params filled in", "param shortcode", "param shortcodes",
            "({{< param key >}}) given the value Hugo gave it, from the page's front matter or the site's params"),
    INCLUDED("Includes of HTML filled in", "include", "includes",
            "replaced by the HTML of the file of _includes/ named, parameters filled in, as Jekyll showed it"),
    HTML_IMAGES("Images of HTML blocks", "image", "images",
            "of a block of HTML set on lines of its own as a Markdown image, so that its file is published"),
    HTML_LINKS("Links to files in HTML", "link", "links",
            "to a file in raw HTML made a Markdown link, so that the file is published (in a block of HTML, set on "
                    + "lines of its own)"),
    HTML_CLEANED("Raw HTML cleaned", "tag", "tags",
            "of raw HTML cleaned of what the site's sanitiser does not publish (style, presentational attributes, "
                    + "event handlers, <meta>), as every build would; docs/security.md says what it keeps"),
    ADS_REMOVED("Ad units removed", "post", "posts",
            "whose ad units pasted into the text (Google AdSense, Kakao AdFit: loader, slot and script) were removed: a "
                    + "site shows ads from its templates, not from its articles, and the build refuses their scripts"),
    YOUTUBE("YouTube players made privacy-enhanced", "YouTube player", "YouTube players",
            "moved to www.youtube-nocookie.com, YouTube's privacy-enhanced player of the same video, which the site's "
                    + "embed list allows"),
    ATTRIBUTES("Kramdown attributes removed", "kramdown attribute list", "kramdown attribute lists",
            "removed ({: .class} and the like; a {:toc} with the list that kramdown replaced by a table of contents)"),
    MARKDOWN_IN_HTML("Markdown inside blocks of HTML", "block of HTML", "blocks of HTML",
            "whose content kramdown read as Markdown (markdown=\"1\") opened with a blank line after its tag, so that "
                    + "Broadsheet's Markdown reads it too (a code block, a list) and not as HTML"),
    SITE_PICTURE("Site pictures not made lead images", "post", "posts",
            "without a lead image where _config.yml's defaults give every post of a scope the same picture: that is "
                    + "the site's picture for sharing, not the story's photo (kept in 'extra')"),
    SUMMARY_FROM_DIVIDER("Summaries from summary dividers", "summary", "summaries",
            "taken from the text before the summary divider (<!--more-->, or Jekyll's excerpt_separator; from the "
                    + "mark that start_excerpt names, where the site has one), which the old site showed in its lists; "
                    + "the marks removed"),
    DIVIDER_FIRST("Summary dividers before any text", "summary divider", "summary dividers",
            "(<!--more-->, or Jekyll's excerpt_separator) before any text of the body, where the old site's lists showed "
                    + "none: removed, the summary being the body's first paragraph, as Broadsheet derives it"),
    CALLOUTS("Callouts made labelled text", "callout", "callouts",
            "(a shortcode such as admonition, alert, notice or hint around a tip or a warning) made a bold label before "
                    + "its text, which stays as it was: the box the theme drew is left out"),
    LEAD_PARAGRAPHS("Lead paragraphs unwrapped", "lead shortcode", "lead shortcodes",
            "removed around their text ({{< lead >}} of Blowfish and Congo, which showed it larger), which stays a "
                    + "paragraph of the body"),
    STYLING("Styling shortcodes removed", "shortcode", "shortcodes",
            "removed: an icon ({{< icon >}}), or the tags around a text that a theme only styled or animated ({{< badge "
                    + ">}}, {{< keyword >}}, {{< typeit >}}, {{< gallery >}} of Blowfish and Congo), which stays as it was"),
    TABS("Tabs made labelled sections", "tab", "tabs",
            "made a bold label (the tab's) before its text, which stays as it was: readers see every tab's text, one "
                    + "after another, where the theme showed one at a time"),
    THEME_SHORTCODES("Theme shortcodes made Markdown", "shortcode", "shortcodes",
            "of a theme that the old site does not hold (PaperMod's inTextImg, Congo's screenshot and swatches, LoveIt's "
                    + "link and person) made what the theme's template showed: a picture, a link, a colour's code"),
    INVISIBLE_INLINE("Inline shortcodes that showed nothing", "inline shortcode", "inline shortcodes",
            "removed with their text, which only loaded scripts or styles for the page (PaperMod's example loads KaTeX "
                    + "with {{< math.inline >}}) and showed readers nothing"),
    MATH_LOADERS("Math loaders removed", "shortcode", "shortcodes",
            "removed ({{< katex >}}, which showed nothing and loaded KaTeX to typeset the page's math; the math itself "
                    + "is listed under Math)"),
    PICTURE_SHORTCODES("Picture shortcodes made images", "shortcode", "shortcodes",
            "of the site's own that showed one picture (layouts/shortcodes/) made a Markdown image with its caption, "
                    + "from the arguments its template put in <img> and <figcaption>"),
    PICTURE_TAGS("Picture tags made images", "tag", "tags",
            "of jekyll_picture_tag ({% picture %}) made a Markdown image of the picture it showed, with its --alt, "
                    + "inside a link where it gave --link; its preset's sizes and formats are left out"),
    LEAD_IMAGE_FOLDER("Lead images found in an image folder", "lead image", "lead images",
            "named by the file's name alone, which the theme's layouts put after its image folder: taken from the only "
                    + "file of that name in the old site's image folders (images/, img/, assets/images/, assets/img/)"),
    BUNDLE_LEAD_IMAGE("Lead images named by their file", "lead image", "lead images",
            "of a page bundle whose front matter names none: its picture named feature…, else cover… or thumbnail…, "
                    + "which Blowfish and Congo show as the post's picture"),
    ALT_FROM_TITLE("Alt texts from headlines", "image", "images",
            "without alt text: the headline used as its alt text"),
    TAXONOMY_LINKS("Links to tag and series pages", "link", "links",
            "to the old site's page of a tag, a category or a series (/tags/fog/) led to the page Broadsheet makes of that "
                    + "topic or series in the post's edition (/en/topics/fog/), where an imported article gives it"),
    FALLBACKS("Fallbacks redirected", "old address", "old addresses",
            "where jekyll-polyglot showed a post of the default language in a language that had no version of it "
                    + "redirected to the post"),
    UNPUBLISHED("Pages the old site did not publish", "page", "pages",
            "imported as drafts, with no old address: the old generator did not publish them (an expiryDate passed, "
                    + "or a publication date to come)"),
    NOT_PUBLISHED("Files the old site did not publish", "file", "files",
            "not imported, which the old site did not publish as posts either"),
    NOT_ARTICLES("Pages that are not articles", "page", "pages",
            "not imported: without a date and outside the sections that hold the posts (an about or contact page), "
                    + "they are not articles; Broadsheet's templates make a site's own pages"),
    OTHER_LANGUAGE("Posts in other languages", "post", "posts",
            "in another language than those of Broadsheet's theme, not imported"),

    SKIPPED("Files not imported", "Fix what each line says in the old site, and import again (with "
            + "-Dbroadsheet.force=true)."),
    DATES("Dates", ""),
    UNCONVERTED("Liquid tags and shortcodes kept as text", "Broadsheet has no equivalent: readers see them as "
            + "written. Write out what they showed."),
    MATH("Math", "The old site typeset it (with MathJax or KaTeX); Broadsheet shows its LaTeX source. Write out what "
            + "it says, or link a picture of it, where readers need it."),
    DIAGRAMS("Diagrams", "The old site drew them from their text (with Mermaid); Broadsheet shows that text as code. "
            + "Link a picture of the diagram where readers need it."),
    OLD_PAGES("Links to pages of the old site that Broadsheet does not make", "Give the address where the old site "
            + "stays with -Dbroadsheet.oldHost=https://old.example.org and import again, and these links lead there. "
            + "Without one, a link into what the new site owns (/en/, /ko/, /media/, /assets/) cannot lead anywhere "
            + "and is unlinked, its text kept."),
    IMAGES("Images and files", ""),
    TRANSLATIONS("Translations", ""),
    REDIRECTS("Old addresses", "Each of these old addresses still answers, with the page named."),
    FIELDS("Fields", ""),
    SUMMARIES("Summaries", "Broadsheet's summary is one paragraph of plain text, shown in lists, feeds and link "
            + "previews. Shorten or rewrite it where it does not read well, or write one with 'summary:'."),
    TOPICS("Topics to name", ""),
    DRAFTS("Drafts", "Imported as drafts (draft: true), as the old site did not publish them: the first build leaves "
            + "them out. What each needs is listed in import-report-full.md; check it before you publish the draft."),
    SETTINGS("Settings", "");

    private final String one;
    private final String many;
    private final String fact;
    private final String heading;
    private final String advice;

    /** A routine decision: "{count} {one|many} {fact}". */
    Category(String heading, String one, String many, String fact) {
        this.one = one;
        this.many = many;
        this.fact = fact;
        this.heading = heading;
        this.advice = "";
    }

    /** A decision that needs a human, listed under {@code heading}, with what to do about them all ({@code advice}). */
    Category(String heading, String advice) {
        this.one = null;
        this.many = null;
        this.fact = null;
        this.heading = heading;
        this.advice = advice;
    }

    public boolean routine() {
        return fact != null;
    }

    /** What the summary calls this kind of decision. */
    public String heading() {
        return heading;
    }

    /** What to do about all the decisions of this kind, or empty. */
    String advice() {
        return advice;
    }

    /** The routine decision as a sentence about {@code count} of them. */
    String fact(int count) {
        return String.format(java.util.Locale.ROOT, "%,d %s %s", count, count == 1 ? one : many, fact);
    }
}
