package org.broadsheet.model;

import java.nio.file.Path;

/**
 * Editors' temporary files under {@code content/} and {@code templates/}, which no build reads or publishes, as
 * Jekyll and Hugo ignore them: a save by vim, Emacs or a JetBrains IDE creates and deletes several of them around
 * the file it saves, and some stay (vim's swap file while the file is open, Emacs' backup).
 */
public final class EditorFiles {

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
        return name.endsWith("~") || name.startsWith("#")
                || name.matches("(?i).*\\.(swp|swo|swx|tmp|bak|crswap)|.*___jb_(tmp|old)___");
    }
}
