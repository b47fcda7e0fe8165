package org.broadsheet.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The files of a Hugo site's content that its {@code ignoreFiles} setting leaves out: regular expressions searched in
 * each file's path, as Hugo searches them ({@code content/posts/drafts/.*\.md$}), which a site uses to keep notes and
 * old copies beside its posts without publishing them. Hugo did not read them, so they are not imported.
 */
final class HugoIgnoredFiles {

    private final List<Pattern> patterns;

    private HugoIgnoredFiles(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The expressions of {@code setting}; one that Java cannot read is reported, and leaves out nothing. */
    static HugoIgnoredFiles of(Object setting, String settingsFile, Findings findings) {
        List<Pattern> patterns = new ArrayList<>();
        for (Object item : Loose.items(setting)) {
            String expression = Loose.text(item);
            if (expression == null || expression.isBlank()) {
                continue;
            }
            try {
                patterns.add(Pattern.compile(expression));
            } catch (PatternSyntaxException e) {
                findings.add(Category.SETTINGS, settingsFile, 0, "ignoreFiles '" + expression + "' is not a regular "
                        + "expression the import can read; the files it names are read: check that none of them is imported");
            }
        }
        return new HugoIgnoredFiles(patterns);
    }

    /** Whether Hugo left out the file at {@code path}, a path of the old site; a page left out is reported. */
    boolean ignores(String path, boolean page, Findings findings) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(path).find()) {
                if (page) {
                    findings.add(Category.NOT_PUBLISHED, path, 0, "not imported: the site's ignoreFiles ('"
                            + pattern.pattern() + "') leaves it out, so Hugo did not read it", "files of ignoreFiles");
                }
                return true;
            }
        }
        return false;
    }
}
