package org.broadsheet.migrate;

import org.broadsheet.content.LooseField;
import org.broadsheet.content.LooseFrontMatter;
import org.broadsheet.diag.Problems;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings of a YAML file that does not read as a whole, read one top-level key at a time. Ruby's YAML reads a key
 * that is itself a map, as a plugin's template of Liquid gives one ({@code date: {{ page.date | date: "%Y" }}} in
 * jekyll-compose's settings), and Jekyll built the site; the importer's YAML cannot, and one such block would cost
 * the site's title, address, timezone and permalink with it. Only the keys that do not read are left out, reported.
 */
final class SettingsBlocks {

    /** A line that starts a top-level key: at the line's start, neither a comment, a list item nor a document mark. */
    private static final Pattern KEY_LINE = Pattern.compile("(?![#\\-.\\s]).+?:(?:\\s.*)?");

    private SettingsBlocks() {
    }

    /**
     * The settings of {@code text}, each top-level key read on its own, those that do not read reported with their
     * problem; empty when the text holds fewer than two keys, so that reading it whole said all there is to say.
     */
    static Optional<Map<String, LooseField>> read(String text, String path, Findings findings) {
        String[] lines = text.split("\n", -1);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (KEY_LINE.matcher(lines[i]).matches()) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return Optional.empty();
        }
        Map<String, LooseField> fields = new LinkedHashMap<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.length;
            // blank lines above the block keep the line numbers of the file
            String block = "\n".repeat(from) + String.join("\n", List.of(lines).subList(from, to)) + "\n";
            Problems problems = new Problems();
            Optional<Map<String, LooseField>> read = LooseFrontMatter.settings(block.getBytes(StandardCharsets.UTF_8),
                    path, problems);
            read.ifPresent(fields::putAll);
            String key = lines[from].substring(0, lines[from].indexOf(':')).strip();
            problems.sorted().forEach(p -> findings.add(Category.SETTINGS, p.path(), p.line(), "setting '" + key
                    + "' not read: " + p.message() + "; the file's other settings are read"));
        }
        return Optional.of(fields);
    }
}
