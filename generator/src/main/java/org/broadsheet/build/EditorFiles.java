package org.broadsheet.build;

import org.broadsheet.model.ContentPaths;

import java.nio.file.Path;

/**
 * Editors' temporary files under {@code content/} and {@code templates/}, which no build reads: a save
 * by vim, Emacs or a JetBrains IDE creates and deletes several of them around the file it saves.
 */
public final class EditorFiles {

    private EditorFiles() {
    }

    /**
     * Whether {@code file} (relative to the folder watched) is an editor's temporary file or lies in a
     * hidden folder: hidden files, backups ending in {@code ~} or {@code .bak}, swap files, JetBrains' safe-write
     * files, Emacs' {@code #autosave#}, and names without an extension (the temporary files of {@code sed -i}
     * and vim's write test {@code 4913}).
     */
    public static boolean temporary(Path file) {
        if (ContentPaths.hidden(file)) {
            return true;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith("~") || name.startsWith("#") || !name.contains(".")
                || name.matches("(?i).*\\.(swp|swo|swx|tmp|bak|crswap)|.*___jb_(tmp|old)___");
    }
}
