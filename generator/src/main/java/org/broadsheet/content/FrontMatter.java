package org.broadsheet.content;

import org.broadsheet.diag.Problems;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param yaml      the text between the {@code ---} lines
 * @param yamlLine  the line of the file on which {@code yaml} starts
 * @param body      the Markdown after the closing {@code ---}
 * @param bodyStart where {@code body} starts in the text
 * @param bodyLine  the line of the file on which {@code body} starts
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyStart, int bodyLine) {

    /** Splits {@code text} (decoded, {@code \n} line ends), or reports why it cannot and returns empty. */
    static Optional<FrontMatter> split(String text, String path, Problems problems) {
        if (text.isBlank()) {
            return fail(problems, path, 0, "the file is empty; an article starts with front matter between two '---' lines");
        }
        int firstEnd = text.indexOf('\n');
        String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (firstLine.strip().equals("+++")) {
            return fail(problems, path, 1, "the file starts with '+++', Hugo's TOML front matter: write the fields in "
                    + "YAML between two '---' lines instead (title: \"…\", date: 2019-02-20); a whole Hugo archive is "
                    + "converted by mvn -Pimport -Dbroadsheet.from=hugo");
        }
        if (!firstLine.strip().equals("---")) {
            return fail(problems, path, 1, "the file does not start with front matter: its first line must be '---', "
                    + "followed by fields such as 'title:' and 'date:' and another '---' line");
        }
        int lineNumber = 2;
        int position = firstEnd + 1;
        while (position <= text.length()) {
            int end = text.indexOf('\n', position);
            String line = end < 0 ? text.substring(position) : text.substring(position, end);
            String stripped = line.strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                String yaml = text.substring(firstEnd + 1, position);
                int bodyStart = end < 0 ? text.length() : end + 1;
                return Optional.of(new FrontMatter(yaml, 2, text.substring(bodyStart), bodyStart, lineNumber + 1));
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
            lineNumber++;
        }
        return fail(problems, path, 1, "the front matter is not closed: add a line '---' after its last field");
    }

    private static Optional<FrontMatter> fail(Problems problems, String path, int line, String message) {
        problems.add(path, line, message);
        return Optional.empty();
    }
}
