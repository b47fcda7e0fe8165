package org.broadsheet.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Editors' temporary files under {@code content/} and {@code templates/}, which no build reads or publishes, as
 * Jekyll and Hugo ignore them: a save by vim, Emacs or a JetBrains IDE creates and deletes several of them around
 * the file it saves, and some stay (vim's swap file while the file is open, Emacs' backup).
 */
public final class EditorFiles {

    /**
     * How the names of swap files, backups and JetBrains' safe-write files end, in lower case. Compared by
     * hand: the preview asks of every file of an archive at each save, and {@code String.matches} compiled its
     * regular expression each time, about 12 µs a name (a quarter of a second for 21,000 files).
     */
    private static final List<String> TEMPORARY_ENDINGS =
            List.of(".swp", ".swo", ".swx", ".tmp", ".bak", ".crswap", "___jb_tmp___", "___jb_old___");

    private EditorFiles() {
    }

    /**
     * Whether {@code file} (relative to the folder watched) is an editor's temporary file or lies in a
     * hidden folder: hidden files, backups ending in {@code ~} or {@code .bak}, swap files, JetBrains' safe-write
     * files and Emacs' {@code #autosave#}. A name without an extension is not one: a page may link to a
     * {@code README}; the files of that kind that programs use for a moment (vim's write test {@code 4913},
     * {@code sed -i}'s) are gone again when the rebuild looks, and a file gone that no page used changes nothing.
     */
    public static boolean temporary(Path file) {
        if (ContentPaths.hidden(file)) {
            return true;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.endsWith("~") || name.startsWith("#")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return TEMPORARY_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
